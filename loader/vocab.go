package loader

import (
	"embed"
	"strings"
	"sync"
)

// The words that describe page furniture and labels are data: a new
// outlet's "Share this post" is one line in vocab/, not a Go change.
//
//go:embed vocab/*.txt
var vocabFiles embed.FS

// phraseSet matches whole lines against a list of phrases, case-insensitively;
// an entry ending in * matches any line it begins.
type phraseSet struct {
	exact    map[string]bool
	prefixes []string // "sign up*"
	suffixes []string // "* posts": "92 Posts"
}

func (s *phraseSet) has(line string) bool {
	l := strings.ToLower(strings.TrimSpace(line))
	if s.exact[l] {
		return true
	}
	for _, p := range s.prefixes {
		if strings.HasPrefix(l, p) {
			return true
		}
	}
	for _, p := range s.suffixes {
		if strings.HasSuffix(l, p) && len(l) > len(p) && wordCount(l) <= 3 {
			return true
		}
	}
	return false
}

func readPhrases(name string) *phraseSet {
	s := &phraseSet{exact: map[string]bool{}}
	for _, l := range vocabLines(name) {
		l = strings.ToLower(l)
		if p, ok := strings.CutPrefix(l, "*"); ok {
			s.suffixes = append(s.suffixes, p)
			continue
		}
		if p, ok := strings.CutSuffix(l, "*"); ok {
			s.prefixes = append(s.prefixes, p)
			continue
		}
		s.exact[l] = true
	}
	return s
}

// vocabLines is a vocab file's entries: comments and blank lines dropped.
func vocabLines(name string) []string {
	data, err := vocabFiles.ReadFile("vocab/" + name)
	if err != nil {
		panic("loader: vocab/" + name + " is not embedded") // a build defect, not input
	}
	var out []string
	for _, l := range strings.Split(string(data), "\n") {
		l = strings.TrimSpace(l)
		if l == "" || strings.HasPrefix(l, "#") {
			continue
		}
		out = append(out, l)
	}
	return out
}

// vocabulary is read once, on first use, and never changed after.
var vocabulary = sync.OnceValue(func() *vocab {
	v := &vocab{chrome: readPhrases("chrome.txt"), labels: vocabLines("labels.txt")}
	v.headerEnd = readPhrases("header_end.txt")
	return v
})

type vocab struct {
	chrome    *phraseSet
	headerEnd *phraseSet
	labels    []string
}
