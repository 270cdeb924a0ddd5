package main

import (
	"bytes"
	"strings"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"
)

// bomb panics where it is told to: in Init, in Update on a key, or in View.
type bomb struct{ where string }

func (b bomb) Init() tea.Cmd {
	if b.where == "init" {
		panic("boom in init")
	}
	return nil
}

func (b bomb) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	if _, ok := msg.(tea.KeyMsg); ok && b.where == "update" {
		panic("boom in update")
	}
	return b, nil
}

func (b bomb) View() string {
	if b.where == "view" {
		panic("boom in view")
	}
	return "fine"
}

// A panic anywhere in the model ends the program with the terminal put
// back (the alternate screen left, the cursor shown) and comes back as an
// error for stderr, not as text on the program's screen.
func TestPanicRestoresTerminal(t *testing.T) {
	for _, where := range []string{"init", "update", "view"} {
		t.Run(where, func(t *testing.T) {
			var out bytes.Buffer
			done := make(chan error, 1)
			go func() {
				done <- runProgram(guard(bomb{where}), tea.WithInput(strings.NewReader("j")), tea.WithOutput(&out), tea.WithAltScreen())
			}()
			var err error
			select {
			case err = <-done:
			case <-time.After(10 * time.Second):
				t.Fatal("the program did not end after the panic")
			}
			if err == nil || !strings.Contains(err.Error(), "internal error: boom in "+where) {
				t.Fatalf("err = %v, want the panic", err)
			}
			screen := out.String()
			if strings.Contains(screen, "boom") || strings.Contains(screen, "goroutine") {
				t.Errorf("the panic was written to the screen: %q", screen)
			}
			exit := strings.LastIndex(screen, "\x1b[?1049l")
			if exit < 0 || exit < strings.LastIndex(screen, "\x1b[?1049h") {
				t.Errorf("the alternate screen was not left: %q", screen)
			}
			if !strings.Contains(screen[exit:], "\x1b[?25h") && !strings.Contains(screen[max(0, exit-20):], "\x1b[?25h") {
				t.Errorf("the cursor was not shown again: %q", screen)
			}
		})
	}
}
