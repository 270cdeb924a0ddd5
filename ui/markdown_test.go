package ui

import (
	"io"
	"regexp"
	"strconv"
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/ansi"
	"github.com/muesli/termenv"
)

type seedDoc struct{ id, src string }

// seedDocs are the documents the detail renders for the built-in
// briefing: every row of the three panes, and every statement.
func seedDocs(tb testing.TB) []seedDoc {
	tb.Helper()
	m := press(New(loadSeed(tb), testOptions()), size(120, 40))
	var docs []seedDoc
	add := func(r row) {
		id, src := docOf(m.sh, r)
		docs = append(docs, seedDoc{id, src})
	}
	for _, k := range []string{"1", "2", "3"} {
		m = press(m, runes(k))
		for _, it := range m.activeBrowser().list.Items() {
			add(it.(row))
		}
	}
	for i := range m.sh.b.Statements {
		add(statementItem{s: &m.sh.b.Statements[i]})
	}
	return docs
}

// Every item of the built-in briefing, at every detail width from 40 to
// 200, is wrapped once: within a paragraph, a list item or a quote, no
// line ends where the next line's first word would still have fitted
// (the ragged "and" alone under a full line that glamour's double wrap
// left).
func TestDetailNoRaggedLines(t *testing.T) {
	docs := seedDocs(t)
	for _, style := range []string{"notty", "dark"} {
		c := newMDCache(style, termenv.Ascii, false)
		for w := 40; w <= 200; w++ {
			for _, d := range docs {
				p := c.render(d.id, d.src, w)
				for j := 0; j+1 < len(p.Lines); j++ {
					cur := strings.TrimRight(ansi.Strip(p.Lines[j]), " ")
					next := ansi.Strip(p.Lines[j+1])
					at := p.Text[j+1]
					if cur == "" || next == "" || at != p.Text[j] || strings.Trim(ansi.Cut(next, 0, at), " ▏") != "" {
						continue // not the same block: a new item, a new paragraph
					}
					limit := w - 2 // the right margin
					if style == "dark" && at == 3 {
						limit-- // a title's line ends with a cell of its background
					}
					words := strings.Fields(ansi.Cut(next, at, w))
					if len(words) > 0 && ansi.StringWidth(cur)+1+ansi.StringWidth(words[0]) <= limit {
						t.Fatalf("%s, %d columns, %s: %q ends early; %q would fit:\n%s", style, w, d.id, cur, words[0], strings.Join(p.Lines, "\n"))
					}
				}
			}
		}
	}
}

var sgrSeq = regexp.MustCompile(`\x1b\[([0-9;]*)m`)

// NO_COLOR on a terminal: the detail has no colour, but its heading is
// bold and the search hits are reversed.
func TestNoColorDetail(t *testing.T) {
	r := lipgloss.NewRenderer(io.Discard)
	r.SetColorProfile(termenv.ANSI) // what main sets under NO_COLOR
	opts := testOptions()
	opts.Style, opts.Profile, opts.NoColor, opts.Renderer = "dark", termenv.ANSI, true, r
	m := press(New(loadSeed(t), opts), size(120, 40), runes("/"))
	m = press(m, append(typed("ceasefire"), special(tea.KeyEnter))...)
	view := m.View()
	bold, reverse := false, false
	for _, sm := range sgrSeq.FindAllStringSubmatch(view, -1) {
		for _, p := range strings.Split(sm[1], ";") {
			n, _ := strconv.Atoi(p)
			switch {
			case n == 1:
				bold = true
			case n == 7:
				reverse = true
			case n >= 30 && n <= 38, n >= 40 && n <= 48, n >= 90 && n <= 107:
				t.Fatalf("NO_COLOR: colour SGR %q in the view", sm[0])
			}
		}
	}
	if !bold || !reverse {
		t.Fatalf("NO_COLOR: bold %v, reverse %v; want both:\n%q", bold, reverse, view)
	}
	title := selectedTitle(m)
	for _, l := range strings.Split(view, "\n") {
		if strings.Contains(ansi.Strip(l), title) && strings.Contains(l, "│") && !strings.Contains(l[strings.Index(l, "│"):], "\x1b[1") {
			t.Errorf("NO_COLOR: the detail's heading is not bold: %q", l)
		}
	}
}

// A quote wrapped inside a block quote is found across its lines: the bar
// before each line is decoration, not text, and is not marked.
func TestHighlightAcrossQuoteLines(t *testing.T) {
	c := newMDCache("notty", termenv.Ascii, false)
	p := c.render("q", "> “agreed that Russia would accept security guarantees for Ukraine”", 30)
	if len(p.Lines) < 3 {
		t.Fatalf("the quote did not wrap: %q", p.Lines)
	}
	st := newStyles(colourRenderer(), false)
	out, hits := highlightLines(p.Lines, p.Text, "accept security guarantees for", true, st.Match)
	if len(hits) != 1 {
		t.Fatalf("hits %v in %q", hits, p.Lines)
	}
	for i, l := range out {
		if l != p.Lines[i] && !strings.HasPrefix(l, "  ▏ ") {
			t.Errorf("line %d marked outside its text: %q", i, l)
		}
	}
}
