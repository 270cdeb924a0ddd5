package loader

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"briefing/model"
)

// A colon lead-in announces a block quote in the paragraphs under it:
//
//	In a statement British Transport Police said:
//	“Manchester Piccadilly station has now re-opened ...
//	A man has been arrested ...”
//
// The quoted paragraphs open with a quote mark and the last may be the
// only one that closes (the Guardian's lone ”). They belong to whoever the
// lead-in's speech verb belongs to; a lead-in whose speaker cannot be told
// announces nobody's words.

// leadIn reports who a block that ends with a colon announces: the speaker
// its last sentence gave, or nil.
func (a *attributor) leadIn(u *unit, text string) *person {
	// a semicolon typed for the colon announces as well: "He told BBC
	// Radio 5 Live;" then the words
	t := strings.TrimSpace(text)
	if dashed(t) && len(a.ms) > 0 && a.ms[0].from == 0 && !a.ms[0].poss && a.ms[0].p.Group != model.GroupSource && wordCount(t) <= 16 {
		// "David Page, senior economist at AXA Investment Managers -" over
		// a quoted paragraph: the name and role head the words, which
		// must come in quote marks
		u.leadMarked = true
		return a.ms[0].p
	}
	if p := a.signer(); p != nil {
		// "Iain Carter, BBC golf correspondent" over a quoted paragraph:
		// the words must come in quote marks
		u.leadMarked = true
		return p
	}
	if !strings.HasSuffix(t, ":") && !strings.HasSuffix(t, ";") && !hereIsWhat(t) {
		return nil
	}
	if p := a.handleLeadIn(text); p != nil {
		return p
	}
	if len(a.ms) == 1 && a.ms[0].from == 0 && a.ms[0].to == len(a.toks) && !a.ms[0].poss {
		// "Garbine Muguruza:" alone over the words; they must come in quote
		// marks, or it was a dateline ("New Delhi:")
		u.leadMarked = true
		return a.ms[0].p
	}
	if w := strings.ToLower(strings.TrimSuffix(t, ":")); w == "in his words" || w == "in his own words" || w == "in her words" || w == "in her own words" {
		// "In his words:": whoever "he" is, as the post has told
		pron := "he"
		if strings.Contains(w, "her") {
			pron = "she"
		}
		return a.resolve(u, pron, 0, nil)
	}
	// only a speaker the lead-in itself names or refers to ("In a
	// statement he said:" once "he" is told): "A Downing Street spokesman
	// said:" names nobody, and the last speaker is not its man
	for i := len(a.acts) - 1; i >= 0; i-- {
		if ac := a.acts[i]; ac.subject != nil {
			return ac.subject
		}
	}
	if (containsFold(t, "statement") || containsFold(t, "full text") || containsFold(t, "in full")) && len(a.ms) == 0 && len(u.history) > 1 {
		// "Here's the full text of the short statement:" after "Britain's
		// Foreign Office says ...": the statement is the one who spoke
		// (the lead-in itself is the last sentence read)
		if p := u.history[len(u.history)-2].speaker; p != nil {
			return p
		}
	}
	if p := a.sourceLeadIn(t); p != nil {
		return p
	}
	if n := len(a.spans); n > 0 && strings.HasSuffix(t, ":") {
		// "Diane Mitsch Bush issued a statement a bit after midnight:",
		// "Eric Sondermann offered some thoughts on his Facebook page:":
		// a short clause of a known person's, as before a quote on one
		// line, hands over to the words under it
		if p := a.colonClause(quote{open: len(strings.TrimRight(text, " \t\n"))}, a.spans[n-1][0]); p != nil {
			return p
		}
	}
	if containsFold(t, "what ") && (containsFold(t, " had to say") || containsFold(t, " has to say")) {
		// "Here's a bit of what Commissioner Tom Rogers had to say:": the
		// one named before it
		var who *person
		for _, m := range a.ms {
			if !m.inQuote && !m.poss && !strings.Contains(t[a.toks[m.to-1].end:], "what ") {
				who = m.p
			}
		}
		return who
	}
	return nil
}

// sourceLeadIn reads a lead-in that hands over to someone's words
// without a speech verb of its own, and names them once: a report ("The
// Associated Press reports:", "Alistair Munro reports from the
// Highlands:"), words that are theirs ("Quotes from Key's victory
// speech:", "Here's Ian's roundup for our newsletter:") or "This from
// marine biologist Karen Stockin, as shared by the Science Media Centre:".
func (a *attributor) sourceLeadIn(t string) *person {
	if containsFold(t, "updates") || containsFold(t, "coverage") || containsFold(t, "live") {
		return nil // "Here are the Live updates On PM Modi's Big Interview:": the page's own reports
	}
	if len(a.toks) > 2 && a.toks[0].lower == "this" && a.toks[1].lower == "from" {
		// "This from Massey University marine biologist Karen Stockin, as
		// shared by the Science Media Centre:": the first named, after
		// their title; who passed it on comes after the comma
		for _, m := range a.ms {
			if !m.inQuote && !m.poss && a.titleRun(2, m.from) {
				return m.p
			}
		}
		return nil
	}
	var who *person
	for _, m := range a.ms {
		if m.inQuote {
			continue
		}
		next := ""
		if m.to < len(a.toks) {
			next = a.toks[m.to].lower
		}
		switch {
		case m.poss && wordsNouns.has(next), m.poss && m.to+1 < len(a.toks) && wordsNouns.has(a.toks[m.to+1].lower):
			// "Key's victory speech", "Ian's roundup"
		case !m.poss && (next == "reports" || next == "reported" || next == "reporting"):
			// "Alistair Munro reports from the Highlands:"
		default:
			continue
		}
		if who != nil && who != m.p {
			return nil // two named: nobody can tell whose
		}
		who = m.p
	}
	return who
}

// wordsNouns name someone's words as a piece of them: "Key's victory
// speech", "the minister's statement".
var wordsNouns = set("speech", "statement", "remarks", "address", "interview", "letter", "message", "tweet",
	"post", "column", "piece", "article", "analysis", "report", "roundup", "blog", "thread", "transcript", "verdict", "view")

// dashed reports a block closed by a dash, as a colon would close it.
func dashed(t string) bool {
	return strings.HasSuffix(t, " -") || strings.HasSuffix(t, " –") || strings.HasSuffix(t, " —")
}

// hereIsWhat reports a lead-in closed by a full stop that announces the
// words under it all the same: "Here's what Cameron said.", "Here is what
// the minister told MPs."
func hereIsWhat(t string) bool {
	if !strings.HasSuffix(t, ".") || len(t) > 120 {
		return false
	}
	if c := t[0] | 0x20; c != 'h' && c != 't' && c != 'a' {
		return false // a cheap look first: this runs on every block
	}
	if wordCount(t) > 14 {
		return false
	}
	low := strings.ToLower(t)
	low = strings.TrimPrefix(low, "and ")
	for _, p := range []string{"here's what ", "here’s what ", "here is what ", "this is what "} {
		if strings.HasPrefix(low, p) {
			return true
		}
	}
	return false
}

// quotedBlock reads a paragraph under a lead-in: its words without the
// quote marks that open (and may close) it, and whether it closes.
func quotedBlock(text string) (words string, opens, closes bool) {
	t := strings.TrimSpace(text)
	r, size := utf8.DecodeRuneInString(t)
	if !isOpenMark(r) {
		return "", false, false
	}
	t = t[size:]
	if l, lsize := utf8.DecodeLastRuneInString(t); isCloseMark(l) {
		t, closes = t[:len(t)-lsize], true
	}
	return strings.TrimSpace(t), true, closes
}

func isOpenMark(r rune) bool  { return r == '"' || r == '“' || r == '‘' || r == '\'' || r == '«' }
func isCloseMark(r rune) bool { return r == '"' || r == '”' || r == '’' || r == '\'' || r == '»' }

// leadBlock records a paragraph under a lead-in as the announced speaker's
// words when it opens with a quote mark, or goes on with an open quote. It
// reports whether the lead-in goes on to the next paragraph.
func (a *attributor) leadBlock(u *unit, text string) bool {
	words, opens, closes := quotedBlock(text)
	fresh := u.leadFresh
	u.leadFresh = false
	if !opens && !u.leadOpen {
		// "Banks said:" then a paragraph with no marks at all: the
		// Guardian's block quote. Only the first paragraph, and only prose;
		// it may end with the block quote's lone ” ("Sánchez wrote:").
		w := strings.TrimSpace(text)
		if l, size := utf8.DecodeLastRuneInString(w); l == '”' || l == '"' {
			w = strings.TrimSpace(w[:len(w)-size])
		}
		if wordCount(w) < 5 || strings.ContainsAny(w, "\"“”") || !endsSentence(w) || u.leadMarked {
			return false
		}
		if !fresh && !(u.leadBlocks > 0 && u.leadBlocks < maxUnmarked && firstPerson(w)) {
			// after the first, a paragraph goes on with the block quote
			// only in its speaker's voice: "I am proud that ...", "we can"
			return false
		}
		a.rec.add(u.lead.ID, model.Direct, w, strings.TrimSpace(text), u.cite)
		u.leadBlocks++
		return true
	}
	if !opens {
		// a paragraph inside an open quote belongs to it only when it or a
		// paragraph soon after closes it (the lone ” of a block quote);
		// else the writer left the quote open
		words = strings.TrimSpace(text)
		l, size := utf8.DecodeLastRuneInString(words)
		if !isCloseMark(l) {
			if len(u.leadHeld) >= maxHeld || strings.ContainsAny(words, "\"“”") || !endsSentence(words) {
				return false
			}
			u.leadHeld = append(u.leadHeld, words)
			return true
		}
		words, closes = strings.TrimSpace(words[:len(words)-size]), true
	} else {
		u.leadHeld = u.leadHeld[:0] // a new mark: the held ones were left open
		if u.cont >= 0 {
			return true // the sentence reader goes on with the open quote itself
		}
	}
	if inner := strings.IndexAny(words, "\"“”"); inner >= 0 || !hasLetter(words) || wordCount(words) < 3 {
		return false // quotes inside: the sentence reader has them
	}
	for _, h := range u.leadHeld {
		a.rec.add(u.lead.ID, model.Direct, h, h, u.cite)
	}
	u.leadHeld = u.leadHeld[:0]
	a.rec.add(u.lead.ID, model.Direct, words, strings.TrimSpace(text), u.cite)
	u.leadOpen = opens && !closes || u.leadOpen && !closes
	return true
}

// maxUnmarked is how many paragraphs an unmarked block quote may run to.
const maxUnmarked = 6

// firstPerson reports prose in the first person: "I", "we", "our", "my",
// "us", "me" as words.
func firstPerson(s string) bool {
	for _, w := range strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && r != '\'' && r != '’' }) {
		switch strings.ToLower(w) {
		case "i", "we", "our", "my", "us", "me", "i'm", "i’m", "we're", "we’re", "i've", "i’ve", "we've", "we’ve", "ours":
			return true
		}
	}
	return false
}

// maxHeld is how many unmarked paragraphs an open block quote may run
// through before its closing mark; past that the writer left it open.
const maxHeld = 3

// transcript reads a transcript line, "Zelensky: Thank you for all your
// support", when the block opens with a known person's name and a colon and
// holds no quote marks: the rest is their words. It reports whether it did.
func (a *attributor) transcript(u *unit, text string) bool {
	if len(a.qs) > 0 {
		return false
	}
	var m mention
	switch {
	case len(a.ms) > 0 && a.ms[0].from == 0 && !a.ms[0].poss:
		m = a.ms[0]
	default:
		p := a.firstNamed(text) // "Bailey: So that's when ..."
		if p == nil {
			return false
		}
		m = mention{p: p, from: 0, to: 1}
	}
	rest := text[a.toks[m.to-1].end:]
	if !strings.HasPrefix(rest, ":") {
		return false
	}
	words := strings.TrimSpace(rest[1:])
	if r, size := utf8.DecodeRuneInString(words); isOpenMark(r) {
		// "Farage: ‘We are coming for Labour’": the marks are not the words
		if l, lsize := utf8.DecodeLastRuneInString(words); isCloseMark(l) && len(words) > size+lsize {
			words = strings.TrimSpace(words[size : len(words)-lsize])
		}
	}
	// spoken words close like a sentence; "May: No limits on immigration"
	// is a headline in the "Name: claim" style, not a transcript
	if wordCount(words) < 3 || !hasLetter(words) || !endsSentence(words) {
		return false
	}
	a.rec.add(m.p.ID, model.Direct, words, strings.TrimSpace(text), u.cite)
	u.history = append(u.history, sentRec{speaker: m.p})
	return true
}

// A transcript may call a speaker by the first name the post introduced
// them with: "President of the National Union of Students, Bailey Riley,
// says the age should be lowered." then "Bailey: So that's when you're
// considered independent ...". The line is theirs when exactly one person
// the post has named has that first name.

// firstNameOpener reports a block opening with one capitalised word and a
// colon, "Bailey: ...": a transcript line that may call its speaker by
// their first name. Read without tokens, as the people pass asks it of
// every block.
func firstNameOpener(text string) bool {
	i := 0
	for i < len(text) && i < 16 && ('a' <= text[i] && text[i] <= 'z' || i == 0 && 'A' <= text[i] && text[i] <= 'Z') {
		i++
	}
	if i < 3 || i >= len(text)-2 || text[i] != ':' || text[i+1] != ' ' || text[0] < 'A' || text[0] > 'Z' {
		return false
	}
	w := strings.ToLower(text[:i])
	return !stopName.has(w) && !labelWords.has(w) && !isRoleWord(w)
}

// labelWords are the one-word labels ("Update:", "Analysis:"), lower case:
// a label before a colon is no first name.
var labelWords = set(func() []string {
	var out []string
	for _, l := range vocabLines("labels.txt") {
		if !strings.Contains(l, " ") {
			out = append(out, strings.ToLower(l))
		}
	}
	return out
}()...)

// firstNameLines reports a post with a first-name transcript line: then
// every block of it is read for names that speak, so the person the line
// calls by first name is known.
func firstNameLines(body []model.Block) bool {
	for _, bl := range body {
		if firstNameOpener(bl.Text) {
			return true
		}
	}
	return false
}

// firstNamed is the one person the unit has named whose first name is
// the block's first word, before its colon; nil when none or two.
func (a *attributor) firstNamed(text string) *person {
	if !firstNameOpener(text) || len(a.toks) == 0 {
		return nil
	}
	first := a.toks[0].text(text)
	var who *person
	for id := range a.seen {
		p := a.byID[id]
		if p == nil || p.Group == model.GroupSource {
			continue
		}
		if f, _, ok := strings.Cut(p.Name, " "); ok && f == first {
			if who != nil && who != p {
				return nil
			}
			who = p
		}
	}
	return who
}

// lineOpener reads a block that opens transcript-style with a known
// person or source and a colon and goes on to quote: "MPD Chief: Shooting
// is "under investigation" and they "have no more information"", "Sen.
// Mitch McConnell: "the clockwork ..." despite all historical threats.
// "They tried ..."". The quoted fragments of such a line are the
// opener's; it returns the opener, or nil.
func (a *attributor) lineOpener(text string) *person {
	if len(a.qs) == 0 || len(a.ms) == 0 || a.ms[0].from > 3 || a.ms[0].poss || a.ms[0].inQuote {
		return nil
	}
	m := a.ms[0]
	if !a.titleRun(0, m.from) {
		return nil // the title before the name, "Sen.", and nothing else
	}
	colon := a.toks[m.to-1].end
	if !strings.HasPrefix(text[colon:], ":") && dashColon(text[colon:]) == 0 || a.qs[0].open < colon {
		return nil
	}
	if d := dashColon(text[colon:]); d > 0 && a.qs[0].open != colon+d {
		return nil // a dash then prose: "Djokovic – the champion – said"
	}
	return m.p
}

// A colon lead-in need not hold a speech verb: "Sunak begins with a
// rousing declaration: “Employment is up ...”", "Johnson struck a defiant
// tone: “...”". A short clause whose subject is a known person opening the
// sentence, ending with a colon right before the quote, announces that
// person's words, unless it names someone else or tells of words that are
// not theirs: a letter from others, what they read out or quoted.

// maxColonClause is the most words between the subject and the colon.
const maxColonClause = 12

// notOwnWords in a colon clause tell of words that are not the subject's.
var notOwnWords = set("from", "by", "quoting", "quoted", "quotes", "cites", "cited", "citing", "read", "reads", "reading",
	"sign", "signs", "banner", "placard", "headline", "caption", "message", "messages")

// colonClause reads such a lead-in for the quote q of the sentence whose
// tokens start at ta. It returns the subject, or nil.
func (a *attributor) colonClause(q quote, ta int) *person {
	before := strings.TrimRight(a.text[:q.open], " ")
	if !strings.HasSuffix(before, ":") || ta >= len(a.toks) {
		return nil
	}
	k := a.firstTok(len(before)) // the first token after the colon
	if ta+2 < k && a.toks[ta].lower == "more" && a.toks[ta+1].lower == "from" {
		ta += 2 // "More from Joe Root on the pitch: ..."
	}
	i := a.at[ta]
	if i < 0 {
		// a title before the name: "Chancellor Rishi Sunak begins ...",
		// "Australia seamer Josh Hazlewood on Sky Sports: ..."
		for j := ta; j < k && j < ta+3 && a.at[j] < 0; j++ {
			if !a.toks[j].upper && !isRoleWord(a.toks[j].lower) || a.toks[j].inQuote {
				return nil
			}
			if j+1 < k && a.at[j+1] >= 0 {
				i = a.at[j+1]
			}
		}
	}
	if i < 0 {
		return nil
	}
	m := a.ms[i]
	if m.poss || m.inQuote || k-m.to < 2 {
		return nil
	}
	words := 0
	for j := m.to; j < k; j++ {
		t := &a.toks[j]
		if strings.Contains(a.text[a.toks[j-1].end:t.start], ",") && (t.lower == "who" || t.lower == "which") {
			// ", who took 3-70 from 22 overs," tells of them; skip it
			for j+1 < k && !strings.Contains(a.text[a.toks[j].end:a.toks[j+1].start], ",") {
				j++
			}
			continue
		}
		if t.inQuote || a.at[j] >= 0 || notOwnWords.has(t.lower) {
			return nil
		}
		if j > m.to && strings.ContainsAny(a.text[a.toks[j-1].end:t.start], ",;()—–") && !afterClause(a.text, a.toks, j) {
			return nil
		}
		if words++; words > maxColonClause {
			return nil
		}
	}
	return m.p
}

// afterClause reports the comma before toks[j] closing a ", who ..." or
// ", which ..." clause: the lead-in goes on after it.
func afterClause(text string, toks []token, j int) bool {
	for b := j - 1; b > 0 && b > j-16; b-- { // the comma before toks[j] is the one that closes
		if strings.Contains(text[toks[b-1].end:toks[b].start], ",") {
			return toks[b].lower == "who" || toks[b].lower == "which"
		}
	}
	return false
}

// titleQuote reads a headline that opens with a quote and names who said
// it: "'A new sheriff in town,' Vance says of Trump". A quoted headline
// that names nobody ("Google 'set to spend $50m'") quotes nobody.
func (a *attributor) titleQuote(u *unit, title string) {
	r, size := utf8.DecodeRuneInString(title)
	if !isOpenMark(r) {
		if !a.saysTitleQuote(u, title) && !a.namedTitleQuote(u, title) && !a.trailingSpeaker(u, title) {
			a.subjectTitleQuote(u, title)
		}
		return
	}
	rest := title[size:]
	end, closeSize := -1, 0
	for i, c := range rest {
		if c != '\'' && c != '’' && c != '"' && c != '”' {
			continue
		}
		n := utf8.RuneLen(c)
		if i+n == len(rest) || rest[i+n] == ' ' || rest[i+n] == ',' || rest[i+n] == ':' {
			end, closeSize = i, n
			break
		}
	}
	if end <= 0 {
		return
	}
	words := strings.TrimRight(strings.TrimSpace(rest[:end]), ",")
	after := strings.TrimLeft(rest[end+closeSize:], ", ")
	if wordCount(words) < 2 || after == "" {
		return
	}
	if strings.HasPrefix(after, ":") {
		// "‘US not in rush to recognise Taliban govt’: White House": who
		// said it stands alone after the colon
		if p := a.onlyMention(strings.TrimSpace(after[1:])); p != nil {
			a.rec.add(p.ID, model.Direct, words, title, u.cite)
		}
		return
	}
	if p := a.onlyMention(strings.TrimRight(after, ". ")); p != nil {
		// "'Afghan citizens must have NOC ...,' Mohsin Naqvi": who said
		// it is all that follows
		a.rec.add(p.ID, model.Direct, words, title, u.cite)
		return
	}
	a.scan(after)
	a.ms = a.m.appendFind(a.ms[:0], after, a.toks)
	for _, m := range a.ms {
		if m.inQuote || m.poss || m.from > 2 && !a.titleRun(0, m.from) {
			continue // "Sinn Fein leader Mary Lou McDonald has said": a title before the name
		}
		verbAt := m.to
		for verbAt < len(a.toks) && auxiliaries.has(a.toks[verbAt].lower) {
			verbAt++ // "has said"
		}
		if m.from > 0 && (a.toks[m.from-1].lower == "writes" || a.toks[m.from-1].lower == "wrote") {
			return // "'Martin gives FF free vote on abortion' writes Arthur Beesley": a piece and its writer
		}
		if verbAt < len(a.toks) && speechVerbs.has(a.toks[verbAt].lower) || m.from > 0 && speechVerbs.has(a.toks[m.from-1].lower) {
			a.rec.add(m.p.ID, model.Direct, words, title, u.cite)
			return
		}
	}
}

// handleLeadIn reads "@DavidLammy has tweeted:": the handle names a person
// the page knows when it is their name run together, or holds their
// surname ("@SkyJohnCraig"); any other handle announces nobody known.
func (a *attributor) handleLeadIn(text string) *person {
	t := strings.TrimSpace(text)
	if !strings.HasPrefix(t, "@") {
		return nil
	}
	handle, rest, _ := strings.Cut(t[1:], " ")
	low := strings.ToLower(rest)
	if !strings.Contains(low, "tweet") && !strings.Contains(low, "posted") && !strings.Contains(low, "wrote") {
		return nil
	}
	h := strings.ToLower(handle)
	var best *person
	for _, id := range sortedKeys(a.byID) {
		p := a.byID[id]
		if p.Group == model.GroupSource {
			continue
		}
		whole := strings.ToLower(strings.ReplaceAll(p.Name, " ", ""))
		sur := strings.ToLower(p.Short)
		if h == whole || len(sur) >= 4 && strings.Contains(h, sur) {
			if best != nil && best != p {
				return nil // two people fit: nobody can tell which
			}
			best = p
		}
	}
	return best
}

// namedTitleQuote reads a headline in the "Name: ‘quote’" style, "Farage:
// ‘We are coming for Labour’": a known name before the colon, and after it
// only a quote, marks and all. "May: No limits on immigration" has no marks
// and quotes nobody. It reports whether it read one.
func (a *attributor) namedTitleQuote(u *unit, title string) bool {
	name, rest, ok := strings.Cut(title, ": ")
	if !ok || wordCount(name) > 4 {
		return false
	}
	if i := strings.LastIndexByte(name, ' '); i > 0 && speechVerbs.has(strings.ToLower(name[i+1:])) {
		name = name[:i] // "DeSantis responds: “…”"
	}
	rest = strings.TrimSpace(rest)
	r, size := utf8.DecodeRuneInString(rest)
	l, lsize := utf8.DecodeLastRuneInString(rest)
	if !isOpenMark(r) || !isCloseMark(l) || len(rest) <= size+lsize {
		return false
	}
	words := strings.TrimSpace(rest[size : len(rest)-lsize])
	if wordCount(words) < 2 || strings.ContainsAny(words, "\"“”") {
		return false
	}
	if p := a.onlyMention(name); p != nil {
		a.rec.add(p.ID, model.Direct, words, title, u.cite)
		return true
	}
	return false
}

// subjectTitleQuote reads a headline that opens with who speaks and their
// verb, then quotes: "Rachel Reeves says Budget 'start of new chapter
// towards making Britain better off'", "Gillespie says he ran a
// "policy-focused campaign"". What it quotes is theirs.
func (a *attributor) subjectTitleQuote(u *unit, title string) {
	if !maySpeak(title) {
		return // no quote mark: the common case, told without scanning
	}
	a.scan(title)
	a.ms = a.m.appendFind(a.ms[:0], title, a.toks)
	if len(a.ms) == 0 {
		return
	}
	m := a.ms[0]
	if m.poss || m.inQuote || m.to >= len(a.toks) || !a.titleRun(0, m.from) || m.p.Group == model.GroupSource {
		return
	}
	v := m.to
	if !speechVerbs.has(a.toks[v].lower) || a.toks[v].inQuote {
		return
	}
	end := len(title)
	for _, sep := range []string{";", " – ", " — ", " - ", ", while "} {
		if i := strings.Index(title[a.toks[v].end:], sep); i >= 0 {
			end = min(end, a.toks[v].end+i) // "...; leaders agree to stay in touch 'in coming hours'": another clause
		}
	}
	for _, q := range a.qs {
		if q.open < a.toks[v].end || q.open >= end {
			continue
		}
		if w := q.text(title); wordCount(w) >= 2 && !q.cut {
			a.rec.add(m.p.ID, model.Direct, w, title, u.cite)
		}
	}
}

// nameTail reports words that may be a name closing a line: one to four
// words, each capitalised, "Kerry", "Hardeep Singh Puri".
func nameTail(s string) bool {
	s = strings.TrimRight(s, ". ")
	n := 0
	for _, w := range strings.Fields(s) {
		if n++; n > 4 || !unicode.IsUpper(firstRune(w)) {
			return false
		}
	}
	return n > 0
}

// trailingSpeaker reads a headline that closes on who said it after a
// colon, the wires' way: "There are 'a number of ideas on the table' to
// resolve Ukraine tensions: Kerry". What the headline quotes is the
// speaker's; so are its words when they speak in the first person ("We
// are pursuing ...: Kerry"). A headline's own summary ("Abide by what
// almighty decides: Hardeep Singh Puri") quotes nobody.
func (a *attributor) trailingSpeaker(u *unit, title string) bool {
	words, at, ok := trailingName(title)
	if !ok {
		return false
	}
	return a.trailingWords(u, title, words, a.onlyMention(strings.TrimSpace(strings.TrimRight(title[at:], ". "))))
}

// trailingName splits a line closed by a name after a colon into the
// words before it and the offset where the name starts.
func trailingName(line string) (words string, at int, ok bool) {
	i := strings.LastIndex(line, ": ")
	if i < 0 || !nameTail(line[i+2:]) {
		return "", 0, false
	}
	words = strings.TrimSpace(line[:i])
	if wordCount(words) < 4 || strings.Contains(words, ": ") {
		return "", 0, false
	}
	return words, i + 2, true
}

// trailingWords records what the words before the name give p: what they
// quote, or all of them when they speak in the first person. It reports
// whether it recorded any.
func (a *attributor) trailingWords(u *unit, line, words string, p *person) bool {
	if p == nil || p.Group == model.GroupSource {
		return false
	}
	said := false
	qs := appendSingleQuotes(appendQuotes(nil, words), words)
	for _, q := range qs {
		if w := q.text(words); wordCount(w) >= 2 {
			a.rec.add(p.ID, model.Direct, w, line, u.cite)
			said = true
		}
	}
	if len(qs) == 0 && firstPerson(words) {
		a.rec.add(p.ID, model.Direct, words, line, u.cite)
		said = true
	}
	return said
}

// quotedTitle returns the words of a title that is only a quote, maybe
// with a short tag after a dash: "'We will adjust some things to try and
// go through'", "'We do want people to take this seriously' - deputy
// first minister". It returns "" for any other title.
func quotedTitle(title string) string {
	r, size := utf8.DecodeRuneInString(title)
	if !isOpenMark(r) {
		return ""
	}
	rest := title[size:]
	for i, c := range rest {
		if !isCloseMark(c) || i == 0 {
			continue
		}
		after := strings.TrimSpace(rest[i+utf8.RuneLen(c):])
		if after != "" {
			tag, ok := strings.CutPrefix(after, "- ")
			if !ok {
				tag, ok = strings.CutPrefix(after, "– ")
			}
			if !ok || wordCount(tag) > 5 {
				continue // an apostrophe inside, or more headline after the quote
			}
		}
		words := strings.TrimSpace(rest[:i])
		if wordCount(words) < 3 || strings.ContainsAny(words, "\"“”") {
			return ""
		}
		return words
	}
	return ""
}

// onlySpeaker is the one speaker of a post's statements, "" when none or
// more than one spoke.
func onlySpeaker(r record) string {
	who := ""
	for _, s := range r {
		if s.to >= 0 || s.speaker == "" {
			continue
		}
		if who != "" && s.speaker != who {
			return ""
		}
		who = s.speaker
	}
	return who
}

// saysTitleQuote reads a headline that quotes inside and closes on who
// said it: "Tory Govt ‘doesn’t care about TfL’, says Khan", "Talks 'a
// waste of time', warns union". The speaker must be all that follows the
// verb.
func (a *attributor) saysTitleQuote(u *unit, title string) bool {
	i, gap := strings.LastIndex(title, ", "), 2
	if j := lastMarkSpace(title); j > i {
		// "Phone voting proceeding 'very smoothly' says AEC boss Tom
		// Rogers": no comma between the quote and its verb
		i, gap = j, 1
	}
	if i < 0 {
		return false
	}
	verb, who, ok := strings.Cut(title[i+gap:], " ")
	if !ok || !speechVerbs.has(strings.ToLower(verb)) {
		return false
	}
	who = strings.TrimRight(who, ". ")
	head := strings.TrimSpace(title[:i])
	l, lsize := utf8.DecodeLastRuneInString(head)
	open := strings.IndexFunc(head, isOpenMark)
	if !isCloseMark(l) || open < 0 {
		return false // the quote must close right before ", says"
	}
	r, size := utf8.DecodeRuneInString(head[open:])
	if r == '\'' && open > 0 && head[open-1] != ' ' {
		return false // an apostrophe ("Govt's"), not a mark
	}
	if open+size >= len(head)-lsize {
		return false
	}
	words := strings.TrimSpace(head[open+size : len(head)-lsize])
	if wordCount(words) < 2 {
		return false
	}
	if p := a.titledMention(who); p != nil {
		a.rec.add(p.ID, model.Direct, words, title, u.cite)
		return true
	}
	return false
}

// lastMarkSpace is the index of the space after the last closing quote
// mark in s that a space follows, -1 when none.
func lastMarkSpace(s string) int {
	for i := len(s) - 1; i > 0; i-- {
		if s[i] != ' ' {
			continue
		}
		if r, _ := utf8.DecodeLastRuneInString(s[:i]); isCloseMark(r) {
			return i
		}
	}
	return -1
}

// titledMention is the person a short text names, maybe after their
// title: "Khan", "AEC boss Tom Rogers"; nil for anything else.
func (a *attributor) titledMention(text string) *person {
	if p := a.onlyMention(text); p != nil {
		return p
	}
	if text == "" || wordCount(text) > 8 {
		return nil
	}
	a.scan(text)
	a.ms = a.m.appendFind(a.ms[:0], text, a.toks)
	if len(a.ms) == 0 {
		return nil
	}
	m := a.ms[len(a.ms)-1]
	if m.to != len(a.toks) || m.poss || !a.titleRun(0, m.from) {
		return nil
	}
	return m.p
}

// onlyMention is the person or source that a short text names and is
// nothing but: "White House", "Farage", "Nigel Farage". It leaves the
// attributor's scan on that text.
func (a *attributor) onlyMention(text string) *person {
	if text == "" || wordCount(text) > 5 {
		return nil
	}
	a.scan(text)
	a.ms = a.m.appendFind(a.ms[:0], text, a.toks)
	if len(a.ms) != 1 || a.ms[0].from != 0 || a.ms[0].to != len(a.toks) || a.ms[0].poss {
		return nil
	}
	return a.ms[0].p
}

// headlineQuote reports a block shaped like a quoting headline: short,
// opening with a quote mark and not closing like a sentence.
func headlineQuote(text string) bool {
	t := strings.TrimSpace(text)
	r, _ := utf8.DecodeRuneInString(t)
	return (r == '‘' || r == '\'' || r == '“' || r == '"') && !endsSentence(t) && wordCount(t) <= 16 && !strings.ContainsRune(t, '\n')
}
