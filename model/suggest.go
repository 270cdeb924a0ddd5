package model

import (
	"slices"
	"strings"
)

// suggestions is how many names Suggest offers: enough to hold the fix for
// a typo, few enough for one line of an error message.
const suggestions = 5

// Suggest names the people whose names are nearest to what was typed, by
// their short names, closest first (ties in the briefing's order), so an
// unknown --leader's error message carries the fix.
func (b *Briefing) Suggest(typed string) []string {
	typed = strings.ToLower(strings.Join(strings.Fields(typed), " "))
	type cand struct {
		name string
		dist int
	}
	cands := make([]cand, 0, len(b.People))
	for i := range b.People {
		p := &b.People[i]
		d := -1
		for _, name := range p.Names() {
			if k := editDistance(typed, strings.ToLower(name)); d < 0 || k < d {
				d = k
			}
		}
		cands = append(cands, cand{p.ShortName(), d})
	}
	slices.SortStableFunc(cands, func(x, y cand) int { return x.dist - y.dist })
	out := []string{}
	for _, c := range cands[:min(suggestions, len(cands))] {
		out = append(out, c.name)
	}
	return out
}

// editDistance is the Levenshtein distance over runes.
func editDistance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(rb)]
}
