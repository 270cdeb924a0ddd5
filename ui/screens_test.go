package ui

import (
	"fmt"
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/golden"
)

var goldenSizes = [][2]int{{120, 40}, {90, 30}, {80, 24}, {60, 20}}

// TestScreens records View() of every screen on the built-in briefing at
// the sizes around the 90-column breakpoint. Regenerate with -update.
func TestScreens(t *testing.T) {
	b := loadSeed(t)
	screens := []struct {
		name string
		keys []tea.Msg
	}{
		{"timeline", nil},
		{"timeline_post", []tea.Msg{runes("j"), special(tea.KeyEnter)}},
		{"leaders", []tea.Msg{runes("2")}},
		{"leaders_statements", []tea.Msg{runes("2"), special(tea.KeyEnter)}},
		{"guarantees", []tea.Msg{runes("3")}},
		{"help", []tea.Msg{runes("?")}},
		{"picker", append([]tea.Msg{runes("L")}, typed("me")...)},
		{"search", append(append([]tea.Msg{runes("/")}, typed("ceasefire")...), special(tea.KeyEnter))},
	}
	for _, sz := range goldenSizes {
		for _, sc := range screens {
			t.Run(fmt.Sprintf("%s_%dx%d", sc.name, sz[0], sz[1]), func(t *testing.T) {
				m := press(New(b, testOptions()), append([]tea.Msg{size(sz[0], sz[1])}, sc.keys...)...)
				v := m.View()
				assertFits(t, v, sz[0], sz[1])
				golden.RequireEqual(t, v)
			})
		}
	}
}

func TestTooSmall(t *testing.T) {
	m := press(New(tinyBriefing(), testOptions()), size(39, 9))
	v := m.View()
	if !strings.Contains(strings.ReplaceAll(v, "\n", ""), "too small") {
		t.Fatalf("39x9 does not say too small:\n%s", v)
	}
	golden.RequireEqual(t, v)
}

// TestEverySizeFits is the invariant behind every golden: at any size,
// including before the first WindowSizeMsg, no line is wider than the
// terminal and there are no more lines than rows.
func TestEverySizeFits(t *testing.T) {
	b := loadSeed(t)
	if v := New(b, testOptions()).View(); v != "" {
		t.Errorf("View before any size = %q, want empty", v)
	}
	states := [][]tea.Msg{nil, {runes("2"), special(tea.KeyEnter)}, {runes("3"), special(tea.KeyEnter)}, {runes("?")}, {runes("L")}, {runes("e")}}
	for w := 0; w <= 130; w += 1 + w/8 {
		for h := 0; h <= 45; h += 1 + h/6 {
			for _, keys := range states {
				m := press(New(b, testOptions()), append([]tea.Msg{size(w, h)}, keys...)...)
				assertFits(t, m.View(), w, h)
			}
		}
	}
}

func assertFits(t *testing.T, v string, w, h int) {
	t.Helper()
	if v == "" {
		return
	}
	lines := strings.Split(v, "\n")
	if len(lines) > h {
		t.Fatalf("%dx%d: %d lines", w, h, len(lines))
	}
	for i, l := range lines {
		if lw := ansi.StringWidth(l); lw > w {
			t.Fatalf("%dx%d: line %d is %d wide: %q", w, h, i, lw, l)
		}
	}
}

// A storm of resizes, as when a window is dragged, in every mode: each
// frame fits the size of the moment, down to 0x0 and 1x1.
func TestResizeStorm(t *testing.T) {
	b := loadSeed(t)
	sizes := [][2]int{{0, 0}, {1, 1}, {200, 60}, {1, 40}, {120, 1}, {39, 9}, {40, 10}, {89, 30}, {90, 30}, {2, 2}, {300, 100}}
	for _, keys := range [][]tea.Msg{nil, {runes("2"), special(tea.KeyEnter)}, {runes("?")}, {runes("L")}, {runes("/")}, {runes("e")}} {
		m := press(New(b, testOptions()), append([]tea.Msg{size(120, 40)}, keys...)...)
		for i := 0; i < 200; i++ {
			s := sizes[(i*7)%len(sizes)]
			m = press(m, size(s[0], s[1]))
			assertFits(t, m.View(), s[0], s[1])
		}
	}
}
