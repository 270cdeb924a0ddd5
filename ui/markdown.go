package ui

import (
	"strings"

	"github.com/muesli/termenv"

	"briefing/model"
	"briefing/ui/mdterm"
)

// mdCache renders an item's markdown once per width. The style and colour
// profile come from main through Options, so tests and NO_COLOR are both
// explicit and nothing here looks at the environment.
type mdCache struct {
	r   *mdterm.Renderer
	out map[mdKey]mdterm.Page
}

type mdKey struct {
	id    string
	width int
}

// newMDCache renders in the named style (mdterm's themes; "" or an unknown
// name is the plain notty) with profile's sequences; noColor keeps the
// style's attributes and drops its colours.
func newMDCache(style string, profile termenv.Profile, noColor bool) *mdCache {
	return &mdCache{r: mdterm.New(style, profile, noColor), out: map[mdKey]mdterm.Page{}}
}

// keep is a cache with the same renderer and only the entries whose id
// keep accepts.
func (c *mdCache) keep(keep func(id string) bool) *mdCache {
	out := make(map[mdKey]mdterm.Page, len(c.out))
	for k, v := range c.out {
		if keep(k.id) {
			out[k] = v
		}
	}
	return &mdCache{r: c.r, out: out}
}

// render returns src rendered at width: its lines, each at most width
// cells wide, and where each line's text starts. The page is shared
// through the cache: callers must not modify it.
func (c *mdCache) render(id, src string, width int) mdterm.Page {
	width = max(width, 1)
	k := mdKey{id, width}
	if p, ok := c.out[k]; ok {
		return p
	}
	p := c.r.Render(sameWidth(src), width)
	c.out[k] = p
	return p
}

// plain drops control characters and bidi overrides. The loader already
// cleans all text; this keeps the ui from being the place an escape
// sequence gets through should a Briefing come from anywhere else.
func plain(s string) string {
	clean := true
	for _, r := range s {
		if model.IsControl(r) {
			clean = false
			break
		}
	}
	if clean {
		return s
	}
	return strings.Map(func(r rune) rune {
		if model.IsControl(r) {
			return -1
		}
		return r
	}, s)
}
