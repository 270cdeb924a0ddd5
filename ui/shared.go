package ui

import "briefing/model"

// shared is what every pane reads and none of them changes: the briefing,
// the view the root computed from the filter and the Timeline's order, the
// key map, the styles, the markdown cache (whose contents do change, but
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
	freshHidden int             // how many of fresh the view leaves out (the filter hides them)
}

// setMarks sets the marks and counts the new posts the view hides, once
// here rather than on every frame the status bar is drawn.
func (sh *shared) setMarks(fresh, edited map[string]bool) {
	sh.fresh, sh.edited = fresh, edited
	sh.countHidden()
}

// countHidden counts the new posts the current view leaves out; the marks
// or the view changing calls it.
func (sh *shared) countHidden() {
	shown := 0
	for _, p := range sh.view.Posts {
		if sh.fresh[p.ID] {
			shown++
		}
	}
	sh.freshHidden = len(sh.fresh) - shown
}

// query is the search text every pane highlights.
func (sh *shared) query() string { return sh.view.Filter.Text() }
