package ui

import (
	"testing"

	tea "github.com/charmbracelet/bubbletea"

	"briefing/loader"
	"briefing/loader/loadertest"
	"briefing/model"
	"briefing/seeds"
)

// bigBriefing is the 10,000-post live page the loader benchmarks use.
func bigBriefing(tb testing.TB) *model.Briefing {
	tb.Helper()
	seed, err := seeds.File("white-house-talks-liveblog.txt")
	if err != nil {
		tb.Fatal(err)
	}
	src := loader.Source{Name: "big", Origin: "generated", Data: loadertest.LiveBlog(seed, 10000)}
	b, err := loader.Load(loader.Config{People: seeds.People()}, src)
	if err != nil {
		tb.Fatal(err)
	}
	return b
}

// BenchmarkKeystroke is one frame: Update for a key, then View, on the
// 10,000-post briefing at 120x40. Each sub-benchmark must stay under 16 ms.
func BenchmarkKeystroke(b *testing.B) {
	big := bigBriefing(b)
	base := press(New(big, testOptions()), size(120, 40))
	cases := []struct {
		name string
		keys []tea.Msg // cycled, so the state keeps changing
	}{
		{"j", []tea.Msg{runes("j")}},
		{"tab", []tea.Msg{special(tea.KeyTab)}},
		{"leader_toggle", []tea.Msg{runes("]")}},
		{"search", []tea.Msg{runes("/"), runes("e"), special(tea.KeyEnter)}}, // the frame measured is the enter
	}
	for _, c := range cases {
		b.Run(c.name, func(b *testing.B) {
			m := base
			n := 0
			for b.Loop() {
				last := c.keys[len(c.keys)-1]
				if len(c.keys) > 1 {
					b.StopTimer()
					m = press(m, c.keys[:len(c.keys)-1]...)
					if n%2 == 1 {
						m = press(m, runes("x")) // alternate between searching and not
					}
					b.StartTimer()
				}
				m = press(m, last)
				_ = m.View()
				n++
			}
		})
	}
}

// BenchmarkFirstView is New, the first size and the first View of the
// built-in briefing: what a user waits for. Target: under 10 ms.
func BenchmarkFirstView(b *testing.B) {
	seed := loadSeed(b)
	for b.Loop() {
		m := press(New(seed, testOptions()), size(120, 40))
		_ = m.View()
	}
}
