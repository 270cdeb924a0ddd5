package ui

import (
	"strconv"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
)

// startSearch opens the search line with the current query to edit.
func (m *Model) startSearch() tea.Cmd {
	m.mode = modeSearch
	m.input.Placeholder = "search all panes"
	m.input.CharLimit = searchMax
	m.input.SetValue(m.filter.Query)
	m.input.CursorEnd()
	return m.input.Focus()
}

// updateSearch: typing edits, enter applies the text to every pane, esc
// leaves the query as it was.
func (m Model) updateSearch(msg tea.KeyMsg) (tea.Model, tea.Cmd) {
	k := m.sh.keys
	switch {
	case key.Matches(msg, k.Apply):
		m.mode = modeBrowse
		m.input.Blur()
		f := m.filter
		f.Query = strings.TrimSpace(m.input.Value())
		m.setFilter(f, "")
		if f.Query != "" {
			m.firstMatch()
		}
		return m, nil
	case key.Matches(msg, k.Cancel):
		m.mode = modeBrowse
		m.input.Blur()
		return m, nil
	}
	var cmd tea.Cmd
	m.input, cmd = m.input.Update(msg)
	return m, cmd
}

// firstMatch lands on the first match after a search: in the active pane
// when it has any, else in the first pane that does. (Keeping the old row's
// place would land mid-list, on "match 3/6".)
func (m *Model) firstMatch() {
	for i := range m.numPanes() {
		p := (m.active + i) % m.numPanes()
		if br := m.panes[p].top(); br.rows() > 0 {
			m.backOutAll()
			br.selectAt(0)
			m.switchTo(p)
			m.landHit(0)
			m.matchFlash("")
			return
		}
	}
	m.flash = flash{text: "no match", err: true}
}

// hitsShown: the detail is on screen, so n and N walk its hits one by one
// (in a narrow window showing the list, they walk the rows).
func (m *Model) hitsShown() bool {
	br := m.activeBrowser()
	return br.detailShown()
}

// landHit puts the detail on the i-th hit of the selected row (-1: the
// last) and remembers where the reader is.
func (m *Model) landHit(i int) {
	br := m.activeBrowser()
	m.syncActive()
	if i < 0 {
		i = br.hitCount() - 1
	}
	m.hit = hitAt{row: rowKey(br.selected()), i: max(0, i)}
	br.showHit(m.hit.i)
}

// hitAt is the hit the reader is on: the row's key and the hit's index in
// its detail.
type hitAt struct {
	row string
	i   int
}

func rowKey(r row) string {
	if r == nil {
		return ""
	}
	return r.key()
}

// step moves to the next (dir 1) or previous (dir -1) hit: through the
// hits of the detail, then to the next row (every row the filter left is a
// match), then into the next pane with rows, saying so when it wraps
// around the ends.
func (m *Model) step(dir int) {
	if m.activePane().backOut() { // n walks the pane's first list
		m.syncActive()
	}
	br := m.activeBrowser()
	if m.hitsShown() && m.hit.row == rowKey(br.selected()) {
		if i := m.hit.i + dir; i >= 0 && i < br.hitCount() {
			m.hit.i = i
			br.showHit(i)
			m.matchFlash("")
			return
		}
	}
	land := 0
	if dir < 0 {
		land = -1
	}
	if i := br.index() + dir; i >= 0 && i < br.rows() {
		br.selectAt(i)
		m.landHit(land)
		m.matchFlash("")
		return
	}
	for n := pane(1); n <= m.numPanes(); n++ {
		p := (m.active + pane(dir)*n + m.numPanes()*2) % m.numPanes()
		next := m.panes[p].top()
		if next.rows() == 0 {
			continue
		}
		wrapped := (dir > 0 && p <= m.active) || (dir < 0 && p >= m.active)
		if dir > 0 {
			next.selectAt(0)
		} else {
			next.selectAt(next.rows() - 1)
		}
		m.switchTo(p)
		m.landHit(land)
		note := ""
		if wrapped && dir > 0 {
			note = " · wrapped to the first"
		} else if wrapped {
			note = " · wrapped to the last"
		}
		m.matchFlash(note)
		return
	}
}

// matchFlash says where the reader is: the row among the matching rows of
// all panes and, when the detail is shown, the hit among the detail's hits.
func (m *Model) matchFlash(note string) {
	total, at := 0, 0
	for p := range m.numPanes() {
		n := m.panes[p].top().rows()
		if p == m.active {
			at = total + m.activeBrowser().index() + 1
		}
		total += n
	}
	text := "match " + strconv.Itoa(at) + "/" + strconv.Itoa(total)
	if br := m.activeBrowser(); m.hitsShown() && br.hitCount() > 0 {
		text += " · hit " + strconv.Itoa(m.hit.i+1) + "/" + strconv.Itoa(br.hitCount()) + " here"
	}
	m.flash = flash{text: text + note}
}
