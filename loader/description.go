package loader

import (
	"strings"

	"briefing/model"
)

// A definite description as the subject of a speech verb, "the Reform UK
// leader said", "The Chancellor said", "the top US diplomat said", is news
// prose telling again of someone the post has already named. It is that
// person when the post has named exactly one person so far, and their role,
// when the page gives one, has the description's noun. With two people
// named, or a description that marks someone else ("the shadow
// chancellor", "the former president"), nobody can tell who it is.

// otherModifiers mark a description of someone other than the person
// named: "the shadow chancellor" is not the chancellor.
var otherModifiers = set("shadow", "former", "ex", "deputy", "acting", "opposition", "vice", "outgoing", "incoming", "new", "another", "other")

// describedSubject reads a definite description ending with the role noun
// at toks[k], right before the verb at v. It reports whether there is one
// (then the description is the verb's subject) and whom it describes, nil
// when that cannot be told.
func (a *attributor) describedSubject(k, ta, v int) (*person, bool) {
	if !isRoleWord(a.toks[k].lower) || !a.subjectAtVerb(k+1, v) {
		return nil, false
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
	var who *person
	for id := range a.seen {
		p := a.byID[id]
		if p == nil || p.Group == model.GroupSource {
			continue
		}
		if who != nil && who != p {
			return nil, true
		}
		who = p
	}
	if who == nil {
		return nil, true
	}
	if who.Role != "" && !strings.Contains(" "+strings.ToLower(who.Role)+" ", " "+a.toks[k].lower+" ") {
		return nil, true // "Prime Minister Rishi Sunak", then "the chancellor said"
	}
	return who, true
}
