package ui

import (
	"strconv"

	"github.com/charmbracelet/x/ansi"
)

// pane names the three panes; the names are the CLI's --pane values.
type pane int

const (
	paneTimeline pane = iota
	paneLeaders
	paneGuarantees
	paneCount
)

func (p pane) String() string {
	switch p {
	case paneLeaders:
		return "leaders"
	case paneGuarantees:
		return "guarantees"
	default:
		return "timeline"
	}
}

func paneNamed(s string) pane {
	for p := range paneCount {
		if p.String() == s {
			return p
		}
	}
	return paneTimeline
}

func (p pane) title() string {
	switch p {
	case paneLeaders:
		return "Leaders"
	case paneGuarantees:
		return "Guarantees"
	default:
		return "Timeline"
	}
}

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

// tabLabels are the tab texts with their live counts.
func (m Model) tabLabels() [paneCount]string {
	var out [paneCount]string
	counts := m.tabCounts()
	for p := range paneCount {
		out[p] = p.title() + " " + strconv.Itoa(counts[p])
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
