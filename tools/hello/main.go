// Command hello is the yardstick for briefing's first screen: the smallest
// bubbletea program that starts the way briefing's TUI does (same
// bubbletea, the alternate screen) and draws one line, the marker
// tools/firstscreen.py waits for. The issue asks briefing's first screen to
// stay under 1.5x this program's on the same pty.
//
//	go build -o /tmp/hello ./tools/hello && python3 tools/firstscreen.py --marker 'hello, world' /tmp/hello
package main

import (
	"fmt"
	"os"

	tea "github.com/charmbracelet/bubbletea"
)

type model struct{}

func (model) Init() tea.Cmd { return nil }

// Update quits on q, the key firstscreen.py sends once it has seen the
// marker, and on ctrl+c.
func (m model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	if k, ok := msg.(tea.KeyMsg); ok && (k.String() == "q" || k.String() == "ctrl+c") {
		return m, tea.Quit
	}
	return m, nil
}

func (model) View() string { return "hello, world" }

func main() {
	if _, err := tea.NewProgram(model{}, tea.WithAltScreen()).Run(); err != nil {
		fmt.Fprintln(os.Stderr, "hello:", err)
		os.Exit(1)
	}
}
