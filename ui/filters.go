package ui

import (
	"slices"
	"strings"

	"briefing/model"
)

// filterKind names one of the two filters a reader sets: the leaders (L,
// [ ]) and the search (/).
type filterKind int

const (
	filterNone filterKind = iota
	filterLeader
	filterSearch
)

// noteFilter remembers which filter the reader set last, so that x takes
// back the last thing they did (as lazygit's and newsboat's undo-like keys
// do) and leaves the other filter alone; X clears both.
func (m *Model) noteFilter(old, f model.Filter) {
	switch {
	case f.Text() != "" && f.Text() != old.Text():
		m.lastFilter = filterSearch
	case len(f.People) > 0 && !slices.Equal(f.People, old.People):
		m.lastFilter = filterLeader
	}
}

// clearLast clears the filter set most recently that is still set; with
// only one set, that one.
func (m *Model) clearLast() {
	f := m.filter
	hasLeader, hasSearch := len(f.People) > 0, f.Text() != ""
	switch {
	case hasSearch && (m.lastFilter == filterSearch || !hasLeader):
		f.Query = ""
		m.setFilter(f, clearedNote("search", m.sh.b, f))
	case hasLeader:
		f.People = nil
		m.setFilter(f, clearedNote("leader filter", m.sh.b, f))
	default:
		m.flash = flash{text: "no filter to clear"}
		return
	}
	// What stays is now the last filter set.
	m.lastFilter = filterNone
	if len(f.People) > 0 {
		m.lastFilter = filterLeader
	} else if f.Text() != "" {
		m.lastFilter = filterSearch
	}
}

// clearedNote says what x cleared and what is left, so the next x holds
// no surprise.
func clearedNote(what string, b *model.Briefing, left model.Filter) string {
	switch {
	case len(left.People) > 0:
		names := make([]string, 0, len(left.People))
		for _, id := range left.People {
			names = append(names, b.ShortName(id))
		}
		return what + " cleared · leader: " + strings.Join(names, ", ") + " stays (X clears all)"
	case left.Text() != "":
		return what + " cleared · search: " + left.Text() + " stays (X clears all)"
	}
	return what + " cleared"
}
