package ui

import (
	"slices"
	"strings"

	"github.com/charmbracelet/glamour"
	"github.com/charmbracelet/x/ansi"
	"github.com/muesli/termenv"

	"briefing/model"
)

// mdCache renders an item's markdown once per width. The style and colour
// profile come from main through Options, so tests and NO_COLOR are both
// explicit and nothing here looks at the environment.
type mdCache struct {
	base []glamour.TermRendererOption
	rs   map[int]*glamour.TermRenderer
	out  map[mdKey][]string
}

type mdKey struct {
	id    string
	width int
}

func newMDCache(style string, profile termenv.Profile) *mdCache {
	if style == "" {
		style = "notty" // plain text is the safe default when main said nothing
	}
	return &mdCache{
		base: []glamour.TermRendererOption{glamour.WithStandardStyle(style), glamour.WithColorProfile(profile)},
		rs:   map[int]*glamour.TermRenderer{},
		out:  map[mdKey][]string{},
	}
}

// render returns the rendered lines of src, each at most width cells wide.
// The slice is shared through the cache: callers must not modify it.
func (c *mdCache) render(id, src string, width int) []string {
	width = max(width, 1)
	k := mdKey{id, width}
	if s, ok := c.out[k]; ok {
		return s
	}
	s := src
	r, ok := c.rs[width]
	if !ok {
		opts := append(slices.Clip(c.base), glamour.WithWordWrap(width)) // never alias c.base
		if nr, err := glamour.NewTermRenderer(opts...); err == nil {
			r, ok = nr, true
			c.rs[width] = nr
		}
	}
	if ok {
		if out, err := r.Render(src); err == nil {
			s = out
		}
	}
	lines := strings.Split(strings.Trim(s, "\n"), "\n")
	for i, l := range lines {
		// glamour pads every line to the wrap width; trailing blanks only
		// cost cells, and a word longer than the width must not overflow.
		l = strings.TrimRight(l, " ")
		if ansi.StringWidth(l) > width {
			l = ansi.Truncate(l, width, "…")
		}
		lines[i] = l
	}
	c.out[k] = lines
	return lines
}

// mdEscape makes source text literal markdown for the TUI's detail views:
// each line is escaped as a block start (see mdescape.go), so a title can
// never become a link, a heading, a list or HTML.
func mdEscape(s string) string { return mdText(s) }

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
