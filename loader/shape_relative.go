package loader

import "strings"

// relativeShape reads posts stamped with a relative time, as CNN's and
// other pages render them for the reader's clock:
//
//	1 hr 8 min ago
//	Senate votes on the package
//	From CNN's Daniella Diaz
//
// The time stays relative (Post.When); it is never turned into a clock time.
type relativeShape struct{}

func (relativeShape) name() string { return "relative" }

func (relativeShape) score(lines []string) int { return len(relativeHeads(lines)) }

func (relativeShape) read(lines []string) page {
	return readPosts(lines, relativeHeads(lines), true)
}

func relativeHeads(lines []string) []head {
	var heads []head
	for i, l := range lines {
		if len(l) > 96 || !strings.Contains(l, "ago") && !strings.Contains(l, "now") {
			continue
		}
		if st, ok := relativeStamp(l); ok {
			heads = append(heads, head{start: i, body: i + 1, stamp: st, label: st.label, titleFromBody: true})
		}
	}
	return heads
}
