package ui

import (
	"strconv"

	"github.com/charmbracelet/x/ansi"
)

// tabsView is the top line: the panes with their live counts, and the
// briefing's title on the right when there is room.
func (m Model) tabsView() string {
	out := ""
	for p, label := range m.tabLabels() {
		if pane(p) == m.active { // brackets: the active tab shows without colour too
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

// tabLabels are the tab texts with their live counts, in tab order.
func (m Model) tabLabels() []string {
	out := make([]string, len(m.panes))
	for i, p := range m.panes {
		out[i] = p.title() + " " + strconv.Itoa(p.count(m.sh))
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
