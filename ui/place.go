package ui

import (
	"strings"

	"briefing/model"
)

// place is where the reader is in one list, by row key: the row selected
// and the row drawn first, or that the window is at the top. Keys survive
// a re-read (MergeBriefing keeps every post's id), indices do not: a post
// the page gained above them shifts every row below.
type place struct {
	sel, top string
	atTop    bool
}

func (br *browser) place() place {
	p := place{atTop: br.list.offset == 0}
	if r := br.selected(); r != nil {
		p.sel = r.key()
	}
	if items := br.list.Items(); br.list.offset < len(items) {
		if r, ok := items[br.list.offset].(row); ok {
			p.top = r.key()
		}
	}
	return p
}

// restore puts the list back at p: the same row selected and, while the
// selection stays in view, the same row at the top of the window, so the
// rows on screen do not move when new ones come in above them. A window
// at the top stays at the top, where a live page's newest posts come in
// (as tail -f shows the newest lines).
func (br *browser) restore(p place) {
	if p.sel != "" {
		br.selectKey(p.sel)
	}
	for i, it := range br.list.Items() {
		if p.atTop {
			br.list.offset = 0
			break
		}
		if r, ok := it.(row); ok && r.key() == p.top {
			br.list.offset = i
			break
		}
	}
	br.list.follow()
}

// replace puts b under the panes and keeps the reader's place in every
// list (the selection and the window by key), the pane, the filter, a
// drill-down whose person survives and each open detail with its scroll.
// md is the markdown cache to go on with: what b changed must not be in it.
func (m Model) replace(b *model.Briefing, md *mdCache) Model {
	places := make([]place, 0, 4)
	for _, br := range m.browsers() {
		places = append(places, br.place())
	}
	sh := *m.sh // a new shared value: the old model's copies keep theirs
	sh.b, sh.md = b, md
	m.sh = &sh
	for _, br := range m.browsers() {
		br.reread() // render again, keeping the scroll when the item stays
	}
	m.applyFilter()
	for i, br := range m.browsers() {
		br.restore(places[i])
	}
	m.syncActive()
	return m
}

// refreshed is the markdown cache after a refresh: a post's markdown is
// the post's alone, so an unedited post's stays; everything else (a
// person's statements, an option's mentions, the summary) may have
// changed and is rendered again when shown.
func refreshed(c *mdCache, edited []string) *mdCache {
	gone := make(map[string]bool, len(edited))
	for _, id := range edited {
		gone[postItem{&model.Post{ID: id}}.key()] = true
	}
	return c.keep(func(id string) bool { return strings.HasPrefix(id, "post:") && !gone[id] })
}
