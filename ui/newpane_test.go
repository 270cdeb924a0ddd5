package ui

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"
)

// keysPane is a fourth pane, made here of nothing the root knows by name:
// what adding a pane takes (pane.go) is this file and one registration
// line. It keeps the keys it is handed and the size it is given, and its
// tab counts the keys.
type keysPane struct {
	br             browser // an empty list: the position and hits the root reads of every pane
	keys           []string
	w, h           int
	narrow, active bool
	views          int // how often the view was listed again
}

func newKeysPane(sh *shared) component {
	return &keysPane{br: newBrowser(sh, true, "key", "keys")}
}

func (p *keysPane) name() string  { return "keys" }
func (p *keysPane) title() string { return "Keys" }

func (p *keysPane) update(_ *shared, msg tea.Msg) tea.Cmd {
	if k, ok := msg.(tea.KeyMsg); ok {
		p.keys = append(p.keys, k.String())
	}
	return nil
}

func (p *keysPane) setSize(w, h int, narrow bool) {
	p.w, p.h, p.narrow = w, h, narrow
	p.br.setSize(w, h, narrow)
}

func (p *keysPane) setView(*shared)                     { p.views++ }
func (p *keysPane) sync(_ *shared, active bool)         { p.active = active }
func (p *keysPane) view(*shared) string                 { return "keys: " + strings.Join(p.keys, " ") }
func (p *keysPane) count(*shared) int                   { return len(p.keys) }
func (p *keysPane) countText(*shared) string            { return plural(len(p.keys), "key", "keys") }
func (p *keysPane) exportOptions(*shared) ExportOptions { return ExportOptions{Pane: "all"} }
func (p *keysPane) ShortHelp() []key.Binding            { return nil }
func (p *keysPane) FullHelp() [][]key.Binding           { return nil }
func (p *keysPane) current() *browser                   { return &p.br }
func (p *keysPane) top() *browser                       { return &p.br }
func (p *keysPane) lists() []*browser                   { return []*browser{&p.br} }
func (p *keysPane) backOut() bool                       { return false }

func (p *keysPane) clone() component {
	c := *p
	c.keys = slices.Clone(p.keys)
	return &c
}

// TestAddingAPane: a pane the root has never heard of, registered in one
// line, is sized with the body, shows its tab and its count, is reached by
// tab and shift+tab (wrapping past it), gets the keys the root hands on
// and not the global ones, draws the body and says its count in the status
// bar; and the three panes before it work as they did.
func TestAddingAPane(t *testing.T) {
	m := press(newModel(tinyBriefing(), testOptions(), append(builtinPanes[:], newKeysPane)), size(120, 30))
	kp, ok := m.panes[len(builtinPanes)].(*keysPane)
	if !ok || len(m.panes) != len(builtinPanes)+1 {
		t.Fatalf("panes %T: the fourth is not the keys pane", m.panes)
	}
	if kp.w != 120 || kp.h != m.bodyH || kp.narrow || kp.views == 0 {
		t.Fatalf("sized %dx%d narrow %v (body %dx%d), views %d", kp.w, kp.h, kp.narrow, 120, m.bodyH, kp.views)
	}
	tabs := func(m Model) string { return ansi.Strip(m.tabsView()) }
	v := m.sh.view
	want := fmt.Sprintf("[Timeline %d] Leaders %d  Guarantees %d  Keys 0 ", len(v.Posts), len(v.People), len(v.Options))
	if got := tabs(m); !strings.HasPrefix(got, want) {
		t.Fatalf("tabs %q, want %q first", got, want)
	}

	// tab walks to it, past it back to the Timeline; shift+tab wraps to it
	for i, want := range []pane{paneLeaders, paneGuarantees, 3, paneTimeline} {
		if m = press(m, special(tea.KeyTab)); m.active != want {
			t.Fatalf("tab %d: on %v, want %v", i+1, m.active, want)
		}
	}
	if m = press(m, special(tea.KeyShiftTab)); m.active != 3 || !kp.active || !strings.Contains(tabs(m), "[Keys 0]") {
		t.Fatalf("shift+tab from the Timeline: on %v (synced active %v), tabs %q", m.active, kp.active, tabs(m))
	}

	// its keys reach it; the root's own (help, quit, pane switching) do not
	m = press(m, runes("j"), runes("k"), special(tea.KeyEnter), runes("?"), runes("?"))
	if !slices.Equal(kp.keys, []string{"j", "k", "enter"}) {
		t.Fatalf("the pane got %q, want j k enter", kp.keys)
	}
	screen := ansi.Strip(m.View())
	for _, want := range []string{"[Keys 3]", "keys: j k enter", " 3 keys"} {
		if !strings.Contains(screen, want) {
			t.Errorf("%q not on screen:\n%s", want, screen)
		}
	}
	if !strings.HasSuffix(m.exportPath(), "briefing-keys.md") {
		t.Errorf("export path %q is not named after the pane", m.exportPath())
	}

	// the others are as they were: a key on the Timeline is the Timeline's
	m = press(m, runes("1"), runes("j"))
	if m.active != paneTimeline || kp.active || len(kp.keys) != 3 || m.activeBrowser().index() != 1 {
		t.Fatalf("1 j: on %v row %d, keys pane active %v with %q", m.active, m.activeBrowser().index(), kp.active, kp.keys)
	}
	three := press(New(tinyBriefing(), testOptions()), size(120, 30), runes("j"))
	if got, want := m.activePane().view(m.sh), three.activePane().view(three.sh); got != want {
		t.Errorf("the Timeline beside a fourth pane differs:\n%s\nwant:\n%s", got, want)
	}

	// a new window sizes it too, and a new filter lists its view again
	views := kp.views
	if m = press(m, size(70, 20), runes("]")); kp.w != 70 || kp.h != m.bodyH || !kp.narrow || kp.views == views {
		t.Fatalf("70x20 and ]: sized %dx%d narrow %v, views %d (was %d)", kp.w, kp.h, kp.narrow, kp.views, views)
	}
	if got := tabs(m); !strings.Contains(got, "Keys "+strconv.Itoa(len(kp.keys))) {
		t.Fatalf("narrow tabs %q", got)
	}
}

// The registration's order is the places the root names (1 2 3, the jump)
// and the CLI's --pane values, which open the pane of that name.
func TestRegisteredPanes(t *testing.T) {
	for p, name := range map[pane]string{paneTimeline: "timeline", paneLeaders: "leaders", paneGuarantees: "guarantees"} {
		o := testOptions()
		o.Pane = name
		if m := New(tinyBriefing(), o); m.active != p || m.activePane().name() != name {
			t.Errorf("--pane %s opens %v (%s), want %v", name, m.active, m.activePane().name(), p)
		}
	}
}
