package ui

import "briefing/model"

// shared is what every pane reads and none of them changes: the briefing,
// the view the root computed from the filter and the Timeline's order, the
// key map, the styles, the glamour cache (whose contents do change, but
// only as a cache) and the fresh marks. The root owns it; what changes
// (a refresh, a new filter, a mark seen) goes into a new shared value, so
// that a Model copied before keeps what it had.
type shared struct {
	b           *model.Briefing
	view        model.View // b.Apply(filter), recomputed in Update only
	newestFirst bool       // the Timeline's order (o)
	keys        *keyMap    // keys and styles never change: pointers, so the
	styles      *Styles    // new shared value of each filter copies neither
	md          *mdCache
	fresh       map[string]bool // ids of the posts a refresh brought, not yet seen
	edited      map[string]bool // ids of the posts a refresh changed, not yet seen
}

// query is the search text every pane highlights.
func (sh *shared) query() string { return sh.view.Filter.Text() }
