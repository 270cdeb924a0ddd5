package loader

import (
	"strings"

	"briefing/model"
)

// A name after a preposition is an object ("handing the flag to
// Zelensky", "a call with Macron"), never the subject of a speech verb that
// follows it in the sentence: "The soldier was seen handing the flag to
// Zelensky, saying it was a gift "to our brothers"" quotes the soldier.
// "by" is left out (the agent of a passive speaks: "hailed by Trump,
// saying"), and so is "according to" (a source, read on its own).

var objectPrepositions = set("to", "from", "with", "for", "at", "of", "in", "on", "about",
	"against", "toward", "towards", "into", "than", "over", "onto", "alongside", "beside", "behind")

// objectOfPreposition reports that the name starting at token from, with
// the title written right before it ("to President Zelensky"), stands
// after a preposition.
func (a *attributor) objectOfPreposition(from, ta int) bool {
	f := from
	for f > ta && f > from-3 && a.toks[f-1].upper && adjacent(a.text, &a.toks[f-1], &a.toks[f]) {
		f--
	}
	if f-1 < ta {
		return false
	}
	p := &a.toks[f-1]
	if p.inQuote || !objectPrepositions.has(p.lower) || !adjacent(a.text, p, &a.toks[f]) {
		return false
	}
	return !(p.lower == "to" && f-2 >= ta && a.toks[f-2].lower == "according")
}

// subjectAtVerb reports a name that is the subject of the verb at v all
// the same: only auxiliaries, or "who" and auxiliaries, stand between its
// end and the verb ("with Trump remarking", "to Zelensky, who said").
func (a *attributor) subjectAtVerb(end, v int) bool {
	k := end
	if k < v && a.toks[k].lower == "who" {
		k++
	}
	for ; k < v; k++ {
		if !auxiliaries.has(a.toks[k].lower) {
			return false
		}
	}
	return true
}

// A participle after a comma, "..., saying", belongs to its clause's
// subject, not to the object the comma follows: "it also criticised the
// Enterprise Stabilisation Fund, saying it 'would do little'" is the
// association's, and "Zelensky thanked Trump, saying" is Zelensky's. The
// subject is the first person or pronoun of the sentence that is neither
// a possessive nor the object of a preposition.

// participleAfterComma reports "..., saying" at v.
// A participle after "by" is the clause's too: "Chris Wallace, on Fox
// News, reacted to Trump's speech by saying:".
func (a *attributor) participleAfterComma(v, ta int) bool {
	t := &a.toks[v]
	if v <= ta || !strings.HasSuffix(t.lower, "ing") {
		return false
	}
	return strings.Contains(a.text[a.toks[v-1].end:t.start], ",") || a.toks[v-1].lower == "by"
}

// clauseSubject reads the sentence from its start for the subject of the
// participle at v.
func (a *attributor) clauseSubject(u *unit, ac act, v, ta int, earlier []act) act {
	start := ta
	if ta < v && introPrepositions.has(a.toks[ta].lower) {
		// "At the inquest into the death of Lee Ridgway, Coroner Alison
		// Mutch criticised ..., saying": the subject follows the phrase
		for k := ta + 1; k < v; k++ {
			if strings.Contains(a.text[a.toks[k-1].end:a.toks[k].start], ",") {
				start = k
				break
			}
		}
	}
	role := a.describedOpening(start, v)
	for k := start; k < v; k++ {
		t := &a.toks[k]
		if t.inQuote {
			continue
		}
		if i := a.at[k]; i >= 0 {
			m := a.ms[i]
			if role >= 0 && m.from > role+1 && !strings.Contains(a.text[a.toks[m.from-1].end:a.toks[m.from].start], ",") {
				// "The secretary-general of the Labor party is calling for
				// chairman Avi Gabbay to resign ..., saying": the one
				// described speaks, not the one named after a verb
				return ac
			}
			if m.poss || a.objectOfPreposition(m.from, ta) {
				k = m.to - 1
				continue
			}
			ac.subject, ac.named, ac.subjAt = m.p, true, m.from
			ac.by, ac.nby = a.conjoined(m, ta)
			return ac
		}
		switch t.lower {
		case "he", "she":
			ac.subject, ac.subjAt = a.resolve(u, t.lower, k, earlier), k
			return ac
		case "it", "they", "i", "we":
			return ac
		}
	}
	return ac
}

// describedOpening is the index of the role noun of a description that
// opens a clause at start, "The secretary-general of the Labor party",
// "A spokesman", before anyone is named; -1 when none.
func (a *attributor) describedOpening(start, v int) int {
	if start >= v {
		return -1
	}
	if w := a.toks[start].lower; w != "the" && w != "a" && w != "an" {
		return -1
	}
	for k := start + 1; k < v && k <= start+3; k++ {
		t := &a.toks[k]
		if t.inQuote || a.at[k] >= 0 {
			return -1
		}
		if isRoleWord(t.lower) && !t.upper {
			return k
		}
	}
	return -1
}

// objectBeforeAnd reports a name that is the object of a verb and is
// followed by "and" and the speech verb at v: in "Health minister Stephen
// Donnelly met Taoiseach Micheál Martin and said", Martin is who was met;
// who said is the subject of "met", further back.
func (a *attributor) objectBeforeAnd(from, to, v, ta int) bool {
	k := to
	if k < v && objectTrail.has(a.toks[k].lower) && !a.toks[k].inQuote {
		// "congratulated Boris Johnson on his “great win” and said": a
		// short phrase about the object may stand before "and"
		for j := k + 1; j < v && j <= k+8; j++ {
			if a.at[j] >= 0 {
				break
			}
			if a.toks[j].lower == "and" && !a.toks[j].inQuote {
				k = j
				break
			}
		}
	}
	if k >= v || a.toks[k].lower != "and" || a.toks[k].inQuote {
		return false
	}
	for k++; k < v; k++ {
		if !auxiliaries.has(a.toks[k].lower) {
			return false
		}
	}
	f := from
	for f > ta && f > from-3 && a.toks[f-1].upper && adjacent(a.text, &a.toks[f-1], &a.toks[f]) {
		f-- // the object's title: "Taoiseach"
	}
	if f-1 < ta {
		return false
	}
	p := &a.toks[f-1]
	// a lower-case word before it is a verb or a preposition it is the
	// object of ("met the Taoiseach", "spoke with Zelensky"); "and" joins
	// it to a subject instead: "Merz and Macron and said" is no sentence
	return !p.inQuote && !p.upper && adjacent(a.text, p, &a.toks[f]) && p.lower != "and" && p.lower != "or"
}

// objectTrail are the prepositions that open a phrase about a verb's
// object: "congratulated X on his win", "thanked X for the help".
var objectTrail = set("on", "for", "over", "about", "after")

// unknownHolder is apposedHolder's answer for an apposition after a name
// the page does not know as a person: the subject is that name, nobody the
// reader knows, and never the body inside the apposition.
const unknownHolder = -2

// apposedHolder finds the name an apposition describes when the mention
// [from, to) sits inside it, right before the verb: in "Jose Manuel
// Barroso, the outgoing president of the European commission, said", the
// commission is part of what Barroso is; he says. It returns the index of
// that name's mention, or -1.
func (a *attributor) apposedHolder(from, to, v, ta int) int {
	comma := func(k int) bool { return k > 0 && strings.Contains(a.text[a.toks[k-1].end:a.toks[k].start], ",") }
	if to <= v && !comma(to) && comma(from) {
		// "Dr Anish Shah, President, FICCI said": a name, the role, then
		// the body it is held at, with no comma before the verb
		for c := from - 1; c > ta && c > from-5; c-- {
			if !a.toks[c].upper && !isRoleWord(a.toks[c].lower) || a.toks[c].inQuote {
				break
			}
			if !comma(c) {
				continue
			}
			if !a.roleWithin(c, from) {
				break
			}
			if i := a.at[c-1]; i >= 0 && !a.ms[i].poss && !a.ms[i].inQuote && a.ms[i].p.Group != model.GroupSource {
				return i
			}
			if a.toks[c-1].upper && !a.toks[c-1].inQuote {
				return unknownHolder
			}
			break
		}
	}
	if to > v || !comma(to) {
		return -1
	}
	for k := to; k < v; k++ {
		if k > to && !auxiliaries.has(a.toks[k].lower) {
			return -1
		}
	}
	for c := from; c > ta && c > from-10; c-- {
		if !comma(c) {
			continue
		}
		if w := a.toks[c].lower; w != "the" && w != "a" && w != "an" && !isRoleWord(w) && !a.toks[c].upper && !a.roleWithin(c, from) {
			return -1 // "Andy Bates, local policing commander for Greater Glasgow, told"
		}
		if i := a.at[c-1]; i >= 0 && !a.ms[i].poss && !a.ms[i].inQuote && a.ms[i].p.Group != model.GroupSource {
			return i
		}
		if a.toks[c-1].upper && !a.toks[c-1].inQuote && !a.toks[c].upper && c < from {
			return unknownHolder // "Jonathan Sudaria, a dealer at Capital Spreads, said": not the firm
		}
		return -1
	}
	return -1
}

// introPrepositions open a sentence's introductory phrase: "At the
// inquest, ...", "After the vote, ...".
var introPrepositions = set("at", "in", "after", "during", "before", "following", "on", "amid", "despite", "with", "speaking", "asked", "writing", "addressing")

// roleWithin reports a role noun among the tokens [from, to).
func (a *attributor) roleWithin(from, to int) bool {
	for k := from; k < to; k++ {
		if isRoleWord(a.toks[k].lower) {
			return true
		}
	}
	return false
}
