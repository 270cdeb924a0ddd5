package ui

import tea "github.com/charmbracelet/bubbletea"

// jumpToPostMsg asks the root to show a post in the Timeline with a quote
// highlighted. The Leaders pane emits it; only the root switches panes.
type jumpToPostMsg struct {
	post  string // post id, or the briefing's SummaryPost
	quote string
}

func jumpTo(m jumpToPostMsg) tea.Cmd { return func() tea.Msg { return m } }
