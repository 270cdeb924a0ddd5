// Package quietterm keeps bubbletea's package init from asking the terminal
// for its background colour. bubbletea's init calls
// lipgloss.HasDarkBackground, which on a terminal that never answers waits
// termenv's 5 s timeout, so every command, even `briefing version`, --help
// or an error message, waited 5 s. Go initialises packages in import-path
// order once their imports are done, so this package (which needs only
// lipgloss) runs before github.com/charmbracelet/bubbletea and gives the
// default renderer an answer. The TUI decides the real background in main,
// asking at most once and only when no flag or variable settles it.
package quietterm

import "github.com/charmbracelet/lipgloss"

func init() { lipgloss.SetHasDarkBackground(true) }
