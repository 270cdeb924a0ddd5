package loader

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"briefing/model"
)

// statements collects statements across all posts, merging repeats.
type statements struct {
	list   []*model.Statement
	byPart map[string]int // speaker + "\x00" + normalised part -> index in list
}

func normQuote(s string) string {
	s = strings.ToLower(strings.Join(strings.Fields(s), " "))
	s = strings.NewReplacer("’", "'", "‘", "'", "“", "\"", "”", "\"").Replace(s)
	return strings.TrimRight(s, " ,.;:!?…-—")
}

// add records words said by speaker at cite, or adds the citation to the
// statement that already holds them. It returns the statement's index.
func (st *statements) add(speaker string, kind model.StatementKind, words, sent string, cite model.Citation) int {
	words = trimQuote(words)
	key := speaker + "\x00" + normQuote(words)
	if i, ok := st.byPart[key]; ok {
		s := st.list[i]
		if !s.Cites(cite.Post) {
			s.Citations = append(s.Citations, cite)
		}
		return i
	}
	s := &model.Statement{Speaker: speaker, Quote: words, Kind: kind, Sentence: sent, Citations: []model.Citation{cite}}
	if kind == model.Direct {
		s.Parts = []string{words}
	}
	st.list = append(st.list, s)
	st.byPart[key] = len(st.list) - 1
	return len(st.list) - 1
}

// extend appends the next part of a quote split by its attribution
// (`"A," he said. "B."`). When the same split quote was already seen in
// full elsewhere, the part is already there and only the sentence grows.
func (st *statements) extend(i int, words, sent string) {
	words = trimQuote(words)
	s := st.list[i]
	key := s.Speaker + "\x00" + normQuote(words)
	if j, ok := st.byPart[key]; ok && j == i {
		return
	}
	s.Parts = append(s.Parts, words)
	s.Quote = strings.Join(s.Parts, " … ")
	if !strings.Contains(s.Sentence, sent) {
		s.Sentence += " " + sent
	}
	st.byPart[key] = i
}

// trimQuote drops the comma a quote leaves for its attribution:
// "..., we will see," he said.
func trimQuote(s string) string { return strings.TrimSpace(strings.TrimRight(s, ", ")) }

// sentRec is what later pronouns may refer back to.
type sentRec struct {
	speaker *person // who spoke in the sentence
	subject *person // the first person named in it, outside quotes
}

// act is a speech verb and who it belongs to.
type act struct {
	verb    int     // token index
	subject *person // nil when unknown
	by      []*person
	named   bool // subject is a name, not a pronoun
	subjAt  int  // token index where the subject starts
}

// unit is a post (or the summary) being read: pronouns and continued
// quotes never reach across units.
type unit struct {
	cite    model.Citation
	history []sentRec
	cont    int // statement a quote at the next sentence start continues; -1 none
}

type attributor struct {
	m    *matcher
	byID map[string]*person
	st   *statements
	men  func(*person) // records a mention of someone in the current unit
	text string
	toks []token
	qs   []quote
	at   []int // token index -> mention index, -1 when none
	ms   []mention
}

// names records the people a text names, and nothing else.
func (a *attributor) names(text string) {
	toks := tokenize(text, findQuotes(text))
	for _, m := range a.m.find(text, toks) {
		a.men(m.p)
	}
}

// block reads one block of a unit: its quotes, who said them, and reported
// speech.
func (a *attributor) block(u *unit, text string, sc scan) {
	a.text = text
	a.qs, a.toks = sc.qs, sc.toks
	a.ms = a.m.find(text, a.toks)
	a.at = make([]int, len(a.toks))
	for i := range a.at {
		a.at[i] = -1
	}
	for i, m := range a.ms {
		for k := m.from; k < m.to; k++ {
			a.at[k] = i
		}
		if a.men != nil {
			a.men(m.p)
		}
	}
	ti, qi := 0, 0
	for _, s := range splitSentences(text, a.qs) {
		from := ti
		for ti < len(a.toks) && a.toks[ti].start < s.end {
			ti++
		}
		q0 := qi
		for qi < len(a.qs) && a.qs[qi].open < s.end {
			qi++
		}
		a.sentence(u, s, from, ti, a.qs[q0:qi])
	}
}

func (a *attributor) sentence(u *unit, s sentence, ta, tb int, qs []quote) {
	rec := sentRec{}
	for k := ta; k < tb; k++ {
		if i := a.at[k]; i >= 0 && !a.ms[i].poss && !a.ms[i].inQuote {
			rec.subject = a.ms[i].p
			break
		}
	}
	var acts []act
	for k := ta; k < tb; k++ {
		t := a.toks[k]
		if t.inQuote || !speechVerbs[t.lower] {
			continue
		}
		acts = append(acts, a.subjectOf(u, k, ta, tb, acts))
	}
	sent := strings.TrimSpace(a.text[s.start:s.end])
	cont := u.cont
	u.cont = -1
	prevPost := -1 // statement of the previous quote when it was attributed after the fact
	prevEnd := -1
	for qn, q := range qs {
		words := q.text(a.text)
		if a.scare(q) || !hasLetter(words) {
			prevPost = -1
			continue
		}
		var speaker *person
		post := false
		if p, ok := a.postposed(u, q, s, tb, acts); ok {
			speaker, post = p, true
		} else if prevPost >= 0 && a.splitGap(prevEnd, q.open) {
			a.st.extend(prevPost, words, sent)
			rec.speaker = a.speakerOf(prevPost)
			continue
		} else if p := a.preposed(q, acts); p != nil {
			speaker = p
		} else if cont >= 0 && qn == 0 && onlySpaces(a.text[s.start:q.open]) {
			a.st.extend(cont, words, sent)
			rec.speaker = a.speakerOf(cont)
			if q.end >= len(strings.TrimRight(a.text[:s.end], " ")) {
				u.cont = cont
			}
			continue
		}
		if speaker == nil {
			prevPost = -1
			continue // a scare quote or a title: nobody said it
		}
		i := a.st.add(speaker.ID, model.Direct, words, sent, u.cite)
		rec.speaker = speaker
		prevPost, prevEnd = -1, -1
		if post {
			prevPost, prevEnd = i, q.end
			u.cont = i // a quote opening the next sentence goes on with these words
		} else {
			u.cont = -1
		}
	}
	if len(qs) > 0 && u.cont >= 0 {
		// keep the continuation only if nothing but the attribution follows
		last := qs[len(qs)-1]
		if a.wordsAfter(last.end, s.end) > 12 {
			u.cont = -1
		}
	}
	if len(qs) == 0 {
		if who, clause := a.reported(s, ta, tb, acts); len(who) > 0 {
			for _, p := range who {
				a.st.add(p.ID, model.Reported, clause, sent, u.cite)
			}
			rec.speaker = who[0]
		}
	}
	if rec.speaker == nil {
		for _, ac := range acts {
			if ac.subject != nil && ac.named {
				rec.speaker = ac.subject
			}
		}
	}
	u.history = append(u.history, rec)
}

func (a *attributor) speakerOf(i int) *person { return a.byID[a.st.list[i].Speaker] }

func hasLetter(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) {
			return true
		}
	}
	return false
}

// scare reports a so-called term: quoted, but nobody's words.
func (a *attributor) scare(q quote) bool {
	before := strings.ToLower(a.text[max(0, q.open-12):q.open])
	return strings.Contains(before, "so-called") || strings.Contains(before, "so called")
}

func (a *attributor) wordsAfter(from, to int) int {
	n := 0
	for _, t := range a.toks {
		if t.start >= from && t.start < to {
			n++
		}
	}
	return n
}

// firstTok is the index of the first token starting at or after offset.
func (a *attributor) firstTok(off int) int {
	lo, hi := 0, len(a.toks)
	for lo < hi {
		mid := (lo + hi) / 2
		if a.toks[mid].start < off {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	return lo
}

// subjectOf finds who a speech verb belongs to: the agent of a passive
// ("hailed by Trump"), else the nearest person or pronoun before it,
// skipping possessives ("Macron echoed Merz's comments, but also said").
func (a *attributor) subjectOf(u *unit, v, ta, tb int, earlier []act) act {
	ac := act{verb: v, subjAt: -1}
	if v+1 < tb && a.toks[v+1].lower == "by" && v+2 < tb {
		if i := a.at[v+2]; i >= 0 {
			ac.subject, ac.named, ac.subjAt = a.ms[i].p, true, v+2
			return ac
		}
	}
	for k := v - 1; k >= ta; k-- {
		t := a.toks[k]
		if t.inQuote {
			continue
		}
		if i := a.at[k]; i >= 0 {
			m := a.ms[i]
			if m.poss {
				k = m.from
				continue
			}
			ac.subject, ac.named, ac.subjAt = m.p, true, m.from
			ac.by = a.conjoined(m, ta)
			return ac
		}
		if t.lower == "he" || t.lower == "she" {
			ac.subject, ac.subjAt = a.resolve(u, t.lower, k, earlier), k
			return ac
		}
		if t.lower == "they" || t.lower == "it" || t.lower == "i" || t.lower == "we" {
			return ac
		}
	}
	return ac
}

// conjoined finds "Merz and Macron both said": everyone joined to m by "and".
func (a *attributor) conjoined(m mention, ta int) []*person {
	if m.from-2 < ta || a.toks[m.from-1].lower != "and" {
		return []*person{m.p}
	}
	i := a.at[m.from-2]
	if i < 0 || a.ms[i].poss || a.ms[i].inQuote || a.ms[i].p == m.p {
		return []*person{m.p}
	}
	return []*person{a.ms[i].p, m.p}
}

// resolve finds who "he" or "she" is: someone who spoke earlier in this
// sentence, else, sentence by sentence back through the unit, the speaker
// or the first person named. Never across units.
func (a *attributor) resolve(u *unit, pron string, k int, earlier []act) *person {
	for i := len(earlier) - 1; i >= 0; i-- {
		ac := earlier[i]
		if ac.subject != nil && ac.named && ac.verb < k && fits(ac.subject, pron) {
			return ac.subject
		}
	}
	for i := len(u.history) - 1; i >= 0; i-- {
		r := u.history[i]
		if r.speaker != nil && fits(r.speaker, pron) {
			return r.speaker
		}
		if r.subject != nil && fits(r.subject, pron) {
			return r.subject
		}
	}
	return nil
}

func fits(p *person, pron string) bool { return p.pronoun == "" || p.pronoun == pron }

// postposed reads an attribution after the quote: `"...," said Merz`,
// `"...", Rose Goettemoeller, former ..., told the BBC`, `"...," he said`.
func (a *attributor) postposed(u *unit, q quote, s sentence, tb int, acts []act) (*person, bool) {
	last, _ := utf8.DecodeLastRuneInString(a.text[q.cs:q.ce])
	rest := strings.TrimLeft(a.text[q.end:s.end], " ")
	if !(last == ',' || last == '?' || last == '!') && !strings.HasPrefix(rest, ",") {
		return nil, false
	}
	k0 := a.firstTok(q.end)
	limit := min(tb, k0+14)
	for k := k0; k < limit; k++ {
		if a.toks[k].inQuote {
			return nil, false
		}
		if !speechVerbs[a.toks[k].lower] {
			continue
		}
		if k == k0 { // verb first: `said German Chancellor Friedrich Merz`
			for j := k + 1; j < min(tb, k+7); j++ {
				if i := a.at[j]; i >= 0 && !a.ms[i].inQuote {
					return a.ms[i].p, true
				}
				if l := a.toks[j].lower; l == "he" || l == "she" {
					return a.resolve(u, l, j, acts), true
				}
			}
			return nil, false
		}
		t0 := a.toks[k0]
		if t0.lower == "he" || t0.lower == "she" {
			if k-k0 > 3 {
				return nil, false
			}
			p := a.resolve(u, t0.lower, k0, acts)
			return p, p != nil
		}
		for j := k0; j < k && j <= k0+2; j++ {
			if i := a.at[j]; i >= 0 && !a.ms[i].poss {
				return a.ms[i].p, true
			}
		}
		return nil, false
	}
	return nil, false
}

// splitGap reports that only an attribution stands between two quotes:
// `"A," he said, "B."`.
func (a *attributor) splitGap(prevEnd, open int) bool {
	if prevEnd < 0 {
		return false
	}
	gap := strings.TrimSpace(a.text[prevEnd:open])
	return strings.HasSuffix(gap, ",") && len(strings.Fields(gap)) <= 10
}

// preposed reads a speech verb before the quote in the same sentence:
// `Merz urged Trump to "..."`, `Stubb struck a cautious tone, saying "..."`,
// or a colon after a name.
func (a *attributor) preposed(q quote, acts []act) *person {
	for i := len(acts) - 1; i >= 0; i-- {
		ac := acts[i]
		if a.toks[ac.verb].end > q.open {
			continue
		}
		if ac.subject != nil {
			return ac.subject
		}
	}
	before := strings.TrimRight(a.text[:q.open], " ")
	if strings.HasSuffix(before, ":") {
		k := a.firstTok(len(before)) - 1
		if k >= 0 {
			if i := a.at[k]; i >= 0 && a.ms[i].to == k+1 && !a.ms[i].inQuote {
				return a.ms[i].p
			}
		}
	}
	return nil
}

// reported reads speech without quote marks: `Merz said Putin had agreed`,
// `Putin had agreed to a meeting, Merz said`.
func (a *attributor) reported(s sentence, ta, tb int, acts []act) ([]*person, string) {
	for _, ac := range acts {
		v := ac.verb
		if !reportedVerbs[a.toks[v].lower] || ac.subject == nil || ac.subjAt < 0 {
			continue
		}
		// the subject must stand right before the verb, give or take "has also"
		subjEnd := ac.subjAt + 1
		if i := a.at[ac.subjAt]; i >= 0 {
			subjEnd = a.ms[i].to
		}
		if subjEnd > v {
			continue
		}
		tight := true
		for k := subjEnd; k < v; k++ {
			if !auxiliaries[a.toks[k].lower] {
				tight = false
			}
		}
		if !tight {
			continue
		}
		who := ac.by
		if len(who) == 0 {
			who = []*person{ac.subject}
		}
		// after the fact: "..., Merz said." closes the sentence
		if tb-v <= 4 {
			subjStart := a.toks[ac.subjAt].start
			head := strings.TrimRight(a.text[s.start:subjStart], " ")
			if strings.HasSuffix(strings.TrimSuffix(head, " the"), ",") || strings.HasSuffix(head, ", the") {
				head = strings.TrimSuffix(strings.TrimSuffix(head, " the"), ",")
				head = strings.TrimRight(head, ", ")
				if i := strings.LastIndex(head, " - "); i >= 0 {
					head = head[i+3:]
				}
				if clause := strings.TrimSpace(head); wordCount(clause) >= 4 {
					return who, clause
				}
			}
			continue
		}
		k := a.skipObjects(v+1, tb)
		if k >= tb {
			continue
		}
		clause := strings.TrimSpace(strings.TrimRight(a.text[a.toks[k].start:s.end], " .!?"))
		if wordCount(clause) >= 4 {
			return who, clause
		}
	}
	return nil, ""
}

// skipObjects steps over who was told and when, up to the reported clause:
// "told reporters earlier that", "has told the BBC that".
func (a *attributor) skipObjects(k, tb int) int {
	for k < tb {
		w := a.toks[k].lower
		switch {
		case objectWords[w]:
			k++
		case (w == "the" || w == "on") && k+1 < tb && objectWords[a.toks[k+1].lower]:
			k += 2
		default:
			return k
		}
	}
	return k
}
