package ui

import (
	"github.com/charmbracelet/bubbles/help"
	tea "github.com/charmbracelet/bubbletea"
)

// The pane contract, in the style of soft-serve's components. A pane
// (Timeline, Leaders with its statements drill-down, Guarantees) owns its
// rows, its detail and its drill-down, handles its own keys and the mouse
// over its body, and reports what only the root may do (switch panes,
// change the filter, say something in the status bar) with the typed
// messages of msgs.go. The root holds the panes in tab order in
// Model.panes, made once in New from the registration below, and reaches
// them only through this interface: every helper at the end of this file
// is a loop over the panes or one call to the active one. It names one
// pane, the Timeline, typed (Model.timeline), for what a jump does there
// (selectRow, closeDetail) and what o orders (setView); it never sets a
// pane's fields.
//
// A pane is a pointer and changes in place: update, setSize, setView,
// sync and backOut mutate it, and update returns only the Cmd. That is
// what makes calling a pane through the interface free. Were the panes
// values inside Model, each call would take the address of a field of
// Model, and the compiler would move the whole Model (120 KB then, most
// of it bubbles lists) to the heap at every key: BenchmarkKeystroke's j
// allocated 1.6 MB instead of 0.3 MB and took half again as long. The
// price is that copies of a Model share its panes. bubbletea keeps only
// the newest Model; what needs an older one as well (a test comparing two
// paths from one state) takes a clone.
//
// What every pane reads (the briefing, the view, the styles, the markdown
// cache, the fresh marks) comes in sh; the pane keeps none of it.
type component interface {
	help.KeyMap // the pane's keys that act now (open, back) and all it answers

	name() string  // the pane's --pane value and the export's name: "timeline"
	title() string // the tab's label, before its count: "Timeline"

	update(sh *shared, msg tea.Msg) tea.Cmd // a key or the mouse over the body, in place
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

	clone() component // a copy that goes its own way (Model.clone)
}

// newPane makes a pane; sh is the shared state it starts from (the keys,
// the styles).
type newPane func(sh *shared) component

// builtinPanes is the registration: every pane, in tab order. Adding a
// pane is its file (a type whose pointer is a component, and a newPane)
// and its line here. The tabs, the sizes, the counts, tab and shift+tab,
// the search's walk across the panes, the status bar, the help, the
// export and a refresh then reach it through the contract; the compiler
// holds the line to the contract.
var builtinPanes = [...]newPane{
	newTimeline,
	newLeaders,
	newGuarantees,
}

// pane is a pane's place in the tab order: its index in Model.panes.
type pane int

// The places the root names: a jump lands in the Timeline, o orders it,
// and 1, 2 and 3 go to the first three tabs.
const (
	paneTimeline pane = iota
	paneLeaders
	paneGuarantees
)

// makePanes makes the registered panes for sh, and the Timeline typed.
func makePanes(sh *shared, reg []newPane) ([]component, *timelinePane) {
	panes := make([]component, len(reg))
	for i, f := range reg {
		panes[i] = f(sh)
	}
	return panes, panes[paneTimeline].(*timelinePane)
}

// clone is a Model whose panes are its own: copies of a Model share their
// panes (above), so code that goes on with an old Model after handing it
// to Update, or that follows two paths from one state, clones it first.
func (m Model) clone() Model {
	panes := make([]component, len(m.panes))
	for i, p := range m.panes {
		panes[i] = p.clone()
	}
	m.panes, m.timeline = panes, panes[paneTimeline].(*timelinePane)
	m.trail = append([]pane(nil), m.trail...)
	return m
}

// The root's dispatch: a loop over the panes, or one call to the active
// one. None of these names a pane.

// numPanes is how many panes there are: tab and shift+tab wrap at it.
func (m *Model) numPanes() pane { return pane(len(m.panes)) }

// activePane is the pane on screen.
func (m *Model) activePane() component { return m.panes[m.active] }

// paneNamed is the pane whose name is s (--pane), else the first.
func (m *Model) paneNamed(s string) pane {
	for i, p := range m.panes {
		if p.name() == s {
			return pane(i)
		}
	}
	return 0
}

// updatePane hands a message to the active pane, which changes in place.
func (m *Model) updatePane(msg tea.Msg) tea.Cmd {
	return m.panes[m.active].update(m.sh, msg)
}

// setSizes gives every pane the body.
func (m *Model) setSizes(w, h int, narrow bool) {
	for _, p := range m.panes {
		p.setSize(w, h, narrow)
	}
}

// setViews has every pane list its rows again (the tab counts need all).
func (m *Model) setViews() {
	for _, p := range m.panes {
		p.setView(m.sh)
	}
}

// syncPanes brings every pane's highlight up to date; the active one
// renders its detail.
func (m *Model) syncPanes() {
	for i, p := range m.panes {
		p.sync(m.sh, pane(i) == m.active)
	}
}

// browsers is every list of every pane, in tab order, for what applies
// to them all (a refresh keeps the reader's place in each).
func (m *Model) browsers() []*browser {
	var out []*browser
	for _, p := range m.panes {
		out = append(out, p.lists()...)
	}
	return out
}

// backOutAll leaves every drill-down.
func (m *Model) backOutAll() {
	for _, p := range m.panes {
		p.backOut()
	}
}

// activeBrowser is the list+detail the reader is on.
func (m *Model) activeBrowser() *browser { return m.panes[m.active].current() }
