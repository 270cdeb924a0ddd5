package loader

import (
	"strings"
	"unicode"
)

// A live page copied from a reader view or a feed can lose its line
// breaks: every post runs on in one paragraph, each opened by its stamp,
// "... Bye! 3.51pm BST Muguruza is now looking at her name on the
// champions' board. ... 3.48pm BST And here's that strange final point."
// Three clocks or more with their zone inside one long line, each before
// a capital, are where its posts begin; the line is broken there before
// any shape reads the page. A clock without its zone ("at 3.45pm the
// players came out") breaks nothing.

// minGlued is the fewest zoned clocks that make a line a run of posts.
const minGlued = 3

// unglue breaks each line that runs posts together at their stamps.
func unglue(lines []string) []string {
	var out []string
	for i, l := range lines {
		cuts := gluedStamps(l)
		if len(cuts) < minGlued {
			if out != nil {
				out = append(out, l)
			}
			continue
		}
		if out == nil {
			out = append(make([]string, 0, len(lines)+2*len(cuts)), lines[:i]...)
		}
		prev := 0
		for _, c := range cuts {
			if head := strings.TrimSpace(l[prev:c]); head != "" {
				out = append(out, head, "")
			}
			prev = c
		}
		out = append(out, strings.TrimSpace(l[prev:]))
	}
	if out == nil {
		return lines
	}
	return out
}

// gluedStamps are the offsets of the zoned clocks inside a long line that
// open a post: after a space, before a capital.
func gluedStamps(l string) []int {
	if len(l) < 200 {
		return nil
	}
	var cuts []int
	for i := 1; i < len(l)-8; i++ {
		if !isDigit(l[i]) || l[i-1] != ' ' || i > 1 && isDigit(l[i-2]) {
			continue
		}
		_, rest, ok := cutClock(l[i:])
		if !ok {
			continue
		}
		z, after, ok := cutZone(strings.TrimLeft(rest, " "))
		if !ok || !knownZone(z) {
			continue
		}
		if !unicode.IsUpper(firstRune(strings.TrimLeft(after, " "))) {
			continue
		}
		cuts = append(cuts, i)
	}
	return cuts
}
