package loader

import (
	"slices"
	"strings"
	"sync"

	"briefing/internal/par"
	"briefing/model"
)

// The people pass, the first of the analysis: who the page names, before
// the quote pass asks who said what.

// findPeople is the people pass: the reference list, then everyone the
// text names with a title, a speech verb or a colon, or as the subject of
// a post where a pronoun speaks. The units are read in parallel.
func findPeople(units []textUnit, refs []*person) []*person {
	refMatch := newMatcher(refs)
	titled := map[string]*found{}
	honor := map[string]string{}
	unnamed := map[string]bool{} // surnames that speak where no full name has them
	spoke := map[string]int{}    // how often each surname speaks alone
	par.Chunks(len(units), chunkUnits, func() *attributor { return newAttributor(nil, nil) },
		func(a *attributor, lo, hi int) titledNames {
			t := titledNames{found: map[string]*found{}, honor: map[string]string{}, unnamed: map[string]bool{}, spoke: map[string]int{}}
			// The unit's blocks are tokenized once, into one buffer: the
			// surname look below reads the blocks the name look read.
			var arena []token
			var spans [][2]int // per block, its tokens in arena; from > to when not read
			for _, u := range units[lo:hi] {
				subjects := pronounSpeaks(u.body)
				lines := firstNameLines(u.body)
				lone := map[string]bool{}
				arena, spans = arena[:0], spans[:0]
				if maySign(u.title) {
					// a signature line a shape reader took for the title
					a.scan(u.title)
					if name, role, ok := signatureLine(u.title, a.toks); ok {
						if f, seen := t.found[name]; !seen || len(role) > len(f.role) {
							t.found[name] = &found{name: name, role: role}
						}
					}
				}
				for _, bl := range u.body {
					r := nameRules{speakers: subjects || lines || maySpeak(bl.Text) || mayReport(bl.Text), subjects: subjects, lone: lone, loneN: t.spoke}
					if !r.speakers && !mayTitle(bl.Text) && !maySign(bl.Text) {
						spans = append(spans, [2]int{1, 0})
						continue
					}
					from := len(arena)
					arena = a.appendScan(arena, bl.Text)
					spans = append(spans, [2]int{from, len(arena)})
					findTitled(bl.Text, arena[from:], t.found, t.honor, r)
					if name, role, ok := signatureLine(bl.Text, arena[from:]); ok {
						if f, seen := t.found[name]; !seen || len(role) > len(f.role) {
							t.found[name] = &found{name: name, role: role}
						}
					}
				}
				if len(lone) == 0 {
					continue
				}
				full := map[string]string{}
				for i, bl := range u.body {
					if !holdsAny(bl.Text, lone) { // only blocks naming a surname are read again
						continue
					}
					if sp := spans[i]; sp[0] <= sp[1] {
						surnamed(bl.Text, arena[sp[0]:sp[1]], lone, full)
					} else {
						a.scan(bl.Text)
						surnamed(bl.Text, a.toks, lone, full)
					}
				}
				for _, name := range full {
					if _, ok := t.found[name]; name != "" && !ok {
						t.found[name] = &found{name: name}
					}
				}
				for sur := range lone {
					if _, ok := full[sur]; !ok {
						t.unnamed[sur] = true
					}
				}
			}
			return t
		},
		func(t titledNames) {
			// the first of the longest roles stands; the last honorific
			for name, f := range t.found {
				if g, ok := titled[name]; !ok || len(f.role) > len(g.role) {
					titled[name] = f
				}
			}
			for k, v := range t.honor {
				honor[k] = v
			}
			for k := range t.unnamed {
				unnamed[k] = true
			}
			for k, n := range t.spoke {
				spoke[k] += n
			}
		})
	// A surname that speaks in a post that never gives it in full ("…,"
	// Martin said) is the one full name with it on the whole page: live
	// pages name a person in full once, often above the first post.
	// A surname a leader of the reference list or a name found already
	// bears needs no search: the matcher knows it.
	for sur := range unnamed {
		if len(refMatch.find(sur, tokenize(sur, nil))) > 0 || refSurname(refs, sur) {
			delete(unnamed, sur)
			continue
		}
		for name := range titled {
			if strings.HasSuffix(name, " "+sur) {
				delete(unnamed, sur)
				break
			}
		}
	}
	if len(unnamed) > 0 {
		full := pageFullNames(units, unnamed)
		for _, name := range sortedKeys(full) {
			if n := full[name]; n != "" {
				if _, ok := titled[n]; !ok {
					titled[n] = &found{name: n}
				}
			}
		}
		// one the page never names in full but who speaks twice or more
		// ("…,” Pecker recounted", "…,” Pecker testified") is a person by
		// that name; once could be anything written with a capital
		for _, sur := range sortedKeys(unnamed) {
			if _, named := full[sur]; !named && spoke[sur] >= 2 {
				if _, ok := titled[sur]; !ok {
					titled[sur] = &found{name: sur}
				}
			}
		}
	}
	dropSignatures(units, titled)
	people := slices.Clone(refs)
	taken := map[string]bool{}
	for _, p := range refs {
		taken[p.ID] = true
	}
	// "Mr Blinken said" names the man "Antony Blinken" is elsewhere: a
	// name made of an honorific and a surname someone else bears is theirs
	surnames := map[string]bool{}
	for _, p := range refs {
		surnames[strings.ToLower(p.Short)] = true
	}
	for name := range titled {
		if f := strings.Fields(name); len(f) > 1 && honorific(strings.ToLower(f[0])) == "" {
			surnames[strings.ToLower(f[len(f)-1])] = true
		}
	}
	for _, name := range sortedKeys(titled) {
		f := titled[name]
		toks := tokenize(name, nil)
		if ms := refMatch.find(name, toks); len(ms) > 0 {
			continue // a leader written with a title: already known
		}
		if w := strings.Fields(name); len(w) == 2 && honorific(strings.ToLower(w[0])) != "" && surnames[strings.ToLower(w[1])] {
			continue
		}
		id := model.Slug(name)
		if taken[id] || id == "" {
			continue
		}
		taken[id] = true
		if f.source {
			// a description, not a name: no surname, never he or she
			people = append(people, &person{
				Person:  model.Person{ID: id, Name: upperFirst(name), Short: name, Group: model.GroupSource},
				pronoun: "it",
			})
			continue
		}
		surname := toks[len(toks)-1].text(name)
		pron := honor[surname]
		if pron == "" {
			pron = honor[name]
		}
		if pron == "" && len(toks) > 1 {
			pron = firstNamePronoun(toks[0].lower) // "Nicola Sturgeon" is "she"
		}
		if vocabulary().bodies[strings.ToLower(surname)] || f.role != "" && vocabulary().bodies[strings.ToLower(lastWord(f.role))] && !personsRole(f.role) {
			pron = "it" // a body: never "he" or "she"
		}
		people = append(people, &person{
			Person:  model.Person{ID: id, Name: name, Short: surname, Role: roleTitle(f.role), Group: groupFor(f.role), Aliases: []string{surname}},
			pronoun: pron,
		})
	}
	return people
}

// lastWord is the last space-separated word of s.
func lastWord(s string) string { return s[strings.LastIndexByte(s, ' ')+1:] }

// holdsAny reports a text with one of the words in it, by substring: a
// cheap look before tokenizing it again.
func holdsAny(text string, words map[string]bool) bool {
	for w := range words {
		if strings.Contains(text, w) {
			return true
		}
	}
	return false
}

// pageFullNames finds, across every unit of the page, the full name each
// surname belongs to ("Micheál Martin" for "Martin"); "" when two full
// names share it. Only blocks holding a surname are read.
func pageFullNames(units []textUnit, surnames map[string]bool) map[string]string {
	full := map[string]string{}
	var toks []token
	var qs []quote
	lc := newLowerCache() // words repeat: lower-case each once
	read := func(text string) {
		if holdsAny(text, surnames) {
			qs = appendSingleQuotes(appendQuotes(qs[:0], text), text)
			toks = appendTokens(toks[:0], text, qs, lc)
			surnamed(text, toks, surnames, full)
		}
	}
	for _, u := range units {
		read(u.title)
		for _, bl := range u.body {
			read(bl.Text)
		}
	}
	return full
}

// personsRole reports a role that is an office someone holds, whatever
// body it ends with: "the outgoing president of the European commission".
func personsRole(role string) bool {
	w := strings.Fields(strings.ToLower(role))
	for _, x := range w[:max(0, len(w)-1)] {
		if isRoleWord(strings.Trim(x, ",")) {
			return true
		}
	}
	return false
}

// refSurname reports a reference leader whose name ends with sur: "Leyen"
// of "Ursula von der Leyen".
func refSurname(refs []*person, sur string) bool {
	for _, p := range refs {
		if strings.HasSuffix(p.Name, " "+sur) {
			return true
		}
	}
	return false
}

// firstNamePronouns tell "he" from "she" by a first name (vocab/first_names.txt).
var firstNamePronouns = sync.OnceValue(func() map[string]string {
	m := map[string]string{}
	for _, l := range vocabLines("first_names.txt") {
		name, g, ok := strings.Cut(l, " ")
		if !ok {
			continue
		}
		switch g {
		case "f":
			m[name] = "she"
		case "m":
			m[name] = "he"
		}
	}
	return m
})

// firstNamePronoun is "he" or "she" for a first name the list knows, else "".
func firstNamePronoun(first string) string { return firstNamePronouns()[first] }

// minSigned is how many blocks a writer's initials open before they are
// the page's signature, not a party's or a speaker's.
const minSigned = 3

// dropSignatures drops initials found as a speaker ("PH: “Our nation is
// at war ...” Obama") that open minSigned blocks or more of prose: The
// Spectator's writers sign each post "PH:" and "JGF:". A party's initials
// open its quotes ("WP: “…”"), not prose.
func dropSignatures(units []textUnit, titled map[string]*found) {
	for name := range titled {
		if len(name) > 4 || !acronym(name) {
			continue
		}
		n := 0
		for _, u := range units {
			for _, bl := range u.body {
				rest, ok := strings.CutPrefix(bl.Text, name+":")
				if r := firstRune(strings.TrimSpace(rest)); ok && !isOpenMark(r) && r != '“' {
					n++ // "PH: Plenty of security concerns ...": prose, a writer's
				}
			}
		}
		if n >= minSigned {
			delete(titled, name)
		}
	}
}

// reportWords are the speech verbs reported speech is mostly told with.
var reportWords = set("said", "says", "told", "tells", "added", "adds", "warned", "warns",
	"announced", "insisted", "confirmed", "claimed", "stated", "explained", "urged", "tweeted", "wrote")

// mayReport reports a block without quote marks where a name may speak in
// reported speech ("Jane Smith said on Tuesday the count would be
// close"), so that a later "she said" in the post can be her: one of
// reportWords with a capitalised word right before or after it. Reading
// every block for names costs the 10,000-post page a third more, so the
// words are looked for first, in one pass over the bytes.
func mayReport(text string) bool {
	for i := 0; i < len(text); i++ {
		if text[i] != ' ' || i+1 >= len(text) || text[i+1] < 'a' || text[i+1] > 'z' {
			continue
		}
		j := i + 1
		for j < len(text) && 'a' <= text[j] && text[j] <= 'z' {
			j++
		}
		if j-i-1 >= 4 && reportWords.has(text[i+1:j]) && (capitalBefore(text, i) || capitalAfter(text, j)) {
			return true // "Jane Smith said", "said Jane Smith"
		}
		i = j - 1
	}
	return false
}

// capitalBefore reports a capitalised word ending right before text[i].
func capitalBefore(text string, i int) bool {
	j := strings.LastIndexByte(text[:i], ' ') + 1
	return j < i && 'A' <= text[j] && text[j] <= 'Z'
}

// capitalAfter reports a capitalised word starting a space after text[i].
func capitalAfter(text string, i int) bool {
	return i+1 < len(text) && text[i] == ' ' && 'A' <= text[i+1] && text[i+1] <= 'Z'
}
