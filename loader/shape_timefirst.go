package loader

// timeFirstShape reads posts that open with a line holding only a time,
// the Guardian's and many regional pages' way:
//
//	12.28pm BST
//	Starmer replies to Sunak
//	The prime minister says ...
//
// The line under the time is the title when it reads as a headline with
// text under it; otherwise the post is untitled.
type timeFirstShape struct{}

func (timeFirstShape) name() string { return "time-first" }

func (timeFirstShape) score(lines []string) int { return len(timeHeads(lines)) }

func (timeFirstShape) read(lines []string) page {
	return readPosts(lines, timeHeads(lines), true)
}

func timeHeads(lines []string) []head {
	var heads []head
	for i, l := range lines {
		if len(l) > 70 || !hasDigitColon(l) {
			continue
		}
		if st, ok := clockLine(l); ok {
			heads = append(heads, head{start: i, body: i + 1, stamp: st, titleFromBody: true})
		}
	}
	return heads
}

// hasDigitColon is a cheap first look for a clock: a digit then ':' or '.'.
func hasDigitColon(l string) bool {
	for i := 0; i+1 < len(l); i++ {
		if isDigit(l[i]) && (l[i+1] == ':' || l[i+1] == '.') {
			return true
		}
	}
	return false
}
