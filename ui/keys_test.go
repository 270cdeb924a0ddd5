package ui

import (
	"os"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/list"
	tea "github.com/charmbracelet/bubbletea"
)

// designKeys is DESIGN §4's key table, as key messages.
var designKeys = []string{
	"tab", "shift+tab", "1", "2", "3",
	"j", "k", "down", "up", "g", "G", "home", "end", "pgup", "pgdown",
	"enter", "l", "right", "esc", "h", "left",
	" ", "f", "b", "d", "u", "ctrl+d", "ctrl+u",
	"/", "n", "N", "L", "[", "]", "x", "o", "e", "y", "?", "q", "ctrl+c",
}

// keyMsg builds the message a terminal sends for a key name.
func keyMsg(s string) tea.KeyMsg {
	named := map[string]tea.KeyType{
		"tab": tea.KeyTab, "shift+tab": tea.KeyShiftTab, "down": tea.KeyDown, "up": tea.KeyUp,
		"home": tea.KeyHome, "end": tea.KeyEnd, "pgup": tea.KeyPgUp, "pgdown": tea.KeyPgDown,
		"enter": tea.KeyEnter, "right": tea.KeyRight, "esc": tea.KeyEsc, "left": tea.KeyLeft,
		" ": tea.KeySpace, "ctrl+d": tea.KeyCtrlD, "ctrl+u": tea.KeyCtrlU, "ctrl+c": tea.KeyCtrlC,
	}
	if t, ok := named[s]; ok {
		return tea.KeyMsg{Type: t}
	}
	return runes(s)
}

// TestDesignKeysBound: every DESIGN key is matched by some binding of the
// full help, and every key string really arrives as that key.
func TestDesignKeysBound(t *testing.T) {
	k := newKeyMap()
	var all []key.Binding
	for _, g := range k.FullHelp() {
		all = append(all, g...)
	}
	for _, s := range designKeys {
		msg := keyMsg(s)
		if msg.String() != s {
			t.Fatalf("test table: %q arrives as %q", s, msg.String())
		}
		if !key.Matches(msg, all...) {
			t.Errorf("DESIGN key %q has no binding in FullHelp", s)
		}
	}
}

// TestListIgnoresAppKeys sends each DESIGN key to a bare list from newList:
// movement keys move it, every other key leaves it alone and asks for
// nothing (no quit, no filter, no help).
func TestListIgnoresAppKeys(t *testing.T) {
	k := newKeyMap()
	movement := []key.Binding{k.Up, k.Down, k.Top, k.Bottom, k.PageUp, k.PageDown}
	for _, s := range designKeys {
		l := newList(k, rowDelegate{st: new(Styles), two: true})
		items := make([]list.Item, 30)
		for i := range items {
			items[i] = summaryItem{}
		}
		l.SetItems(items)
		l.SetSize(40, 10)
		l.Select(10)
		before := l.Index()
		next, cmd := l.Update(keyMsg(s))
		if cmd != nil {
			if msg := cmd(); msg != nil {
				t.Errorf("list answered %q with %T", s, msg)
			}
		}
		moved := next.Index() != before
		if want := key.Matches(keyMsg(s), movement...); moved != want {
			t.Errorf("key %q: list moved=%v, want %v", s, moved, want)
		}
		if next.FilterState() != list.Unfiltered || next.Help.ShowAll {
			t.Errorf("key %q changed the list's filter or help state", s)
		}
	}
}

// TestReadmeKeysMatchHelp: the README key table lists exactly the keys of
// the full help.
func TestReadmeKeysMatchHelp(t *testing.T) {
	data, err := os.ReadFile("../README.md")
	if err != nil {
		t.Fatal(err)
	}
	_, sec, ok := strings.Cut(string(data), "\n## Keys\n")
	if !ok {
		t.Fatal("README has no ## Keys section")
	}
	sec, _, _ = strings.Cut(sec, "\n## ")
	glyph := map[string]string{"↓": "down", "↑": "up", "→": "right", "←": "left", "pgdn": "pgdown", "space": " "}
	tick := regexp.MustCompile("`([^`]+)`")
	var readme []string
	for _, line := range strings.Split(sec, "\n") {
		if !strings.HasPrefix(line, "| `") {
			continue
		}
		first := strings.Split(line, "|")[1]
		for _, m := range tick.FindAllStringSubmatch(first, -1) {
			s := m[1]
			if g, ok := glyph[s]; ok {
				s = g
			}
			readme = append(readme, s)
		}
	}
	var help []string
	for _, g := range newKeyMap().FullHelp() {
		for _, b := range g {
			help = append(help, b.Keys()...)
		}
	}
	slices.Sort(readme)
	slices.Sort(help)
	if !slices.Equal(slices.Compact(readme), slices.Compact(help)) {
		t.Fatalf("README keys and FullHelp differ:\nREADME %q\nhelp   %q", slices.Compact(readme), slices.Compact(help))
	}
	for _, s := range designKeys {
		if !slices.Contains(readme, s) {
			t.Errorf("README table lacks DESIGN key %q", s)
		}
	}
}
