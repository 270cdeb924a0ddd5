package ui

import (
	"go/ast"
	"go/parser"
	"go/token"
	"strings"
	"testing"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
)

// The pane contract (pane.go), tested at the component: each pane's update
// handles its own keys, changes only itself, and reports what the root
// must do as a typed message; the root acts on those messages and hands
// the panes' keys on untouched.

// paneFixture is a laid-out model on the tiny briefing, for its shared
// state and its panes.
func paneFixture(t *testing.T, w, h int) Model {
	t.Helper()
	return press(New(tinyBriefing(), testOptions()), size(w, h))
}

// leadersOf and guaranteesOf are a model's panes, typed, for the tests
// that look inside them (the root itself names only the Timeline).
func leadersOf(m Model) *leadersPane       { return m.panes[paneLeaders].(*leadersPane) }
func guaranteesOf(m Model) *guaranteesPane { return m.panes[paneGuarantees].(*guaranteesPane) }

// intent runs a pane's Cmd and returns the message it carries (nil: none).
func intent(cmd tea.Cmd) tea.Msg {
	if cmd == nil {
		return nil
	}
	return cmd()
}

func TestTimelinePaneOwnsItsKeys(t *testing.T) {
	m := paneFixture(t, 120, 30)
	p, sh := m.timeline.clone().(*timelinePane), m.sh
	first := p.selected().key()

	cmd := p.update(sh, runes("j"))
	if cmd != nil || p.selected().key() == first {
		t.Fatalf("j: selected %s (was %s), cmd %v", p.selected().key(), first, intent(cmd))
	}
	if m.timeline.selected().key() != first {
		t.Fatalf("the clone's update changed the model's pane: %s", m.timeline.selected().key())
	}
	if p.update(sh, special(tea.KeyEnter)); !p.inDetail {
		t.Fatalf("enter did not open the detail")
	}
	if cmd = p.update(sh, special(tea.KeyEsc)); p.inDetail || cmd != nil {
		t.Fatalf("esc: in detail %v, cmd %v", p.inDetail, intent(cmd))
	}
	// Nothing to go back from and no search: esc reports nothing.
	if cmd = p.update(sh, special(tea.KeyEsc)); cmd != nil {
		t.Fatalf("esc at the list without a search reported %v", intent(cmd))
	}
	// At the last row J cannot move: the pane says so through the root.
	p.update(sh, runes("G"))
	if cmd = p.update(sh, runes("J")); intent(cmd) != (flashMsg{text: "no more items"}) {
		t.Fatalf("J at the end: %v", intent(cmd))
	}
	if p.countText(sh) != "3/3 posts" || p.exportOptions(sh) != (ExportOptions{Pane: "timeline", NewestFirst: true}) {
		t.Fatalf("count %q, export %+v", p.countText(sh), p.exportOptions(sh))
	}
}

func TestTimelinePaneEscWhileSearchingAsksToClear(t *testing.T) {
	m := press(paneFixture(t, 120, 30), runes("/"), runes("g"), runes("r"), runes("o"), special(tea.KeyEnter))
	if m.filter.Query != "gro" || m.active != paneTimeline {
		t.Fatalf("setup: query %q on %v", m.filter.Query, m.active)
	}
	p := m.timeline
	cmd := p.update(m.sh, special(tea.KeyEsc))
	if p.inDetail || intent(cmd) != (clearSearchMsg{}) {
		t.Fatalf("esc while searching: %v", intent(cmd))
	}
	// h is back too, but only esc clears a search.
	if cmd = p.update(m.sh, runes("h")); cmd != nil {
		t.Fatalf("h while searching reported %v", intent(cmd))
	}
}

func TestLeadersPaneDrillsAndReportsTheJump(t *testing.T) {
	m := paneFixture(t, 120, 30)
	p, sh := leadersOf(m), m.sh
	if !p.selectKey("person:merz") {
		t.Fatal("no Merz in the people")
	}
	steps := []struct {
		what            string
		drilled, detail bool
	}{
		{"enter: the statements", true, false},
		{"enter: the statement", true, true},
	}
	var cmd tea.Cmd
	for _, s := range steps {
		if cmd = p.update(sh, special(tea.KeyEnter)); p.drilled() != s.drilled || p.stmts.inDetail != s.detail || cmd != nil {
			t.Fatalf("%s: drilled %v, detail %v, cmd %v", s.what, p.drilled(), p.stmts.inDetail, intent(cmd))
		}
	}
	if p.current() != &p.stmts || p.countText(sh) != "Friedrich Merz: 2 statements" || p.exportOptions(sh).Person != "merz" {
		t.Fatalf("drilled in: count %q, export %+v", p.countText(sh), p.exportOptions(sh))
	}
	// The third enter is the root's business: the pane only asks.
	cmd = p.update(sh, special(tea.KeyEnter))
	want := jumpToPostMsg{post: "live/2", quote: "I can't imagine that the next meeting would take place without a ceasefire,"}
	if got := intent(cmd); got != want {
		t.Fatalf("enter on the open statement: %v, want %v", got, want)
	}
	for _, s := range []struct {
		drilled, detail bool
	}{{true, false}, {false, false}} {
		if cmd = p.update(sh, special(tea.KeyEsc)); p.drilled() != s.drilled || p.stmts.inDetail != s.detail || cmd != nil {
			t.Fatalf("esc: drilled %v, detail %v, cmd %v", p.drilled(), p.stmts.inDetail, intent(cmd))
		}
	}
	if p.selected().key() != "person:merz" {
		t.Fatalf("out of the drill-down on %s, want Merz", p.selected().key())
	}
	// backOut is what a search does to a drill-down.
	p.update(sh, special(tea.KeyEnter))
	if !p.backOut() || p.drilled() || p.backOut() {
		t.Fatalf("backOut: drilled %v", p.drilled())
	}
}

func TestGuaranteesPaneOwnsItsKeys(t *testing.T) {
	m := paneFixture(t, 70, 30) // narrow: enter shows the detail alone
	p, sh := guaranteesOf(m), m.sh
	if cmd := p.update(sh, runes("K")); intent(cmd) != (flashMsg{text: "no more items"}) {
		t.Fatalf("K at the top: %v", intent(cmd))
	}
	p.update(sh, special(tea.KeyEnter))
	p.sync(sh, true) // as the root does after every message it hands on
	if !p.inDetail || !strings.Contains(p.view(sh), "Troops deployed in Ukraine") {
		t.Fatalf("enter: in detail %v\n%s", p.inDetail, p.view(sh))
	}
	if p.update(sh, runes("J")); !p.inDetail || p.selected().key() != "option:Intelligence" {
		t.Fatalf("J: in detail %v on %s", p.inDetail, p.selected().key())
	}
	if p.count(sh) != 2 || p.countText(sh) != "2/2 options" {
		t.Fatalf("count %d %q", p.count(sh), p.countText(sh))
	}
}

// Each pane's help shows only the keys that act now, and every key it
// lists is one the root's full help lists.
func TestPaneHelpIsWhatActs(t *testing.T) {
	m := paneFixture(t, 120, 30)
	k := m.sh.keys
	all := map[string]bool{}
	for _, g := range k.FullHelp() {
		for _, b := range g {
			all[b.Help().Key] = true
		}
	}
	for _, p := range m.panes {
		for _, g := range p.FullHelp() {
			for _, b := range g {
				if !all[b.Help().Key] {
					t.Errorf("%s: %q is not in the full help", p.name(), b.Help().Key)
				}
			}
		}
		if got := p.ShortHelp(); !hasKey(got, k.Open) || hasKey(got, k.Back) {
			t.Errorf("%s at its list: %v, want open and not back", p.name(), helpKeysOf(got))
		}
	}
	p := leadersOf(m.clone())             // m stays at its lists
	p.update(m.sh, special(tea.KeyEnter)) // into the statements
	if got := p.ShortHelp(); !hasKey(got, k.Back) {
		t.Errorf("drilled in: %v, want back", helpKeysOf(got))
	}
	empty := press(m, runes("/"), runes("z"), runes("q"), runes("z"), special(tea.KeyEnter))
	if got := guaranteesOf(empty).ShortHelp(); hasKey(got, k.Open) {
		t.Errorf("an empty pane offers %v", helpKeysOf(got))
	}
}

func helpKeysOf(bs []key.Binding) []string {
	var out []string
	for _, b := range bs {
		out = append(out, b.Help().Key)
	}
	return out
}

// The root acts on each intent message: the jump switches panes and
// remembers where it came from, the clear clears only the search, the
// flash shows.
func TestRootActsOnPaneIntent(t *testing.T) {
	m := press(paneFixture(t, 120, 30), runes("2"))
	next, _ := m.Update(jumpToPostMsg{post: "live/2", quote: "boots on the ground"})
	m = next.(Model)
	if m.active != paneTimeline || m.activeBrowser().selected().key() != "post:live/2" || len(m.trail) != 1 || m.trail[0] != paneLeaders {
		t.Fatalf("jump: on %v %s, trail %v", m.active, m.activeBrowser().selected().key(), m.trail)
	}
	if d := m.timeline.detail; d.first < 0 {
		t.Fatalf("jump: the quote is not marked")
	}
	m = press(m, special(tea.KeyEsc))
	if m.active != paneLeaders || len(m.trail) != 0 {
		t.Fatalf("esc after the jump: on %v, trail %v", m.active, m.trail)
	}

	m = press(m, runes("]"), runes("/"), runes("g"), special(tea.KeyEnter))
	if m.filter.Query != "g" || len(m.filter.People) != 1 {
		t.Fatalf("setup: %+v", m.filter)
	}
	next, _ = m.Update(clearSearchMsg{})
	m = next.(Model)
	if m.filter.Query != "" || len(m.filter.People) != 1 || m.sh.view.Filter.Query != "" || !strings.Contains(m.statusView(), "search cleared") {
		t.Fatalf("clear: filter %+v, view %+v, status %q", m.filter, m.sh.view.Filter, m.statusView())
	}

	next, _ = m.Update(flashMsg{text: "no more items"})
	if s := next.(Model).statusView(); !strings.Contains(s, "no more items") {
		t.Fatalf("flash: %q", s)
	}
}

// A pane key reaches the active pane untouched: what the root does with
// it is what the pane's own update does, for every pane and every kind of
// pane key, in a wide and a narrow window.
func TestRootHandsPaneKeysOn(t *testing.T) {
	keys := []tea.Msg{
		runes("j"), runes("k"), runes("G"), runes("g"), special(tea.KeyPgDown), special(tea.KeyPgUp),
		special(tea.KeyEnter), runes(" "), runes("d"), runes("u"), runes("J"), runes("K"),
		special(tea.KeyEsc), runes("l"), runes("h"), special(tea.KeyDown),
	}
	type state struct {
		row            string
		inDetail, deep bool
		y              int
		msg            tea.Msg
	}
	of := func(m Model, cmd tea.Cmd) state {
		br := m.activeBrowser()
		return state{rowKey(br.selected()), br.inDetail, leadersOf(m).drilled(), br.detail.vp.YOffset, intent(cmd)}
	}
	for _, w := range []int{120, 70} {
		for _, p := range []string{"1", "2", "3"} {
			m := press(New(tinyBriefing(), testOptions()), size(w, 12), runes(p))
			for i, k := range keys {
				direct := m.clone() // its pane is updated alone
				cmd := direct.updatePane(k)
				direct.syncActive()
				next, rcmd := m.Update(k)
				m = next.(Model)
				if got, want := of(m, rcmd), of(direct, cmd); got != want {
					t.Fatalf("%dx12 pane %s key %d %v: root %+v, pane %+v", w, p, i, k, got, want)
				}
				m = drain(m, rcmd)
			}
		}
	}
}

// The root Update stays a dispatcher (STYLE 3.2 rule 2): 40 lines or
// fewer, and each pane's update 60 or fewer.
func TestUpdatesStaySmall(t *testing.T) {
	fset := token.NewFileSet()
	limits := map[string]int{"app.go": 40, "timeline.go": 60, "leaders.go": 60, "guarantees.go": 60}
	for file, max := range limits {
		f, err := parser.ParseFile(fset, file, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		found := false
		for _, d := range f.Decls {
			fn, ok := d.(*ast.FuncDecl)
			if !ok || fn.Recv == nil || !strings.EqualFold(fn.Name.Name, "update") {
				continue
			}
			found = true
			n := fset.Position(fn.End()).Line - fset.Position(fn.Pos()).Line + 1
			if n > max {
				t.Errorf("%s: %s is %d lines, want %d or fewer", file, fn.Name.Name, n, max)
			}
		}
		if !found {
			t.Errorf("%s has no update", file)
		}
	}
}

// Adding a filter replaces the shared state, not the one a copy holds.
func TestSharedIsCopiedOnWrite(t *testing.T) {
	m := paneFixture(t, 120, 30)
	before := m.sh
	m2 := press(m, runes("]"))
	if m.sh != before || len(before.view.Filter.People) != 0 || len(m2.sh.view.Filter.People) != 1 {
		t.Fatalf("the filter changed the shared state of the copy: %+v / %+v", before.view.Filter, m2.sh.view.Filter)
	}
}
