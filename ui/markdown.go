package ui

import (
	"slices"
	"strings"

	"github.com/charmbracelet/glamour"
	"github.com/charmbracelet/glamour/ansi"
	"github.com/charmbracelet/glamour/styles"
	xansi "github.com/charmbracelet/x/ansi"
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
		base: []glamour.TermRendererOption{styleOption(style), glamour.WithColorProfile(profile)},
		rs:   map[int]*glamour.TermRenderer{},
		out:  map[mdKey][]string{},
	}
}

// styleOption is the standard style, adjusted where glamour measures it
// wrong. A block quote's bar "│ " is two cells but glamour counts the
// indent as one, so every quoted line came out a cell too wide and was
// wrapped a second time ("takes" alone under a full line); a one-cell bar
// fits the width the pane has. Unknown names go to glamour as they are.
func styleOption(name string) glamour.TermRendererOption {
	cfg, ok := styles.DefaultStyles[name]
	if !ok {
		return glamour.WithStandardStyle(name)
	}
	c := *cfg // the table is shared: change a copy, and only whole fields
	bar := "▏"
	if name == styles.AsciiStyle {
		bar = "|"
	}
	c.BlockQuote.IndentToken = &bar
	// A heading shows as a heading (bold, coloured), not as "## In context".
	for _, h := range []*ansi.StyleBlock{&c.H2, &c.H3, &c.H4, &c.H5, &c.H6} {
		if name != styles.NoTTYStyle && name != styles.AsciiStyle {
			h.Prefix = ""
		}
	}
	return glamour.WithStyles(c)
}

// keep is a cache with the same renderers (making one costs more than a
// frame) and only the entries whose id keep accepts.
func (c *mdCache) keep(keep func(id string) bool) *mdCache {
	out := make(map[mdKey][]string, len(c.out))
	for k, v := range c.out {
		if keep(k.id) {
			out[k] = v
		}
	}
	return &mdCache{base: c.base, rs: c.rs, out: out}
}

// render returns the rendered lines of src, each at most width cells wide.
// The slice is shared through the cache: callers must not modify it.
func (c *mdCache) render(id, src string, width int) []string {
	width = max(width, 1)
	k := mdKey{id, width}
	if s, ok := c.out[k]; ok {
		return s
	}
	src = sameWidth(keepHyphens(src))
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
		if xansi.StringWidth(l) > width {
			l = xansi.Truncate(l, width, "…")
		}
		lines[i] = l
	}
	c.out[k] = lines
	return lines
}

// keepHyphens turns each hyphen that is text, not markup, into a
// non-breaking one. glamour's word wrap (reflow) breaks after a hyphen but
// does not count it, so each one ("Vice-President", "talks - Trump") made
// its line a cell too wide and the line was wrapped a second time: "and"
// alone under a full line. The glyph looks the same; the highlighter folds
// it back to '-'. A hyphen that starts a line (a list item, a rule) or
// follows a backslash or another hyphen is markup and stays.
func keepHyphens(s string) string {
	if !strings.Contains(s, "-") {
		return s
	}
	var sb strings.Builder
	sb.Grow(len(s) + 16)
	text, prev := false, rune(0) // text: a non-space rune seen on this line
	rs := []rune(s)
	for i, r := range rs {
		switch {
		case r == '\n':
			text = false
		case r == '-' && text && prev != '-' && prev != '\\' && (i+1 == len(rs) || rs[i+1] != '-'):
			r = nbHyphen
		case r != ' ':
			text = true
		}
		sb.WriteRune(r)
		prev = rs[i]
	}
	return sb.String()
}

const nbHyphen = '\u2011'

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
