package model

import "strings"

// Group orders people in the Leaders pane.
type Group string

const (
	GroupLeader      Group = "leader"
	GroupOfficial    Group = "official"
	GroupCommentator Group = "commentator"
	// GroupSource is a speaker known only by a description: "a Downing
	// Street spokesman", "British Transport Police", "the Kremlin".
	GroupSource Group = "source"
)

// Rank orders groups: leaders first.
func (g Group) Rank() int {
	switch g {
	case GroupLeader:
		return 0
	case GroupOfficial:
		return 1
	case GroupSource:
		return 3
	default:
		return 2
	}
}

// Person is one speaker or named person. Spelling variants are aliases of
// one Person: Zelensky and Zelenskyy are the same man.
type Person struct {
	ID      string
	Name    string   // full display name: "Friedrich Merz"
	Short   string   // the name a status bar uses: "Merz"
	Role    string   // "German Chancellor"
	Group   Group    // leader, official or commentator
	Aliases []string // every other way the text writes the name
}

// ShortName is the name a status bar or a filter line uses: the short
// name, else the full one.
func (p *Person) ShortName() string {
	if p.Short != "" {
		return p.Short
	}
	return p.Name
}

// ShortName is the short name of the person with this id, or the id itself
// when the briefing knows nobody by it.
func (b *Briefing) ShortName(id string) string {
	if p, ok := b.Person(id); ok {
		return p.ShortName()
	}
	return id
}

// Names is the display name, the short name and every alias.
func (p *Person) Names() []string {
	out := []string{p.Name}
	if p.Short != "" && p.Short != p.Name {
		out = append(out, p.Short)
	}
	return append(out, p.Aliases...)
}

// Matches reports whether name is one of the person's names or the id,
// compared case-insensitively.
func (p *Person) Matches(name string) bool {
	name = strings.TrimSpace(name)
	if strings.EqualFold(name, p.ID) {
		return true
	}
	for _, n := range p.Names() {
		if strings.EqualFold(n, name) {
			return true
		}
	}
	return false
}

// FindPerson resolves a name the way a user types it (any alias, any case).
func (b *Briefing) FindPerson(name string) (*Person, bool) {
	key := lower(strings.Join(strings.Fields(name), " "))
	if id, ok := b.ix().byAlias[key]; ok {
		return b.Person(id)
	}
	for i := range b.People {
		if b.People[i].Matches(name) {
			return &b.People[i], true
		}
	}
	return nil, false
}
