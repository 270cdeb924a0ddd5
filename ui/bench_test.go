package ui

import (
	"slices"
	"strings"
	"testing"
	"time"

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
			m := base.clone() // each case from the same state: a Model's copies share its panes
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

// BenchmarkRefresh is a --follow read that brings two new posts and an
// edit into the 10,000-post briefing at 120x40, scrolled into the list
// with a post's detail open. merge is model.MergeBriefing, which runs with
// the read, off the UI goroutine; frame is what the UI goroutine then does
// (Update with the merged briefing, and View); both is the two in a row,
// as if the merge ran in the frame. Target: under 16 ms.
func BenchmarkRefresh(b *testing.B) {
	held := bigBriefing(b)
	fresh := *held
	fresh.Posts = append(slices.Clone(held.Posts),
		model.Post{ID: "big/10001", Source: "big", Time: "07:10", Zone: "BST", Title: "Talks resume",
			Body: []model.Block{{Kind: model.BlockParagraph, Text: "Leaders return to the table."}}},
		model.Post{ID: "big/10002", Source: "big", Time: "07:12", Zone: "BST", Title: "Talks end",
			Body: []model.Block{{Kind: model.BlockParagraph, Text: "Leaders leave the table."}}})
	edited := len(held.Posts) - 3
	fresh.Posts[edited].Body = append([]model.Block{{Kind: model.BlockParagraph, Text: "Correction."}}, fresh.Posts[edited].Body...)
	fresh.Reindex()
	base := press(New(held, testOptions()), size(120, 40))
	base = press(base, runes("j"), runes("j"), runes("j"), special(tea.KeyEnter), runes("d"))
	merged, change := model.MergeBriefing(held, &fresh)
	if len(change.Added) != 2 || len(change.Edited) != 1 {
		b.Fatalf("refresh %+v", change)
	}
	// each frame from the same state: a Model's copies share its panes, so
	// each takes a clone, made outside the timer
	frame := func(b *testing.B, msg reloadedMsg) {
		b.StopTimer()
		m := base.clone()
		b.StartTimer()
		next, _ := m.Update(msg)
		if !strings.Contains(next.(Model).View(), "2 new") {
			b.Fatal("no 2 new on screen")
		}
	}
	b.Run("merge", func(b *testing.B) {
		for b.Loop() {
			model.MergeBriefing(held, &fresh)
		}
	})
	b.Run("frame", func(b *testing.B) {
		for b.Loop() {
			frame(b, reloadedMsg{b: &fresh, held: held, merged: merged, change: change, next: time.Minute})
		}
	})
	b.Run("both", func(b *testing.B) {
		for b.Loop() {
			frame(b, reloadedMsg{b: &fresh, held: held, next: time.Minute}) // no merged: Update merges
		}
	})
}
