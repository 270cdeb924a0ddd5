package ui

import (
	"io"

	"github.com/aymanbagabas/go-osc52/v2"
	tea "github.com/charmbracelet/bubbletea"
)

// copiedMsg reports a finished OSC 52 copy.
type copiedMsg struct {
	what string
	err  error
}

// copyCmd writes the text to the terminal's clipboard with OSC 52. The
// sequence is written in one call so it cannot interleave with a frame.
// OSC 52 carries base64, so no byte of the text reaches the terminal raw.
func copyCmd(w io.Writer, what, text string) tea.Cmd {
	return func() tea.Msg {
		_, err := osc52.New(text).WriteTo(w)
		return copiedMsg{what: what, err: err}
	}
}
