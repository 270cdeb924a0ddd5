package loader

import "strings"

// stampedShape reads numbered posts whose title runs into a "published at
// HH:MM <zone> [date]" stamp, as BBC live pages copy:
//
//  1. Analysis
//     What form could a US security guarantee take?published at 06:38 British Summer Time
//
// The reading itself is parseLiveblog (liveblog.go).
type stampedShape struct{}

func (stampedShape) name() string { return "stamped" }

func (stampedShape) score(lines []string) int {
	n := 0
	for _, l := range lines {
		if strings.Contains(l, "ublished at") {
			if _, ok := matchStamp(l); ok {
				n++
			}
		}
	}
	return n
}

func (stampedShape) read(lines []string) page {
	summary, posts := parseLiveblog(lines)
	return page{summary: summary, posts: posts, live: true}
}
