package ui

import (
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
)

// updateMouse takes a left click on a tab; the rest (the wheel, a click
// on a row) goes to the active pane, its Y counted from the top of the
// body. Mouse events only arrive when main enabled the mouse; they are
// ignored otherwise all the same.
func (m Model) updateMouse(msg tea.MouseMsg) (tea.Model, tea.Cmd) {
	if !m.opts.Mouse || m.tooSmall() || m.mode != modeBrowse || msg.Action != tea.MouseActionPress {
		return m, nil
	}
	top := lipgloss.Height(m.tabsView())
	if msg.Button == tea.MouseButtonLeft && msg.Y < top {
		m.clickTab(msg.X)
		return m, nil
	}
	msg.Y -= top
	return m.updateActive(msg)
}

// clickTab switches to the tab under column x.
func (m *Model) clickTab(x int) {
	at := 0
	for p, label := range m.tabLabels() {
		w := lipgloss.Width(m.sh.styles.Tab.Render(label))
		if x < at+w {
			m.switchTo(pane(p))
			return
		}
		at += w
	}
}
