package ui

import (
	"testing"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
)

func mouse(x, y int, b tea.MouseButton) tea.MouseMsg {
	return tea.MouseMsg{X: x, Y: y, Action: tea.MouseActionPress, Button: b}
}

// With --mouse, a click on a tab switches to it; the wheel moves the list
// or scrolls the detail, by where the pointer is; a click on a row selects
// it, counting the breadcrumb line of the Leaders' drill-down.
func TestMouse(t *testing.T) {
	o := testOptions()
	o.Mouse = true
	m := press(New(loadSeed(t), o), size(120, 40))
	top := lipgloss.Height(m.tabsView())
	br := m.activeBrowser()
	rowH := br.list.itemH()

	m = press(m, mouse(1, top, tea.MouseButtonWheelDown), mouse(1, top, tea.MouseButtonWheelDown))
	if got := m.activeBrowser().list.Index(); got != 2 {
		t.Fatalf("two wheel steps down over the list: row %d, want 2", got)
	}
	m = press(m, mouse(1, top, tea.MouseButtonWheelUp))
	if got := m.activeBrowser().list.Index(); got != 1 {
		t.Fatalf("wheel up: row %d, want 1", got)
	}
	m = press(m, mouse(1, top+3*rowH, tea.MouseButtonLeft))
	if got := m.activeBrowser().list.Index(); got != 3 {
		t.Fatalf("a click on the fourth row: row %d", got)
	}
	// The detail scrolls under the wheel; the list stays.
	for i := 0; i < len(m.activeBrowser().list.Items()); i++ {
		vp := m.activeBrowser().detail.vp
		if vp.TotalLineCount() > vp.Height+6 {
			break
		}
		m = press(m, runes("j"))
	}
	row := m.activeBrowser().list.Index()
	x := m.activeBrowser().listW + 5
	m = press(m, mouse(x, top+2, tea.MouseButtonWheelDown))
	if got := m.activeBrowser().detail.vp.YOffset; got != 3 || m.activeBrowser().list.Index() != row {
		t.Fatalf("wheel over the detail: offset %d, row %d (was %d)", got, m.activeBrowser().list.Index(), row)
	}
	if m = press(m, mouse(x, top+2, tea.MouseButtonWheelUp)); m.activeBrowser().detail.vp.YOffset != 0 {
		t.Fatalf("wheel up over the detail: offset %d", m.activeBrowser().detail.vp.YOffset)
	}

	// The tabs: the second is Leaders.
	w := lipgloss.Width(m.sh.styles.Tab.Render(m.tabLabels()[0]))
	if m = press(m, mouse(w+1, 0, tea.MouseButtonLeft)); m.active != paneLeaders {
		t.Fatalf("a click on the second tab: on %v", m.active)
	}
	m = press(m, special(tea.KeyEnter)) // the first person's statements, under a breadcrumb
	if !leadersOf(m).drilled() {
		t.Fatal("setup: not drilled in")
	}
	if m = press(m, mouse(1, top+1+rowH, tea.MouseButtonLeft)); m.activeBrowser().list.Index() != 1 {
		t.Fatalf("a click on the second statement: row %d", m.activeBrowser().list.Index())
	}
	// Without --mouse the same events do nothing.
	off := press(New(loadSeed(t), testOptions()), size(120, 40), mouse(1, top+3*rowH, tea.MouseButtonLeft), mouse(w+1, 0, tea.MouseButtonLeft))
	if off.active != paneTimeline || off.activeBrowser().list.Index() != 0 {
		t.Fatalf("mouse off: on %v row %d", off.active, off.activeBrowser().list.Index())
	}
}
