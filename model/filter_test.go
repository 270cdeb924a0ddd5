package model

import (
	"fmt"
	"strings"
	"testing"
)

// The split search finds the same posts as a plain loop, on both sides of
// the size where it starts splitting.
func TestContainsEach(t *testing.T) {
	for _, n := range []int{0, 1, 1999, 2000, 5001} {
		texts := make([]string, n)
		for i := range texts {
			texts[i] = fmt.Sprintf("post %d about talks", i)
		}
		got := containsEach(texts, "7 about")
		for i, text := range texts {
			if got[i] != strings.Contains(text, "7 about") {
				t.Fatalf("n=%d: text %d %q: got %v", n, i, text, got[i])
			}
		}
	}
}
