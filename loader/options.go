package loader

import (
	"maps"
	"regexp"
	"slices"
	"strings"

	"briefing/model"
)

// announceRE finds an analysis announcing its possibilities:
// "There are broadly four possibilities:". It was
// `(?i)\b(two|...|ten|\d{1,2})\s+...`, tried at every offset of every
// paragraph; findAnnounce now tries it, anchored, only where a number word
// or digit starts a word, which gives the same leftmost match.
var announceRE = regexp.MustCompile(`^(?i)(two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(?:[a-z-]+\s+){0,2}?(possibilities|options|scenarios|outcomes|paths|routes|ways|models|forms|choices|approaches|possible\s+\w+)\b`)

var numberWords = map[string]int{"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}

// findAnnounce returns the number of an announcement in s ("four"), as the
// unanchored regexp's first submatch.
func findAnnounce(s string) (string, bool) {
	for p := 0; p < len(s); p++ {
		c := s[p]
		if !isDigit(c) && !numberStart[c] && c != 0xc5 { // 0xc5 leads 'ſ', which (?i) reads as 's'
			continue
		}
		// \b, which the regexp reads in ASCII
		if isWordByte(c) == (p > 0 && isWordByte(s[p-1])) {
			continue
		}
		if !isDigit(c) && !numberWordAt(s[p:]) {
			continue
		}
		if m := announceRE.FindStringSubmatch(s[p:]); m != nil {
			return m[1], true
		}
	}
	return "", false
}

// numberList is numberWords' keys; numberStart their first letters, both cases.
var (
	numberList  = slices.Sorted(maps.Keys(numberWords))
	numberStart = func() (t [256]bool) {
		for w := range numberWords {
			t[w[0]], t[w[0]-('a'-'A')] = true, true
		}
		return t
	}()
)

func numberWordAt(s string) bool {
	for _, w := range numberList {
		if _, ok := foldPrefix(s, w); ok {
			return true
		}
	}
	return false
}

func isWordByte(c byte) bool {
	return isDigit(c) || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || c == '_'
}

var optionSeps = []string{" - ", " – ", " — ", ": "}

// findOptions reads the possibilities a post lays out: a paragraph that
// announces N of them, followed by N "Name - description" bullets. When
// known says every name was already laid out (a re-posted analysis), the
// list is not judged again and findOptions returns nil.
func findOptions(p *model.Post, known func(name string) bool) []model.Option {
	for i, b := range p.Body {
		// the list must follow: checking that first spares the regexp
		// nearly every paragraph of a long page
		if b.Kind != model.BlockParagraph || i+1 >= len(p.Body) || p.Body[i+1].Kind != model.BlockBullet {
			continue
		}
		num, ok := findAnnounce(b.Text)
		if !ok {
			continue
		}
		n, ok := numberWords[strings.ToLower(num)]
		if !ok {
			n = atoi(num)
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
			opts = append(opts, model.Option{Name: name, Description: desc, Post: p.ID, Source: p.Source})
		}
		if len(opts) == n {
			if known != nil && !slices.ContainsFunc(opts, func(o model.Option) bool { return !known(o.Name) }) {
				return nil
			}
			for k := range opts {
				opts[k].Assessment = assessment(opts[k].Description)
			}
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
	for i := range toks {
		if ph.at(toks, i) {
			return true
		}
	}
	return false
}

// at reports whether the phrase occurs at toks[i].
func (ph phrase) at(toks []token, i int) bool {
	if len(ph) == 0 || i+len(ph) > len(toks) {
		return false
	}
	for k, w := range ph {
		t := toks[i+k].lower
		if len(w) >= 4 && !strings.HasPrefix(t, w) || len(w) < 4 && t != w {
			return false
		}
	}
	return true
}

// phrases are the options' phrases, with the bytes their first words start
// with: nearly every token of a page is passed over on that alone.
type phrases struct {
	list  []phrase
	first [256]bool
}

func newPhrases(opts []model.Option) *phrases {
	ps := &phrases{list: make([]phrase, len(opts))}
	for i, o := range opts {
		ps.list[i] = newPhrase(o.Name)
		if len(ps.list[i]) > 0 {
			ps.first[ps.list[i][0][0]] = true
		}
	}
	return ps
}

// anyIn reports whether any phrase occurs in the tokens.
func (ps *phrases) anyIn(toks []token) bool {
	for i := range toks {
		if !ps.first[toks[i].lower[0]] {
			continue
		}
		for _, ph := range ps.list {
			if ph.at(toks, i) {
				return true
			}
		}
	}
	return false
}

// optionMention is a sentence of a unit that brings up an option; found
// while the units are read, as it needs their words.
type optionMention struct {
	unit, option int
	sent         string
}

// findOptionMentions finds the sentences of a read block, outside the option
// list itself, that bring an option up.
func (a *attributor) findOptionMentions(into []optionMention, ui int, u *textUnit, kind model.BlockKind, opts []model.Option, ps *phrases) []optionMention {
	for si, se := range a.sents {
		sent := strings.TrimSpace(a.text[se.start:se.end])
		// the block's words of the sentence are the sentence's words:
		// sentences end before a blank, which no word crosses
		toks := a.toks[a.spans[si][0]:a.spans[si][1]]
		for oi := range opts {
			o := &opts[oi]
			if u.post == o.Post && kind == model.BlockBullet && strings.HasPrefix(sent, o.Name) {
				continue // the option's own bullet
			}
			if kind == model.BlockBullet && isOptionBullet(opts, a.text) {
				continue // the list itself, here or re-posted
			}
			if !ps.list[oi].in(toks) {
				continue
			}
			into = append(into, optionMention{unit: ui, option: oi, sent: sent})
		}
	}
	return into
}

// mentionOptions records the sentences that bring options up, in order,
// and whose words those are when it is a quote.
func mentionOptions(opts []model.Option, phrases []phrase, units []textUnit, found []optionMention, st []*model.Statement, byPost map[string][]int) {
	lc := newLowerCache()
	var toks []token
	for _, f := range found {
		u := &units[f.unit]
		m := model.Mention{Post: u.post, Source: u.source, Text: f.sent}
		for _, si := range byPost[u.post] {
			s := st[si]
			for _, part := range s.Parts {
				if strings.Contains(f.sent, part) {
					if toks = appendTokens(toks[:0], part, nil, lc); phrases[f.option].in(toks) {
						m.Speaker, m.Quote = s.Speaker, part
					}
				}
			}
		}
		opts[f.option].Mentions = append(opts[f.option].Mentions, m)
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

// readOptions is the options pass: the options the posts' analyses lay
// out, and the phrases that find later mentions of them.
func readOptions(b *model.Briefing) *phrases {
	// Options come from the posts' text alone. An analysis re-posted
	// further down the page lays out the same options again: the first
	// telling stands, so options stay one per name. Knowing them first
	// lets the second reading find the blocks that mention them.
	named := map[string]bool{}
	known := func(name string) bool { return named[strings.ToLower(name)] }
	for i := range b.Posts {
		for _, o := range findOptions(&b.Posts[i], known) {
			if key := strings.ToLower(o.Name); !named[key] {
				named[key] = true
				b.Options = append(b.Options, o)
			}
		}
	}
	return newPhrases(b.Options)

}
