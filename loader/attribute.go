package loader

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"briefing/model"
)

// statements collects statements across all posts, merging repeats.
type statements struct {
	list   []*model.Statement
	byPart map[string]int // speaker + "\x00" + normalised part -> index in list
	key    []byte
	// uniquePosts: no two units share a post id, so a post's citations
	// are all added while its unit is replayed and the last one tells
	// whether a statement already cites it.
	uniquePosts bool
}

// partKey is speaker + "\x00" + the quote normalised: spaces collapsed,
// lower case, curly quotes straight, trailing punctuation dropped. It is
// built in a reused buffer; the map copies it only when a part is new.
func (st *statements) partKey(speaker, words string) []byte {
	b := append(st.key[:0], speaker...)
	b = append(b, 0)
	from := len(b)
	space := false
	for i := 0; i < len(words); {
		if c := words[i]; c < utf8.RuneSelf {
			i++
			if asciiSpace[c] {
				space = len(b) > from
				continue
			}
			if space {
				b = append(b, ' ')
				space = false
			}
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			b = append(b, c)
			continue
		}
		r, size := utf8.DecodeRuneInString(words[i:])
		i += size
		if unicode.IsSpace(r) {
			space = len(b) > from
			continue
		}
		if space {
			b = append(b, ' ')
			space = false
		}
		switch r = unicode.ToLower(r); r {
		case '’', '‘':
			r = '\''
		case '“', '”':
			r = '"'
		}
		b = utf8.AppendRune(b, r)
	}
	for len(b) > from {
		r, size := utf8.DecodeLastRune(b[from:])
		if !strings.ContainsRune(" ,.;:!?…-—", r) {
			break
		}
		b = b[:len(b)-size]
	}
	st.key = b
	return b
}

// cites reports whether statement s already cites post.
func (st *statements) cites(s *model.Statement, post string) bool {
	if n := len(s.Citations); n > 0 && s.Citations[n-1].Post == post {
		return true
	}
	return !st.uniquePosts && s.Cites(post)
}

// add records words said by speaker at cite, or adds the citation to the
// statement that already holds them. It returns the statement's index.
func (st *statements) add(speaker string, kind model.StatementKind, words, sent string, cite model.Citation) int {
	words = trimQuote(words)
	key := st.partKey(speaker, words)
	if i, ok := st.byPart[string(key)]; ok {
		s := st.list[i]
		if !st.cites(s, cite.Post) {
			s.Citations = append(s.Citations, cite)
		}
		return i
	}
	s := &model.Statement{Speaker: speaker, Quote: words, Kind: kind, Sentence: sent, Citations: []model.Citation{cite}}
	if kind == model.Direct {
		s.Parts = []string{words}
	}
	st.list = append(st.list, s)
	st.byPart[string(key)] = len(st.list) - 1
	return len(st.list) - 1
}

// extend appends the next part of a quote split by its attribution
// (`"A," he said. "B."`). When the same split quote was already seen in
// full elsewhere, the part is already there and only the sentence grows.
func (st *statements) extend(i int, words, sent string) {
	words = trimQuote(words)
	s := st.list[i]
	key := st.partKey(s.Speaker, words)
	if j, ok := st.byPart[string(key)]; ok && j == i {
		return
	}
	s.Parts = append(s.Parts, words)
	s.Quote = strings.Join(s.Parts, " … ")
	if !strings.Contains(s.Sentence, sent) {
		s.Sentence += " " + sent
	}
	st.byPart[string(key)] = i
}

// said is one call to statements.add (to < 0) or extend (to is the add
// whose statement goes on). Units are read in parallel, each recording
// what it found; replaying the records in document order builds the same
// statements as reading the units one after another.
type said struct {
	to          int
	speaker     string
	kind        model.StatementKind
	words, sent string
	cite        model.Citation
}

// record is a stretch of units' statements, for replay.
type record []said

func (r *record) add(speaker string, kind model.StatementKind, words, sent string, cite model.Citation) int {
	*r = append(*r, said{to: -1, speaker: speaker, kind: kind, words: words, sent: sent, cite: cite})
	return len(*r) - 1
}

func (r *record) extend(i int, words, sent string) {
	*r = append(*r, said{to: i, words: words, sent: sent})
}

// replay applies the record in order.
func (st *statements) replay(r record) {
	at := make([]int, len(r)) // record index of an add -> statement index
	for i, op := range r {
		if op.to < 0 {
			at[i] = st.add(op.speaker, op.kind, op.words, op.sent, op.cite)
		} else {
			st.extend(at[op.to], op.words, op.sent)
		}
	}
}

// trimQuote drops the comma a quote leaves for its attribution:
// "..., we will see," he said.
func trimQuote(s string) string { return strings.TrimSpace(strings.TrimRight(s, ", ")) }

// sentRec is what later pronouns may refer back to.
type sentRec struct {
	speaker *person // who spoke in the sentence
	subject *person // the first person named in it, outside quotes
	// interviewee is who the sentence's subject spoke to: "Our reporter
	// has been speaking to candidate Craig Hoy." Then "He said:" is Hoy.
	interviewee *person
	dialogue    bool // the sentence's words were said to the interviewee: "says X to Y"
	// someone is a sentence opened by someone unnamed: "Another fan told
	// the ABC ...". A "he" after it is them, not anyone named before.
	someone bool
	// only is the one person the sentence names outside quotes, if one: a
	// quote standing alone after it is theirs
	only *person
	// colon is a sentence ending with a colon: a lead-in, whose reading
	// decides who the words under it are
	colon bool
}

// act is a speech verb and who it belongs to.
type act struct {
	verb    int     // token index
	subject *person // nil when unknown
	by      [2]*person
	nby     int  // by[:nby]: everyone the verb is said by, when named
	named   bool // subject is a name, not a pronoun
	subjAt  int  // token index where the subject starts
	appEnd  int  // past the apposition after the subject, "Barroso, the president of the commission,"; 0 when none
}

// unit is a post (or the summary) being read: pronouns and continued
// quotes never reach across units.
type unit struct {
	cite    model.Citation
	history []sentRec
	cont    int // statement (record index) a quote at the next sentence start continues; -1 none
	// lead is who a colon lead-in announced for the paragraphs under it;
	// leadOpen, that its quote has opened and not yet closed
	lead      *person
	leadOpen  bool
	leadFresh bool // the lead-in was the block just read
	// leadBlocks counts the unmarked paragraphs an unmarked block quote
	// has run to under the lead-in
	leadBlocks int
	leadMarked bool // the lead-in was a name alone: only quoted paragraphs follow it
	// leadHeld are unmarked paragraphs inside the open quote, kept until a
	// later one closes it (then they were the quote's) or the lead ends
	leadHeld []string
}

// attributor reads units one goroutine at a time; its slices are reused
// from block to block so a long page is read without allocating per word.
type attributor struct {
	m    *matcher
	byID map[string]*person
	rec  record          // what the units read so far said
	seen map[string]bool // ids named in the current unit
	// inTitle are the ids the current unit's title names: whom the post is about
	inTitle map[string]bool
	lc      *lowerCache
	text    string
	toks    []token
	qs      []quote
	at      []int // token index -> mention index, -1 when none
	ms      []mention
	// buffers
	sents   []sentence
	spans   [][2]int // per sentence, its tokens [from, to)
	acts    []act
	history []sentRec
	// line is who opens the block transcript-style, "MPD Chief: Shooting
	// is "under investigation" ...": the quotes nobody else says are theirs
	line *person
}

func newAttributor(m *matcher, byID map[string]*person) *attributor {
	return &attributor{m: m, byID: byID, seen: map[string]bool{}, inTitle: map[string]bool{}, lc: newLowerCache()}
}

// scan reads a block's quotes and words.
func (a *attributor) scan(text string) {
	a.text = text
	a.qs = appendSingleQuotes(appendQuotes(a.qs[:0], text), text)
	a.toks = appendTokens(a.toks[:0], text, a.qs, a.lc)
}

// appendScan reads a block's quotes and appends its words to dst, for a
// caller keeping several blocks' words at once.
func (a *attributor) appendScan(dst []token, text string) []token {
	a.qs = appendSingleQuotes(appendQuotes(a.qs[:0], text), text)
	return appendTokens(dst, text, a.qs, a.lc)
}

// names records the people a text names, and nothing else.
func (a *attributor) names(text string) {
	a.scan(text)
	a.ms = a.m.appendFind(a.ms[:0], text, a.toks)
	for _, m := range a.ms {
		a.seen[m.p.ID] = true
	}
}

// block reads one block of a unit: its quotes, who said them, and reported
// speech. The block must have been scanned.
func (a *attributor) block(u *unit) {
	text := a.text
	if u.lead != nil {
		if !a.leadBlock(u, text) {
			u.lead, u.leadOpen, u.leadHeld = nil, false, u.leadHeld[:0]
		}
	}
	a.ms = a.m.appendFind(a.ms[:0], text, a.toks)
	a.at = slices.Grow(a.at[:0], len(a.toks))[:len(a.toks)]
	for i := range a.at {
		a.at[i] = -1
	}
	for i, m := range a.ms {
		for k := m.from; k < m.to; k++ {
			a.at[k] = i
		}
		a.seen[m.p.ID] = true
	}
	if a.transcript(u, text) {
		return
	}
	a.line = a.lineOpener(text)
	if headlineQuote(text) {
		// a headline the page left among the paragraphs: "‘US not in rush
		// to recognise Taliban govt’: White House"
		a.titleQuote(u, text)
		a.scan(text)
		a.ms = a.m.appendFind(a.ms[:0], text, a.toks)
	} else if words, at, ok := trailingName(text); ok && len(text) < 400 && !strings.ContainsRune(text, '\n') && a.trailingWords(u, text, words, a.tailMention(at)) {
		// a wire's line closed by its speaker, "We are pursuing ... [...]
		// we would prefer a diplomatic solution: Kerry"
		return
	}
	ti, qi := 0, 0
	a.sents = appendSentences(a.sents[:0], text, a.qs)
	a.spans = a.spans[:0]
	for _, s := range a.sents {
		from := ti
		for ti < len(a.toks) && a.toks[ti].start < s.end {
			ti++
		}
		a.spans = append(a.spans, [2]int{from, ti})
		q0 := qi
		for qi < len(a.qs) && a.qs[qi].open < s.end {
			qi++
		}
		a.sentence(u, s, from, ti, a.qs[q0:qi])
	}
	if len(a.qs) == 0 || u.lead == nil {
		marked := u.leadMarked
		u.leadMarked = false
		if p := a.leadIn(u, text); p != nil {
			u.lead, u.leadOpen, u.leadFresh, u.leadHeld, u.leadBlocks = p, false, true, u.leadHeld[:0], 0
		} else {
			u.leadMarked = marked
		}
	}
	if n := len(a.qs); n > 0 && a.qs[n-1].implicit && len(u.history) > 0 {
		// a quote left open at the paragraph's end goes on in the next
		// paragraph that opens with a quote mark, as pages print speeches,
		// or in the unmarked ones up to its closing mark, where a copy
		// broke one paragraph in two
		if p := u.history[len(u.history)-1].speaker; p != nil {
			u.lead, u.leadOpen, u.leadHeld = p, true, u.leadHeld[:0]
		}
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
	rec.interviewee = a.interviewee(u, ta, tb)
	rec.someone = a.someoneOpens(ta, tb)
	rec.only = a.onlyNamed(ta, tb)
	rec.colon = strings.HasSuffix(strings.TrimSpace(a.text[s.start:s.end]), ":")
	acts := a.acts[:0]
	for k := ta; k < tb; k++ {
		t := &a.toks[k]
		if t.inQuote || !speechHeads.may.may(t.lower) || !speechAtWord(a.toks, k) {
			continue
		}
		acts = append(acts, a.subjectOf(u, k, ta, tb, acts))
	}
	a.acts = acts
	sent := strings.TrimSpace(a.text[s.start:s.end])
	cont := u.cont
	u.cont = -1
	prevPost := -1 // statement of the previous quote when it was attributed after the fact
	prevEnd := -1
	for qn, q := range qs {
		words := q.text(a.text)
		if q.cut || a.scare(q) || !hasLetter(words) || relayed(words) {
			prevPost = -1
			continue
		}
		var speaker *person
		post := false
		if p, ok := a.postposed(u, q, s, tb, acts); ok {
			speaker, post = p, true
		} else if prevPost >= 0 && a.splitGap(prevEnd, q.open) {
			a.rec.extend(prevPost, words, sent)
			rec.speaker = a.speakerOf(prevPost)
			continue
		} else if p := a.preposed(q, acts); p != nil {
			speaker = p
		} else if p := a.colonClause(q, ta); p != nil {
			speaker = p
		} else if cont >= 0 && qn == 0 && onlySpaces(a.text[s.start:q.open]) {
			a.rec.extend(cont, words, sent)
			rec.speaker = a.speakerOf(cont)
			if q.end >= len(strings.TrimRight(a.text[:s.end], " ")) {
				u.cont = cont
			}
			continue
		}
		if speaker == nil {
			speaker = a.accordingTo(q, s)
		}
		if speaker == nil && ownWords(a.text[s.start:q.open]) {
			// "In his words: “Floridians ...”": whoever "he" is
			speaker = a.resolve(u, pronounOf(a.text[s.start:q.open]), 0, nil)
		}
		if speaker == nil && a.line != nil && q.open > a.toks[0].end && !a.newSubjectBefore(q) {
			speaker = a.line // "Sen. Mitch McConnell: "..." despite ... "They tried ...""
		}
		if speaker == nil && qn == 0 && len(qs) == 1 && onlySpaces(a.text[s.start:q.open]) && a.wordsAfter(q.end, s.end) == 0 {
			if p := lastPersonSpoke(u); p != nil && !a.namedIn(p, q) {
				speaker = p // a person's words are never about them by name: "Bill Shorten is the leader"
			}
		}
		if speaker == nil && qn == 0 && len(qs) == 1 && standsAlone(a.text, s, q) && len(u.history) > 0 && (q.end > q.ce && !q.implicit || endsSentence(words)) {
			// "Ben Stokes had no hesitation ... “You try and take ...”":
			// the one person the sentence before is about takes the floor
			// (not words left open mid-sentence, as a copy cut short leaves them)
			if last := u.history[len(u.history)-1]; last.speaker == nil && last.only != nil && !last.colon && !a.namedIn(last.only, q) {
				speaker = last.only
			}
		}
		if speaker == nil {
			prevPost = -1
			continue // a scare quote or a title: nobody said it
		}
		if anaphoricBody(speaker) {
			// "The statement says that ...", `," the agency said`: the
			// body the post has named, when it has named one
			if b := a.bodySeen(speaker); b != nil {
				speaker = b
			}
		}
		i := a.rec.add(speaker.ID, model.Direct, words, sent, u.cite)
		rec.speaker = speaker
		prevPost, prevEnd = -1, -1
		switch {
		case post && a.saidTo(q.end, s.end):
			// `," says Wheatley to Masi. "I completely understand ..."`: a
			// dialogue; a quote alone after it is the reply
			u.cont = -1
			rec.interviewee, rec.dialogue = a.addressee(q.end, s.end), true
		case post:
			prevPost, prevEnd = i, q.end
			u.cont = i // a quote opening the next sentence goes on with these words
		case a.wordsAfter(q.end, s.end) <= 3:
			// `Pence: "let's get back to work."` closes its sentence: a quote
			// opening the next one goes on with the same speaker
			u.cont = i
		default:
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
				a.rec.add(p.ID, model.Reported, clause, sent, u.cite)
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

// someoneOpens reports a sentence whose subject is someone unnamed, an
// indefinite person: "Another fan told the ABC", "A woman who lives
// nearby said", "One voter says".
func (a *attributor) someoneOpens(ta, tb int) bool {
	if ta >= tb {
		return false
	}
	switch a.toks[ta].lower {
	case "another", "a", "an", "one":
	default:
		return false
	}
	for k := ta + 1; k < tb && k <= ta+3; k++ {
		t := &a.toks[k]
		if t.inQuote || a.at[k] >= 0 {
			return false
		}
		if !t.upper && (personNouns.has(t.lower) || isRoleWord(t.lower)) {
			return true
		}
	}
	return false
}

// tailMention is the person the block's last words name, from offset at
// to its end and nothing else: the "Kerry" of "...: Kerry". nil if none.
func (a *attributor) tailMention(at int) *person {
	k := a.firstTok(at)
	for _, m := range a.ms {
		if m.from == k && m.to == len(a.toks) && !m.poss && !m.inQuote {
			return m.p
		}
	}
	return nil
}

// placeBefore reports a preposition of place right before the token at
// from (past a title): "at SPP Rally", "in Parliament".
func (a *attributor) placeBefore(from int) bool {
	f := from
	for f > 0 && f > from-3 && a.toks[f-1].upper && adjacent(a.text, &a.toks[f-1], &a.toks[f]) {
		f--
	}
	if f == 0 {
		return false
	}
	switch a.toks[f-1].lower {
	case "at", "in", "on", "from", "outside", "inside", "near":
		return !a.toks[f-1].inQuote
	}
	return false
}

// newSubjectBefore reports a capitalised word opening the words right
// before q, after the quote before it: "... CST!” Crowd cheers “CST!”" has
// someone else speak; "..." despite all threats. "They tried ..." does not.
func (a *attributor) newSubjectBefore(q quote) bool {
	prev := -1
	for _, p := range a.qs {
		if p.end <= q.open {
			prev = p.end
		}
	}
	if prev < 0 {
		return false
	}
	k := a.firstTok(prev)
	if k >= len(a.toks) || a.toks[k].start >= q.open {
		return false
	}
	t := &a.toks[k]
	return t.upper && !pronouns[t.lower] && !t.inQuote
}

// saidTo reports an attribution after a quote that says whom the words
// were for, "says Jonathan Wheatley to Michael Masi": a person named after
// "to" in the rest of the sentence.
func (a *attributor) saidTo(from, to int) bool {
	for k := a.firstTok(from); k+1 < len(a.toks) && a.toks[k].start < to; k++ {
		if a.toks[k].lower == "to" && !a.toks[k].inQuote && a.toks[k+1].upper && !a.toks[k+1].inQuote {
			if i := a.at[k+1]; i < 0 || a.ms[i].p.Group != model.GroupSource {
				return true
			}
		}
	}
	return false
}

// addressee is the person saidTo found, nil when the page does not know them.
func (a *attributor) addressee(from, to int) *person {
	for k := a.firstTok(from); k+1 < len(a.toks) && a.toks[k].start < to; k++ {
		if a.toks[k].lower == "to" && !a.toks[k].inQuote {
			if i := a.at[k+1]; i >= 0 && a.ms[i].p.Group != model.GroupSource {
				return a.ms[i].p
			}
		}
	}
	return nil
}

// lastPersonSpoke is the person who spoke in the sentence just read, for a
// sentence that is only a quote and says nobody's: "Hassan Gafoor said the
// hotel was under their control. "All combat operations are over."" News
// prose gives a person's words after telling what they said. A body that
// reported ("The OBR says the rules are met") is not followed so: the
// words after it are seldom its own.
func lastPersonSpoke(u *unit) *person {
	if len(u.history) == 0 {
		return nil
	}
	last := u.history[len(u.history)-1]
	p := last.speaker
	if last.dialogue {
		p = last.interviewee // the one spoken to replies; nil when the page does not know them
		if p == nil {
			return nil
		}
	}
	if p == nil {
		p = last.interviewee // "And now a word with Maurizio Sarri. “I saw ...”"
	}
	if p == nil || p.pronoun == "it" || p.Group == model.GroupSource {
		return nil
	}
	return p
}

// namedIn reports p named inside the quote q.
func (a *attributor) namedIn(p *person, q quote) bool {
	for _, m := range a.ms {
		if m.p == p && a.toks[m.from].start >= q.cs && a.toks[m.from].start < q.ce {
			return true
		}
	}
	return false
}

// speakerOf is who said the statement recorded at i; a statement's speaker
// is part of its key, so the merged statement has the same one.
func (a *attributor) speakerOf(i int) *person { return a.byID[a.rec[i].speaker] }

func hasLetter(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) {
			return true
		}
	}
	return false
}

// relayed reports quoted words that quote someone else in turn, the way a
// reader passes on what they heard: "Gerrard on 5 Live: 'It's been
// astonishing ...'". The words inside are the named one's, not the
// reader's who sent them.
func relayed(words string) bool {
	who, rest, ok := strings.Cut(words, ": ")
	if !ok || len(who) > 40 || !unicode.IsUpper(firstRune(who)) {
		return false
	}
	if r := firstRune(rest); r != '\'' && r != '‘' && r != '"' && r != '“' {
		return false
	}
	name, _, _ := strings.Cut(who, " on ")
	for _, w := range strings.Fields(name) {
		if !unicode.IsUpper(firstRune(w)) {
			return false // "the score at half-time: '...'" names no one
		}
	}
	return true
}

// scare reports a so-called term: quoted, but nobody's words.
func (a *attributor) scare(q quote) bool {
	before := a.text[max(0, q.open-12):q.open]
	if containsFold(before, "so-called") || containsFold(before, "so called") {
		return true
	}
	// "said the phrase “medical apartheid” is appalling": words named as
	// words are what the sentence talks about, not what its subject says
	w := strings.ToLower(strings.TrimRight(before, " "))
	w = w[strings.LastIndexByte(w, ' ')+1:]
	if namedWords[w] {
		return true
	}
	if workTitle(q.text(a.text)) {
		return true // “Squawk Box Europe”, “Crown Imperial”: the name of a show, a piece of music, a paper
	}
	// "a press release from “the Congresswoman-Elect”", "a film titled
	// “...”": a name or a title quoted, not words said
	if w == "from" {
		// only a document's "from" names its sender: "moved from “Santa
		// Sunak” to “Scrooge Sunak”" quotes the one who said it
		f := strings.Fields(strings.ToLower(a.text[max(0, q.open-40):q.open]))
		if len(f) < 2 || !documentNouns.has(strings.Trim(f[len(f)-2], ",.")) {
			return false
		}
	}
	return nameMarkers[w] && wordCount(q.text(a.text)) <= 5
}

// workTitle reports quoted words written as a title, three words or more,
// each capitalised but the small words a title keeps low: the name of a
// work, not words said. "Potential Terrorist Use of Pressure Cookers" is
// one; "We Are Coming" is a slogan said, and is not.
func workTitle(w string) bool {
	w = strings.TrimSpace(w)
	if !unicode.IsUpper(firstRune(w)) || strings.Count(w, " ") < 2 || strings.ContainsAny(w, "!?,;") {
		return false // the cheap look first: this runs on every quote
	}
	words := strings.Fields(strings.TrimSuffix(w, "."))
	if len(words) < 3 || len(words) > 8 || strings.ContainsAny(w, "!?,;") {
		return false // "Santa Sunak": two words may be a nickname someone coined
	}
	for _, x := range words {
		if !unicode.IsUpper(firstRune(x)) && !titleSmallWords.has(strings.ToLower(x)) {
			return false // "get an Amit Shah"
		}
	}
	for _, x := range words {
		if pronouns[strings.ToLower(x)] || strings.EqualFold(x, "we") || strings.EqualFold(x, "you") {
			return false // "We Are Coming": a slogan said
		}
	}
	return true
}

// titleSmallWords stay lower case inside a title.
var titleSmallWords = set("of", "the", "and", "a", "an", "in", "on", "for", "to", "at", "by", "or", "with")

// nameMarkers come before a quoted name or title.
var nameMarkers = map[string]bool{"from": true, "titled": true, "entitled": true, "headlined": true,
	"nicknamed": true, "named": true, "signed": true}

// namedWords are nouns that name the words after them as words: "the
// phrase", "the term", "the slogan".
var namedWords = map[string]bool{"phrase": true, "term": true, "word": true, "words": true, "slogan": true,
	"hashtag": true, "expression": true, "motto": true, "catchphrase": true, "headline": true}

// containsFold is strings.Contains(strings.ToLower(s), word) for a
// lower-case ASCII word without i or k: no other ASCII letter is what a
// non-ASCII capital lower-cases to.
func containsFold(s, word string) bool {
	for i := 0; i+len(word) <= len(s); i++ {
		j := 0
		for j < len(word) && (s[i+j] == word[j] || 'A' <= s[i+j] && s[i+j] <= 'Z' && s[i+j]+('a'-'A') == word[j]) {
			j++
		}
		if j == len(word) {
			return true
		}
	}
	return false
}

// wordsAfter counts the tokens starting in [from, to); tokens are in order.
func (a *attributor) wordsAfter(from, to int) int {
	if to <= from {
		return 0
	}
	return a.firstTok(to) - a.firstTok(from)
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
	if v > ta && a.toks[v].lower == "told" {
		switch a.toks[v-1].lower {
		case "been", "was", "were", "is", "are", "being", "be":
			// "Kathy Sheridan has been told ... "on till Christmas"": who
			// was told is not who said
			return ac
		}
	}
	if v+1 < tb && a.toks[v+1].lower == "by" && v+2 < tb {
		if i := a.at[v+2]; i >= 0 {
			ac.subject, ac.named, ac.subjAt = a.ms[i].p, true, v+2
			return ac
		}
	}
	if a.participleAfterComma(v, ta) {
		return a.clauseSubject(u, ac, v, ta, earlier)
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
			h := a.apposedHolder(m.from, m.to, v, ta)
			if h == unknownHolder {
				return ac
			}
			// "a senior adviser to Prime Minister Netanyahu has said": the
			// adviser speaks, not the man they advise
			f := m.from
			for f > ta && f > m.from-3 && a.toks[f-1].upper {
				f-- // his title: "Prime Minister"
			}
			if h < 0 && f >= ta+2 && isRoleWord(a.toks[f-2].lower) && !portfolioAt(a.text, a.toks, f) {
				if w := a.toks[f-1].lower; w == "to" || w == "for" || w == "of" {
					return ac
				}
			}
			if h < 0 && a.headOf(f, ta) {
				// "The head of the Rail, Maritime and Transport (RMT) union
				// has praised": the head speaks, not the union
				return ac
			}
			// "with Long Bailey congratulating “…” and calling it “…”": the
			// name after "with" is the participle's subject, no object
			withing := m.from > ta && a.toks[m.from-1].lower == "with" && m.to <= v && strings.HasSuffix(a.toks[m.to].lower, "ing") && strings.HasSuffix(a.toks[v].lower, "ing")
			if h >= 0 {
				m = a.ms[h] // "Barroso, the president of the European commission, said"
			} else if !withing && (a.objectOfPreposition(m.from, ta) && !a.subjectAtVerb(m.to, v) || a.objectBeforeAnd(m.from, m.to, v, ta)) {
				// "handing the flag to Zelensky ..., saying": the object
				// of "to" is not who says; whoever is, stands further back
				k = m.from
				continue
			}
			ac.subject, ac.named, ac.subjAt = m.p, true, m.from
			ac.by, ac.nby = a.conjoined(m, ta)
			if m.to < k {
				ac.appEnd = k + 1 // the apposition between the name and the verb
			}
			return ac
		}
		if t.lower == "he" || t.lower == "she" {
			if p := a.relativeAntecedent(t.lower, k, ta); p != nil {
				ac.subject, ac.subjAt = p, k
				return ac
			}
			ac.subject, ac.subjAt = a.resolve(u, t.lower, k, earlier), k
			if v+1 < len(a.toks) && ac.subject != nil {
				// "he told Trump": whoever "he" is, not the one he told
				if i := a.at[v+1]; i >= 0 && a.ms[i].p == ac.subject {
					ac.subject = nil
				}
			}
			return ac
		}
		if p, ok := a.describedSubject(k, ta, v); ok {
			ac.subject, ac.subjAt = p, k
			return ac
		}
		if t.lower == "it" && a.subjectAtVerb(k+1, v) {
			// "The ministry said ... It added:": the body told of last
			ac.subject, ac.subjAt = a.resolveIt(u, k, earlier), k
			return ac
		}
		if t.lower == "they" || t.lower == "it" || t.lower == "i" || t.lower == "we" {
			return ac
		}
	}
	return ac
}

// headOf reports a mention at f inside "the ROLE of ..." opening the
// sentence: "The head of the Rail, Maritime and Transport (RMT) union",
// "A spokesman for the Foreign Office". Whoever holds the role speaks.
func (a *attributor) headOf(f, ta int) bool {
	for j := f - 1; j >= ta+2 && j >= f-10; j-- {
		switch a.toks[j].lower {
		case "of", "for", "to", "at":
		default:
			continue
		}
		if !isRoleWord(a.toks[j-1].lower) {
			return false
		}
		d := a.toks[j-2].lower
		return (d == "the" || d == "a" || d == "an") && j-2 == ta
	}
	return false
}

// ownWords reports a sentence opening "In his words:", "In her own words:".
func ownWords(before string) bool {
	w := strings.ToLower(strings.TrimSpace(before))
	return w == "in his words:" || w == "in her words:" || w == "in his own words:" || w == "in her own words:"
}

// pronounOf is "she" for a text with "her" in it, else "he".
func pronounOf(s string) string {
	if containsFold(s, "her") {
		return "she"
	}
	return "he"
}

// relativeAntecedent reads "he" or "she" at k opening a relative clause,
// "... an email in which she wrote:": it is the person the sentence began
// with ("The last message Abu Akleh sent ..."), the first named outside
// quotes, not a possessive, in a sentence that names no one else.
func (a *attributor) relativeAntecedent(pron string, k, ta int) *person {
	if k < ta+2 {
		return nil
	}
	switch a.toks[k-1].lower {
	case "which", "where", "whom", "when":
	default:
		return nil
	}
	var who *person
	for j := ta; j < k; j++ {
		i := a.at[j]
		if i < 0 {
			continue
		}
		m := a.ms[i]
		j = m.to - 1
		if m.inQuote || m.p.Group == model.GroupSource || m.p.pronoun == "it" || a.objectOfPreposition(m.from, ta) {
			continue // "sent to Al Jazeera": where it went, not who wrote
		}
		if who != nil && who != m.p {
			return nil // two people: which one, the reader cannot tell
		}
		who = m.p
	}
	if who == nil || !fits(who, pron) {
		return nil
	}
	return who
}

// conjoined finds "Merz and Macron both said": everyone joined to m by "and".
func (a *attributor) conjoined(m mention, ta int) ([2]*person, int) {
	if m.from-2 < ta || a.toks[m.from-1].lower != "and" {
		return [2]*person{m.p}, 1
	}
	i := a.at[m.from-2]
	if i < 0 || a.ms[i].poss || a.ms[i].inQuote || a.ms[i].p == m.p {
		return [2]*person{m.p}, 1
	}
	return [2]*person{a.ms[i].p, m.p}, 2
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
		if r.someone && r.speaker == nil {
			return nil // "Another fan told the ABC ..." then "…," he said
		}
		if r.interviewee != nil && fits(r.interviewee, pron) {
			return r.interviewee
		}
		if r.speaker != nil && fits(r.speaker, pron) {
			return r.speaker
		}
		if r.subject != nil && fits(r.subject, pron) {
			return r.subject
		}
	}
	return nil
}

// interviewVerbs put whoever is spoken to after them: "speaking to",
// "spoke with", "asked", "interviewed".
var (
	interviewVerbs = set("speaking", "spoke", "spoken", "talking", "talked", "chatting", "chatted")
	askingVerbs    = set("asked", "asking", "interviewed", "interviewing", "quizzed", "questioned")
)

// journalistWords tell the one who asks: the page's own reporter.
var journalistWords = set("reporter", "reporters", "correspondent", "journalist", "editor", "presenter", "host",
	"interviewer", "colleague", "we", "i", "our")

// journalistBefore reports a word of the page's own reporting in the
// sentence's tokens [ta, k): "Our Live Reporter, Rachel Mackie, has been
// speaking to", "We spoke to", or a name followed that was one, "Rachel
// then asked him".
func (a *attributor) journalistBefore(ta, k int) bool {
	for j := ta; j < k; j++ {
		if t := &a.toks[j]; !t.inQuote && journalistWords.has(t.lower) {
			return true
		}
	}
	return false
}

// interviewee reads who a sentence's subject spoke to or asked, the person
// named right after the verb (past a title), or, for "asked him", whoever
// was spoken to the sentence before.
func (a *attributor) interviewee(u *unit, ta, tb int) *person {
	for k := ta; k < tb; k++ {
		t := &a.toks[k]
		if t.inQuote {
			continue
		}
		j := k + 1
		switch {
		case t.lower == "word" && j < tb && a.toks[j].lower == "with":
			// "And now a word with a seething Maurizio Sarri.": an interview
			for j++; j < tb && j < k+6 && !a.toks[j].upper && a.at[j] < 0; j++ {
			}
			if j < tb {
				if i := a.at[j]; i >= 0 && !a.ms[i].poss && a.ms[i].p.Group != model.GroupSource {
					return a.ms[i].p
				}
			}
			continue
		case interviewVerbs.has(t.lower):
			if j >= tb || a.toks[j].lower != "to" && a.toks[j].lower != "with" {
				continue
			}
			j++
		case askingVerbs.has(t.lower):
		default:
			continue
		}
		if !a.journalistBefore(ta, k) {
			// "Trump confirmed he had spoken to Putin": a principal's
			// call; it is the reporter's interview that gives the floor
			continue
		}
		if j < tb && (a.toks[j].lower == "him" || a.toks[j].lower == "her") {
			if n := len(u.history); n > 0 {
				return u.history[n-1].interviewee
			}
			return nil
		}
		for ; j < tb && j < k+7; j++ {
			if a.toks[j].inQuote {
				break
			}
			if i := a.at[j]; i >= 0 {
				if m := a.ms[i]; !m.poss && m.p.Group != model.GroupSource {
					return m.p
				}
				break
			}
			if !a.toks[j].upper && !isRoleWord(a.toks[j].lower) {
				break // "spoke to reporters about Smith": not Smith
			}
		}
	}
	return nil
}

// resolveIt finds the body "it" stands for as a speech verb's subject:
// one that spoke earlier in the sentence, else the speaker or first one
// named in the nearest sentence of the unit that names anyone, when that
// is a body or a source (whose pronoun is "it"). A person there, or
// nobody, and "it" is no one the reader can tell.
func (a *attributor) resolveIt(u *unit, k int, earlier []act) *person {
	for i := len(earlier) - 1; i >= 0; i-- {
		if ac := earlier[i]; ac.subject != nil && ac.verb < k {
			return itsBody(ac.subject)
		}
	}
	for i := len(u.history) - 1; i >= 0; i-- {
		r := u.history[i]
		if r.speaker != nil {
			return itsBody(r.speaker)
		}
		if r.subject != nil {
			return itsBody(r.subject)
		}
	}
	return nil
}

func itsBody(p *person) *person {
	if p.pronoun == "it" {
		return p
	}
	return nil
}

func fits(p *person, pron string) bool { return p.pronoun == "" || p.pronoun == pron }

// titleRun reports tokens [from, to) that can all be a title before a
// name: capitalised words and role nouns, "national president".
func (a *attributor) titleRun(from, to int) bool {
	for j := from; j < to; j++ {
		t := &a.toks[j]
		if t.inQuote || !(t.upper || isRoleWord(t.lower) || t.lower == "national" || t.lower == "general" || t.lower == "former" || t.lower == "chief") {
			return false
		}
	}
	return true
}

// clauseOpeners start a clause of their own after a quote's comma.
var clauseOpeners = set("while", "whereas", "whilst", "but", "although", "though", "meanwhile")

// titledAfter is the person named at the end of a title run that begins
// with the body mentioned at i: in `says Wakulla County Sheriff’s Captain
// Chris Savary`, the captain speaks, not the county. nil when no person
// ends the run.
func (a *attributor) titledAfter(i, tb int) *person {
	m := a.ms[i]
	titled := m.poss || m.p.Group == model.GroupSource // "Wakulla County Sheriff’s", a body
	for j := m.to; j < tb && j < m.to+6; j++ {
		if !adjacent(a.text, &a.toks[j-1], &a.toks[j]) || a.toks[j].inQuote || !a.toks[j].upper && !isRoleWord(a.toks[j].lower) {
			return nil
		}
		if n := a.at[j]; n >= 0 && n != i {
			if titled && a.ms[n].p.Group != model.GroupSource {
				return a.ms[n].p
			}
			return nil
		}
		titled = titled || a.toks[j].poss || isRoleWord(a.toks[j].lower)
	}
	return nil
}

// postposed reads an attribution after the quote: `"...," said Merz`,
// `"...", Rose Goettemoeller, former ..., told the BBC`, `"...," he said`.
func (a *attributor) postposed(u *unit, q quote, s sentence, tb int, acts []act) (*person, bool) {
	last, _ := utf8.DecodeLastRuneInString(a.text[q.cs:q.ce])
	rest := strings.TrimLeft(a.text[q.end:s.end], " ")
	k0 := a.firstTok(q.end)
	// a comma closes the quote before its attribution; a verb right after
	// the mark also attributes: `'appalling, shameful' said TD Finian McGrath`
	// ("'Rare record to be auctioned' writes Eoin Burke-Kennedy" names a
	// piece and its writer, not words said)
	verbFirst := k0 < len(a.toks) && speechAt(a.toks, k0) && a.toks[k0].start-q.end <= 1 &&
		a.toks[k0].lower != "writes" && a.toks[k0].lower != "wrote"
	// `“This is the last of the difficult budgets” he said.`: no comma,
	// but who spoke and the verb right after the mark
	subjectVerb := k0+1 < len(a.toks) && a.toks[k0].start-q.end <= 1 && !a.toks[k0].inQuote &&
		(a.toks[k0].lower == "he" || a.toks[k0].lower == "she" || a.at[k0] >= 0 && a.ms[a.at[k0]].to < len(a.toks) && speechAt(a.toks, a.ms[a.at[k0]].to)) &&
		(speechAt(a.toks, k0+1) || a.at[k0] >= 0)
	if i := a.at[min(k0, len(a.toks)-1)]; k0 < tb && i >= 0 && a.ms[i].from == k0 && a.ms[i].to == tb && !a.ms[i].poss && a.toks[k0].start-q.end <= 2 {
		// `“Our nation is at war ... healthcare is too costly.” Obama`:
		// the name alone after the quote signs it
		return a.ms[i].p, true
	}
	if !(last == ',' || last == '?' || last == '!') && !strings.HasPrefix(rest, ",") && !verbFirst && !subjectVerb {
		return nil, false
	}
	if k0 < len(a.toks) && clauseOpeners.has(a.toks[k0].lower) {
		// `has acknowledged some "disappointing results", while Labour
		// leader Sir Keir Starmer says`: a new clause, not the attribution
		return nil, false
	}
	limit := min(tb, k0+14)
	for k := k0; k < limit; k++ {
		if a.toks[k].inQuote {
			return nil, false
		}
		if !speechAt(a.toks, k) {
			continue
		}
		if k == k0 { // verb first: `said German Chancellor Friedrich Merz`
			if a.unknownAfter(k+1, tb) {
				// `," says Russell, knowing he must drive hard`: a name
				// the page never gave in full spoke, not whoever "he" is
				return nil, true
			}
			for j := k + 1; j < min(tb, k+7); j++ {
				if i := a.at[j]; i >= 0 && !a.ms[i].inQuote {
					if p := a.titledAfter(i, tb); p != nil {
						return p, true
					}
					return a.ms[i].p, true
				}
				if l := a.toks[j].lower; l == "he" || l == "she" {
					return a.resolve(u, l, j, acts), true
				}
			}
			return nil, false
		}
		t0 := a.toks[k0]
		if t0.lower == "it" && k-k0 <= 3 {
			p := a.resolveIt(u, k0, acts) // `," it said in the petition`
			return p, p != nil
		}
		if t0.lower == "he" || t0.lower == "she" {
			if k-k0 > 3 {
				return nil, false
			}
			p := a.resolve(u, t0.lower, k0, acts)
			return p, p != nil
		}
		if t0.lower == "the" && k-1 > k0 {
			// `," the mayor tweeted`: the one person the post has named
			if p, ok := a.describedSubject(k-1, k0, k); ok {
				return p, p != nil
			}
		}
		// the speaker's name, maybe after a title: `," AMWU national
		// president Andrew Dettmer says`; the name ends right at the verb.
		// A body named in the title is not the speaker: `," White House
		// press secretary Jen Psaki told reporters`
		for j := k0; j < k && j <= k0+7; j++ {
			if i := a.at[j]; i >= 0 && !a.ms[i].poss && a.ms[i].to == k && a.ms[i].p.Group != model.GroupSource {
				return a.ms[i].p, true
			}
			if j+1 < k && !adjacent(a.text, &a.toks[j], &a.toks[j+1]) {
				break // a comma or more: no longer one title and name
			}
		}
		for j := k0; j < k && j <= k0+7; j++ {
			if i := a.at[j]; i >= 0 && !a.ms[i].poss && (j <= k0+2 || a.ms[i].to == k || a.titleRun(k0, a.ms[i].from)) {
				return a.ms[i].p, true
			}
		}
		if t0.upper && k-k0 <= 3 {
			// `," Pecker testified`: someone the page never named in full
			// said it; nobody the reader knows, and not the last speaker
			return nil, true
		}
		return nil, false
	}
	return nil, false
}

// unknownAfter reports a run of capitals at j that names someone the page
// never named in full: "says Russell", not "said Prime Minister Boris
// Johnson" (a person) or "said Downing Street" (a body the run names).
func (a *attributor) unknownAfter(j, tb int) bool {
	for k := j; k < min(tb, j+6); k++ {
		if a.at[k] >= 0 && !a.ms[a.at[k]].inQuote {
			return false // "says AEC boss Tom Rogers": the name comes after a title
		}
	}
	n := 0
	for ; j < tb && a.toks[j].upper && !a.toks[j].inQuote; j++ {
		if a.at[j] >= 0 || isRoleWord(a.toks[j].lower) || stopName.has(a.toks[j].lower) || pronouns[a.toks[j].lower] {
			return false
		}
		n++
		if j+1 < tb && !adjacent(a.text, &a.toks[j], &a.toks[j+1]) {
			break
		}
	}
	return n > 0
}

// accordingTo reads a quote's source given by "according to": right after
// the quote (`"...", according to the ministry`) or opening the sentence
// before it (`According to police, the man was "known to them"`). Only for
// a quote no speech verb gives a speaker.
func (a *attributor) accordingTo(q quote, s sentence) *person {
	k := -1
	if rest := strings.TrimLeft(a.text[q.end:s.end], " "); strings.HasPrefix(rest, ",") || strings.HasPrefix(rest, "according") {
		k = a.firstTok(q.end)
	} else if strings.HasPrefix(strings.TrimLeft(a.text[s.start:q.open], " "), "According to ") {
		k = a.firstTok(s.start)
	}
	if k < 0 || k+2 >= len(a.toks) || a.toks[k].lower != "according" || a.toks[k+1].lower != "to" {
		return nil
	}
	i := a.at[k+2]
	if i < 0 {
		if k+3 < len(a.toks) && a.toks[k+2].lower == "the" {
			i = a.at[k+3]
		}
	}
	if i < 0 || a.ms[i].poss || a.ms[i].inQuote {
		return nil
	}
	m := a.ms[i]
	if m.to < len(a.toks) && adjacent(a.text, &a.toks[m.to-1], &a.toks[m.to]) {
		return nil // "according to the ministry of health": more than the mention
	}
	return m.p
}

// splitGap reports that only an attribution stands between two quotes:
// `"A," he said, "B."`.
func (a *attributor) splitGap(prevEnd, open int) bool {
	if prevEnd < 0 {
		return false
	}
	gap := strings.TrimSpace(a.text[prevEnd:open])
	if !strings.HasSuffix(gap, ",") || wordCount(gap) > 10 {
		return false
	}
	// `," Pecker testified that he told Trump, to which Trump replied, "`:
	// a second speaker answers; the words after are not the first one's
	verbs := 0
	for k := a.firstTok(prevEnd); k < len(a.toks) && a.toks[k].start < open; k++ {
		if speechAt(a.toks, k) {
			verbs++
		}
	}
	return verbs <= 1 && !containsFold(gap, " replied") && !containsFold(gap, " responded") && !containsFold(gap, " answered")
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
		if a.echoesAnother(ac.verb, q.open) {
			return nil // "also echoing the president's accusation that “…”": the words are the president's
		}
		if ac.subject != nil {
			return ac.subject
		}
	}
	before := strings.TrimRight(a.text[:q.open], " ")
	if strings.HasSuffix(before, ":") || strings.HasSuffix(before, ";") {
		k := a.firstTok(len(before)) - 1
		if k >= 0 {
			// "Sin Kek Tong at SPP Rally:": where the words were said, not who
			if i := a.at[k]; i >= 0 && a.ms[i].to == k+1 && !a.ms[i].inQuote && !a.placeBefore(a.ms[i].from) {
				return a.ms[i].p // "The last word to Alan Harris:" hands over; "at SPP Rally:" does not
			}
		}
	}
	return nil
}

// echoesAnother reports a verb that passes on someone else's words, whose
// they are told by a possessive before the quote: "echoing the
// president's accusation that", "quoting Trump's claim that". The subject
// repeats them; they are not the subject's own.
func (a *attributor) echoesAnother(v, open int) bool {
	if k := v + 1; k < len(a.toks) && a.toks[k].start < open && othersWords.has(a.toks[k].lower) {
		// "has slammed reports the NSW Government was contemplating
		// “living with the Delta variant”": the reports' words, not hers
		return true
	}
	switch a.toks[v].lower {
	case "echoing", "echoed", "echoes", "quoting", "quoted", "repeating", "repeated", "citing", "cited":
	default:
		return false
	}
	for k := v + 1; k < len(a.toks) && a.toks[k].start < open && k <= v+5; k++ {
		if a.toks[k].poss {
			return true
		}
	}
	return false
}

// othersWords are nouns for what others said, the object of a verb that
// answers them: "slammed reports", "dismissed claims", "rejected
// suggestions".
var othersWords = set("reports", "claims", "suggestions", "accusations", "allegations", "rumours", "rumors", "comments", "remarks", "criticism", "calls")

// reported reads speech without quote marks: `Merz said Putin had agreed`,
// `Putin had agreed to a meeting, Merz said`.
func (a *attributor) reported(s sentence, ta, tb int, acts []act) ([]*person, string) {
	for ai := range acts {
		ac := &acts[ai]
		v := ac.verb
		if !reportedVerbs.has(a.toks[v].lower) || ac.subject == nil || ac.subjAt < 0 {
			continue
		}
		// the subject must stand right before the verb, give or take "has also"
		subjEnd := ac.subjAt + 1
		if i := a.at[ac.subjAt]; i >= 0 {
			subjEnd = a.ms[i].to
		}
		if ac.appEnd > 0 {
			subjEnd = ac.appEnd
		}
		if subjEnd > v {
			continue
		}
		tight := true
		for k := subjEnd; k < v; k++ {
			if !auxiliaries.has(a.toks[k].lower) {
				tight = false
			}
		}
		if !tight {
			continue
		}
		who := ac.by[:ac.nby]
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
// "told reporters earlier that", "has told the BBC that", "told Stephen
// Donnelly that" (after "told", a name is who was told).
func (a *attributor) skipObjects(k, tb int) int {
	if k > 0 && k < tb && toldVerbs.has(a.toks[k-1].lower) {
		if i := a.at[k]; i >= 0 && a.ms[i].from == k {
			k = a.ms[i].to
		}
	}
	for k < tb {
		w := a.toks[k].lower
		switch {
		case objectWords.has(w):
			k++
		case (w == "the" || w == "on") && k+1 < tb && objectWords.has(a.toks[k+1].lower):
			k += 2
		default:
			return k
		}
	}
	return k
}
