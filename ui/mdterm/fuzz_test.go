package mdterm

import (
	"testing"

	"github.com/charmbracelet/x/ansi"
	"github.com/muesli/termenv"
)

// FuzzRender renders any text at any width from 1 to 200: it never
// panics, no line is wider than the width, the output is valid UTF-8, and
// its only escape sequences are the theme's SGR.
func FuzzRender(f *testing.F) {
	for _, s := range append(append([]string{}, widthInputs...), hostile...) {
		f.Add(s, 40)
	}
	f.Add("# "+widthInputs[4], 3)
	f.Add("> - > 1. `x`", 1)
	dark := New(Dark, termenv.TrueColor, false)
	plain := New(NoTTY, termenv.ANSI, true)
	f.Fuzz(func(t *testing.T, src string, width int) {
		width = 1 + (width%200+200)%200
		for _, r := range []*Renderer{dark, plain} {
			lines := r.Render(src, width).Lines
			for _, l := range lines {
				if w := ansi.StringWidth(l); w > width {
					t.Fatalf("width %d: a line of %d cells: %q", width, w, l)
				}
			}
			checkOutput(t, "fuzz", lines)
		}
	})
}
