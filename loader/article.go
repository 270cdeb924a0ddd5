package loader

import (
	"strings"

	"briefing/model"
)

// parseArticle reads a plain article: one line per paragraph, short lines
// without closing punctuation as subheadings. A short first line is the
// headline; without one the title stays empty, and the article is titled
// by its source (see assemble): the lead's opening clause cut with "…" is
// no title.
func parseArticle(lines []string) rawPost {
	p := rawPost{page: 1}
	bb := newBlockBuilder(false)
	first := true
	for _, l := range lines {
		l = cutGlued(strings.TrimSpace(l))
		if l == "" || isChrome(l) {
			continue
		}
		// a first line may close on a quote and still be the headline:
		// "Farage: ‘We are coming for Labour’"
		if _, bullet := cutBullet(l); !bullet && (isSubheading(l) || first && headlineLike(l)) {
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
	return p
}

func isSubheading(l string) bool {
	return wordCount(l) <= 10 && len(l) <= 90 && !endsSentence(l) && !strings.HasPrefix(l, "Image")
}
