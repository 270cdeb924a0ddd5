package ui

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"
	"unicode"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/ansi"
	"github.com/mattn/go-runewidth"
	"github.com/muesli/termenv"

	"briefing/model"
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

// Issue 8, broken 2: the detail wraps each paragraph once, at the width it
// has. Each seed paragraph, caption (a block quote) and option description
// is rendered alone, so two consecutive lines are always one block: no line
// may end where the next line's first word would still have fitted.
func TestDetailWrapsOnce(t *testing.T) {
	b := loadSeed(t)
	var blocks []string
	for _, p := range b.Posts {
		for _, bl := range p.Body {
			switch bl.Kind {
			case model.BlockCaption:
				blocks = append(blocks, "> "+mdLine(bl.Text))
			case model.BlockParagraph:
				blocks = append(blocks, mdLine(bl.Text))
			}
		}
	}
	for _, o := range b.Options {
		blocks = append(blocks, mdLine(o.Description), "> "+mdLine(o.Description))
	}
	for _, style := range []string{"notty", "dark"} {
		c := newMDCache(style, termenv.Ascii, false)
		for _, termW := range []int{90, 100, 120, 160, 200} {
			m := press(New(b, testOptions()), size(termW, 40))
			w := m.timeline.detail.vp.Width
			for i, src := range blocks {
				lines := c.render(strconv.Itoa(i), src, w).Lines
				for j := 0; j+1 < len(lines); j++ {
					cur := strings.TrimRight(ansi.Strip(lines[j]), " ")
					next := strings.Fields(strings.Trim(ansi.Strip(lines[j+1]), " ▏|"))
					if len(next) == 0 || cur == "" {
						continue
					}
					if ansi.StringWidth(cur)+1+ansi.StringWidth(next[0]) <= w-2 {
						t.Errorf("%s, %d columns (detail %d): %q ends early; %q would fit:\n%s", style, termW, w, cur, next[0], strings.Join(lines, "\n"))
					}
				}
			}
		}
	}
}

// A hyphenated word is found by a search typed with '-'.
func TestHighlightFindsHyphenatedWords(t *testing.T) {
	c := newMDCache("notty", termenv.Ascii, false)
	p := c.render("x", "US Vice-President JD Vance - and others", 60)
	if _, hits := highlightLines(p.Lines, p.Text, "vice-president", false, lipgloss.NewStyle()); len(hits) == 0 {
		t.Fatalf("vice-president not found in %q", p.Lines)
	}
}

func quits(cmd tea.Cmd) bool {
	if cmd == nil {
		return false
	}
	_, ok := cmd().(tea.QuitMsg)
	return ok
}

// Issue 8, broken 3: on the "too small" screen no key acts unseen; a
// resize shows the screen as it was. Only the quit keys act.
func TestTooSmallKeysInert(t *testing.T) {
	m := press(New(tinyBriefing(), testOptions()), size(30, 8))
	m = press(m, runes("L"), runes("2"), special(tea.KeyEnter), runes("/"), runes("x"), runes("e"), runes("?"), special(tea.KeyDown))
	m = press(m, size(120, 40))
	if m.mode != modeBrowse || m.active != paneTimeline || m.activeBrowser().list.Index() != 0 {
		t.Fatalf("keys acted while too small: mode %v pane %v row %d\n%s", m.mode, m.active, m.activeBrowser().list.Index(), m.View())
	}
	if !strings.HasPrefix(m.View(), "[Timeline") {
		t.Fatalf("after the resize:\n%s", m.View())
	}
	small := press(m, size(30, 8))
	for _, k := range []tea.KeyMsg{runes("q"), special(tea.KeyCtrlC)} {
		if _, cmd := small.Update(k); !quits(cmd) {
			t.Errorf("%q does not quit on the too-small screen", k)
		}
	}
}

// Issue 8, broken 4: ctrl+c quits from every prompt and mode.
func TestCtrlCQuitsEverywhere(t *testing.T) {
	base := press(New(tinyBriefing(), testOptions()), size(100, 30))
	for _, open := range []string{"", "/", "L", "e", "?"} {
		m := base
		if open != "" {
			m = press(m, runes(open))
		}
		if _, cmd := m.Update(special(tea.KeyCtrlC)); !quits(cmd) {
			t.Errorf("ctrl+c after %q (mode %v) does not quit", open, m.mode)
		}
	}
}

// Issue 8, broken 5: e from a person's statements writes that person, not
// every person of the pane; the default file name says who.
func TestExportDrilledPerson(t *testing.T) {
	m := press(New(loadSeed(t), testOptions()), size(120, 40), runes("2"))
	for selectedTitle(m) != "Friedrich Merz" {
		m = press(m, runes("j"))
	}
	m = press(m, special(tea.KeyEnter)) // his statements
	if !strings.HasSuffix(m.exportPath(), "briefing-leaders-merz.md") {
		t.Errorf("default path %q does not name the person", m.exportPath())
	}
	md := Markdown(m.sh.b, m.sh.view, m.exportOptions())
	if n := strings.Count(md, "\n#### "); n != 1 || !strings.Contains(md, "#### Friedrich Merz") {
		t.Fatalf("export of Merz's statements has %d people:\n%s", n, md)
	}
	if strings.Contains(md, "## Leaders\n\n### Leaders") {
		t.Errorf("export repeats the Leaders heading:\n%s", md)
	}
	m = press(m, special(tea.KeyEsc)) // back to the people: all of them again
	if n := strings.Count(Markdown(m.sh.b, m.sh.view, m.exportOptions()), "\n#### "); n != len(m.sh.view.People) {
		t.Errorf("export of the people pane has %d people, want %d", n, len(m.sh.view.People))
	}
}

// Issue 8, broken 6 and 7: at every width enter on a statement shows it
// (its context and citations), a second enter jumps to its post, and esc
// comes back to the statement with the lists where they were.
func TestStatementJumpAndBack(t *testing.T) {
	for _, sz := range [][2]int{{80, 24}, {95, 30}, {120, 40}} {
		m := press(New(loadSeed(t), testOptions()), size(sz[0], sz[1]), runes("2"))
		for selectedTitle(m) != "Friedrich Merz" {
			m = press(m, runes("j"))
		}
		m = press(m, special(tea.KeyEnter), runes("j")) // his second statement
		stmt := selectedTitle(m)
		m = press(m, special(tea.KeyEnter))
		if m.active != paneLeaders || !strings.Contains(m.View(), "Cited in") {
			t.Fatalf("%v: enter on a statement does not show it:\n%s", sz, m.View())
		}
		m = press(m, special(tea.KeyEnter))
		if m.active != paneTimeline {
			t.Fatalf("%v: second enter did not open the post", sz)
		}
		if !strings.Contains(m.helpLine(), "back") {
			t.Errorf("%v: the key bar does not offer esc back after a jump: %s", sz, m.helpLine())
		}
		m = press(m, special(tea.KeyEsc))
		if m.active != paneLeaders || !leadersOf(m).drilled() || selectedTitle(m) != stmt {
			t.Fatalf("%v: esc after the jump: pane %v, drilled %v, row %q; want the statement %q", sz, m.active, leadersOf(m).drilled(), selectedTitle(m), stmt)
		}
		if !strings.Contains(m.View(), "Cited in") {
			t.Errorf("%v: back on the statement, its detail is not shown:\n%s", sz, m.View())
		}
		m = press(m, special(tea.KeyEsc), special(tea.KeyEsc))
		if leadersOf(m).drilled() || selectedTitle(m) != "Friedrich Merz" {
			t.Errorf("%v: esc esc: drilled %v on %q, want the people list on Merz", sz, leadersOf(m).drilled(), selectedTitle(m))
		}
	}
}

// Issue 8, broken 8: the picker takes a space inside a name, has an
// Everyone row, and un-toggling everyone then enter clears the filter
// instead of applying the highlighted person.
func TestPickerSpacesAndEveryone(t *testing.T) {
	m := press(New(loadSeed(t), testOptions()), size(100, 30), runes("L"))
	m = press(m, typed("von der")...)
	if got := m.picker.input.Value(); got != "von der" {
		t.Fatalf("typed %q into the picker, want %q", got, "von der")
	}
	if len(m.picker.toggled) != 0 {
		t.Fatalf("a space inside a name toggled %v", m.picker.toggled)
	}
	if !strings.Contains(m.View(), "Ursula von der Leyen") {
		t.Fatalf("von der does not find von der Leyen:\n%s", m.View())
	}
	m = press(m, special(tea.KeySpace), special(tea.KeyEnter)) // the space after the name toggles
	if len(m.filter.People) != 1 || m.filter.People[0] != "von-der-leyen" {
		t.Fatalf("filter = %v, want von der Leyen", m.filter.People)
	}
	// Everyone is the first row and clears the filter.
	m = press(m, runes("L"))
	if !strings.Contains(m.View(), "Everyone") {
		t.Fatalf("no Everyone row:\n%s", m.View())
	}
	if it, ok := m.picker.list.SelectedItem().(pickItem); !ok || !it.on {
		t.Errorf("the picker opens on %v, want the person already in the filter", m.picker.list.SelectedItem())
	}
	m = press(m, special(tea.KeyPgUp), special(tea.KeyEnter))
	if !m.filter.Empty() {
		t.Fatalf("enter on Everyone: filter = %v", m.filter.People)
	}
	// Toggle one, un-toggle it, enter: nobody toggled means everyone.
	m = press(m, runes("L"), special(tea.KeyDown), special(tea.KeyDown), special(tea.KeySpace), special(tea.KeySpace), special(tea.KeyEnter))
	if !m.filter.Empty() {
		t.Fatalf("un-toggled then enter applied %v, want no leader filter", m.filter.People)
	}
}

// Issue 8, broken 9: a search lands on the first hit with the item's
// heading in view; n counts hits, not only items, and says when it wraps.
func TestSearchHitsAndWrap(t *testing.T) {
	m := press(New(loadSeed(t), testOptions()), size(120, 40), runes("/"))
	m = press(m, append(typed("ceasefire"), special(tea.KeyEnter))...)
	title := selectedTitle(m)
	if !strings.Contains(strings.Join(strings.Split(m.View(), "\n")[1:4], "\n"), cutCells(title, 30)) {
		t.Fatalf("the search lands without the item's heading %q in view:\n%s", title, m.View())
	}
	d := &m.activeBrowser().detail
	if len(d.hits) < 2 {
		t.Fatalf("want an item with several hits, %q has %d", title, len(d.hits))
	}
	want := "hit 1/" + strconv.Itoa(len(d.hits))
	if !strings.Contains(m.statusView(), want) {
		t.Fatalf("status %q lacks %q", m.statusView(), want)
	}
	m = press(m, runes("n"))
	if selectedTitle(m) != title || !strings.Contains(m.statusView(), "hit 2/") {
		t.Fatalf("n moved off the item before its hits: %q, %q", selectedTitle(m), m.statusView())
	}
	// n through every hit comes back round, and says so.
	wrapped := false
	for range 500 {
		m = press(m, runes("n"))
		if strings.Contains(m.statusView(), "wrapped") {
			wrapped = true
			break
		}
	}
	if !wrapped || !strings.Contains(m.statusView(), "match 1/") || !strings.Contains(m.statusView(), "hit 1/") {
		t.Fatalf("n past the last hit: status %q, want match 1/…, hit 1/… and wrapped", m.statusView())
	}
	m = press(m, runes("N"))
	if !strings.Contains(m.statusView(), "wrapped to the last") {
		t.Errorf("N before the first hit: status %q", m.statusView())
	}
}

// Issue 8, broken 10: one rule for a leader filter in every pane and the
// export: what the person said or is named in. "Boots on the ground" names
// Trump in its description.
func TestLeaderFilterNamedIn(t *testing.T) {
	b := loadSeed(t)
	o := testOptions()
	o.Filter = model.Filter{People: []string{"trump"}}
	m := press(New(b, o), size(120, 40))
	if !strings.Contains(firstLineOf(m.View()), "Guarantees 1") {
		t.Fatalf("--leader trump tabs: %s", firstLineOf(m.View()))
	}
	m = press(m, runes("3"))
	if !strings.Contains(m.View(), "Boots on the ground") {
		t.Fatalf("Guarantees under --leader trump:\n%s", m.View())
	}
	if md := Markdown(b, m.sh.view, ExportOptions{Pane: "guarantees"}); !strings.Contains(md, "### Boots on the ground") {
		t.Fatalf("the export disagrees with the pane:\n%s", md)
	}
}

// ctrl+z suspends (bubbletea releases the terminal and restores it on fg),
// from prompts too.
func TestCtrlZSuspends(t *testing.T) {
	base := press(New(tinyBriefing(), testOptions()), size(100, 30))
	for _, open := range []string{"", "/"} {
		m := base
		if open != "" {
			m = press(m, runes(open))
		}
		_, cmd := m.Update(tea.KeyMsg{Type: tea.KeyCtrlZ})
		if cmd == nil {
			t.Fatalf("ctrl+z after %q: no command", open)
		}
		if _, ok := cmd().(tea.SuspendMsg); !ok {
			t.Errorf("ctrl+z after %q does not suspend", open)
		}
	}
}

// J and K read the next and previous item without leaving the detail.
func TestNextItemInDetail(t *testing.T) {
	for _, w := range []int{120, 70} {
		m := press(New(loadSeed(t), testOptions()), size(w, 30), runes("j"), special(tea.KeyEnter))
		first := selectedTitle(m)
		m = press(m, runes("J"))
		second := selectedTitle(m)
		if second == first || !m.activeBrowser().inDetail {
			t.Fatalf("%d: J: %q -> %q, in detail %v", w, first, second, m.activeBrowser().inDetail)
		}
		if !strings.Contains(m.View(), cutCells(second, 20)) {
			t.Fatalf("%d: J does not show %q:\n%s", w, second, m.View())
		}
		if m = press(m, runes("K")); selectedTitle(m) != first || !m.activeBrowser().inDetail {
			t.Fatalf("%d: K did not come back to %q", w, first)
		}
	}
}

// The status bar says where the reader is: the row (3/14) and how far the
// detail is scrolled.
func TestPositionIndicator(t *testing.T) {
	m := press(New(loadSeed(t), testOptions()), size(120, 40), runes("j"), runes("j"))
	n := len(m.activeBrowser().list.Items())
	if want := "3/" + strconv.Itoa(n); !strings.Contains(m.statusView(), want) {
		t.Fatalf("status %q lacks the position %q", m.statusView(), want)
	}
	m = press(m, special(tea.KeyEnter), runes("G"))
	if !strings.Contains(m.statusView(), "100%") {
		t.Fatalf("status %q after scrolling the detail to its end lacks 100%%", m.statusView())
	}
}

// Headings read as headings, not "## In context"; on a very wide terminal
// the list widens and the detail's lines stop at a reading width.
func TestHeadingsAndWideLayout(t *testing.T) {
	c := newMDCache("dark", termenv.Ascii, false)
	if got := strings.Join(c.render("h", "# T\n\n## In context\n\ntext\n", 60).Lines, "\n"); strings.Contains(got, "## In context") {
		t.Errorf("heading drawn with its markup:\n%s", got)
	}
	m := press(New(loadSeed(t), testOptions()), size(200, 60))
	if br := m.activeBrowser(); br.listW <= 56 || br.detail.vp.Width > readingMax {
		t.Errorf("200 columns: list %d wide, detail %d wide", br.listW, br.detail.vp.Width)
	}
	long := ""
	for _, it := range m.activeBrowser().list.Items() {
		if t := it.(row).title(); len(t) > len(long) {
			long = t
		}
	}
	if !strings.Contains(m.View(), long[:60]) {
		t.Errorf("200 columns: the longest title is cut before 60 columns:\n%s", m.View())
	}
}

// Issue 9: a paste into the search prompt without bracketed paste (one
// key message per character) costs linear time: ten times the keys take
// about ten times as long, not a hundred. The prompt keeps at most
// searchMax characters, and ctrl+c after the paste still quits.
func TestUnbracketedPasteIsLinear(t *testing.T) {
	base := press(New(loadSeed(t), testOptions()), size(120, 40), runes("/"))
	paste := func(n int) (Model, time.Duration) {
		m := base
		start := time.Now()
		for i := range n {
			next, _ := m.Update(runes(string(rune('a' + i%26))))
			m = next.(Model)
		}
		_ = m.View()
		return m, time.Since(start)
	}
	// the faster of two runs each, and a bound well under the hundredfold
	// a quadratic paste costs, so a busy machine does not fail a linear one
	best := func(n int) (Model, time.Duration) {
		m, d := paste(n)
		if _, d2 := paste(n); d2 < d {
			d = d2
		}
		return m, d
	}
	_, small := best(2000)
	m, big := best(20000)
	if ratio := float64(big) / float64(small); ratio > 40 {
		t.Errorf("2,000 keys took %v, 20,000 took %v: %.0fx, not linear", small, big, ratio)
	}
	if n := len([]rune(m.input.Value())); n != searchMax {
		t.Errorf("the prompt holds %d characters, want the cap %d", n, searchMax)
	}
	if _, cmd := m.Update(special(tea.KeyCtrlC)); !quits(cmd) {
		t.Error("ctrl+c after the paste does not quit")
	}
}

// The key bar keeps "? help" and "q quit" at every width it can hold them,
// drops whole keys rather than cutting one, and offers enter only when
// there is something to open.
func TestKeyBarKeepsHelpAndQuit(t *testing.T) {
	for _, w := range []int{60, 80, 100, 120} {
		m := press(New(loadSeed(t), testOptions()), size(w, 30))
		bar := m.helpLine()
		if !strings.Contains(bar, "? help") || !strings.Contains(bar, "q quit") || strings.Contains(bar, "…") {
			t.Errorf("%d columns: key bar %q", w, bar)
		}
		if strings.HasSuffix(strings.TrimRight(bar, " "), "•") {
			t.Errorf("%d columns: dangling separator in %q", w, bar)
		}
	}
	m := press(New(loadSeed(t), testOptions()), size(120, 30), runes("/"))
	m = press(m, append(typed("zzzqqq"), special(tea.KeyEnter))...)
	if strings.Contains(m.helpLine(), "open") {
		t.Errorf("empty pane: the key bar offers open: %q", m.helpLine())
	}
}

// o orders the Timeline only: on another pane it says so instead of
// flipping the Timeline unseen.
func TestOrderOnlyOnTimeline(t *testing.T) {
	m := press(New(tinyBriefing(), testOptions()), size(120, 30), runes("2"), runes("o"))
	if !m.sh.newestFirst {
		t.Fatal("o on Leaders flipped the Timeline")
	}
	if !strings.Contains(m.statusView(), "orders the Timeline") {
		t.Errorf("o on Leaders says nothing: %q", m.statusView())
	}
	if m = press(m, runes("1"), runes("o")); m.sh.newestFirst {
		t.Error("o on the Timeline did not flip it")
	}
}

// The export prompt: its own placeholder after ctrl+u, "~/" expanded, and a
// directory refused at once instead of "Overwrite?" then a failure.
func TestExportPromptPaths(t *testing.T) {
	home := t.TempDir()
	opts := testOptions()
	opts.Home = home
	m := press(New(tinyBriefing(), opts), size(100, 30), runes("/"), special(tea.KeyEsc), runes("e"), special(tea.KeyCtrlU))
	if v := m.statusView(); strings.Contains(v, "search") || !strings.Contains(v, "path") {
		t.Errorf("emptied export prompt reads %q", v)
	}
	m = press(m, typed("~/x.md")...)
	next, cmd := m.Update(special(tea.KeyEnter))
	next, _ = next.Update(cmd())
	if _, err := os.Stat(filepath.Join(home, "x.md")); err != nil {
		t.Fatalf("~/x.md not written to the home directory: %v (%s)", err, next.(Model).statusView())
	}
	m = press(New(tinyBriefing(), opts), size(100, 30), runes("e"), special(tea.KeyCtrlU))
	m = press(m, typed(home)...)
	next, cmd = m.Update(special(tea.KeyEnter))
	next, _ = next.Update(cmd())
	m = next.(Model)
	if m.mode == modeConfirm || !strings.Contains(m.statusView(), "is a directory") {
		t.Errorf("a directory target: mode %v, status %q", m.mode, m.statusView())
	}
}

// With NO_COLOR the styles carry no colour but keep the attributes that
// mark the selection and the search hits.
func TestNoColorKeepsAttributes(t *testing.T) {
	st := newStyles(colourRenderer(), true)
	hit, sel := st.Match.Render("hit"), st.Selected.Render("row")
	if !strings.Contains(hit, "\x1b[7m") || !strings.Contains(sel, "\x1b[1m") {
		t.Errorf("NO_COLOR: hit %q, selection %q: want reverse and bold", hit, sel)
	}
	for _, s := range []string{hit, sel, st.ActiveTab.Render("tab"), st.Status.Render("bar")} {
		if strings.Contains(s, "38;") || strings.Contains(s, "48;") {
			t.Errorf("NO_COLOR: %q has a colour", s)
		}
	}
}

// Issue 9, width: titles with emoji sequences and tabs fit their rows as a
// terminal counts them (code point by code point, as tmux and xterm do),
// not only as the layout counts grapheme clusters.
func TestEmojiAndTabsFitAsTerminalsCount(t *testing.T) {
	b := tinyBriefing()
	b.Posts[0].Title = "Talks\tend 👍🏽 👩‍💻 🧑‍🤝‍🧑 ☺️ with a long tail of words to cut"
	b.Posts[0].Body = append(b.Posts[0].Body, model.Block{Kind: model.BlockParagraph, Text: "Thumbs 👍🏽 and 👩‍💻\tcoders"})
	b.Reindex()
	for _, sz := range [][2]int{{80, 24}, {120, 40}} {
		m := press(New(b, testOptions()), size(sz[0], sz[1]), runes("G"), special(tea.KeyEnter))
		for i, l := range strings.Split(m.View(), "\n") {
			cp := 0
			for _, r := range ansi.Strip(l) {
				cp += runewidth.RuneWidth(r)
			}
			if strings.ContainsRune(l, '\t') || cp > sz[0] {
				t.Errorf("%v line %d is %d cells to a terminal (layout says %d): %q", sz, i, cp, ansi.StringWidth(l), ansi.Strip(l))
			}
		}
	}
}

// The pane contract's refresh path: a briefing replaced under the panes
// (a new post on top, a post's text changed) keeps the reader on the same
// post, in the detail, with the new text shown.
func TestSetBriefingKeepsPlace(t *testing.T) {
	m := press(New(tinyBriefing(), testOptions()), size(120, 30), runes("j"), runes("j"), special(tea.KeyEnter))
	was := m.activeBrowser().selected().key()
	b := tinyBriefing()
	b.Posts = append(b.Posts, model.Post{ID: "live/4", Source: "live", Time: "07:00", Zone: "BST", Title: "Newest post"})
	for i := range b.Posts {
		if "post:"+b.Posts[i].ID == was {
			b.Posts[i].Body = append(b.Posts[i].Body, model.Block{Kind: model.BlockParagraph, Text: "An update came in."})
		}
	}
	b.Reindex()
	m = m.SetBriefing(b)
	if got := m.activeBrowser().selected().key(); got != was || !m.activeBrowser().inDetail {
		t.Fatalf("after SetBriefing on %s, in detail %v; want %s", got, m.activeBrowser().inDetail, was)
	}
	if !strings.Contains(m.View(), "An update came in.") || !strings.Contains(firstLineOf(m.View()), "Timeline 4") {
		t.Fatalf("the new briefing is not shown:\n%s", m.View())
	}
}

// tmuxWidth counts a row as tmux 3 does, code point by code point with
// wcwidth: nonspacing and enclosing marks and format characters take no
// cell, a spacing vowel sign (Mc, the ा of का) takes one.
func tmuxWidth(s string) int {
	w := 0
	for _, r := range ansi.Strip(s) {
		switch {
		case unicode.In(r, unicode.Mn, unicode.Me, unicode.Cf):
		default:
			w += runewidth.RuneWidth(r)
		}
	}
	return w
}

// Issue 9, width: Devanagari's spacing vowel signs are one cell each to
// tmux but part of their consonant's cell to the layout (का is 1 to us,
// 2 to tmux), so rows with Hindi text wrapped.
func TestDevanagariFitsAsTmuxCounts(t *testing.T) {
	b := tinyBriefing()
	b.Title = "प्रधानमंत्री मोदी ने कहा कि बातचीत जारी रहेगी"
	b.Posts[0].Title = "प्रधानमंत्री मोदी ने कहा कि बातचीत जारी रहेगी और समझौता जल्द होगा, विदेश मंत्रालय ने बताया"
	b.Posts[0].Body = append(b.Posts[0].Body, model.Block{Kind: model.BlockParagraph, Text: strings.Repeat("प्रधानमंत्री मोदी ने कहा कि बातचीत जारी रहेगी। ", 6)})
	b.Reindex()
	for _, sz := range [][2]int{{80, 24}, {120, 40}} {
		for _, keys := range [][]tea.Msg{nil, {runes("G"), special(tea.KeyEnter)}} {
			m := press(New(b, testOptions()), append([]tea.Msg{size(sz[0], sz[1])}, keys...)...)
			for i, l := range strings.Split(m.View(), "\n") {
				if w := tmuxWidth(l); w > sz[0] {
					t.Errorf("%v line %d is %d cells to tmux (layout says %d): %q", sz, i, w, ansi.StringWidth(l), ansi.Strip(l))
				}
			}
		}
	}
}

// sameWidth's zero-width spaces do not hide Devanagari from the search
// highlight, in the list or in the detail.
func TestDevanagariSearchStillHighlights(t *testing.T) {
	st := lipgloss.NewStyle()
	hi := lipgloss.NewStyle().Reverse(true)
	r := lipgloss.NewRenderer(nil)
	r.SetColorProfile(termenv.ANSI)
	hi = hi.Renderer(r)
	s := sameWidth("प्रधानमंत्री मोदी ने कहा")
	if got := highlight(s, "मोदी", st, hi); !strings.Contains(got, "\x1b[7m") {
		t.Errorf("list: no highlight in %q", got)
	}
	if _, hits := highlightLines([]string{s}, nil, "मोदी ने", false, hi); len(hits) != 1 {
		t.Errorf("detail: hits %v", hits)
	}
}
