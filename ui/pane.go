package ui

import (
	"github.com/charmbracelet/bubbles/help"
	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
)

// The pane contract, in the style of soft-serve's components. A pane
// (Timeline, Leaders with its statements drill-down, Guarantees) owns its
// rows, its detail and its drill-down, handles its own keys and the mouse
// over its body, and reports what only the root may do (switch panes,
// change the filter, say something in the status bar) with the typed
// messages of msgs.go. The root dispatches and lays out; it reaches a
// pane only through this contract (and, for what a jump does to the
// Timeline, its selectRow and closeDetail) and never sets a pane's fields.
//
// Each pane is a concrete type P whose update returns P,
//
//	update(sh *shared, msg tea.Msg) (P, tea.Cmd)
//
// and whose pointer *P is a component. What every pane reads (the
// briefing, the view, the styles, the markdown cache, the fresh marks)
// comes in sh; the pane keeps none of it.
type component interface {
	help.KeyMap // the pane's keys that act now: open, back

	setSize(w, h int, narrow bool)
	setView(sh *shared)           // the view or the order changed: list the rows again
	sync(sh *shared, active bool) // the rows' highlight; the pane on screen renders its detail
	view(sh *shared) string

	count(sh *shared) int                   // the tab's number
	countText(sh *shared) string            // the status bar's count
	exportOptions(sh *shared) ExportOptions // what e writes from here: what the pane shows

	current() *browser // the list the reader is on: position, copy, search hits
	top() *browser     // the pane's first list, where a search lands
	lists() []*browser // every list, for the reader's place across a refresh
	backOut() bool     // leave any drill-down for the top list; false when there was none
}

// Every pane is a component; the compiler holds them to the contract.
var (
	_ component = (*timelinePane)(nil)
	_ component = (*leadersPane)(nil)
	_ component = (*guaranteesPane)(nil)
)

// The root's dispatch: the only code that names each pane. Adding a pane
// is its file, its name in tabs.go, its field in Model and a case in each
// function below. The switches are concrete on purpose: calling a pane
// through the component interface makes the compiler move the whole
// Model (120 KB, most of it bubbles lists) to the heap at every call:
// BenchmarkKeystroke's j allocated 1.6 MB instead of 0.3 MB and took half
// again as long.

// updatePane hands a message to the active pane and keeps what it returns.
func (m *Model) updatePane(msg tea.Msg) tea.Cmd {
	var cmd tea.Cmd
	switch m.active {
	case paneLeaders:
		m.leaders, cmd = m.leaders.update(m.sh, msg)
	case paneGuarantees:
		m.guarantees, cmd = m.guarantees.update(m.sh, msg)
	default:
		m.timeline, cmd = m.timeline.update(m.sh, msg)
	}
	return cmd
}

// setSizes gives every pane the body.
func (m *Model) setSizes(w, h int, narrow bool) {
	m.timeline.setSize(w, h, narrow)
	m.leaders.setSize(w, h, narrow)
	m.guarantees.setSize(w, h, narrow)
}

// setViews has every pane list its rows again (the tab counts need all).
func (m *Model) setViews() {
	m.timeline.setView(m.sh)
	m.leaders.setView(m.sh)
	m.guarantees.setView(m.sh)
}

// syncPanes brings every pane's highlight up to date; the active one
// renders its detail.
func (m *Model) syncPanes() {
	m.timeline.sync(m.sh, m.active == paneTimeline)
	m.leaders.sync(m.sh, m.active == paneLeaders)
	m.guarantees.sync(m.sh, m.active == paneGuarantees)
}

// tabCounts is each pane's count, in tab order.
func (m *Model) tabCounts() [paneCount]int {
	return [paneCount]int{m.timeline.count(m.sh), m.leaders.count(m.sh), m.guarantees.count(m.sh)}
}

// browsers is every list of every pane, in tab order, for what applies
// to them all (a refresh keeps the reader's place in each). The slice
// holds pointers into m, so a Model that calls this moves to the heap:
// a refresh may pay that, a keystroke does not call it.
func (m *Model) browsers() []*browser {
	return append(append(m.timeline.lists(), m.leaders.lists()...), m.guarantees.lists()...)
}

// backOutAll leaves every drill-down.
func (m *Model) backOutAll() {
	m.timeline.backOut()
	m.leaders.backOut()
	m.guarantees.backOut()
}

// topOf is a pane's first list.
func (m *Model) topOf(p pane) *browser {
	switch p {
	case paneLeaders:
		return m.leaders.top()
	case paneGuarantees:
		return m.guarantees.top()
	}
	return m.timeline.top()
}

// What the root reads of the active pane.

func (m *Model) paneView() string {
	switch m.active {
	case paneLeaders:
		return m.leaders.view(m.sh)
	case paneGuarantees:
		return m.guarantees.view(m.sh)
	}
	return m.timeline.view(m.sh)
}

// activeBrowser is the list+detail the reader is on.
func (m *Model) activeBrowser() *browser {
	switch m.active {
	case paneLeaders:
		return m.leaders.current()
	case paneGuarantees:
		return m.guarantees.current()
	}
	return m.timeline.current()
}

func (m *Model) paneCountText() string {
	switch m.active {
	case paneLeaders:
		return m.leaders.countText(m.sh)
	case paneGuarantees:
		return m.guarantees.countText(m.sh)
	}
	return m.timeline.countText(m.sh)
}

func (m *Model) paneExport() ExportOptions {
	switch m.active {
	case paneLeaders:
		return m.leaders.exportOptions(m.sh)
	case paneGuarantees:
		return m.guarantees.exportOptions(m.sh)
	}
	return m.timeline.exportOptions(m.sh)
}

// paneKeys is the active pane's keys that act now.
func (m *Model) paneKeys() []key.Binding {
	switch m.active {
	case paneLeaders:
		return m.leaders.ShortHelp()
	case paneGuarantees:
		return m.guarantees.ShortHelp()
	}
	return m.timeline.ShortHelp()
}

// backOutActive leaves the active pane's drill-down; false when it had none.
func (m *Model) backOutActive() bool {
	switch m.active {
	case paneLeaders:
		return m.leaders.backOut()
	case paneGuarantees:
		return m.guarantees.backOut()
	}
	return m.timeline.backOut()
}
