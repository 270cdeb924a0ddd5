package main

import (
	"errors"
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"

	"briefing/loader"
)

// sized is a stand-in ui model that records what reached it.
type sized struct {
	inited bool
	size   tea.WindowSizeMsg
}

func (s *sized) Init() tea.Cmd { s.inited = true; return nil }
func (s *sized) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	if m, ok := msg.(tea.WindowSizeMsg); ok {
		s.size = m
	}
	return s, nil
}
func (s *sized) View() string { return "briefing ready" }

// The boot model says what it reads while it reads, leaves on q, hands
// the screen to the briefing sized to the window the terminal last gave,
// and ends the program with the reading's error, a panic included.
func TestBoot(t *testing.T) {
	page := []loader.Source{{Origin: "pages/today.txt"}, {Origin: "b.txt"}, {Origin: "c.txt"}}
	if got := readingWhat(page); got != "pages/today.txt and 2 more" {
		t.Errorf("readingWhat = %q", got)
	}
	if got := readingWhat([]loader.Source{{Origin: "embedded:white-house.txt"}}); got != "the built-in briefing" {
		t.Errorf("readingWhat(built-in) = %q", got)
	}
	if got := readingWhat([]loader.Source{{Origin: "evil\x1b[2Jname.txt"}}); strings.Contains(got, "\x1b") {
		t.Errorf("readingWhat keeps an escape: %q", got)
	}

	ui := &sized{}
	b := newBoot(page[:1], func() (tea.Model, error) { return ui, nil })
	if v := b.View(); !strings.Contains(v, "reading pages/today.txt") {
		t.Errorf("view while reading %q", v)
	}
	if _, cmd := b.Update(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("j")}); cmd != nil {
		t.Error("j acted before the briefing was there")
	}
	if _, cmd := b.Update(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("q")}); cmd == nil || cmd() != tea.Quit() {
		t.Error("q does not quit while reading")
	}
	b.Update(tea.WindowSizeMsg{Width: 90, Height: 30})
	next, _ := b.Update(b.Init()())
	if next != ui || !ui.inited || ui.size.Width != 90 || ui.size.Height != 30 {
		t.Errorf("after the briefing: model %T, inited %v, size %+v", next, ui.inited, ui.size)
	}

	bad := errors.New("page.txt: empty source")
	b = newBoot(page[:1], func() (tea.Model, error) { return nil, bad })
	next, cmd := b.Update(b.Init()())
	if next != b || cmd == nil || cmd() != tea.Quit() || !errors.Is(b.Err(), bad) {
		t.Errorf("a failed read: model %T, err %v", next, b.Err())
	}

	b = newBoot(page[:1], func() (tea.Model, error) { panic("loader bug") })
	b.Update(b.Init()())
	var c *crash
	if !errors.As(b.Err(), &c) || !strings.Contains(b.Err().Error(), "loader bug") {
		t.Errorf("a panic while reading: %v", b.Err())
	}
}

// What the reading says while the TUI owns the terminal is held and said
// once; what it says after that, when the user quit before it was done,
// is dropped, not written over the shell.
func TestHeldNotes(t *testing.T) {
	var out strings.Builder
	h := &heldNotes{}
	done := make(chan struct{})
	go func() { // the reading, on its own goroutine as in the TUI
		defer close(done)
		h.Write([]byte("briefing: note: a.txt: not UTF-8, read as Windows-1252\n"))
	}()
	<-done
	h.flush(&out)
	h.Write([]byte("briefing: note: late.txt: said after the program ended\n"))
	if got := out.String(); got != "briefing: note: a.txt: not UTF-8, read as Windows-1252\n" {
		t.Errorf("said %q", got)
	}
}
