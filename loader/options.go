package loader

import (
	"regexp"
	"slices"
	"strings"

	"briefing/model"
)

// announceRE finds an analysis announcing its possibilities:
// "There are broadly four possibilities:".
var announceRE = regexp.MustCompile(`(?i)\b(two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(?:[a-z-]+\s+){0,2}?(possibilities|options|scenarios|outcomes|paths|routes|ways|models|forms|choices|approaches|possible\s+\w+)\b`)

var numberWords = map[string]int{"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}

var optionSeps = []string{" - ", " – ", " — ", ": "}

// findOptions reads the possibilities a post lays out: a paragraph that
// announces N of them, followed by N "Name - description" bullets.
func findOptions(p *model.Post) []model.Option {
	for i, b := range p.Body {
		// the list must follow: checking that first spares the regexp
		// nearly every paragraph of a long page
		if b.Kind != model.BlockParagraph || i+1 >= len(p.Body) || p.Body[i+1].Kind != model.BlockBullet {
			continue
		}
		m := announceRE.FindStringSubmatch(b.Text)
		if m == nil {
			continue
		}
		n, ok := numberWords[strings.ToLower(m[1])]
		if !ok {
			n = atoi(m[1])
		}
		if n < 2 {
			continue
		}
		var opts []model.Option
		for j := i + 1; j < len(p.Body) && len(opts) < n; j++ {
			if p.Body[j].Kind != model.BlockBullet {
				break
			}
			name, desc, ok := cutOption(p.Body[j].Text)
			if !ok {
				break
			}
			assess := assessment(desc)
			opts = append(opts, model.Option{Name: name, Description: desc, Assessment: assess, Post: p.ID, Source: p.Source})
		}
		if len(opts) == n {
			rankOptions(opts)
			return opts
		}
	}
	return nil
}

func atoi(s string) int {
	n := 0
	for _, c := range s {
		n = n*10 + int(c-'0')
	}
	return n
}

func cutOption(text string) (name, desc string, ok bool) {
	for _, sep := range optionSeps {
		if i := strings.Index(text, sep); i > 0 {
			name, desc = strings.TrimSpace(text[:i]), strings.TrimSpace(text[i+len(sep):])
			if wordCount(name) <= 8 && desc != "" {
				return name, desc, true
			}
		}
	}
	return "", "", false
}

// likelihood cues, strongest first, with the score they give.
var cues = []struct {
	re    *regexp.Regexp
	score float64
}{
	{regexp.MustCompile(`(?i)\bleast likely\b`), 0},
	{regexp.MustCompile(`(?i)\bmost likely\b|\bcertain\b`), 4},
	{regexp.MustCompile(`(?i)\b(unlikely|improbable|implausible|doubtful|inconceivable|impossible)\b`), 1},
	{regexp.MustCompile(`(?i)\b(likely|probably|probable)\b`), 3},
	{regexp.MustCompile(`(?i)\b(conceivable|possible|plausible|feasible)\b`), 2},
}

// assessment is the analyst's judgement as written: the clause of the
// description that carries a likelihood word, without "This is".
func assessment(desc string) string {
	for _, sent := range splitPlain(desc) {
		for _, c := range cues {
			loc := c.re.FindStringIndex(sent)
			if loc == nil {
				continue
			}
			clause := sent
			for _, sep := range []string{" - ", " – ", "; ", ", "} {
				parts := strings.Split(clause, sep)
				if len(parts) < 2 {
					continue
				}
				for _, part := range parts {
					if c.re.MatchString(part) {
						clause = part
						break
					}
				}
			}
			clause = strings.TrimSpace(strings.TrimRight(clause, ". "))
			for _, lead := range []string{"and ", "but ", "so ", "then ", "this is ", "This is ", "it is ", "It is ", "which is ", "it’s ", "It’s "} {
				clause = strings.TrimPrefix(clause, lead)
			}
			return strings.TrimSpace(clause)
		}
	}
	return ""
}

func score(assess string) float64 {
	for _, c := range cues {
		if c.re.MatchString(assess) {
			s := c.score
			l := strings.ToLower(assess)
			if strings.Contains(l, "more ") {
				s += 0.5
			} else if strings.Contains(l, "less ") {
				s -= 0.5
			}
			return s
		}
	}
	return -1 // no judgement given: after every judged option
}

// rankOptions gives rank 1 to the option judged most likely; ties keep
// the analyst's order.
func rankOptions(opts []model.Option) {
	for i := range opts {
		rank := 1
		si := score(opts[i].Assessment)
		for j := range opts {
			sj := score(opts[j].Assessment)
			if sj > si || (sj == si && j < i) {
				rank++
			}
		}
		opts[i].Rank = rank
	}
}

func splitPlain(s string) []string {
	var out []string
	for _, se := range splitSentences(s, nil) {
		out = append(out, strings.TrimSpace(s[se.start:se.end]))
	}
	return out
}

// phrase is an option name as stems: "Logistics" also finds "logistical".
type phrase []string

func newPhrase(name string) phrase {
	var ph phrase
	for _, t := range tokenize(name, nil) {
		ph = append(ph, stem(t.lower))
	}
	return ph
}

func stem(w string) string {
	switch {
	case len(w) >= 7:
		return w[:len(w)-3]
	case len(w) >= 4 && strings.HasSuffix(w, "s"):
		return w[:len(w)-1]
	}
	return w
}

// in reports whether the phrase occurs in the tokens.
func (ph phrase) in(toks []token) bool {
	if len(ph) == 0 {
		return false
	}
	for i := 0; i+len(ph) <= len(toks); i++ {
		ok := true
		for k, w := range ph {
			t := toks[i+k].lower
			if len(w) >= 4 && !strings.HasPrefix(t, w) || len(w) < 4 && t != w {
				ok = false
				break
			}
		}
		if ok {
			return true
		}
	}
	return false
}

// mentionOptions finds every sentence, outside the option list itself,
// that brings an option up, and whose words those are when it is a quote.
func mentionOptions(opts []model.Option, units []mentionUnit, st []*model.Statement, byPost map[string][]int) {
	if len(opts) == 0 {
		return
	}
	phrases := make([]phrase, len(opts))
	for i, o := range opts {
		phrases[i] = newPhrase(o.Name)
	}
	for _, u := range units {
		for bi, text := range u.blocks {
			if !slices.ContainsFunc(phrases, func(ph phrase) bool { return ph.in(u.scans[bi].toks) }) {
				continue // most blocks name no option: skip splitting them
			}
			qs := u.scans[bi].qs
			for _, se := range splitSentences(text, qs) {
				sent := strings.TrimSpace(text[se.start:se.end])
				toks := tokenize(sent, nil)
				for oi := range opts {
					o := &opts[oi]
					if u.post == o.Post && u.kinds[bi] == model.BlockBullet && strings.HasPrefix(sent, o.Name) {
						continue // the option's own bullet
					}
					if u.kinds[bi] == model.BlockBullet && isOptionBullet(opts, text) {
						continue // the list itself, here or re-posted
					}
					if !phrases[oi].in(toks) {
						continue
					}
					m := model.Mention{Post: u.post, Source: u.source, Text: sent}
					for _, si := range byPost[u.post] {
						s := st[si]
						for _, part := range s.Parts {
							if strings.Contains(sent, part) && phrases[oi].in(tokenize(part, nil)) {
								m.Speaker, m.Quote = s.Speaker, part
							}
						}
					}
					o.Mentions = append(o.Mentions, m)
				}
			}
		}
	}
}

func isOptionBullet(opts []model.Option, text string) bool {
	for _, o := range opts {
		if strings.HasPrefix(text, o.Name) && strings.Contains(text, o.Description) {
			return true
		}
	}
	return false
}

// mentionUnit is a post's (or the summary's) blocks for option search.
type mentionUnit struct {
	post, source string
	blocks       []string
	kinds        []model.BlockKind
	scans        []scan // per block, filled by scanUnits
}
