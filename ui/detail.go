package ui

import (
	"strings"
	"unicode"

	"github.com/charmbracelet/bubbles/viewport"
	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/ansi"
)

// detail is the right-hand side: an item's markdown rendered (mdterm) in
// a viewport, with the search matches or a quote highlighted. It re-renders
// only when the item, width or highlight changes.
type detail struct {
	vp    viewport.Model
	shown detailKey
	lines []string // what vp shows: rendered lines, highlights applied
	first int      // first highlighted line, -1 when none
	hits  []int    // the line each highlighted match starts on
	stale bool     // the briefing changed: render again even for the same key
}

type detailKey struct {
	id, hi  string
	width   int
	isQuote bool
}

func newDetail() detail {
	return detail{vp: viewport.New(0, 0), first: -1}
}

func (d *detail) setSize(w, h int) {
	d.vp.Width, d.vp.Height = max(0, w), max(0, h)
}

// show puts an item in the viewport. hi is the search query (highlight
// every occurrence) or, with isQuote, a quote to highlight and scroll to.
// The scroll position is kept when only the highlight or width changes.
func (d *detail) show(c *mdCache, st *Styles, id, src, hi string, isQuote bool) {
	k := detailKey{id: id, hi: hi, width: d.vp.Width, isQuote: isQuote}
	if (k == d.shown && !d.stale) || d.vp.Width <= 0 {
		return
	}
	// the briefing changed under the same item (a refresh): it stays where
	// the reader scrolled it, as far as it still reaches
	reread := d.stale && k == d.shown
	d.stale = false
	sameItem := k.id == d.shown.id
	d.shown = k
	page := c.render(id, src, d.vp.Width)
	d.lines, d.hits = highlightLines(page.Lines, page.Text, hi, isQuote, st.Match)
	d.first = -1
	if len(d.hits) > 0 {
		d.first = d.hits[0]
	}
	y := d.vp.YOffset
	d.vp.SetContent(strings.Join(d.lines, "\n"))
	switch {
	case reread:
		d.vp.SetYOffset(y)
	case d.first >= 0 && (!sameItem || isQuote):
		d.showHit(0)
	case !sameItem:
		d.vp.GotoTop()
	}
}

// showHit scrolls to the i-th highlighted match. From the top when the
// match is on the first screen, so the item's heading stays in view;
// otherwise with a little context above it.
func (d *detail) showHit(i int) {
	if i < 0 || i >= len(d.hits) {
		return
	}
	if l := d.hits[i]; l < d.vp.Height-1 {
		d.vp.GotoTop()
	} else {
		d.vp.SetYOffset(max(0, l-2))
	}
}

func (d detail) view() string { return d.vp.View() }

// highlightLines marks hi in rendered lines. It searches the text with the
// styling stripped and whitespace ignored, so a quote wrapped over several
// lines is still found, then re-styles the matched cells with ansi.Cut; it
// never matches on escape codes. text[i] is where line i's text starts
// (nil: at 0): the margin, a quote's bar and a list's bullet before it are
// not text, so a quote wrapped inside a block quote is found too. With
// once, only the first occurrence is marked (a jumped-to quote); otherwise
// every one (search).
func highlightLines(lines []string, text []int, hi string, once bool, st lipgloss.Style) ([]string, []int) {
	needle := foldNoSpace(hi)
	if len(needle) == 0 {
		return lines, nil
	}
	// flat holds every non-space rune of the plain text, folded, with where
	// it came from (line, cell column, cell width).
	type at struct{ line, col, w int }
	var flat []rune
	var pos []at
	for li, l := range lines {
		col, from := 0, 0
		if li < len(text) {
			from = text[li]
		}
		for _, g := range ansi.Strip(l) {
			w := ansi.StringWidth(string(g))
			if col >= from && !unicode.IsSpace(g) && g != '\u200b' { // sameWidth's cluster breaks are not text
				flat = append(flat, unicode.ToLower(g))
				pos = append(pos, at{li, col, w})
			}
			col += w
		}
	}
	type span struct{ from, to int }
	marks := map[int][]span{}
	var hits []int
	for i := 0; i+len(needle) <= len(flat); {
		if !runesEqual(flat[i:i+len(needle)], needle) {
			i++
			continue
		}
		hits = append(hits, pos[i].line)
		// on each line the match crosses, from its first matched cell to
		// the end of its last
		for k := i; k < i+len(needle); k++ {
			p := pos[k]
			if k == i || p.line != pos[k-1].line {
				marks[p.line] = append(marks[p.line], span{p.col, p.col + p.w})
				continue
			}
			sp := marks[p.line]
			sp[len(sp)-1].to = p.col + p.w
		}
		if once {
			break
		}
		i += len(needle)
	}
	if len(hits) == 0 {
		return lines, nil
	}
	out := make([]string, len(lines))
	copy(out, lines)
	for li, spans := range marks {
		l, done := lines[li], 0
		var sb strings.Builder
		for _, s := range spans {
			if s.from < done {
				continue
			}
			sb.WriteString(ansi.Cut(l, done, s.from))
			sb.WriteString(st.Render(ansi.Strip(ansi.Cut(l, s.from, s.to))))
			done = s.to
		}
		sb.WriteString(ansi.Cut(l, done, ansi.StringWidth(l)))
		out[li] = sb.String()
	}
	return out, hits
}

func foldNoSpace(s string) []rune {
	var out []rune
	for _, r := range s {
		if !unicode.IsSpace(r) {
			out = append(out, unicode.ToLower(r))
		}
	}
	return out
}

func runesEqual(a, b []rune) bool {
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}
