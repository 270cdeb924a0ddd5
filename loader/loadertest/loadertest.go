// Package loadertest builds large synthetic sources for benchmarks, the way
// net/http/httptest serves tests of net/http.
package loadertest

import (
	"fmt"
	"regexp"
	"strings"
)

var (
	numberLine = regexp.MustCompile(`(?m)^  (\d+)\. `)
	stamp      = regexp.MustCompile(`published at \d{1,2}:\d{2}`)
)

// rotation is the cast the copies take turns with, so that names, counts
// and filters differ from post to post as on a real page.
var rotation = []string{"Zelensky", "Trump", "Putin", "Starmer", "Merz", "Macron", "Stubb", "Meloni", "Rutte"}

// LiveBlog makes a live page of n posts from a seed live page: its summary,
// then copies of its posts with fresh numbers, times running back one to
// three minutes per post across midnight, and leaders' names rotated.
func LiveBlog(seed []byte, n int) []byte {
	text := string(seed)
	starts := numberLine.FindAllStringIndex(text, -1)
	if len(starts) == 0 {
		return seed
	}
	head := text[:starts[0][0]]
	var posts []string
	for i, s := range starts {
		end := len(text)
		if i+1 < len(starts) {
			end = starts[i+1][0]
		}
		posts = append(posts, text[s[0]:end])
	}
	var sb strings.Builder
	sb.Grow(n * (len(text) - len(head)) / len(posts))
	sb.WriteString(head)
	minute := 23*60 + 59
	for i := 0; i < n; i++ {
		p := posts[i%len(posts)]
		p = numberLine.ReplaceAllString(p, fmt.Sprintf("  %d. ", i+1))
		p = stamp.ReplaceAllString(p, fmt.Sprintf("published at %02d:%02d", minute/60, minute%60))
		minute = ((minute-1-i%3)%(24*60) + 24*60) % (24 * 60)
		if k := i / len(posts) % len(rotation); k > 0 {
			p = rotate(p, k)
		}
		sb.WriteString(p)
	}
	return []byte(sb.String())
}

func rotate(s string, k int) string {
	pairs := make([]string, 0, 2*len(rotation))
	for i, name := range rotation {
		pairs = append(pairs, name, rotation[(i+k)%len(rotation)])
	}
	return strings.NewReplacer(pairs...).Replace(s)
}
