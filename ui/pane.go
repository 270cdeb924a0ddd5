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
// messages of msgs.go. The root dispatches and lays out; it reads a pane
// only through this contract and never sets a pane's fields.
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

// slot is a pane bound to the Model field that holds it: update stores the
// pane's new value back in the field.
type slot struct {
	component
	update func(sh *shared, msg tea.Msg) tea.Cmd
}

func bind[P any, PP interface {
	*P
	component
	update(*shared, tea.Msg) (P, tea.Cmd)
}](p PP) slot {
	return slot{component: p, update: func(sh *shared, msg tea.Msg) tea.Cmd {
		next, cmd := p.update(sh, msg)
		*p = next
		return cmd
	}}
}

// panes is every pane in tab order. Adding a pane is its file, its name in
// tabs.go, its field in Model and its line here.
func (m *Model) panes() [paneCount]slot {
	return [paneCount]slot{
		paneTimeline:   bind(&m.timeline),
		paneLeaders:    bind(&m.leaders),
		paneGuarantees: bind(&m.guarantees),
	}
}

// pane is one pane's slot.
func (m *Model) pane(p pane) slot { return m.panes()[p] }
