package model

import (
	"slices"
	"strings"
)

// Filter is what a reader narrows the briefing to: a set of people and a
// text query. The zero Filter shows everything.
type Filter struct {
	People []string // person ids, in the order they were chosen
	Query  string   // case-insensitive substring; blank means none
}

// Text is the query as a reader sees it: without control characters or
// blanks around it; "" when there is no text filter. Text and Needle are
// the query's one normalisation: Apply, the ui and the export all use them.
func (f Filter) Text() string { return strings.TrimSpace(StripControls(f.Query)) }

// Needle is the query as a search compares it: Text in lower case, as the
// index folds the briefing's text.
func (f Filter) Needle() string { return lower(f.Text()) }

// Empty reports whether the filter shows everything.
func (f Filter) Empty() bool { return len(f.People) == 0 && f.Text() == "" }

// Has reports whether a person is in the filter.
func (f Filter) Has(id string) bool { return slices.Contains(f.People, id) }

// Toggle adds or removes a person, keeping the order of choice.
func (f Filter) Toggle(id string) Filter {
	if i := slices.Index(f.People, id); i >= 0 {
		f.People = slices.Delete(slices.Clone(f.People), i, i+1)
		return f
	}
	f.People = append(slices.Clip(f.People), id)
	return f
}

// View is what every pane shows for one Filter. Slices point into the
// Briefing; nothing is copied but the selection.
type View struct {
	Filter     Filter
	Summary    []string     // summary bullets (those matching the query)
	Posts      []*Post      // oldest first
	People     []*Person    // leaders first, then by statement count
	Statements []*Statement // briefing order
	Options    []OptionView // analyst's order
	Counts     map[string]int
	TotalPosts int
}

// OptionView is an option with the mentions that pass the filter.
type OptionView struct {
	*Option
	Mentions []Mention
}

// Apply narrows the briefing. People narrow every pane: posts that quote or
// mention them, only them in Leaders, only their mentions in Guarantees.
// The query keeps items whose text contains it.
func (b *Briefing) Apply(f Filter) View {
	// A query typed at the TUI's prompt or passed by a caller enters the
	// view (the JSON's filter.query, the export's filter line) as it is;
	// it gets the loader's guarantee here too.
	f.Query = StripControls(f.Query)
	ix := b.ix()
	q := f.Needle()
	who := make(map[string]bool, len(f.People))
	for _, id := range f.People {
		who[id] = true
	}
	v := View{Filter: f, TotalPosts: len(b.Posts), Counts: map[string]int{}}

	if len(who) == 0 || b.summaryQuotes(who) {
		for i, s := range b.Summary {
			if q == "" || strings.Contains(ix.summary[i], q) {
				v.Summary = append(v.Summary, s)
			}
		}
	}

	var hit []bool
	if q != "" {
		hit = containsEach(ix.postText(), q)
	}
	for i := range b.Posts {
		p := &b.Posts[i]
		if len(who) > 0 && !p.MentionsAny(who) && !b.quotesAny(p.ID, who) {
			continue
		}
		if q != "" && !hit[i] {
			continue
		}
		v.Posts = append(v.Posts, p)
	}

	for i := range b.Statements {
		s := &b.Statements[i]
		if len(who) > 0 && !who[s.Speaker] {
			continue
		}
		if q != "" && !strings.Contains(ix.stmtText[i], q) {
			continue
		}
		v.Statements = append(v.Statements, s)
		v.Counts[s.Speaker]++
	}

	for i := range b.People {
		p := &b.People[i]
		if len(who) > 0 && !who[p.ID] {
			continue
		}
		if q != "" && v.Counts[p.ID] == 0 && !personMatches(p, q) {
			continue
		}
		v.People = append(v.People, p)
	}

	for i := range b.Options {
		o := &b.Options[i]
		ov := OptionView{Option: o}
		named := q != "" && strings.Contains(ix.optText[i], q) // the option itself matches
		for k, m := range o.Mentions {
			if len(who) > 0 && !who[m.Speaker] {
				continue
			}
			if q != "" && !named && !strings.Contains(ix.mentText[i][k], q) {
				continue
			}
			ov.Mentions = append(ov.Mentions, m)
		}
		keep := true
		if len(who) > 0 && len(ov.Mentions) == 0 && !b.namesAny(ix.optText[i], who) {
			keep = false // the rule of every pane: what they said or are named in
		}
		if q != "" && len(ov.Mentions) == 0 && !named {
			keep = false
		}
		if keep {
			v.Options = append(v.Options, ov)
		}
	}
	return v
}

func (b *Briefing) quotesAny(postID string, who map[string]bool) bool {
	for _, i := range b.ix().citing(postID) {
		if who[b.Statements[i].Speaker] {
			return true
		}
	}
	return false
}

// summaryQuotes keeps the summary under a people filter when one of the
// people is quoted or named in it.
func (b *Briefing) summaryQuotes(who map[string]bool) bool {
	if b.SummaryPost == "" {
		return false
	}
	if b.quotesAny(b.SummaryPost, who) {
		return true
	}
	for id := range who {
		p, ok := b.Person(id)
		if !ok {
			continue
		}
		for _, s := range b.idx.summary {
			for _, n := range p.Names() {
				if strings.Contains(s, lower(n)) {
					return true
				}
			}
		}
	}
	return false
}

// namesAny reports whether lower-cased text names one of the people by any
// of their names.
func (b *Briefing) namesAny(text string, who map[string]bool) bool {
	for id := range who {
		p, ok := b.Person(id)
		if !ok {
			continue
		}
		for _, n := range p.Names() {
			if n != "" && strings.Contains(text, lower(n)) {
				return true
			}
		}
	}
	return false
}

func personMatches(p *Person, q string) bool {
	if strings.Contains(lower(p.Role), q) {
		return true
	}
	for _, n := range p.Names() {
		if strings.Contains(lower(n), q) {
			return true
		}
	}
	return false
}
