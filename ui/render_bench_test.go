package ui

import (
	"strconv"
	"testing"

	"github.com/muesli/termenv"
)

// largestDoc is the longest document the detail renders for the built-in
// briefing.
func largestDoc(tb testing.TB) (id, src string) {
	tb.Helper()
	for _, d := range seedDocs(tb) {
		if len(d.src) > len(src) {
			id, src = d.id, d.src
		}
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
				newMDCache("dark", termenv.TrueColor, false).render(id, src, w)
			}
		})
		b.Run("warm/"+strconv.Itoa(w), func(b *testing.B) {
			c := newMDCache("dark", termenv.TrueColor, false)
			c.render(id, src, w)
			for b.Loop() {
				c.keep(func(string) bool { return false }).render(id, src, w)
			}
		})
	}
}
