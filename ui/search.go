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
	for i := range paneCount {
		p := (m.active + i) % paneCount
		if br := m.topBrowser(p); len(br.list.Items()) > 0 {
			m.leaders.back()
			br.list.Select(0)
			m.switchTo(p)
			m.matchFlash()
			return
		}
	}
	m.flash = flash{text: "no match", err: true}
}

// topBrowser is a pane's main list (the people, not a drill-down).
func (m *Model) topBrowser(p pane) *browser {
	switch p {
	case paneLeaders:
		return &m.leaders.browser
	case paneGuarantees:
		return &m.guarantees.browser
	}
	return &m.timeline.browser
}

// step moves to the next (dir 1) or previous (dir -1) match. Every row
// left by the filter is a match, so this walks the rows and crosses into
// the next pane with rows at either end.
func (m *Model) step(dir int) {
	br := m.activeBrowser()
	if i := br.list.Index() + dir; i >= 0 && i < len(br.list.Items()) {
		br.list.Select(i)
		m.syncActive()
		m.matchFlash()
		return
	}
	for n := pane(1); n <= paneCount; n++ {
		p := (m.active + pane(dir)*n + paneCount*2) % paneCount
		next := m.topBrowser(p)
		if len(next.list.Items()) == 0 {
			continue
		}
		m.leaders.back()
		if dir > 0 {
			next.list.Select(0)
		} else {
			next.list.Select(len(next.list.Items()) - 1)
		}
		m.switchTo(p)
		m.matchFlash()
		return
	}
}

// matchFlash says where the selection is among all matches of all panes.
func (m *Model) matchFlash() {
	total, at := 0, 0
	for p := range paneCount {
		n := len(m.topBrowser(p).list.Items())
		if p == m.active {
			at = total + m.activeBrowser().list.Index() + 1
		}
		total += n
	}
	if m.active == paneLeaders && m.leaders.drilled() {
		return
	}
	m.flash = flash{text: "match " + strconv.Itoa(at) + "/" + strconv.Itoa(total)}
}
