package loader

import (
	"strings"
	"unicode"

	"briefing/model"
)

// headlineShape reads posts that are a headline line and paragraphs, with
// no time at all, as Sky News, CNN and the Times of Israel copy:
//
//	Russia's military is 'second-strongest in Ukraine', says US diplomat
//	US Secretary of State Antony Blinken has referred to ...
//
// An article's subheadings look the same, so without a sign that the page
// is live ("Live", "as it happened", "92 Posts") it takes two headlines or
// more, densely, to call the text a live page: a live page copied or
// stored cut short shows only a few. An HTML page whose markup told of no
// live posts takes four.
type headlineShape struct{}

func (headlineShape) name() string { return "headline" }

func (headlineShape) score(lines []string) int { return scoreHeadlines(lines, 2) }

func (headlineShape) strictScore(lines []string) int { return scoreHeadlines(lines, 4) }

// scoreHeadlines counts the headline posts when the page says it is live,
// or has at least least of them, one every 180 words or more often.
func scoreHeadlines(lines []string, least int) int {
	heads := headlineHeads(lines)
	if !liveCue(lines) && (len(heads) < least || words(lines)/max(len(heads), 1) > 180) {
		return 0
	}
	return len(heads)
}

func (headlineShape) read(lines []string) page {
	return readPosts(lines, headlineHeads(lines), true)
}

func headlineHeads(lines []string) []head {
	var heads []head
	start := firstPostLine(lines, 0)
	pageTop := nextText(lines, 0) // the page's first line that is not furniture: its title
	for pageTop >= 0 && pageTop < len(lines)-1 && (isChrome(lines[pageTop]) || wordCount(lines[pageTop]) < 3) {
		pageTop = nextText(lines, pageTop+1)
	}
	prevEnds := true               // the line before closes a sentence (or there is none)
	byAt, by := -1, model.Author{} // a byline just above: the next post's
	signers := repeatedNames(lines)
	dayAt := -1 // a date alone just above: the next post's day
	for i := start; i < len(lines); i++ {
		l := strings.TrimSpace(lines[i])
		if l == "" || isChrome(l) {
			continue
		}
		if _, ok := dateOnly(l); ok {
			dayAt = i
			continue
		}
		if by, st, title, ok := signedClock(l); ok {
			// "Joe Kelly 12.18am: Campaign tactics hailed"
			heads = append(heads, head{start: i, body: i + 1, stamp: st, by: model.Author{Name: by}, title: title})
			prevEnds, byAt, dayAt = false, -1, -1
			continue
		}
		if signers[l] {
			// "Ciara Phelan" alone above every post: the writer signs each
			byAt, by = i, model.Author{Name: l}
			prevEnds = true
			continue
		}
		if name, role, _, ok := bylineLine(l); ok {
			// "By Bridget Judd" above or below a title is no headline; right
			// under a title it is that post's, read from its body
			if n := len(heads); n == 0 || prevText(lines, i-1) != heads[n-1].start {
				byAt, by = i, model.Author{Name: name, Role: role}
			}
			continue
		}
		// a byline right under a line makes it a title, even of a post with
		// no text yet or of two sentences: "Labor's pledges will cost money.
		// Here are the promises to watch" over "By Bridget Judd"
		j := nextText(lines, i+1)
		signed := j >= 0 && isByline(lines[j]) && titleish(l)
		if vocabulary().summary.has(l) || len(heads) == 0 && i == pageTop && liveTitle(l) {
			// "What We Know So Far" over the key points, and the page's own
			// title ("Live Updates: Death toll rises"): no post's title
			prevEnds = true
			continue
		}
		if prevEnds && (headlineLike(l) || signed) {
			// the last line of a page cut short is a headline only if it
			// cannot be the start of a cut sentence
			last := j < 0 && len(heads) > 0 && !strings.Contains(l, ",") && len(l) <= 100 && !sentenceStart(l)
			if last || signed || textUnder(lines, i) {
				h := head{start: i, body: i + 1, title: l}
				if byAt >= 0 {
					h.start, h.by = byAt, by
				}
				if a := prevText(lines, i-1); a >= 0 && (a == dayAt || a < start) {
					if d, ok := dateOnly(lines[a]); ok {
						h.start, h.stamp.date = min(h.start, a), d
					}
				}
				heads = append(heads, h)
				prevEnds, byAt, dayAt = false, -1, -1
				continue
			}
		}
		byAt, dayAt = -1, -1
		// a list item ends where its line does: "• There have been reports
		// of looting" then a headline
		_, item := cutBullet(l)
		prevEnds = endsSentence(l) || isChrome(l) || item
	}
	return heads
}

// sentenceStart reports a line that opens the way a paragraph does, not a
// headline: "He said: ...", "It comes after ...", "Well police are ...",
// or one too long for a headline, sixteen words and more.
func sentenceStart(l string) bool {
	if wordCount(l) >= 16 {
		return true
	}
	first, _, _ := strings.Cut(strings.TrimSpace(l), " ")
	switch strings.ToLower(first) {
	case "he", "she", "it", "they", "we", "i", "well", "but", "and", "so", "there", "this", "these", "those",
		"his", "her", "their", "our", "its", "meanwhile", "however", "earlier", "later", "also":
		return true
	}
	return false
}

// liveTitle reports a page title that says the page is live: "Live
// Updates: Death Toll Rises", "Budget 2024 – live", "Election night as it
// happened".
func liveTitle(l string) bool {
	low := strings.ToLower(l)
	for _, cue := range []string{"as it happened", "liveblog", "latest updates"} {
		if strings.Contains(low, cue) {
			return true
		}
	}
	for _, w := range strings.FieldsFunc(low, func(r rune) bool { return !unicode.IsLetter(r) }) {
		if w == "live" {
			return true // "Midterm elections 2018: live results", "Budget – live"
		}
	}
	return false
}

// titleish reports a line that may be a title of more than one clause: a
// capital first, no closing full stop, not too long.
func titleish(l string) bool {
	l = strings.TrimSpace(l)
	n := wordCount(l)
	if n < 2 || n > 25 || strings.HasSuffix(l, ".") || strings.HasSuffix(l, ":") {
		return false
	}
	r := firstRune(l)
	return unicode.IsUpper(r) || unicode.IsDigit(r)
}

// liveCue reports a sign near the top that the text is a live page, or
// bylines over several posts ("By Bridget Judd" twice: an article has one).
func liveCue(lines []string) bool {
	bylines := 0
	for _, l := range lines {
		if len(l) < 80 && isByline(l) {
			if bylines++; bylines >= 2 {
				return true
			}
		}
	}
	for _, l := range lines[:min(len(lines), 40)] {
		low := strings.ToLower(strings.TrimSpace(l))
		if low == "live" || low == "live updates" || low == "live reporting" || vocabulary().headerEnd.has(low) {
			return true
		}
		for _, cue := range []string{"as it happened", "liveblog", "live blog", "live updates", "live coverage", "latest updates", "rolling coverage", "live:", "– live", "- live", "latest:", "blog", "web log"} {
			if strings.Contains(low, cue) {
				return true
			}
		}
	}
	return false
}

// words counts the words of the lines.
func words(lines []string) int {
	n := 0
	for _, l := range lines {
		n += wordCount(l)
	}
	return n
}

// repeatedNames are the name lines a page prints alone three times or more,
// a writer's signature above each post ("Ciara Phelan").
func repeatedNames(lines []string) map[string]bool {
	var counts map[string]int
	for _, raw := range lines {
		l := strings.TrimSpace(raw)
		if l == "" || len(l) > 40 || !nameLike(l) || wordCount(l) < 2 || wordCount(l) > 3 || isByline(l) {
			continue
		}
		if counts == nil {
			counts = map[string]int{}
		}
		counts[l]++
	}
	var names map[string]bool
	for l, n := range counts {
		if n >= 3 {
			if names == nil {
				names = map[string]bool{}
			}
			names[l] = true
		}
	}
	return names
}
