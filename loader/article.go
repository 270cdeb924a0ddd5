package loader

import (
	"strings"

	"briefing/model"
)

// parseArticle reads a plain article: one line per paragraph, short lines
// without closing punctuation as subheadings. A short first line is the
// headline; without one, the title is the lead's opening clause.
func parseArticle(lines []string) rawPost {
	p := rawPost{page: 1}
	bb := newBlockBuilder(false)
	first := true
	for _, l := range lines {
		l = cutGlued(strings.TrimSpace(l))
		if l == "" || isChrome(l) {
			continue
		}
		if _, bullet := cutBullet(l); !bullet && isSubheading(l) {
			if first {
				p.title = l
			} else {
				bb.captionNext = false
				bb.push(model.BlockSubheading, l)
			}
			first = false
			continue
		}
		first = false
		bb.add(l)
	}
	p.blocks = bb.done()
	if p.title == "" {
		p.title = headline(p.blocks)
	}
	return p
}

func isSubheading(l string) bool {
	return wordCount(l) <= 10 && len(l) <= 90 && !endsSentence(l) && !strings.HasPrefix(l, "Image")
}

// headline derives a title from the first paragraph: its first sentence,
// cut at the first comma when that leaves enough to read, at most 100 bytes.
func headline(blocks []model.Block) string {
	for _, b := range blocks {
		if b.Kind != model.BlockParagraph {
			continue
		}
		s := b.Text
		if i := strings.IndexAny(s, ".!?"); i > 0 {
			s = s[:i]
		}
		if i := strings.Index(s, ","); i > 0 && wordCount(s[:i]) >= 5 {
			s = s[:i]
		}
		return truncateWords(s, 100)
	}
	return "Untitled"
}

func truncateWords(s string, max int) string {
	if len(s) <= max {
		return s
	}
	cut := strings.LastIndex(s[:max], " ")
	if cut <= 0 {
		cut = max
		for cut > 0 && s[cut]&0xc0 == 0x80 { // never split a UTF-8 rune
			cut--
		}
	}
	return strings.TrimRight(s[:cut], " ,;:-") + "…"
}
