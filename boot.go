package main

import (
	"bytes"
	"fmt"
	"io"
	"runtime/debug"
	"strings"
	"sync"

	tea "github.com/charmbracelet/bubbletea"

	"briefing/loader"
)

// boot is the TUI's first model: the program starts at once, and the
// sources are read into a briefing by a command, while bubbletea waits
// for its first frame (a sixtieth of a second), so a small briefing is on
// the first frame and a large page shows what is being read. When the
// briefing is ready, the ui model takes over, sized to the window; when
// it cannot be read, the program ends and the error is said on the
// restored terminal.
type boot struct {
	what  string                    // what is being read, for the wait
	build func() (tea.Model, error) // reads the sources into the ui model
	size  tea.WindowSizeMsg         // the last size the terminal gave
	err   error
}

// bootMsg carries build's answer back to the event loop.
type bootMsg struct {
	m   tea.Model
	err error
}

func newBoot(srcs []loader.Source, build func() (tea.Model, error)) *boot {
	return &boot{what: readingWhat(srcs), build: build}
}

// readingWhat names the sources for the wait: "the built-in briefing",
// "page.txt", "page.txt and 2 more".
func readingWhat(srcs []loader.Source) string {
	if len(srcs) == 0 || strings.HasPrefix(srcs[0].Origin, "embedded:") {
		return "the built-in briefing"
	}
	first := oneLine(srcs[0].Origin)
	if n := len(srcs) - 1; n > 0 {
		return fmt.Sprintf("%s and %d more", first, n)
	}
	return first
}

func (b *boot) Init() tea.Cmd {
	return func() (msg tea.Msg) {
		// A command's panic would reach bubbletea's own recovery, which
		// prints into the alternate screen; it is an error like any other.
		defer func() {
			if r := recover(); r != nil {
				msg = bootMsg{err: &crash{value: r, stack: debug.Stack()}}
			}
		}()
		m, err := b.build()
		return bootMsg{m: m, err: err}
	}
}

func (b *boot) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case bootMsg:
		if msg.err != nil {
			b.err = msg.err
			return b, tea.Quit
		}
		m := msg.m
		init := m.Init()
		if b.size.Width > 0 {
			var cmd tea.Cmd
			m, cmd = m.Update(b.size)
			init = tea.Batch(init, cmd)
		}
		return m, init
	case tea.WindowSizeMsg:
		b.size = msg
	case tea.KeyMsg:
		// nothing to act on yet but leaving
		switch msg.String() {
		case "q", "ctrl+c", "esc":
			return b, tea.Quit
		}
	}
	return b, nil
}

func (b *boot) View() string {
	return "reading " + b.what + "…  (q quits)"
}

// Err is why the briefing could not be read; runProgram reports it.
func (b *boot) Err() error { return b.err }

// heldNotes keeps what the reading says on stderr while the TUI owns the
// terminal. flush writes it out once the program is over; anything said
// after that (a reading the user did not wait for) is dropped.
type heldNotes struct {
	mu   sync.Mutex
	buf  bytes.Buffer
	done bool
}

func (h *heldNotes) Write(p []byte) (int, error) {
	h.mu.Lock()
	defer h.mu.Unlock()
	if !h.done {
		h.buf.Write(p)
	}
	return len(p), nil
}

func (h *heldNotes) flush(w io.Writer) {
	h.mu.Lock()
	defer h.mu.Unlock()
	h.done = true
	_, _ = w.Write(h.buf.Bytes())
}
