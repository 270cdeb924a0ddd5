package model

import "strings"

// BlockKind is the role of a block of post body text.
type BlockKind string

const (
	BlockParagraph  BlockKind = "paragraph"
	BlockBullet     BlockKind = "bullet"
	BlockCaption    BlockKind = "caption"
	BlockSubheading BlockKind = "subheading"
)

// Block is one paragraph, bullet, image caption or subheading.
type Block struct {
	Kind BlockKind `json:"kind"`
	Text string    `json:"text"`
}

// Author is a post's byline.
type Author struct {
	Name string `json:"name"`
	Role string `json:"role"`
}

// Post is one entry of a live page, or a whole article.
type Post struct {
	ID       string   // stable: "<source>/<n>", n counted from the oldest post of its source
	Source   string   // Source.Name
	Page     int      // position on the page as published, 1 = top
	Time     string   // clock time as written ("06:38"); empty for articles
	Zone     string   // zone abbreviation ("BST")
	ZoneName string   // zone as written ("British Summer Time")
	Date     string   // the date as the page wrote it ("4 October 2016"); empty when none
	When     string   // a relative time as written ("1 hr 8 min ago"), never turned into a clock time
	URL      string   // the post's own address (a web page's url#id); empty when unknown
	Label    string   // "Analysis", "Breaking"...; empty when none
	Title    string   // without the "published at ..." stamp
	Author   Author   // zero when the post has no byline
	Body     []Block  // in page order
	Mentions []string // ids of the people named anywhere in the post, sorted
}

// Text is the body as plain paragraphs separated by blank lines.
func (p *Post) Text() string {
	var sb strings.Builder
	for i, bl := range p.Body {
		if i > 0 {
			sb.WriteString("\n\n")
		}
		sb.WriteString(bl.Text)
	}
	return sb.String()
}

// SearchText is everything a text search looks at.
func (p *Post) SearchText() string {
	return p.Label + "\n" + p.Title + "\n" + p.Author.Name + "\n" + p.Author.Role + "\n" + p.Text()
}

// Stamp is the time as shown to a reader: "06:38 BST", a relative "1 hr
// ago", or "" for an untimed post.
func (p *Post) Stamp() string {
	if p.Time == "" {
		return p.When
	}
	if p.Zone == "" {
		return p.Time
	}
	return p.Time + " " + p.Zone
}

// MentionsAny reports whether the post names any of the people.
func (p *Post) MentionsAny(ids map[string]bool) bool {
	for _, id := range p.Mentions {
		if ids[id] {
			return true
		}
	}
	return false
}

// Heading is what a reader sees as the post's title: its own, or for an
// untitled post (many live pages post without one) the opening words of
// its text, so a list row or a heading is never empty. Title stays the
// page's truth: "" when the page gave none.
func (p *Post) Heading() string {
	if p.Title != "" {
		return p.Title
	}
	for _, bl := range p.Body {
		if bl.Kind == BlockParagraph || bl.Kind == BlockBullet {
			return openingWords(bl.Text, 64)
		}
	}
	if len(p.Body) > 0 {
		return openingWords(p.Body[0].Text, 64)
	}
	return "Untitled post"
}

// openingWords cuts s at a word boundary within max bytes, marking the cut.
func openingWords(s string, max int) string {
	s = strings.TrimSpace(s)
	if len(s) <= max {
		return s
	}
	cut := strings.LastIndexByte(s[:max], ' ')
	if cut <= 0 {
		cut = max
		for cut > 0 && s[cut]&0xc0 == 0x80 { // never split a UTF-8 rune
			cut--
		}
	}
	return strings.TrimRight(s[:cut], " ,;:-–—") + "…"
}
