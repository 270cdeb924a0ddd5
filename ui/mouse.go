package ui

import (
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
)

// updateMouse handles the wheel (list or detail, by where the pointer is)
// and a left click (a tab, or a row). Mouse events only arrive when main
// enabled the mouse; they are ignored otherwise all the same.
func (m Model) updateMouse(msg tea.MouseMsg) (tea.Model, tea.Cmd) {
	if !m.opts.Mouse || m.tooSmall() || m.mode != modeBrowse || msg.Action != tea.MouseActionPress {
		return m, nil
	}
	br := m.activeBrowser()
	top := lipgloss.Height(m.tabsView())
	inList := !br.inDetail && (br.narrow || msg.X < br.listW)
	switch msg.Button {
	case tea.MouseButtonWheelUp, tea.MouseButtonWheelDown:
		down := msg.Button == tea.MouseButtonWheelDown
		switch {
		case inList && down:
			br.list.CursorDown()
		case inList:
			br.list.CursorUp()
		case down:
			br.detail.vp.ScrollDown(3)
		default:
			br.detail.vp.ScrollUp(3)
		}
	case tea.MouseButtonLeft:
		if msg.Y < top {
			m.clickTab(msg.X)
			return m, nil
		}
		if !inList {
			return m, nil
		}
		row := msg.Y - top
		if m.active == paneLeaders && m.leaders.drilled() {
			row-- // the breadcrumb line
		}
		if i := br.list.rowAt(row); i >= 0 {
			br.list.Select(i)
		}
	}
	m.syncActive()
	return m, nil
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
