package ui

import (
	"strconv"
	"testing"

	"github.com/charmbracelet/bubbles/list"
	"github.com/muesli/termenv"
)

// largestDoc is the longest document the detail renders for the built-in
// briefing: every row of the three panes, and each person's statements.
func largestDoc(tb testing.TB) (id, src string) {
	tb.Helper()
	m := press(New(loadSeed(tb), testOptions()), size(120, 40))
	var rows []list.Item
	for _, k := range []string{"1", "2", "3"} {
		m = press(m, runes(k))
		rows = append(rows, m.activeBrowser().list.Items()...)
	}
	for _, it := range rows {
		if r, ok := it.(row); ok {
			if i, s := docOf(m.sh, r); len(s) > len(src) {
				id, src = i, s
			}
		}
	}
	if src == "" {
		tb.Fatal("no document")
	}
	return id, src
}

// BenchmarkRenderLargest renders the built-in briefing's largest detail
// document, in colour, at two widths: cold is a new cache (what the first
// item at a new width costs), warm a cache that keeps what it built for
// the width but not the rendered lines (what the next item costs).
func BenchmarkRenderLargest(b *testing.B) {
	id, src := largestDoc(b)
	b.Logf("largest: %s, %d bytes", id, len(src))
	for _, w := range []int{60, 100} {
		b.Run("cold/"+strconv.Itoa(w), func(b *testing.B) {
			for b.Loop() {
				newMDCache("dark", termenv.TrueColor).render(id, src, w)
			}
		})
		b.Run("warm/"+strconv.Itoa(w), func(b *testing.B) {
			c := newMDCache("dark", termenv.TrueColor)
			c.render(id, src, w)
			for b.Loop() {
				c.keep(func(string) bool { return false }).render(id, src, w)
			}
		})
	}
}
