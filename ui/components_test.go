package ui

import (
	"fmt"
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/golden"

	"briefing/model"
)

// componentWidths are the widths the chrome is recorded at: the narrow
// layout's floor (40), the key bar's old cut-off range (60-120) and wide.
var componentWidths = []int{40, 60, 80, 120}

// componentStates are the states that change what the chrome says. The
// filter comes in through Options, as --leader brings it, so the states do
// not depend on the picker's keys.
var componentStates = []struct {
	name   string
	filter model.Filter
	keys   []tea.Msg
}{
	{"timeline", model.Filter{}, nil},
	{"post", model.Filter{}, []tea.Msg{runes("j"), special(tea.KeyEnter)}},
	{"filter", model.Filter{People: []string{"merz", "macron"}}, nil},
	{"search_hits", model.Filter{}, append(append([]tea.Msg{runes("/")}, typed("ceasefire")...), special(tea.KeyEnter))},
	{"filter_search", model.Filter{People: []string{"merz"}, Query: "ceasefire"}, []tea.Msg{runes("2")}},
	{"search_prompt", model.Filter{}, append([]tea.Msg{runes("/")}, typed("cease")...)},
	{"leaders_drilled", model.Filter{}, []tea.Msg{runes("2"), special(tea.KeyEnter)}},
	{"guarantees", model.Filter{}, []tea.Msg{runes("3")}},
}

// componentModel is the built-in briefing in one state at one width, on a
// terminal tall enough that height never changes the chrome.
func componentModel(t *testing.T, b *model.Briefing, w int, f model.Filter, keys []tea.Msg) Model {
	t.Helper()
	opts := testOptions()
	opts.Filter = f
	return press(New(b, opts), append([]tea.Msg{size(w, 30)}, keys...)...)
}

// TestComponents records the tabs bar, the status bar and the key bar each
// alone, beside the whole-screen goldens of TestScreens: a change to one
// bar's wording or narrowing shows as a one-line diff in its own file.
// Each bar is one line that fits the width. Regenerate with -update.
func TestComponents(t *testing.T) {
	b := loadSeed(t)
	bars := []struct {
		name string
		view func(Model) string
	}{
		{"tabs", Model.tabsView},
		{"status", Model.statusView},
		{"keys", Model.helpLine},
	}
	for _, bar := range bars {
		for _, st := range componentStates {
			for _, w := range componentWidths {
				t.Run(fmt.Sprintf("%s/%s_%d", bar.name, st.name, w), func(t *testing.T) {
					v := bar.view(componentModel(t, b, w, st.filter, st.keys))
					if strings.Contains(v, "\n") {
						t.Fatalf("the %s bar is more than one line:\n%s", bar.name, v)
					}
					assertFits(t, v, w, 1)
					golden.RequireEqual(t, v)
				})
			}
		}
	}
}

// What must survive narrowing, stated apart from the goldens so that an
// -update cannot bless its loss: every tab's count, the status bar's
// count and filter names, and the key bar's "? help" and "q quit" whole.
func TestComponentsKeepWhatMatters(t *testing.T) {
	b := loadSeed(t)
	for _, st := range componentStates {
		for _, w := range componentWidths {
			m := componentModel(t, b, w, st.filter, st.keys)
			name := fmt.Sprintf("%s at %d", st.name, w)
			tabs := ansi.Strip(m.tabsView())
			for _, want := range []string{
				fmt.Sprintf("Timeline %d", len(m.sh.view.Posts)),
				fmt.Sprintf("Leaders %d", len(m.sh.view.People)),
				fmt.Sprintf("Guarantees %d", len(m.sh.view.Options)),
			} {
				if !strings.Contains(tabs, want) {
					t.Errorf("%s: tabs %q lack %q", name, tabs, want)
				}
			}
			if m.mode == modeBrowse {
				status := ansi.Strip(m.statusView())
				if count := m.countText(); !strings.Contains(status, count) {
					t.Errorf("%s: status %q cuts the count %q", name, status, count)
				}
				if len(st.filter.People) > 0 && w >= 60 && !strings.Contains(status, "leader: Merz") {
					t.Errorf("%s: status %q does not name the leader", name, status)
				}
			}
			keys := strings.TrimRight(ansi.Strip(m.helpLine()), " ")
			if m.mode == modeBrowse && (!strings.Contains(keys, "? help") || !strings.HasSuffix(keys, "q quit")) {
				t.Errorf("%s: key bar %q loses ? help or q quit", name, keys)
			}
			if strings.HasSuffix(keys, "•") || strings.Contains(keys, "…") {
				t.Errorf("%s: key bar %q is cut", name, keys)
			}
		}
	}
}
