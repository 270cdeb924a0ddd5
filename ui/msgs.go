package ui

import tea "github.com/charmbracelet/bubbletea"

// The messages a pane sends the root (pane.go): intent that crosses panes
// or touches what only the root owns, the pane switched to and the filter.

// jumpToPostMsg asks the root to show a post in the Timeline with a quote
// highlighted. The Leaders pane emits it; only the root switches panes.
type jumpToPostMsg struct {
	post  string // post id, or the briefing's SummaryPost
	quote string
}

// clearSearchMsg asks the root to clear the search: esc in a pane that
// had nothing to go back from, while a search is on.
type clearSearchMsg struct{}

// flashMsg is a pane's one-line note for the status bar ("no more
// items"); it lasts until the next key, like every flash.
type flashMsg struct{ text string }

// emit is a Cmd that only carries msg: intent, not I/O.
func emit(msg tea.Msg) tea.Cmd { return func() tea.Msg { return msg } }
