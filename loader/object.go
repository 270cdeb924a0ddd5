package loader

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
