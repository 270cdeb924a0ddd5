package loader

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"briefing/model"
)

// rawPost is a post as read from the page, before ids and people.
type rawPost struct {
	page     int
	time     string
	zoneName string
	label    string
	title    string
	date     string // as written, when the page gives one
	when     string // a relative time as written ("1 hr 8 min ago")
	url      string // the post's own address, when the source has one
	author   model.Author
	blocks   []model.Block
}

// debris are the line openings web pages leave around pictures and videos.
var debris = []string{"Image source", "Image caption", "Media caption", "Video caption", "Image copyright", "Getty Images"}

var bulletMarks = []string{"•", "●", "◦", "▪", "■", "‣", "►", "- ", "* ", "– ", "— "}

// blockBuilder turns body lines into blocks, moving picture credits and
// captions out of paragraph text.
type blockBuilder struct {
	blocks      []model.Block
	captionNext bool // the line after "Image caption," is the caption
	altAt       int  // index of the alt-text caption of the current picture, or -1
	liveblog    bool
}

func newBlockBuilder(liveblog bool) *blockBuilder {
	return &blockBuilder{altAt: -1, liveblog: liveblog}
}

func (bb *blockBuilder) add(line string) {
	line = cutGlued(strings.TrimSpace(line))
	if line == "" {
		return
	}
	if text, ok := cutBullet(line); ok {
		bb.push(model.BlockBullet, text)
		return
	}
	for _, d := range debris {
		if !strings.HasPrefix(line, d) {
			continue
		}
		if d == "Image caption" || d == "Media caption" || d == "Video caption" {
			rest := strings.TrimSpace(strings.TrimLeft(line[len(d):], ",: "))
			if rest != "" {
				bb.caption(rest)
			} else {
				bb.captionNext = true
			}
		}
		return // credits and bare markers carry nothing to read
	}
	if creditLine(line) {
		// "Police van outside Anfield stadium" then "BBC": the line above
		// was a picture's caption, and the credit carries nothing to read
		if n := len(bb.blocks); n > 0 && bb.blocks[n-1].Kind == model.BlockParagraph && !endsSentence(bb.blocks[n-1].Text) && wordCount(bb.blocks[n-1].Text) <= 15 {
			bb.blocks[n-1].Kind = model.BlockCaption
		}
		return
	}
	if alt, ok := markdownImage(line); ok {
		// "![Brighton's Evan Ferguson in action](https://...)": a picture
		// copied as markdown; its alt text is the caption
		if alt != "" {
			bb.push(model.BlockCaption, alt)
		}
		return
	}
	if i := strings.Index(line, "Image source"); i >= 0 {
		// alt text glued to its credit: "Leaders pose for a photoImage source, Getty Images"
		if alt := strings.TrimSpace(line[:i]); alt != "" {
			bb.altAt = len(bb.blocks)
			bb.push(model.BlockCaption, alt)
		}
		return
	}
	if bb.captionNext || captionLike(line) {
		bb.caption(line)
		return
	}
	if bb.liveblog && !endsSentence(line) && wordCount(line) >= 6 && !leftOpen(line) {
		// a long line with no closing punctuation is a picture's alt text;
		// one that opens a quote and never closes it is speech the copy
		// broke off
		bb.push(model.BlockCaption, line)
		return
	}
	bb.push(model.BlockParagraph, line)
}

// markdownImage reads a line that is a markdown picture, "![alt](url)",
// and returns its alt text.
func markdownImage(line string) (alt string, ok bool) {
	rest, found := strings.CutPrefix(line, "![")
	if !found {
		return "", false
	}
	alt, url, found := strings.Cut(rest, "](")
	if !found || !strings.HasSuffix(url, ")") || strings.ContainsAny(url, " \t") {
		return "", false
	}
	return strings.TrimSpace(alt), true
}

// leftOpen reports a line that opens with a quote mark and closes none.
func leftOpen(line string) bool {
	r, size := utf8.DecodeRuneInString(line)
	return isOpenMark(r) && !strings.ContainsAny(line[size:], "\"”’")
}

// caption records a picture caption; it replaces the picture's alt text,
// which says the same thing less well.
func (bb *blockBuilder) caption(text string) {
	bb.captionNext = false
	if bb.altAt >= 0 && bb.altAt == len(bb.blocks)-1 {
		bb.blocks[bb.altAt].Text = text
		bb.altAt = -1
		return
	}
	bb.altAt = -1
	bb.push(model.BlockCaption, text)
}

func (bb *blockBuilder) push(kind model.BlockKind, text string) {
	if kind != model.BlockCaption {
		bb.altAt = -1
	}
	bb.blocks = append(bb.blocks, model.Block{Kind: kind, Text: text})
}

// done returns the blocks. A paragraph that opens the same way as a later
// one is a picture description the page repeats in its text: a caption.
func (bb *blockBuilder) done() []model.Block {
	seen := map[string]bool{}
	for i := len(bb.blocks) - 1; i >= 0; i-- {
		b := &bb.blocks[i]
		if b.Kind != model.BlockParagraph || len(b.Text) < 60 {
			continue
		}
		key := b.Text[:60]
		if seen[key] {
			b.Kind = model.BlockCaption
			b.Text = strings.TrimRight(b.Text, ". ") + "."
			continue
		}
		seen[key] = true
	}
	return bb.blocks
}

func cutBullet(line string) (string, bool) {
	for _, m := range bulletMarks {
		if strings.HasPrefix(line, m) {
			return strings.TrimSpace(line[len(m):]), true
		}
	}
	return "", false
}

// endsSentence reports whether a line closes like prose does.
func endsSentence(s string) bool {
	r, _ := utf8.DecodeLastRuneInString(strings.TrimSpace(s))
	switch r {
	case '.', '!', '?', ':', ';', '"', '”', '’', '\'', ')', '…', '»':
		return true
	}
	return false
}

// wordCount is len(strings.Fields(s)) without building the slice.
func wordCount(s string) int {
	n := 0
	inWord := false
	for i := 0; i < len(s); {
		c := s[i]
		var space bool
		if c < utf8.RuneSelf {
			space = asciiSpace[c]
			i++
		} else {
			r, size := utf8.DecodeRuneInString(s[i:])
			space = unicode.IsSpace(r)
			i += size
		}
		if !space && !inWord {
			n++
		}
		inWord = !space
	}
	return n
}

// asciiSpace is unicode.IsSpace for ASCII, as strings.Fields reads it.
var asciiSpace = [utf8.RuneSelf]bool{'\t': true, '\n': true, '\v': true, '\f': true, '\r': true, ' ': true}

// nameLike reports a byline name: two to five capitalised words, particles
// allowed, no digits or sentence punctuation.
func nameLike(s string) bool {
	if len(s) > 60 || endsSentence(s) {
		return false
	}
	n := 0 // words, read without allocating: bylines are tried on every line
	for rest := s; ; {
		rest = strings.TrimLeft(rest, " \t")
		if rest == "" {
			break
		}
		k := strings.IndexAny(rest, " \t")
		if k < 0 {
			k = len(rest)
		}
		w := rest[:k]
		rest = rest[k:]
		if n++; n > 5 {
			return false
		}
		if particles[w] {
			continue
		}
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) || strings.ContainsAny(w, "0123456789,") {
			return false
		}
	}
	return n >= 2
}

// roleLike reports a byline role: a short line that is not a sentence.
func roleLike(s string) bool {
	return s != "" && wordCount(s) <= 10 && len(s) <= 80 && !endsSentence(s) && !strings.HasPrefix(s, "Image")
}

var particles = map[string]bool{"von": true, "der": true, "van": true, "de": true, "den": true, "da": true, "di": true, "du": true, "la": true, "le": true, "bin": true, "al": true, "el": true, "ibn": true}

// creditAgencies are who a picture's credit line names alone.
var creditAgencies = map[string]bool{"bbc": true, "getty images": true, "getty": true, "reuters": true, "ap": true,
	"pa": true, "pa media": true, "pa wire": true, "epa": true, "afp": true, "shutterstock": true, "alamy": true,
	"afp via getty images": true, "bbc sport": true, "bbc news": true, "rex features": true, "rex/shutterstock": true}

// creditLine reports a line that is only a picture's credit: "BBC",
// "Getty Images", "Tom Brenner/Reuters", "(Genaro Molina/Los Angeles Times)".
func creditLine(l string) bool {
	l = strings.TrimSpace(l)
	if strings.HasPrefix(l, "(") && strings.HasSuffix(l, ")") {
		l = strings.TrimSpace(l[1 : len(l)-1])
	}
	if len(l) == 0 || len(l) > 60 {
		return false
	}
	if creditAgencies[strings.ToLower(l)] {
		return true
	}
	// a photographer and an agency: "Tom Brenner/Reuters"
	who, agency, ok := strings.Cut(l, "/")
	if !ok || strings.Contains(agency, "/") && !strings.HasSuffix(strings.ToLower(agency), "shutterstock") {
		return false
	}
	who, agency = strings.TrimSpace(who), strings.TrimSpace(agency)
	return wordCount(who) >= 2 && wordCount(who) <= 4 && nameLike(who) && wordCount(agency) <= 4 && unicode.IsUpper(firstRune(agency))
}
