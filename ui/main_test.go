package ui

import (
	"io"
	"os"
	"testing"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/mattn/go-runewidth"
	"github.com/muesli/termenv"

	"briefing/loader"
	"briefing/model"
	"briefing/seeds"
)

func TestMain(m *testing.M) {
	lipgloss.SetColorProfile(termenv.Ascii) // layout only: no SGR in goldens
	lipgloss.SetHasDarkBackground(true)     // AdaptiveColor never queries a terminal
	// East Asian width off, whatever the locale: under LANG=ja_JP.UTF-8
	// go-runewidth (bubbles measures with it) counts "…", "•" and "│" two
	// cells each, and every golden shifted. RUNEWIDTH_EASTASIAN=0 did this
	// only for whoever remembered to export it.
	runewidth.EastAsianWidth = false
	runewidth.DefaultCondition.EastAsianWidth = false
	os.Exit(m.Run())
}

// testOptions is a fixed markdown theme with colour off.
func testOptions() Options {
	return Options{Style: "notty", Profile: termenv.Ascii, Clipboard: discard{}}
}

type discard struct{}

func (discard) Write(p []byte) (int, error) { return len(p), nil }

// loadSeed is the built-in briefing, loaded the way main loads it.
func loadSeed(tb testing.TB) *model.Briefing {
	tb.Helper()
	man := seeds.Load()
	var srcs []loader.Source
	for _, s := range man.Sources {
		srcs = append(srcs, loader.Source{Name: s.Name, Title: s.Title, Origin: "embedded:" + s.File, Data: s.Data})
	}
	b, err := loader.Load(loader.Config{People: seeds.People(), Title: man.Title}, srcs...)
	if err != nil {
		tb.Fatal(err)
	}
	return b
}

// press feeds messages to the model and runs the Cmds that only carry
// messages between parts of the ui (no I/O), the way the program would.
func press(m Model, msgs ...tea.Msg) Model {
	for _, msg := range msgs {
		next, cmd := m.Update(msg)
		m = next.(Model)
		m = drain(m, cmd)
	}
	return m
}

func drain(m Model, cmd tea.Cmd) Model {
	if cmd == nil {
		return m
	}
	switch msg := cmd().(type) {
	case jumpToPostMsg, pickerAppliedMsg, clearSearchMsg, flashMsg:
		next, cmd := m.Update(msg)
		return drain(next.(Model), cmd)
	}
	return m
}

func runes(s string) tea.KeyMsg { return tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune(s)} }

func special(t tea.KeyType) tea.KeyMsg { return tea.KeyMsg{Type: t} }

// typed is one key message per rune, as a terminal sends them.
func typed(s string) []tea.Msg {
	var out []tea.Msg
	for _, r := range s {
		if r == ' ' {
			out = append(out, special(tea.KeySpace))
			continue
		}
		out = append(out, runes(string(r)))
	}
	return out
}

func size(w, h int) tea.WindowSizeMsg { return tea.WindowSizeMsg{Width: w, Height: h} }

// colourRenderer is a renderer with colour on, for the few tests that check
// styling itself.
func colourRenderer() *lipgloss.Renderer {
	r := lipgloss.NewRenderer(io.Discard)
	r.SetColorProfile(termenv.TrueColor)
	return r
}
