package mdterm

import (
	"slices"
	"strings"

	"github.com/muesli/termenv"
)

// The theme names --style accepts (glamour's standard style names, so a
// GLAMOUR_STYLE set for glow means the same here). Auto is no theme: main
// resolves it to Dark or Light by the terminal's background.
const (
	Auto       = "auto"
	Dark       = "dark"
	Light      = "light"
	NoTTY      = "notty"
	ASCII      = "ascii"
	Dracula    = "dracula"
	TokyoNight = "tokyo-night"
	Pink       = "pink"
)

// Style is how a run of text looks: colours (an ANSI number "0".."255" or
// "#rrggbb"; "" leaves the terminal's) and attributes. Styles nest by
// overlay: an inner colour replaces an outer one, attributes add up.
type Style struct {
	FG, BG                                          string
	Bold, Faint, Italic, Underline, Reverse, Strike bool
}

func (s Style) over(in Style) Style {
	if in.FG != "" {
		s.FG = in.FG
	}
	if in.BG != "" {
		s.BG = in.BG
	}
	s.Bold = s.Bold || in.Bold
	s.Faint = s.Faint || in.Faint
	s.Italic = s.Italic || in.Italic
	s.Underline = s.Underline || in.Underline
	s.Reverse = s.Reverse || in.Reverse
	s.Strike = s.Strike || in.Strike
	return s
}

// sgr is the sequence that sets s from the default rendition, "" when s
// changes nothing or the profile shows nothing (Ascii).
func (s Style) sgr(p termenv.Profile) string {
	if p == termenv.Ascii {
		return ""
	}
	var parts []string
	for _, a := range []struct {
		on   bool
		code string
	}{{s.Bold, "1"}, {s.Faint, "2"}, {s.Italic, "3"}, {s.Underline, "4"}, {s.Reverse, "7"}, {s.Strike, "9"}} {
		if a.on {
			parts = append(parts, a.code)
		}
	}
	if s.FG != "" {
		if seq := p.Color(s.FG).Sequence(false); seq != "" {
			parts = append(parts, seq)
		}
	}
	if s.BG != "" {
		if seq := p.Color(s.BG).Sequence(true); seq != "" {
			parts = append(parts, seq)
		}
	}
	if len(parts) == 0 {
		return ""
	}
	return "\x1b[" + strings.Join(parts, ";") + "m"
}

// Theme is a look for the whole document.
type Theme struct {
	// Background is the terminal background the colours are made for,
	// "dark" or "light"; "" when the theme has no colours.
	Background string

	Text      Style // every run, under the others
	Title     Style // a first-level heading: the item's title
	TitlePad  bool  // the title is drawn with a cell of its background either side
	Heading   Style // the other headings
	Emph      Style
	Strong    Style
	Code      Style // a code span
	CodeBlock Style // a fenced or indented code block
	LinkText  Style // a link's text
	URL       Style // the address written after a link's text
	Quote     Style // the text of a block quote
	Bar       Style // a block quote's bar
	Marker    Style // a list item's bullet or number
	Rule      Style // a thematic break

	BarGlyph    string // one cell wide
	BulletGlyph string // one cell wide
	RuleGlyph   string // one cell wide, repeated
}

// withoutColour is t with every colour dropped and every attribute kept:
// NO_COLOR forbids colour, not emphasis.
func (t Theme) withoutColour() Theme {
	for _, s := range []*Style{&t.Text, &t.Title, &t.Heading, &t.Emph, &t.Strong, &t.Code, &t.CodeBlock,
		&t.LinkText, &t.URL, &t.Quote, &t.Bar, &t.Marker, &t.Rule} {
		s.FG, s.BG = "", ""
	}
	if t.TitlePad { // the title stood out by its background: underline it instead
		t.TitlePad, t.Title.Underline = false, true
	}
	t.Background = ""
	return t
}

// attrOnly is the look of the themes without colour: attributes alone
// keep headings, links and quotes apart.
var attrOnly = Theme{
	Title:       Style{Bold: true, Underline: true},
	Heading:     Style{Bold: true},
	Emph:        Style{Italic: true},
	Strong:      Style{Bold: true},
	LinkText:    Style{Underline: true},
	URL:         Style{Faint: true},
	BarGlyph:    "▏",
	BulletGlyph: "•",
	RuleGlyph:   "─",
}

// themes are the built-in themes. The colours of dark, light, dracula,
// tokyo-night and pink are glamour's for the same names.
var themes = map[string]Theme{
	Dark: {
		Background: "dark",
		Text:       Style{FG: "252"},
		Title:      Style{FG: "228", BG: "63", Bold: true}, TitlePad: true,
		Heading:   Style{FG: "39", Bold: true},
		Emph:      Style{Italic: true},
		Strong:    Style{Bold: true},
		Code:      Style{FG: "203", BG: "236"},
		CodeBlock: Style{FG: "244"},
		LinkText:  Style{FG: "35", Bold: true},
		URL:       Style{FG: "30", Underline: true},
		Bar:       Style{FG: "240"},
		Rule:      Style{FG: "240"},
		BarGlyph:  "▏", BulletGlyph: "•", RuleGlyph: "─",
	},
	Light: {
		Background: "light",
		Text:       Style{FG: "234"},
		Title:      Style{FG: "228", BG: "63", Bold: true}, TitlePad: true,
		Heading:   Style{FG: "27", Bold: true},
		Emph:      Style{Italic: true},
		Strong:    Style{Bold: true},
		Code:      Style{FG: "203", BG: "254"},
		CodeBlock: Style{FG: "242"},
		LinkText:  Style{FG: "29", Bold: true},
		URL:       Style{FG: "36", Underline: true},
		Bar:       Style{FG: "249"},
		Rule:      Style{FG: "249"},
		BarGlyph:  "▏", BulletGlyph: "•", RuleGlyph: "─",
	},
	Dracula: {
		Background: "dark",
		Text:       Style{FG: "#f8f8f2"},
		Title:      Style{FG: "#bd93f9", Bold: true, Underline: true},
		Heading:    Style{FG: "#bd93f9", Bold: true},
		Emph:       Style{FG: "#f1fa8c", Italic: true},
		Strong:     Style{FG: "#ffb86c", Bold: true},
		Code:       Style{FG: "#50fa7b"},
		CodeBlock:  Style{FG: "#ffb86c"},
		LinkText:   Style{FG: "#ff79c6"},
		URL:        Style{FG: "#8be9fd", Underline: true},
		Quote:      Style{FG: "#f1fa8c", Italic: true},
		Bar:        Style{FG: "#6272a4"},
		Marker:     Style{FG: "#8be9fd"},
		Rule:       Style{FG: "#6272a4"},
		BarGlyph:   "▏", BulletGlyph: "•", RuleGlyph: "─",
	},
	TokyoNight: {
		Background: "dark",
		Text:       Style{FG: "#a9b1d6"},
		Title:      Style{FG: "#bb9af7", Bold: true, Underline: true},
		Heading:    Style{FG: "#bb9af7", Bold: true},
		Emph:       Style{Italic: true},
		Strong:     Style{Bold: true},
		Code:       Style{FG: "#9ece6a"},
		CodeBlock:  Style{FG: "#ff9e64"},
		LinkText:   Style{FG: "#2ac3de"},
		URL:        Style{FG: "#7aa2f7", Underline: true},
		Bar:        Style{FG: "#565f89"},
		Marker:     Style{FG: "#7aa2f7"},
		Rule:       Style{FG: "#565f89"},
		BarGlyph:   "▏", BulletGlyph: "•", RuleGlyph: "─",
	},
	Pink: {
		Background: "dark",
		Title:      Style{FG: "212", Bold: true, Underline: true},
		Heading:    Style{FG: "212", Bold: true},
		Emph:       Style{Italic: true},
		Strong:     Style{Bold: true},
		Code:       Style{FG: "212", BG: "236"},
		LinkText:   Style{Bold: true},
		URL:        Style{FG: "99", Underline: true},
		Bar:        Style{FG: "212"},
		Marker:     Style{FG: "212"},
		Rule:       Style{FG: "212"},
		BarGlyph:   "▏", BulletGlyph: "•", RuleGlyph: "─",
	},
	NoTTY: attrOnly,
	ASCII: asciiOnly(attrOnly),
}

// asciiOnly is t drawn with ASCII glyphs alone.
func asciiOnly(t Theme) Theme {
	t.BarGlyph, t.BulletGlyph, t.RuleGlyph = "|", "*", "-"
	return t
}

// Lookup is the built-in theme of that name.
func Lookup(name string) (Theme, bool) {
	t, ok := themes[name]
	return t, ok
}

// Names are the built-in themes' names, sorted; Auto is not one.
func Names() []string {
	names := make([]string, 0, len(themes))
	for n := range themes {
		names = append(names, n)
	}
	slices.Sort(names)
	return names
}
