package loader

import (
	"strings"

	"briefing/model"
)

// A definite description as the subject of a speech verb, "the Reform UK
// leader said", "The Chancellor said", "the top US diplomat said", is news
// prose telling again of someone the post has already named. It is that
// person when the post has named exactly one person so far, and their role,
// when the page gives one, has the description's noun; with more named, the
// one whose role has the noun, else the one the post's title names. With two people
// named, or a description that marks someone else ("the shadow
// chancellor", "the former president"), nobody can tell who it is.

// otherModifiers mark a description of someone other than the person
// named: "the shadow chancellor" is not the chancellor.
var otherModifiers = set("shadow", "former", "ex", "deputy", "acting", "opposition", "vice", "outgoing", "incoming", "new", "another", "other")

// demonyms are nouns for a person from a country (vocab/demonyms.txt):
// "the German said" after "Jurgen Klopp" tells of him again.
var demonyms = set(vocabLines("demonyms.txt")...)

// describedSubject reads a definite description ending with the role noun
// at toks[k], right before the verb at v. It reports whether there is one
// (then the description is the verb's subject) and whom it describes, nil
// when that cannot be told.
func (a *attributor) describedSubject(k, ta, v int) (*person, bool) {
	demonym := a.toks[k].upper && demonyms.has(a.toks[k].lower) && k > ta && a.toks[k-1].lower == "the"
	if !isRoleWord(a.toks[k].lower) && !demonym || !a.subjectAtVerb(k+1, v) {
		return nil, false
	}
	if k == ta && a.toks[k].upper && !vocabulary().bodies[a.toks[k].lower] && !demonym {
		// "Chancellor says 'austerity finally coming to an end'": a
		// headline's bare title, the one person the page named in it
		return a.describedWho(a.toks[k].lower, false)
	}
	the := -1
	for j := k - 1; j >= ta && j >= k-4; j-- {
		t := &a.toks[j]
		if t.inQuote || t.poss || a.at[j] >= 0 {
			return nil, false
		}
		if t.lower == "the" {
			the = j
			break
		}
		if roleStops.has(t.lower) || !adjacent(a.text, t, &a.toks[j+1]) {
			return nil, false
		}
	}
	if the < 0 || the > ta && a.at[the-1] >= 0 {
		return nil, false // no article, or an apposition: "Lammy, the foreign secretary, said"
	}
	if !adjacent(a.text, &a.toks[the], &a.toks[the+1]) {
		return nil, false
	}
	for j := the + 1; j < k; j++ {
		if otherModifiers.has(a.toks[j].lower) {
			return nil, true
		}
	}
	return a.describedWho(a.toks[k].lower, demonym)
}

// roleHolds reports a description's noun that a role is: a word of it
// ("the chancellor" of "Chancellor Rishi Sunak"), or the office the noun
// stands for in news prose ("the top US diplomat" of "US Secretary of
// State Antony Blinken").
func roleHolds(role, noun string) bool {
	r := " " + strings.ToLower(role) + " "
	if strings.Contains(r, " "+noun+" ") {
		return true
	}
	for _, office := range nounOffices[noun] {
		if strings.Contains(r, " "+office+" ") {
			return true
		}
	}
	return false
}

// nounOffices are the offices a description's noun stands for when the
// noun is not a word of the office's title.
var nounOffices = map[string][]string{
	"diplomat": {"secretary of state", "foreign secretary", "foreign minister", "minister of foreign affairs", "foreign affairs minister"},
}

// An indefinite description with a phrase after its noun, "a person
// responsible for handling the bodies said", "a man who lives nearby told
// reporters", "A senior adviser to Prime Minister Benjamin Netanyahu has
// said", is a source as written: the whole description, not a name inside
// it, and not its last noun. It must open its clause (after punctuation, a
// quote or at the start), so "police arrested a man who lives nearby" is no
// one's description, and it stops short of any speech verb.

// personNouns head such a description besides the role nouns
// (vocab/persons.txt).
var personNouns = set(vocabLines("persons.txt")...)

// postModifiers open the phrase after the description's noun.
var postModifiers = set("who", "responsible", "familiar", "close", "with", "to", "for", "of", "at", "from",
	"in", "on", "inside", "near", "based", "involved")

// maxDescription is the most words such a description may hold.
const maxDescription = 10

// longDescription reads an indefinite description with a phrase after its
// noun ending at toks[j], right before a speech verb. It returns the
// description as written, or "".
func longDescription(s string, toks []token, j int) string {
	for b := j - 2; b >= 0 && j-b < maxDescription; b-- {
		t := &toks[b+1]
		if t.inQuote || !adjacent(s, &toks[b], t) || speechVerbs.has(t.lower) {
			return ""
		}
		if w := toks[b].lower; w != "a" && w != "an" || toks[b].inQuote {
			continue
		}
		if b > 0 && adjacent(s, &toks[b-1], &toks[b]) && !toks[b-1].inQuote {
			return "" // inside a clause: "police arrested a man who ..."
		}
		for h := b + 1; h < j && h <= b+3; h++ {
			n := &toks[h]
			if n.poss || !(isRoleWord(n.lower) || personNouns.has(n.lower)) {
				continue
			}
			next := toks[h+1].lower
			if postModifiers.has(next) || strings.HasSuffix(next, "ing") && !speechVerbs.has(next) && !toks[h+1].upper {
				if namesSomeone(s, toks, h+1, j+1) {
					return "" // "an aide to President Biden": whose words, a reader may mistake
				}
				return s[toks[b].start:toks[j].end]
			}
		}
		return ""
	}
	return ""
}

// namesSomeone reports a capitalised run in toks[from:to] that may be a
// person's name: one that is not wholly words no name is made of ("the
// Kremlin") and does not end with a body's noun ("the Foreign Ministry").
// A description holding someone's name ("A senior adviser to Prime
// Minister Benjamin Netanyahu") is told as nobody's rather than risk the
// name for the speaker.
func namesSomeone(s string, toks []token, from, to int) bool {
	for k := from; k < to; k++ {
		if !toks[k].upper {
			continue
		}
		e, stop := k, true
		for ; e < to && toks[e].upper && (e == k || adjacent(s, &toks[e-1], &toks[e])); e++ {
			stop = stop && (stopName.has(toks[e].lower) || isRoleWord(toks[e].lower))
		}
		if !stop && !vocabulary().bodies[toks[e-1].lower] {
			return true
		}
		k = e - 1
	}
	return false
}

// describedWho is whom a description with the role noun names: the one
// person the post has named, else the one whose role it is, else the one
// the post's title names.
func (a *attributor) describedWho(noun string, demonym bool) (*person, bool) {
	var who, titled, holds *person
	many, manyTitled, manyHold := false, false, false
	for id := range a.seen {
		p := a.byID[id]
		if p == nil || p.Group == model.GroupSource {
			continue
		}
		if who != nil && who != p {
			many = true
		}
		who = p
		if a.inTitle[id] {
			manyTitled = manyTitled || titled != nil
			titled = p
		}
		if p.Role != "" && roleHolds(p.Role, noun) {
			manyHold = manyHold || holds != nil
			holds = p
		}
	}
	switch {
	case who == nil:
		return nil, true
	case !many:
	case holds != nil && !manyHold:
		// "Nicola Sturgeon, Scottish National Party leader" and George
		// Osborne, then "the SNP leader said": the one whose role it is
		return holds, true
	case titled != nil && !manyTitled:
		// the post's headline names whom it is about: "Strachan
		// disappointed ...", then "The Scotland manager said"
		who = titled
	default:
		return nil, true
	}
	if who.Role != "" && !roleHolds(who.Role, noun) && !demonym {
		return nil, true // "Prime Minister Rishi Sunak", then "the chancellor said"
	}
	return who, true // a nationality is no role: "Liverpool manager Jurgen Klopp", then "the German said"
}

// A body told again by the noun of what it is, "the agency said", "The
// statement says", names no one by itself: it is the one body the post
// has named ("US Customs and Border Protection", "The Pacific Tsunami
// Warning Center says"). When the post names none or several, the noun is
// all the reader is told: the source stays as written.

// bodyAnaphors are the nouns that tell of a body again without naming it.
var bodyAnaphors = set("agency", "statement", "company", "firm", "group", "organisation", "organization",
	"department", "service", "body", "centre", "center", "report", "magazine", "newspaper", "paper",
	"broadcaster", "network", "outlet", "website", "release", "readout")

// anaphoricBody reports a source that is only such a noun: "Agency".
func anaphoricBody(p *person) bool {
	return p.Group == model.GroupSource && !strings.Contains(p.Name, " ") && bodyAnaphors.has(strings.ToLower(p.Name))
}

// bodySeen is the one body other than p the post has named, nil when
// there is none or more than one.
func (a *attributor) bodySeen(p *person) *person {
	var who *person
	for id := range a.seen {
		q := a.byID[id]
		if q == nil || q == p || q.Group != model.GroupSource || anaphoricBody(q) {
			continue
		}
		if who != nil {
			return nil
		}
		who = q
	}
	return who
}
