package ui

import "briefing/model"

// shared is what every pane reads and nobody mutates after New: the
// briefing, the key map, the styles and the glamour cache (whose contents
// do change, but only as a cache).
type shared struct {
	b      *model.Briefing
	keys   keyMap
	styles Styles
	md     *mdCache
	fresh  map[string]bool // ids of the posts a refresh brought, not yet seen
}
