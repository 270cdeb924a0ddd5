package ui

import (
	"strconv"

	"github.com/charmbracelet/x/ansi"
)

// tabsView is the top line: the panes with their live counts, and the
// briefing's title on the right when there is room.
func (m Model) tabsView() string {
	out := ""
	for p := range m.numPanes() {
		label := m.tabLabel(p)
		if p == m.active { // brackets: the active tab shows without colour too
			out += m.sh.styles.ActiveTab.Render("[" + label + "]")
		} else {
			out += m.sh.styles.Tab.Render(label)
		}
	}
	if room := m.width - ansi.StringWidth(out) - 2; room > 12 && m.sh.b.Title != "" {
		t := ansi.Truncate(sameWidth(plain(m.sh.b.Title)), room, "…")
		out += m.sh.styles.Title.Render(spaces(m.width-ansi.StringWidth(out)-ansi.StringWidth(t)) + t)
	}
	return out
}

// tabLabel is a pane's tab text with its live count.
func (m Model) tabLabel(p pane) string {
	return m.panes[p].title() + " " + strconv.Itoa(m.panes[p].count(m.sh))
}

// tabLabels are the tab texts, in tab order.
func (m Model) tabLabels() []string {
	out := make([]string, m.numPanes())
	for p := range m.numPanes() {
		out[p] = m.tabLabel(p)
	}
	return out
}

func spaces(n int) string {
	if n <= 0 {
		return ""
	}
	b := make([]byte, n)
	for i := range b {
		b[i] = ' '
	}
	return string(b)
}
