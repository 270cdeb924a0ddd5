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
	prefixes []string    // "sign up*"
	suffixes []string    // "* posts": "92 Posts"
	infixes  [][2]string // "see * new updates": a start and an end, any words between
	longest  int         // no line longer than the longest exact entry or prefix can match one
}

func (s *phraseSet) has(line string) bool {
	l := strings.TrimSpace(line)
	if len(l) > s.longest && len(s.prefixes) == 0 {
		return false
	}
	var buf [160]byte
	if len(l) <= len(buf) {
		// lower-case into a stack buffer: looking a line up allocates nothing
		b := buf[:len(l)]
		for i := 0; i < len(l); i++ {
			c := l[i]
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			b[i] = c
		}
		if isASCII(l) {
			if len(l) <= s.longest && s.exact[string(b)] {
				return true
			}
			return s.affixed(string(b))
		}
	}
	l = strings.ToLower(l)
	if len(l) <= s.longest && s.exact[l] {
		return true
	}
	return s.affixed(l)
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// affixed reports a lower-cased line a prefix or suffix entry matches.
func (s *phraseSet) affixed(l string) bool {
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
	for _, p := range s.infixes {
		if len(l) > len(p[0])+len(p[1]) && strings.HasPrefix(l, p[0]) && strings.HasSuffix(l, p[1]) {
			return true
		}
	}
	return false
}

func readPhrases(name string) *phraseSet {
	s := &phraseSet{exact: map[string]bool{}}
	for _, l := range vocabLines(name) {
		l = strings.ToLower(l)
		s.longest = max(s.longest, len(l))
		if p, ok := strings.CutPrefix(l, "*"); ok {
			s.suffixes = append(s.suffixes, p)
			continue
		}
		if p, ok := strings.CutSuffix(l, "*"); ok {
			s.prefixes = append(s.prefixes, p)
			continue
		}
		if a, b, ok := strings.Cut(l, " * "); ok {
			s.infixes = append(s.infixes, [2]string{a + " ", " " + b})
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
	v := &vocab{chrome: readPhrases("chrome.txt"), labels: vocabLines("labels.txt"), bodies: map[string]bool{}}
	for _, w := range vocabLines("organisations.txt") {
		v.bodies[w] = true
	}
	v.headerEnd = readPhrases("header_end.txt")
	v.summary = readPhrases("summary_heads.txt")
	for _, l := range vocabLines("trailing.txt") {
		if t, ok := strings.CutPrefix(l, "end "); ok {
			v.trailEnd = append(v.trailEnd, t)
		} else if t, ok := strings.CutPrefix(l, "start "); ok {
			v.trailStart = append(v.trailStart, t)
		}
	}
	return v
})

type vocab struct {
	chrome    *phraseSet
	headerEnd *phraseSet
	summary   *phraseSet // headings over the key points
	labels    []string
	bodies    map[string]bool // last words of the names of bodies, lower case
	// furniture glued to a paragraph's end or a line's start
	trailEnd, trailStart []string
}

// cutGlued drops furniture glued to a line: "... Read the full story.",
// "Skip next section Berlin: ...".
func cutGlued(l string) string {
	v := vocabulary()
	for _, t := range v.trailStart {
		if len(l) > len(t) && strings.EqualFold(l[:len(t)], t) {
			l = strings.TrimSpace(l[len(t):])
		}
	}
	for _, t := range v.trailEnd {
		if len(l) > len(t)+1 && strings.HasSuffix(l, t) && l[len(l)-len(t)-1] == ' ' {
			l = strings.TrimSpace(l[:len(l)-len(t)])
		}
	}
	return l
}
