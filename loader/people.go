package loader

import (
	"encoding/json"
	"maps"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"briefing/model"
)

// refPerson is one entry of the reference list (seeds/people.json).
type refPerson struct {
	ID          string   `json:"id"`
	Name        string   `json:"name"`
	Short       string   `json:"short"`
	Role        string   `json:"role"`
	Group       string   `json:"group"`
	Pronoun     string   `json:"pronoun"`
	Aliases     []string `json:"aliases"`
	Descriptors []string `json:"descriptors"` // "Ukrainian president": how reports refer to the role
}

// person is what the loader knows about someone while reading.
type person struct {
	model.Person
	pronoun     string // "he", "she" or "" when unknown
	descriptors []string
	ref         bool // from the reference list
}

func parseReference(data []byte) ([]*person, error) {
	if len(data) == 0 {
		return nil, nil
	}
	var doc struct {
		People []refPerson `json:"people"`
	}
	if err := json.Unmarshal(data, &doc); err != nil {
		return nil, err
	}
	out := make([]*person, 0, len(doc.People))
	for _, r := range doc.People {
		if r.ID == "" || r.Name == "" {
			continue
		}
		g := model.Group(r.Group)
		if g != model.GroupLeader && g != model.GroupOfficial && g != model.GroupCommentator {
			g = model.GroupLeader
		}
		// JSON escapes (\u001b) are text the byte cleaning never saw.
		for i, a := range r.Aliases {
			r.Aliases[i] = CleanLine(a)
		}
		out = append(out, &person{
			Person: model.Person{ID: CleanLine(r.ID), Name: CleanLine(r.Name), Short: CleanLine(r.Short),
				Role: CleanLine(r.Role), Group: g, Aliases: r.Aliases},
			pronoun:     r.Pronoun,
			descriptors: r.Descriptors,
			ref:         true,
		})
	}
	return out, nil
}

// roleNouns end (or head) a title before a name: "Kremlin aide Yuri Ushakov".
var roleNouns = set(vocabLines("roles.txt")...)

// commentatorNouns make a found person a commentator rather than an official.
var commentatorNouns = []string{"correspondent", "editor", "journalist", "reporter", "presenter", "analyst",
	"commentator", "columnist", "host", "anchor", "former", "professor", "researcher", "expert", "economist"}

// roleStops end a title when reading back from a name.
var roleStops = set("the", "a", "an", "from", "by", "and",
	"with", "that", "to", "for", "as", "in", "on", "at",
	"including", "while", "our", "their", "his", "her", "its",
	"said", "says", "told", "when", "after", "before", "what", "is", "was", "are", "here", "here's", "here’s")

// found is a titled name seen in the text.
type found struct {
	name, role string
	source     bool // a speaker known only by a description (sourceBefore)
}

// findTitled collects names written with a title, either before the name
// ("Kremlin aide Yuri Ushakov") or as an apposition after it ("Rose
// Goettemoeller, former Nato deputy secretary general,"). Honorifics tell
// the pronoun ("Ms Goettemoeller").
//
// The rules may add more: with speakers, names that speak (speaksAt,
// colonQuoteAt) and descriptions that do (sourceBefore); with subjects, a
// name opening a sentence as its subject (subjectAt), for posts where a
// pronoun speaks. Without rules only titles count, which is what mayTitle
// can rule out unread.
func findTitled(s string, toks []token, into map[string]*found, honor map[string]string, rules ...nameRules) {
	var r nameRules
	if len(rules) > 0 {
		r = rules[0]
	}
	subj := r.subjects
	// a block with no quote mark and no closing colon quotes nobody: its
	// names may speak in reported speech, but a "Name: ..." opening it is
	// a label or a writer's, not a transcript's speaker
	quoted := maySpeak(s)
	if r.speakers && quoted {
		if d := colonRole(s, toks); d != "" {
			if _, ok := into[d]; !ok {
				into[d] = &found{name: d, source: true}
			}
		}
	}
	for k := range toks {
		if !r.speakers {
			break
		}
		if toks[k].lower == "according" && !toks[k].inQuote {
			if d := sourceAfter(s, toks, k); d != "" {
				if _, ok := into[d]; !ok {
					into[d] = &found{name: d, source: true}
				}
			}
			continue
		}
		if !toks[k].inQuote && speechHeads.may.may(toks[k].lower) && speechAtWord(toks, k) {
			d := sourceBefore(s, toks, k)
			if d == "" {
				d = sourceAfterQuote(s, toks, k)
			}
			if d != "" {
				if _, ok := into[d]; !ok {
					into[d] = &found{name: d, source: true}
				}
			}
		}
	}
	for i := 0; i < len(toks); i++ {
		t := &toks[i]
		if t.inQuote {
			continue
		}
		if h := honorific(t.lower); h != "" && i+1 < len(toks) && toks[i+1].upper && adjacent(s, t, &toks[i+1]) {
			honor[toks[i+1].text(s)] = h
		}
		// a name starts after a capital that cannot be part of it: a role
		// word, or a word no name is made of ("Secretary of State Jocelyn")
		if !t.upper || (i > 0 && toks[i-1].upper && adjacent(s, &toks[i-1], t) && !isRoleWord(toks[i-1].lower) && !stopName.has(toks[i-1].lower) && !portfolioAt(s, toks, i-1) && !toks[i-1].poss) {
			continue // "National's Nick Smith": a party's possessive may stand before a name
		}
		if portfolioAt(s, toks, i) {
			continue
		}
		n := nameAt(s, toks, i)
		if n > 0 && i > 1 && (toks[i-1].lower == "for" || toks[i-1].lower == "of") && toks[i-2].upper && vocabulary().bodies[toks[i-2].lower] {
			// "The Office for Budget Responsibility says", "The Minnesota
			// Department of Public Safety tweeted": the rest of a body's
			// name; the body speaks
			b := i - 2
			for b > 0 && toks[b-1].upper && !stopName.has(toks[b-1].lower) && adjacent(s, &toks[b-1], &toks[b]) {
				b--
			}
			if r.speakers && speaksAt(s, toks, i, n) {
				if d := s[toks[b].start:toks[i+n-1].end]; into[d] == nil {
					into[d] = &found{name: d, source: true}
				}
			}
			i += n - 1
			continue
		}
		if n > 3 && i > 0 && toks[i-1].poss && toks[i-1].upper && adjacent(s, &toks[i-1], t) {
			n = 0 // after a possessive only a short name: "Modi's Bharat Ki Baat Live" is a show
		}
		if n == 0 {
			if role, ok := titledSurname(s, toks, i, r.speakers); ok {
				// "Former Pres. Obama calls ...", "Kremlin spokesman Peskov
				// said", "her mother Maha said:": a name after a title, speaking
				name := t.text(s)
				if f, ok := into[name]; !ok || len(role) > len(f.role) {
					into[name] = &found{name: name, role: role}
				}
			} else if role, ok := voxPop(s, toks, i); ok && r.speakers {
				// "said refugee, Marusia, who ...", "Sarah, 34, told us":
				// someone met in the street, named by a first name alone
				name := t.text(s)
				if _, ok := into[name]; !ok {
					into[name] = &found{name: name, role: role}
				}
			} else if r.lone != nil && r.speakers && !t.poss && !stopName.has(t.lower) && !isRoleWord(t.lower) && !pronouns[t.lower] && speaksAt(s, toks, i, 1) {
				r.lone[t.text(s)] = true
				if r.loneN != nil {
					r.loneN[t.text(s)]++
				}
			} else if r.speakers && oneNameColon(s, toks, i) {
				// "... Princess Diana's. Cynne: "The perfect fairy tale!"":
				// a name alone opening a sentence, quoting after a colon
				name := t.text(s)
				if _, ok := into[name]; !ok {
					into[name] = &found{name: name}
				}
			}
			continue
		}
		name := joinTokens(s, toks[i:i+n])
		if strings.HasPrefix(s[toks[i+n-1].end:], ":") && strings.ToUpper(name) == name {
			i += n - 1
			continue // "FUN FACT: Jackson played ...", "FULL TIME:": a label in capitals
		}
		role := roleBefore(s, toks, i)
		if n := len(role); n > 4 && (strings.EqualFold(role[n-3:], " of") || strings.EqualFold(role[n-4:], " for")) {
			// "Head of Tax Policy", "Minister for Foreign Affairs": the
			// capitals after "of" are the office, not a name
			i += n - 1
			continue
		}
		if role == "" {
			role = roleAfter(s, toks, i+n)
		}
		if role == "" {
			role = roleApposed(s, toks, i, n)
		}
		if role == "" && !(r.speakers && (speaksAt(s, toks, i, n) || quoted && colonQuoteAt(s, toks, i, n) || participleSubject(s, toks, i, n) || colonClauseAt(s, toks, i, n) || i == 0 && dashed(strings.TrimSpace(s)))) && !(subj && subjectAt(s, toks, i, n)) {
			i += n - 1
			continue
		}
		if f, ok := into[name]; !ok || len(role) > len(f.role) {
			into[name] = &found{name: name, role: role}
		}
		i += n - 1
	}
}

// titledSurname reports a one-word name right after a title that speaks:
// "Former Pres. Obama calls", "Kremlin spokesman Peskov said:". Two-word
// names are nameAt's; a capital no name is made of is none.
func titledSurname(s string, toks []token, i int, speakers bool) (string, bool) {
	t := &toks[i]
	if !speakers || i == 0 || !t.upper || t.poss || t.inQuote || len(t.lower) < 3 {
		return "", false
	}
	if p := toks[i-1].lower; !isRoleWord(p) && !relationNouns.has(p) && !vocabulary().bodies[p] && !personNouns.has(p) {
		return "", false // the common case, told first
	}
	if isRoleWord(t.lower) || stopName.has(t.lower) || honorific(t.lower) != "" {
		return "", false
	}
	if i+1 < len(toks) && toks[i+1].upper && adjacent(s, t, &toks[i+1]) {
		return "", false // the start of a longer capitalised run
	}
	if i == 0 || !adjacent(s, &toks[i-1], t) || toks[i-1].inQuote {
		return "", false
	}
	role := ""
	switch p := &toks[i-1]; {
	case isRoleWord(p.lower):
		role = roleBefore(s, toks, i)
	case (relationNouns.has(p.lower) || personNouns.has(p.lower)) && !p.upper:
		role = p.text(s) // "her mother Maha", "Brisbane Lions fan Harrison"
	case vocabulary().bodies[p.lower] && !p.upper && !acronym(t.text(s)):
		// "The Israeli Human Rights group HaMoked says": a body's name
		// after the noun of what it is; the noun and the capitals before
		j := i - 1
		for j > 0 && i-j < 5 && toks[j-1].upper && !toks[j-1].inQuote && !roleStops.has(toks[j-1].lower) && adjacent(s, &toks[j-1], &toks[j]) {
			j--
		}
		role = joinTokens(s, toks[j:i])
	}
	return role, role != "" && (speaksAt(s, toks, i, 1) || colonQuoteAt(s, toks, i, 1))
}

// descPrepositions put a description in a phrase of its own: "as a
// former US attorney", "for the union".
var descPrepositions = set("as", "of", "from", "for", "with", "to", "by", "like", "than")

// relationNouns stand before a one-word name like a title (vocab/relations.txt).
var relationNouns = set(vocabLines("relations.txt")...)

// sourceBefore reads a speaker known only by a description, the subject
// of the speech verb at k: "a Downing Street spokesman said", "British
// Transport Police said", "the Kremlin says", "police said". It returns
// the description as written, or "".
func sourceBefore(s string, toks []token, k int) string {
	j := k - 1
	if thisToSay(toks, k) {
		j = k - 4 // "BA has this to say"
	}
	for j >= 0 && (auxiliaries.has(toks[j].lower) || progressive(toks, j, k)) {
		j--
	}
	if j < 0 || toks[j].inQuote || toks[j].poss {
		return ""
	}
	if d := longDescription(s, toks, j); d != "" {
		return d
	}
	if d := officeOfPlace(s, toks, j); d != "" {
		return d
	}
	if issuedDocument(toks, j, k) {
		return "" // "issued a statement stating": the issuer's words
	}
	h := &toks[j]
	role := isRoleWord(h.lower) || vocabulary().bodies[h.lower]
	article := func(i int) bool {
		if i <= 0 {
			return false
		}
		w := toks[i-1].lower
		return (w == "a" || w == "an" || w == "the") && adjacent(s, &toks[i-1], &toks[i])
	}
	// "Her spokesman says:", "his lawyer said": a role told by whose it is
	possessed := func(i int) bool {
		if i <= 0 {
			return false
		}
		w := toks[i-1].lower
		return (w == "her" || w == "his" || w == "their") && adjacent(s, &toks[i-1], &toks[i])
	}
	if !role && !(h.upper && article(capitalRun(s, toks, j))) && !acronym(s[h.start:h.end]) {
		return ""
	}
	if !h.upper && isRoleWord(h.lower) && !vocabulary().bodies[h.lower] {
		if d := bodysRole(s, toks, j); d != "" {
			return d
		}
	}
	i := j
	for i > 0 && j-i < 4 && adjacent(s, &toks[i-1], &toks[i]) && !toks[i-1].inQuote {
		p := &toks[i-1]
		// a body's own adjective comes with it: "the joint statement"
		adjective := vocabulary().bodies[h.lower] && j-i < 2 && !p.upper && len(p.lower) > 2
		if roleStops.has(p.lower) || !(p.upper || isRoleWord(p.lower) || adjective) || honorific(p.lower) != "" {
			break
		}
		i--
	}
	if i > 0 && toks[i-1].upper && adjacent(s, &toks[i-1], &toks[i]) && !roleStops.has(toks[i-1].lower) {
		return "" // part of a longer name the loop stopped in
	}
	if isRoleWord(h.lower) && !article(i) {
		// "a court official", "a senior government spokesperson": an
		// indefinite article a word or two back makes them one description
		for n, b := 1, i; n <= 2 && b > 0 && adjacent(s, &toks[b-1], &toks[b]); n, b = n+1, b-1 {
			p := &toks[b-1]
			if p.inQuote || p.poss || p.upper || roleStops.has(p.lower) || speechVerbs.has(p.lower) || auxiliaries.has(p.lower) {
				break
			}
			if article(b - 1) {
				if w := toks[b-2].lower; w == "a" || w == "an" {
					i = b - 1
				}
				break
			}
		}
	}
	if i == j && !h.upper && possessed(j) && isRoleWord(h.lower) && !vocabulary().bodies[h.lower] {
		return s[toks[j-1].start:h.end]
	}

	if i == j && !h.upper && !article(j) && !vocabulary().bodies[h.lower] {
		return "" // "an official said" needs its article; a bare "official" is no one
	}
	if i == j && h.upper && isRoleWord(h.lower) && !vocabulary().bodies[h.lower] && !article(j) && (j == 0 || strings.ContainsAny(s[toks[j-1].end:h.start], ".!?\n")) {
		return "" // "Chancellor says ...": a headline's bare title, someone the page names
	}
	definite := i > 0 && toks[i-1].lower == "the" || i > 1 && toks[i-2].lower == "the"
	if definite && i == j && h.upper && demonyms.has(h.lower) {
		return "" // "the German said": someone the post named, told again
	}
	if a := i - 1; a > 0 && article(i) && descPrepositions.has(toks[a-1].lower) && !toks[a-1].inQuote {
		// "speaking from his experience as a former US attorney, argued":
		// a description after a preposition is no subject
		return ""
	}
	if definite && isRoleWord(h.lower) && !vocabulary().bodies[h.lower] {
		// "the top US diplomat said", "the Reform UK leader said": someone
		// the post has named, told again; who, the reader cannot be sure
		return ""
	}
	d := s[toks[i].start:toks[j].end]
	if strings.ContainsAny(d, ",;:\n") || nameAt(s, toks, i) >= j-i+1 && !role {
		return ""
	}
	for k := i; k < j; k++ {
		if toks[k].poss && !(k == i && vocabulary().bodies[h.lower]) {
			return "" // "Donald Trump's lawyer": whose, a reader may take for who (bodysRole reads a body's)
		}
	}
	// "Britain's Foreign Office", "Israel's military": a country's or a
	// party's body, named as written
	return d
}

// colonRole reads a role-only source opening a line transcript-style
// and quoting after the colon: "MPD Chief: Shooting is "under
// investigation"". The title is a body's acronym and a role noun ("MPD
// Chief", "FBI Director"), so a bare "Prime Minister:" never stands for
// whoever holds the office. It returns the title as written, or "".
func colonRole(s string, toks []token) string {
	n := 0
	for n < len(toks) && n < 4 && toks[n].upper && !toks[n].inQuote && !toks[n].poss && (n == 0 || adjacent(s, &toks[n-1], &toks[n])) {
		n++
		if strings.HasPrefix(s[toks[n-1].end:], ":") {
			break
		}
	}
	if n < 2 || !strings.HasPrefix(s[toks[n-1].end:], ":") || !isRoleWord(toks[n-1].lower) || !acronym(toks[0].text(s)) {
		return ""
	}
	for k := n; k < len(toks); k++ {
		if toks[k].inQuote {
			return s[toks[0].start:toks[n-1].end]
		}
	}
	return ""
}

// sourceAfter reads the source of "according to X" at toks[k]: a
// description that is a body or an indefinite role, ending the clause
// ("according to the ministry", "according to police", "according to a
// senior official,"). It returns the description as written, or "". A
// capitalised pair is no name here: "according to Downing Street" is a
// place; a person the page names otherwise is found otherwise.
func sourceAfter(s string, toks []token, k int) string {
	j := k + 1
	if j >= len(toks) || toks[j].lower != "to" || !adjacent(s, &toks[k], &toks[j]) {
		return ""
	}
	j++
	if j >= len(toks) || toks[j].inQuote || !adjacent(s, &toks[j-1], &toks[j]) {
		return ""
	}
	return descriptionAt(s, toks, j)
}

// sourceAfterQuote reads the source a speech verb puts after the quote
// it closes: `“…,” said a police spokesman`, `“…,” said the Foreign
// Office`, `“…”, warns Iran's foreign minister`. The description is read
// as after "according to"; a person named there is found otherwise.
func sourceAfterQuote(s string, toks []token, k int) string {
	if k+1 >= len(toks) || !adjacent(s, &toks[k], &toks[k+1]) || toks[k+1].inQuote {
		return ""
	}
	before := strings.TrimRight(s[:toks[k].start], " ")
	before = strings.TrimSuffix(before, ",")
	if r, _ := utf8.DecodeLastRuneInString(before); !isCloseMark(r) {
		return ""
	}
	d := descriptionAt(s, toks, k+1)
	for _, art := range []string{"the ", "The ", "a ", "A ", "an ", "An "} {
		if rest, ok := strings.CutPrefix(d, art); ok {
			d = rest // as "the Foreign Office said" names it: "Foreign Office"
			break
		}
	}
	if body, doc, ok := strings.Cut(d, " "); ok && documentNouns.has(strings.ToLower(doc)) && vocabulary().bodies[strings.ToLower(body)] {
		return body // `," said a police statement`: the police's words
	}
	return d
}

// descriptionAt reads a description of a source starting at toks[j]: a
// body ("the ministry", "police", "the Foreign Office"), an indefinite
// role ("a senior official") or a country's role ("Iran's foreign
// minister"), ending its clause. It returns it as written, or "".
func descriptionAt(s string, toks []token, j int) string {
	start, article := j, ""
	if t := &toks[j]; t.poss && t.upper && j+1 < len(toks) && adjacent(s, t, &toks[j+1]) {
		// "Iran's foreign minister": whose the role is, then the role
		for h := j + 1; h < len(toks) && h < j+4; h++ {
			u := &toks[h]
			if u.inQuote || u.poss || !adjacent(s, &toks[h-1], u) {
				return ""
			}
			if h+1 < len(toks) && adjacent(s, u, &toks[h+1]) {
				continue
			}
			if isRoleWord(u.lower) && !namesSomeone(s, toks, j+1, h) {
				return s[t.start:u.end]
			}
			return ""
		}
		return ""
	}
	if w := toks[j].lower; w == "the" || w == "a" || w == "an" {
		article = w
		j++
	}
	for h := j; h < len(toks) && h < j+4; h++ {
		t := &toks[h]
		if t.inQuote || t.poss || h > start && !adjacent(s, &toks[h-1], t) || roleStops.has(t.lower) || speechVerbs.has(t.lower) {
			return ""
		}
		if h+1 < len(toks) && adjacent(s, t, &toks[h+1]) {
			continue // the description goes on
		}
		body := vocabulary().bodies[t.lower] || acronym(s[t.start:t.end])
		if body || isRoleWord(t.lower) && (article == "a" || article == "an") {
			return joinTokens(s, toks[start:h+1])
		}
		return ""
	}
	return ""
}

// progressive reports a form of "be" at toks[j] before the -ing speech
// verb at k: "Gardaí are asking people to ...", "police were urging".
func progressive(toks []token, j, k int) bool {
	switch toks[j].lower {
	case "is", "are", "was", "were":
		return strings.HasSuffix(toks[k].lower, "ing")
	}
	return false
}

// officeOfPlace reads a title that is one person by itself, the office
// and the place it is of, ending at toks[j]: "the Archbishop of
// Canterbury", "the Mayor of London", "the Prince of Wales". It returns
// the description as written, or "". Someone named after it ("the Mayor
// of London Sadiq Khan") is a name with its role, found otherwise.
func officeOfPlace(s string, toks []token, j int) string {
	// the place is one word: in "the Mayor of London Sadiq Khan" the
	// words after "London" are a name
	of := j - 1
	if of < 2 || !toks[j].upper || toks[j].inQuote || toks[of].lower != "of" || !adjacent(s, &toks[of], &toks[j]) {
		return ""
	}
	r := of - 1
	if !toks[r].upper || !isRoleWord(toks[r].lower) || !adjacent(s, &toks[r], &toks[of]) {
		return ""
	}
	b := r
	for b > 0 && r-b < 2 && toks[b-1].upper && isRoleWord(toks[b-1].lower) && adjacent(s, &toks[b-1], &toks[b]) {
		b-- // "the Lord Mayor of London"
	}
	if b == 0 || toks[b-1].lower != "the" || !adjacent(s, &toks[b-1], &toks[b]) {
		return ""
	}
	return s[toks[b-1].start:toks[j].end]
}

// issuedDocument reports a document that someone issued right before a
// participle of speech at k: "the RNC issued a statement stating the acts
// "do not represent ..."", "released a letter saying". The words are the
// issuer's, whoever issued it; the document is no source of its own.
func issuedDocument(toks []token, j, k int) bool {
	if j != k-1 || j < 2 || !strings.HasSuffix(toks[k].lower, "ing") || !documentNouns.has(toks[j].lower) {
		return false
	}
	d := j - 1
	if w := toks[d].lower; w == "a" || w == "an" || w == "the" || w == "its" || w == "their" || w == "his" || w == "her" {
		d--
	}
	return d >= 0 && issuingVerbs.has(toks[d].lower)
}

// documentNouns are what is issued; issuingVerbs, how.
var (
	documentNouns = set("statement", "communique", "communiqué", "declaration", "letter", "document", "report", "memo", "note", "release")
	issuingVerbs  = set("issued", "issues", "released", "releases", "published", "publishes", "sent", "sends", "shared", "shares", "posted", "posts", "put", "puts", "signed", "signs")
)

// bodysRole reads a role told by the body whose it is, before the role
// noun at toks[j]: "the ministry's spokesman", "the Foreign Ministry's
// spokesperson", "the NHS's chief executive" is a source as written. A
// person's ("Trump's lawyer") is left alone: a reader could take the
// words for the person's.
func bodysRole(s string, toks []token, j int) string {
	b := j - 1
	if b < 0 || !toks[b].poss || toks[b].inQuote || !adjacent(s, &toks[b], &toks[j]) {
		return ""
	}
	if !vocabulary().bodies[toks[b].lower] && !acronym(toks[b].text(s)) {
		return ""
	}
	start := capitalRun(s, toks, b)
	if !toks[b].upper {
		start = b
	}
	if start > 0 && toks[start-1].lower == "the" && adjacent(s, &toks[start-1], &toks[start]) {
		start--
	} else if !toks[start].upper {
		return "" // "ministry's spokesman" needs its article
	}
	return s[toks[start].start:toks[j].end]
}

// capitalRun is where the run of capitalised words ending at toks[j]
// starts, three words back at most: "the White House", "the Taliban".
func capitalRun(s string, toks []token, j int) int {
	i := j
	for i > 0 && j-i < 2 && toks[i-1].upper && !toks[i-1].inQuote && !roleStops.has(toks[i-1].lower) && adjacent(s, &toks[i-1], &toks[i]) {
		i--
	}
	return i
}

// nameRules are the ways besides a title that findTitled may find people.
type nameRules struct {
	speakers bool // names and descriptions that speak
	subjects bool // names opening a sentence
	// lone collects capitalised words that speak alone ("says Parata"),
	// for the post's full name with that surname to be found; nil: none
	lone map[string]bool
	// loneN counts how often each of them speaks
	loneN map[string]int
}

// maySpeak reports a block where someone may be quoted: it holds a quote
// mark or ends with a colon (or a dash). Other blocks are read for names
// only where mayReport finds reported speech: reading every block would
// cost the 10,000-post page a third more.
func maySpeak(text string) bool {
	// byte searches: ContainsAny over non-ASCII marks decodes every rune
	return strings.IndexByte(text, '"') >= 0 || strings.Contains(text, "“") || strings.Contains(text, "”") ||
		strings.Contains(text, "«") || strings.HasSuffix(strings.TrimSpace(text), ":") || dashed(strings.TrimSpace(text)) ||
		strings.Contains(text, "‘") || strings.Contains(text, " '") // single quotes open after a space; apostrophes seldom do
}

// acronym reports a body written in capitals: "CNIL", "BA", "RNC", "NHS".
func acronym(w string) bool {
	if len(w) < 2 || len(w) > 6 {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] < 'A' || w[i] > 'Z' {
			return false
		}
	}
	return !stopName.has(strings.ToLower(w))
}

// speaksAt reports a name that is the subject or the agent of a speech
// verb outside quotes: "Linda Becker said", "Becker has also told", "said
// Linda Becker". Such a name is a person of the page even with no title.
func speaksAt(s string, toks []token, i, n int) bool {
	if i > 0 && !toks[i-1].inQuote && speechVerbs.has(toks[i-1].lower) && !toldVerbs.has(toks[i-1].lower) {
		return true // "said Merz"; "tells Geoff Shreeves" names who is told
	}
	k0 := i + n
	if partyTag(s, toks, k0) {
		k0++ // "Dennis Hastert (R-IL) said"
	}
	for k := k0; k < len(toks) && k < k0+3; k++ {
		t := &toks[k]
		if t.inQuote {
			return false
		}
		if speechAt(toks, k) || k+3 < len(toks) && thisToSay(toks, k+3) || reportsLeadIn(s, toks, k) {
			return true
		}
		if !auxiliaries.has(t.lower) {
			return false
		}
	}
	return false
}

// reportsLeadIn reports a "reports" at toks[k] that hands over to the
// words under a colon: "Alistair Munro reports from the Highlands:". A
// report in prose ("The Guardian reported Mr Corbyn could not ...") is
// no speech of its own.
func reportsLeadIn(s string, toks []token, k int) bool {
	if w := toks[k].lower; w != "reports" && w != "reported" {
		return false
	}
	rest := s[toks[k].end:]
	if i := strings.IndexAny(rest, ".!?\n"); i >= 0 {
		rest = rest[:i]
	}
	return strings.HasSuffix(strings.TrimSpace(rest), ":") && len(rest) < 80
}

// participleSubject reports a name opening a sentence whose clause goes
// on to "..., saying": "Joe Hockey has handed down his first budget as
// Treasurer, saying ...". The participle is the name's, as the quote pass
// reads it (clauseSubject), so the name speaks.
func participleSubject(s string, toks []token, i, n int) bool {
	if i > 0 {
		before := strings.TrimRight(s[:toks[i].start], " ")
		if r, _ := utf8.DecodeLastRuneInString(before); !strings.ContainsRune(".!?”\"", r) {
			return false
		}
	}
	for k := i + n; k < len(toks) && k < i+n+25; k++ {
		gap := s[toks[k-1].end:toks[k].start]
		if strings.ContainsAny(gap, ".!?:;") || toks[k].inQuote {
			return false
		}
		if (strings.Contains(gap, ",") || toks[k-1].lower == "by") && strings.HasSuffix(toks[k].lower, "ing") && speechVerbs.has(toks[k].lower) {
			return true // "..., saying", "reacted to the speech by saying:"
		}
	}
	return false
}

// nameCased reports a word written as a name is: a capital, then lower
// case only ("Marusia", "Cynne"; not "BBC" or "McDonald").
func nameCased(w string) bool {
	for _, c := range w[1:] {
		if !unicode.IsLower(c) {
			return false
		}
	}
	return true
}

// voxPop reports a first name alone that a page gives someone it met,
// set off by commas after the noun of who they are or before their age:
// "said refugee, Marusia, who ...", "teacher, Johanna, told us", "Sarah,
// 34, said". The name must speak. role is the noun, "" for an age.
func voxPop(s string, toks []token, i int) (role string, ok bool) {
	t := &toks[i]
	w := t.text(s)
	if t.inQuote || t.poss || !t.upper || len(w) < 3 || i+1 >= len(toks) || !strings.HasPrefix(s[t.end:], ", ") {
		return "", false
	}
	if !nameCased(w) {
		return "", false
	}
	if stopName.has(t.lower) || isRoleWord(t.lower) || pronouns[t.lower] || isLabel(w) || months.has(t.lower) || weekdays.has(t.lower) {
		return "", false
	}
	next := &toks[i+1]
	if n := next.text(s); len(n) <= 3 && strings.IndexFunc(n, func(r rune) bool { return r < '0' || r > '9' }) < 0 && strings.HasPrefix(s[next.end:], ",") {
		// "Sarah, 34, said": an age
		return "", speaksAt(s, toks, i+1, 1) || i > 0 && speechVerbs.has(toks[i-1].lower)
	}
	if i == 0 || !strings.HasPrefix(s[toks[i-1].end:], ", ") {
		return "", false
	}
	p := &toks[i-1]
	if p.upper || p.inQuote || !(isRoleWord(p.lower) || personNouns.has(p.lower) || relationNouns.has(p.lower)) {
		return "", false
	}
	// the verb before the noun ("said refugee, Marusia") or after the name
	verbBefore := i > 1 && speechVerbs.has(toks[i-2].lower) && adjacent(s, &toks[i-2], p)
	return p.text(s), verbBefore || speaksAt(s, toks, i, 1)
}

// pronouns open sentences with a capital; they are no surname.
var pronouns = map[string]bool{"he": true, "she": true, "it": true, "they": true, "we": true, "i": true, "you": true}

// oneNameColon reports a one-word name opening a sentence and quoting
// after a colon: "Cynne: "The perfect fairy tale!"". The word is written
// as a name (a capital, then lower case), and is no label, role or word
// a name is not made of: "Update: "..."" quotes nobody.
func oneNameColon(s string, toks []token, i int) bool {
	t := &toks[i]
	if !strings.HasPrefix(s[t.end:], ":") {
		return false // the common case, told first
	}
	w := t.text(s)
	initials := len(w) <= 4 && acronym(w) // a party's: "WP:", "SNP:"
	if t.inQuote || t.poss || len(w) < 3 && !initials || stopName.has(t.lower) || isRoleWord(t.lower) || isLabel(w) {
		return false
	}
	if !initials && !nameCased(w) { // "Cynne:"
		return false
	}
	if i > 0 {
		before := strings.TrimRight(s[:t.start], " ")
		if r, _ := utf8.DecodeLastRuneInString(before); !strings.ContainsRune(".!?:”\"", r) {
			return false
		}
	}
	rest := s[t.end:]
	if !strings.HasPrefix(rest, ":") {
		return false
	}
	r, _ := utf8.DecodeRuneInString(strings.TrimLeft(rest[1:], " "))
	return isOpenMark(r)
}

// isLabel reports a word that is one of the labels posts are marked with.
func isLabel(w string) bool {
	for _, lb := range vocabulary().labels {
		if strings.EqualFold(lb, w) {
			return true
		}
	}
	return false
}

// colonQuoteAt reports a name introducing a quote with a colon, as
// transcripts and rolling lines write them: "Sen. Mitch McConnell: "the
// clockwork ..."", "Biden: We will ...".
func colonQuoteAt(s string, toks []token, i, n int) bool {
	rest := s[toks[i+n-1].end:]
	if d := dashColon(rest); d > 0 {
		// "Novak Djokovic – “Roger said ...”": a dash for the colon, before a quote
		r, _ := utf8.DecodeRuneInString(rest[d:])
		return isOpenMark(r) || r == '“'
	}
	if strings.HasPrefix(rest, ";") {
		// "Finn Jackson; “I'm pretty sure ...”": a semicolon typed for the colon
		r, _ := utf8.DecodeRuneInString(strings.TrimLeft(rest[1:], " "))
		return isOpenMark(r) || r == '“'
	}
	if !strings.HasPrefix(rest, ":") {
		return false
	}
	if i == 0 && strings.TrimSpace(rest[1:]) == "" {
		return true // "Garbine Muguruza:" on its own, the quoted paragraphs under it
	}
	rest = strings.TrimLeft(rest[1:], " ")
	r, _ := utf8.DecodeRuneInString(rest)
	return isOpenMark(r) || i == 0 && r != utf8.RuneError && unicode.IsUpper(r)
}

// colonClauseAt reports a name opening a sentence whose short clause ends
// with a colon and a quote mark: "Rishi Sunak begins with a rousing
// declaration: “...”". The quote pass gives them the words (colonClause).
func colonClauseAt(s string, toks []token, i, n int) bool {
	if i > 0 {
		before := strings.TrimRight(s[:toks[i].start], " ")
		if r, _ := utf8.DecodeLastRuneInString(before); !strings.ContainsRune(".!?”\"", r) {
			return false
		}
	}
	for k := i + n; k < len(toks) && k <= i+n+maxColonClause; k++ {
		t := &toks[k]
		if t.inQuote || notOwnWords.has(t.lower) {
			return false
		}
		rest := s[t.end:]
		if k+1 < len(toks) {
			rest = s[t.end:toks[k+1].start]
		}
		if strings.HasPrefix(rest, ":") {
			r, _ := utf8.DecodeRuneInString(strings.TrimLeft(rest[1:], " "))
			return k > i+n && isOpenMark(r)
		}
		if strings.ContainsAny(rest, ".!?,;()—–") {
			return false
		}
	}
	return false
}

// subjectAt reports a name opening a sentence as its subject, a verb in
// the present or past right after it: "Linda Becker raises the question".
// Said of a person, a later "she says" refers back to them.
func subjectAt(s string, toks []token, i, n int) bool {
	if i+n >= len(toks) || toks[i+n].inQuote || toks[i+n].upper || toks[i].inQuote {
		return false
	}
	if i > 0 {
		before := strings.TrimRight(s[:toks[i].start], " ")
		if r, _ := utf8.DecodeLastRuneInString(before); !strings.ContainsRune(".!?”\"", r) && !(r == ',' && introPhrase(s, toks, i)) {
			return false
		}
	}
	v := toks[i+n].lower
	if strings.TrimSpace(s[toks[i+n-1].end:toks[i+n].start]) == "," && (v == "who" || v == "whose") {
		// "Moran Stela Yanai, who was kidnapped ..., issues a call": the
		// clause tells who she is; she is the sentence's subject
		return !vocabulary().bodies[toks[i+n-1].lower]
	}
	if perfectOrPassive.has(v) && i+n+1 < len(toks) {
		// "Theo Walcott has been raving", "Grant Shapps has lost his seat",
		// "Mr Shapps was ousted": the auxiliary's subject all the same
		if w := &toks[i+n+1]; !w.inQuote && !w.upper && len(w.lower) > 2 {
			return !vocabulary().bodies[toks[i+n-1].lower]
		}
	}
	if !strings.HasSuffix(v, "s") && !strings.HasSuffix(v, "ed") || len(v) < 4 || strings.HasSuffix(v, "ss") {
		return false
	}
	return !vocabulary().bodies[toks[i+n-1].lower]
}

// introPhrase reports a short phrase of place or time opening the
// sentence before the comma at toks[i]: "Further up Whitehall, Christina
// Burrows is sitting", "Outside the court, his lawyer said".
func introPhrase(s string, toks []token, i int) bool {
	b := i - 1
	for b > 0 && i-b < 7 && !strings.ContainsAny(s[toks[b-1].end:toks[b].start], ".!?:;\n") {
		b--
	}
	if i-b >= 7 || toks[b].inQuote {
		return false
	}
	if b > 0 && !strings.ContainsAny(s[toks[b-1].end:toks[b].start], ".!?\n") {
		return false
	}
	w := toks[b].lower
	return introPrepositions.has(w) || introAdverbs.has(w)
}

// introAdverbs open a sentence with where or when it happens.
var introAdverbs = set("further", "outside", "inside", "nearby", "elsewhere", "meanwhile", "earlier", "later", "today",
	"yesterday", "tonight", "now", "here", "there", "back", "across", "down", "up", "near", "beside", "behind", "opposite")

// perfectOrPassive are auxiliaries a sentence's subject may stand before.
var perfectOrPassive = set("has", "had", "was", "is")

// mayTitle reports whether findTitled can find anything in a block: a title
// needs a role word, a pronoun an honorific, and the words that are either
// are written in ASCII letters, standing apart from other letters. Most
// blocks hold none and are never read into tokens for titles.
func mayTitle(text string) bool {
	for i := 0; i < len(text); {
		if !isLetterByte(text[i]) {
			if text[i] >= utf8.RuneSelf && (strings.HasPrefix(text[i:], "İ") || strings.HasPrefix(text[i:], "\u212a")) {
				return true // capitals that lower-case to ASCII: read the block
			}
			i++
			continue
		}
		j := i + 1
		for j < len(text) && isLetterByte(text[j]) {
			j++
		}
		if titleWords.hasFold(text[i:j]) {
			return true
		}
		i = j
	}
	return false
}

// titleWords are the role nouns and the honorifics.
var titleWords = set(slices.Concat(slices.Collect(maps.Keys(roleNouns.words)), slices.Collect(maps.Keys(honorifics)))...)

func isLetterByte(c byte) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }

// honorifics tell the pronoun of the name they stand before.
var honorifics = map[string]string{"ms": "she", "mrs": "she", "miss": "she", "madam": "she", "mr": "he", "sir": "he"}

var honorificWords = set(slices.Collect(maps.Keys(honorifics))...)

func honorific(w string) string {
	if !honorificWords.has(w) {
		return ""
	}
	return honorifics[w]
}

// nameAt measures a personal name starting at toks[i]: two to four
// capitalised words (particles allowed inside), none of them a role word.
func nameAt(s string, toks []token, i int) int {
	n := 0
	for j := i; j < len(toks) && n < 4; j++ {
		t := &toks[j]
		if j > i && !adjacent(s, &toks[j-1], t) {
			break
		}
		if t.inQuote || isRoleWord(t.lower) || stopName.has(t.lower) {
			break
		}
		if !t.upper && !(particles[t.text(s)] && j+1 < len(toks) && toks[j+1].upper) {
			break
		}
		if !t.upper && j == i {
			break
		}
		n++
		if t.poss {
			break
		}
	}
	if n < 2 {
		return 0
	}
	return n
}

// surnamed finds, in a post whose text quotes someone by surname alone
// ("…,” says Parata), the full name it gave them ("Whale whisperer Hori
// Parata was just seven"): journalism names a person in full once, then by
// surname. A surname two full names share names nobody.
func surnamed(s string, toks []token, lone map[string]bool, full map[string]string) {
	for i := 0; i < len(toks); i++ {
		t := &toks[i]
		if t.inQuote || !t.upper || i > 0 && toks[i-1].upper && adjacent(s, &toks[i-1], t) && !toks[i-1].poss {
			continue // "CNN's John Berman": a body's possessive may stand before a name
		}
		n := nameAt(s, toks, i)
		if n == 0 {
			continue
		}
		last := &toks[i+n-1]
		if sur := last.text(s); lone[sur] && !last.poss {
			name := joinTokens(s, toks[i:i+n])
			if prev, seen := full[sur]; seen && prev != name {
				full[sur] = "" // two people: nobody
			} else if !seen {
				full[sur] = name
			}
		}
		i += n - 1
	}
}

// stopName are capitalised words that do not make up personal names
// (vocab/not_names.txt).
var stopName = set(vocabLines("not_names.txt")...)

// portfolioWords are a title's "for Finance", "of Foreign Affairs" (vocab/portfolios.txt).
var portfolioWords = set(vocabLines("portfolios.txt")...)

// portfolioAt reports a capitalised word at toks[k] that is part of a
// title's portfolio: "Minister for Finance", "Minister for Foreign
// Affairs", "Secretary of State for Health". A name cannot start there.
func portfolioAt(s string, toks []token, k int) bool {
	for j := k; j >= 1 && j > k-4; j-- {
		t := &toks[j]
		if !t.upper || !portfolioWords.has(t.lower) || !adjacent(s, &toks[j-1], t) {
			return false
		}
		p := &toks[j-1]
		if p.lower == "for" || p.lower == "of" {
			return j >= 2 && toks[j-2].upper && (isRoleWord(toks[j-2].lower) || portfolioWords.has(toks[j-2].lower)) && adjacent(s, &toks[j-2], p)
		}
		if p.lower == "and" {
			j-- // "Minister for Children and Youth Affairs"
			if j < 1 {
				return false
			}
			continue
		}
	}
	return false
}

func isRoleWord(w string) bool {
	if roleNouns.has(w) {
		return true
	}
	if base, ok := strings.CutSuffix(w, "-elect"); ok {
		return roleNouns.has(base) // "president-elect"
	}
	if strings.HasSuffix(w, "-year-old") {
		return true // "Ten-year-old Isabelle Dauncey": her age, not her name
	}
	if i := strings.LastIndexByte(w, '-'); i >= 0 {
		return roleNouns.has(w[i+1:])
	}
	return false
}

func roleBefore(s string, toks []token, i int) string {
	j := i
	hasNoun := false
	lower := false // a lower-case word that is no role noun was passed: "met"
	for j > 0 && i-j < 7 {
		p := toks[j-1]
		if (p.lower == "of" || p.lower == "for") && roleOf(s, toks, j-1) || p.lower == "and" && portfolioAt(s, toks, j) {
			j-- // "Secretary of State Jocelyn Benson", "Minister for Children and Youth Affairs": the title goes on
			continue
		}
		if p.inQuote || roleStops.has(p.lower) || p.poss || !onlySpaces(s[p.end:toks[j].start]) && !adjacent(s, &p, &toks[j]) {
			break
		}
		if lower && p.upper && nameEndsAt(s, toks, j-1) {
			// "Prime Minister Rishi Sunak met Labour leader Keir Starmer":
			// the title does not reach back over a name and its verb
			for j < i && !toks[j].upper && !isRoleWord(toks[j].lower) {
				j++
			}
			break
		}
		if isRoleWord(p.lower) {
			hasNoun = true
		} else if !p.upper && p.lower != "and" {
			lower = true
		}
		j--
	}
	if !hasNoun {
		return ""
	}
	return joinTokens(s, toks[j:i])
}

// nameEndsAt reports a personal name of two to four words ending at toks[k].
func nameEndsAt(s string, toks []token, k int) bool {
	for f := k - 1; f >= 0 && f >= k-3; f-- {
		if nameAt(s, toks, f) == k-f+1 {
			return true
		}
	}
	return false
}

// roleOf reports an "of" at toks[k] inside a title, between a role noun
// and a capitalised word: "Secretary of State", "Minister of Defence",
// "Chief of Staff". "an aide of Mr Biden" has no capital role to go on.
func roleOf(s string, toks []token, k int) bool {
	if k < 1 || k+1 >= len(toks) {
		return false
	}
	p, n := &toks[k-1], &toks[k+1]
	if toks[k].lower == "for" {
		// "Minister for Finance", "Secretary of State for Health"
		return portfolioAt(s, toks, k+1)
	}
	return p.upper && isRoleWord(p.lower) && n.upper && honorific(n.lower) == "" &&
		adjacent(s, p, &toks[k]) && adjacent(s, &toks[k], n)
}

// roleApposed reads a title set off before a name by commas, as the
// Guardian writes them: "Portugal’s prime minister, Luís Montenegro, has",
// "Greek prime minister, Kyriakos Mitsotakis, says". The name must close
// with a comma too, or it may start a list ("the minister, Smith and Jones").
func roleApposed(s string, toks []token, i, n int) string {
	if i < 1 || i+n >= len(toks) || !isRoleWord(toks[i-1].lower) || toks[i-1].inQuote {
		return ""
	}
	if strings.TrimSpace(s[toks[i-1].end:toks[i].start]) != "," || strings.TrimSpace(s[toks[i+n-1].end:toks[i+n].start]) != "," {
		return ""
	}
	j := i - 1
	for j > 0 && i-j < 5 {
		p := &toks[j-1]
		if p.inQuote || p.poss || roleStops.has(p.lower) || !adjacent(s, p, &toks[j]) {
			break
		}
		j--
	}
	return joinTokens(s, toks[j:i])
}

func roleAfter(s string, toks []token, k int) string {
	if k >= len(toks) || strings.TrimSpace(s[toks[k-1].end:toks[k].start]) != "," {
		return ""
	}
	j := k
	hasNoun := false
	for j < len(toks) && j-k < 12 { // "chief UK and European economist at IHS Global Insight"
		if toks[j].inQuote {
			return ""
		}
		if isRoleWord(toks[j].lower) {
			hasNoun = true
		}
		gap := ""
		if j+1 < len(toks) {
			gap = strings.TrimSpace(s[toks[j].end:toks[j+1].start])
		} else {
			gap = strings.TrimSpace(s[toks[j].end:])
		}
		j++
		if gap == "," {
			if hasNoun {
				return joinTokens(s, toks[k:j])
			}
			return ""
		}
		if gap != "" {
			return ""
		}
	}
	return ""
}

func onlySpaces(s string) bool { return strings.TrimSpace(s) == "" }

// adjacent: two tokens separated by spaces only.
func adjacent(s string, a, b *token) bool {
	gap := s[a.end:b.start]
	if gap == ". " && len(a.lower) <= 4 && (roleNouns.has(a.lower) || honorific(a.lower) != "") {
		return true // "Gov. Bill Lee", "Sen. Mitch McConnell": an abbreviated title
	}
	return gap == " " || onlySpaces(gap)
}

func joinTokens(s string, ts []token) string {
	if len(ts) == 0 {
		return ""
	}
	return s[ts[0].start:ts[len(ts)-1].end]
}

func groupFor(role string) model.Group {
	l := strings.ToLower(role)
	for _, w := range commentatorNouns {
		if strings.Contains(l, w) {
			return model.GroupCommentator
		}
	}
	return model.GroupOfficial
}

// alias is one way of writing a person: lower-cased words.
type alias struct {
	words      []string
	possAt     int // the word written with 's, "the ministry's spokesman"; -1 none
	person     *person
	descriptor bool // a role description: matched in any case
	capital    bool // the first word must be capitalised in the text
}

// matcher finds people in token streams: longest alias first.
type matcher struct {
	byFirst map[string][]alias
	first   wordFilter // the keys of byFirst, asked first
}

func newMatcher(people []*person) *matcher {
	m := &matcher{byFirst: map[string][]alias{}}
	for _, p := range people {
		names := append([]string{p.Name}, p.Aliases...)
		if p.Short != "" {
			names = append(names, p.Short)
		}
		if p.Group == model.GroupSource {
			// a description as the page wrote it, "police" or "the joint
			// statement", matches in lower case: its display name's capital
			// is ours, not the page's
			names = []string{p.Short}
		}
		for _, n := range names {
			m.add(n, p, false)
		}
		for _, d := range p.descriptors {
			m.add(d, p, true)
		}
	}
	return m
}

func (m *matcher) add(text string, p *person, descriptor bool) {
	toks := tokenize(text, nil)
	if len(toks) == 0 {
		return
	}
	words := make([]string, len(toks))
	possAt := -1
	for i, t := range toks {
		words[i] = t.lower
		if t.poss && i < len(toks)-1 {
			possAt = i
		}
	}
	for _, a := range m.byFirst[words[0]] {
		if a.person == p && strings.Join(a.words, " ") == strings.Join(words, " ") {
			return
		}
	}
	m.first.add(words[0])
	m.byFirst[words[0]] = append(m.byFirst[words[0]], alias{words: words, possAt: possAt, person: p, descriptor: descriptor, capital: toks[0].upper})
}

// mention is a person found at tokens [from, to).
type mention struct {
	p        *person
	from, to int
	poss     bool
	inQuote  bool
}

func (m *matcher) find(s string, toks []token) []mention { return m.appendFind(nil, s, toks) }

// appendFind is find appending to dst.
func (m *matcher) appendFind(dst []mention, s string, toks []token) []mention {
	out := dst
	held := -1 // a role title just before, waiting for the name it titles
	var heldFor *person
	for i := 0; i < len(toks); {
		if !m.first.may(toks[i].lower) {
			i++
			held = -1
			continue
		}
		best := alias{}
		bestN := 0
		for _, a := range m.byFirst[toks[i].lower] {
			n := len(a.words)
			if n <= bestN || i+n > len(toks) || (a.capital && !a.descriptor && !toks[i].upper) {
				continue
			}
			ok := true
			for k := 1; k < n && ok; k++ {
				ok = toks[i+k].lower == a.words[k] && adjacent(s, &toks[i+k-1], &toks[i+k]) && (!toks[i+k-1].poss || a.possAt == k-1)
			}
			if ok {
				best, bestN = a, n
			}
		}
		if bestN == 0 {
			i++
			held = -1
			continue
		}
		last := toks[i+bestN-1]
		if j := i + bestN; best.descriptor && !last.poss && j < len(toks) && toks[j].upper && adjacent(s, &last, &toks[j]) && honorific(toks[j].lower) == "" {
			// "US President Joe Biden": a role before a name titles that
			// name; it is its holder only when the name is theirs too
			held, heldFor = i, best.person
			i = j
			continue
		}
		if n := len(out); n > len(dst) && out[n-1].p == best.person && out[n-1].to == i && !out[n-1].poss && adjacent(s, &toks[i-1], &toks[i]) {
			// "French President Emmanuel Macron": role and name are one mention
			out[n-1].to, out[n-1].poss = i+bestN, last.poss
		} else {
			from := i
			if held >= 0 && held < i && heldFor == best.person {
				from = held
			}
			out = append(out, mention{p: best.person, from: from, to: i + bestN, poss: last.poss, inQuote: toks[from].inQuote})
		}
		held = -1
		i += bestN
	}
	return out
}

// dashColon measures a dash that stands for a colon right after a name:
// " – ", " — ", " - ".
func dashColon(s string) int {
	for _, d := range []string{" – ", " — ", " - "} {
		if strings.HasPrefix(s, d) {
			return len(d)
		}
	}
	return 0
}
