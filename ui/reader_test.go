package ui

import (
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"
)

// bodyLines is the list column of the body as the user sees it: the lines
// between the tab bar and the status bar, cut to the list's width.
func bodyLines(m Model) []string {
	lines := strings.Split(m.View(), "\n")
	lines = lines[1 : 1+m.bodyH]
	w := m.activeBrowser().listW
	for i, l := range lines {
		lines[i] = strings.TrimRight(cutCells(l, w), " ")
	}
	return lines
}

func cutCells(s string, w int) string {
	r := []rune(s)
	if len(r) > w {
		r = r[:w]
	}
	return string(r)
}

func selectedTitle(m Model) string { return m.activeBrowser().selected().title() }

// Issue 8, broken 1: pgdn/pgup move at every size, stop on the ends, and the
// list fills its height after G.
func TestPageKeysScroll(t *testing.T) {
	b := loadSeed(t)
	for _, sz := range [][2]int{{120, 40}, {80, 24}, {60, 14}} {
		m := press(New(b, testOptions()), size(sz[0], sz[1]))
		n := len(m.activeBrowser().list.Items())
		last := m.activeBrowser().list.Items()[n-1].(row).title()
		for range n {
			m = press(m, special(tea.KeyPgDown))
		}
		if got := selectedTitle(m); got != last {
			t.Errorf("%v: pgdn to the end selects %q, want the last item %q", sz, got, last)
		}
		for range n {
			m = press(m, special(tea.KeyPgUp))
		}
		if got := m.activeBrowser().list.Index(); got != 0 {
			t.Errorf("%v: pgup to the top selects row %d, want 0", sz, got)
		}
		m = press(m, special(tea.KeyPgDown))
		if m.activeBrowser().list.Index() == 0 {
			t.Errorf("%v: pgdn from the top did not move", sz)
		}
		m = press(m, runes("G"))
		lines := bodyLines(m)
		blank := 0
		for _, l := range lines {
			if l == "" {
				blank++
			}
		}
		if rows := n * 2; rows >= len(lines) && blank > 1 {
			t.Errorf("%v: after G the list leaves %d blank rows:\n%s", sz, blank, strings.Join(lines, "\n"))
		}
		before := m.activeBrowser().list.Index()
		top := lines[0]
		m = press(m, runes("k"))
		if got := m.activeBrowser().list.Index(); got != before-1 {
			t.Errorf("%v: k after G moved to %d, want %d", sz, got, before-1)
		}
		if after := bodyLines(m)[0]; n*2 > len(lines) && after != top {
			t.Errorf("%v: k after G scrolled the list: top row %q became %q", sz, top, after)
		}
	}
}
