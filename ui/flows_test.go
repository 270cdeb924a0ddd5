package ui

import (
	"bytes"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/teatest"

	"briefing/model"
)

func TestSwitchPane(t *testing.T) {
	m := press(New(tinyBriefing(), testOptions()), size(120, 40))
	steps := []struct {
		key  tea.Msg
		want pane
	}{
		{special(tea.KeyTab), paneLeaders},
		{special(tea.KeyTab), paneGuarantees},
		{special(tea.KeyTab), paneTimeline},
		{special(tea.KeyShiftTab), paneGuarantees},
		{runes("1"), paneTimeline},
		{runes("3"), paneGuarantees},
		{runes("2"), paneLeaders},
	}
	for i, s := range steps {
		m = press(m, s.key)
		if m.active != s.want {
			t.Fatalf("step %d: active = %v, want %v", i, m.active, s.want)
		}
		if !strings.Contains(m.View(), "["+m.panes[s.want].title()) {
			t.Fatalf("step %d: tab %s not marked active:\n%s", i, m.panes[s.want].title(), firstLineOf(m.View()))
		}
	}
}

func TestPickerFilter(t *testing.T) {
	m := press(New(tinyBriefing(), testOptions()), size(100, 30), runes("L"))
	m = press(m, append(typed("mer"), special(tea.KeySpace), special(tea.KeyEnter))...)
	if !slices.Equal(m.filter.People, []string{"merz"}) {
		t.Fatalf("filter = %v, want [merz]", m.filter.People)
	}
	if !strings.Contains(m.View(), "leader: Merz") {
		t.Fatalf("status bar lacks the filter:\n%s", m.View())
	}
	// Merz is quoted in live/2 only: the summary (which names him) and that post.
	if got := len(m.sh.view.Posts); got != 1 || m.sh.view.Posts[0].ID != "live/2" {
		t.Fatalf("posts = %d, want live/2 only", got)
	}
	// enter with nothing toggled applies the highlighted person (below the
	// Everyone row).
	m = press(m, runes("x"), runes("L"), special(tea.KeyDown), special(tea.KeyDown), special(tea.KeyEnter))
	if !slices.Equal(m.filter.People, []string{"merz"}) {
		t.Fatalf("highlighted apply: filter = %v, want [merz]", m.filter.People)
	}
	// toggling two gives both, in the order chosen.
	m = press(m, runes("x"), runes("L"), special(tea.KeyDown), special(tea.KeyDown), special(tea.KeyDown), special(tea.KeySpace), special(tea.KeyUp), special(tea.KeySpace), special(tea.KeyEnter))
	if !slices.Equal(m.filter.People, []string{"macron", "merz"}) {
		t.Fatalf("two toggled: filter = %v", m.filter.People)
	}
	if !strings.Contains(m.View(), "leader: Macron, Merz") {
		t.Fatalf("status bar: %s", m.statusView())
	}
	// esc cancels without touching the filter.
	m = press(m, runes("L"), special(tea.KeyEsc))
	if m.mode != modeBrowse || len(m.filter.People) != 2 {
		t.Fatalf("esc: mode %v filter %v", m.mode, m.filter.People)
	}
}

func TestStepLeader(t *testing.T) {
	m := press(New(tinyBriefing(), testOptions()), size(100, 30))
	want := [][]string{{"trump"}, {"merz"}, {"macron"}, nil, {"trump"}}
	for i, w := range want {
		m = press(m, runes("]"))
		if !slices.Equal(m.filter.People, w) {
			t.Fatalf("] #%d: filter = %v, want %v", i+1, m.filter.People, w)
		}
	}
	m = press(m, runes("["), runes("["))
	if !slices.Equal(m.filter.People, []string{"macron"}) {
		t.Fatalf("[ [: filter = %v, want [macron]", m.filter.People)
	}
	if got := len(m.sh.view.People); got != 1 {
		t.Fatalf("Leaders pane shows %d people under one leader", got)
	}
	m = press(m, runes("x"))
	if !m.filter.Empty() {
		t.Fatalf("x left %+v", m.filter)
	}
}

func TestSearchAndStep(t *testing.T) {
	m := press(New(tinyBriefing(), testOptions()), size(100, 30), runes("/"))
	m = press(m, append(typed("ceasefire"), special(tea.KeyEnter))...)
	if m.filter.Query != "ceasefire" {
		t.Fatalf("query = %q", m.filter.Query)
	}
	// summary bullet + live/2 in the Timeline, Merz in Leaders, no option.
	want := []struct {
		p   pane
		key string
	}{
		{paneTimeline, "post:live/2"},
		{paneLeaders, "person:merz"},
		{paneTimeline, "summary"},
		{paneTimeline, "post:live/2"},
	}
	if r := m.activeBrowser().selected(); m.active != paneTimeline || r.key() != "summary" {
		t.Fatalf("after search: %v %s", m.active, r.key())
	}
	for i, w := range want {
		m = press(m, runes("n"))
		if r := m.activeBrowser().selected(); m.active != w.p || r.key() != w.key {
			t.Fatalf("n #%d: at %v %s, want %v %s", i+1, m.active, r.key(), w.p, w.key)
		}
	}
	m = press(m, runes("N"), runes("N"))
	if r := m.activeBrowser().selected(); m.active != paneLeaders || r.key() != "person:merz" {
		t.Fatalf("N N: at %v %s", m.active, r.key())
	}
	if !strings.Contains(m.statusView(), "search: ceasefire") {
		t.Fatalf("status: %q", m.statusView())
	}
	// the detail marks the match: with colour off the mark is invisible, so
	// check the highlighted line was found.
	if leadersOf(m).detail.first < 0 {
		t.Fatalf("no highlighted match in the detail")
	}
	m = press(m, special(tea.KeyEsc))
	if m.filter.Query != "" {
		t.Fatalf("esc left query %q", m.filter.Query)
	}
}

func TestJumpFromQuote(t *testing.T) {
	for _, w := range []int{120, 70} {
		m := press(New(tinyBriefing(), testOptions()), size(w, 30), runes("2"), runes("j"))
		if r := m.activeBrowser().selected(); r.key() != "person:merz" {
			t.Fatalf("selected %s", r.key())
		}
		m = press(m, special(tea.KeyEnter)) // into Merz's statements
		if !leadersOf(m).drilled() {
			t.Fatalf("enter did not open the statements")
		}
		m = press(m, special(tea.KeyEnter), special(tea.KeyEnter)) // show the statement, then jump to the post
		if m.active != paneTimeline {
			t.Fatalf("active = %v after jump", m.active)
		}
		if r := m.timeline.selected(); r.key() != "post:live/2" {
			t.Fatalf("jumped to %s", r.key())
		}
		d := m.timeline.detail
		if d.first < 0 || !strings.Contains(ansi.Strip(strings.Join(d.lines, " ")), "I can't imagine") {
			t.Fatalf("quote not highlighted (first=%d)", d.first)
		}
		if w < wideMin && !m.timeline.inDetail {
			t.Fatalf("narrow: jump should show the post itself")
		}
		if !strings.Contains(m.View(), "I can't imagine") {
			t.Fatalf("the quote is not on screen:\n%s", m.View())
		}
	}
}

// TestHighlightColour checks with a colour profile that the match really is
// marked (goldens run without colour and cannot see it).
func TestHighlightColour(t *testing.T) {
	st := newStyles(colourRenderer(), false)
	lines := []string{"  the next meeting would", "  take place without a ceasefire"}
	out, hits := highlightLines(lines, nil, "would take place", true, st.Match)
	first := -1
	if len(hits) > 0 {
		first = hits[0]
	}
	if first != 0 || out[0] == lines[0] || out[1] == lines[1] {
		t.Fatalf("wrapped quote not marked on both lines: %q", out)
	}
	if ansi.Strip(out[0]) != lines[0] || ansi.Strip(out[1]) != lines[1] {
		t.Fatalf("highlight changed the text: %q", out)
	}
	if !strings.HasPrefix(out[1], "  \x1b[") {
		t.Fatalf("indent of the wrapped line was marked: %q", out[1])
	}
	if st.ActiveTab.Render("x") == st.Tab.Render("x") {
		t.Fatalf("active tab looks like the others")
	}
}

func TestOrder(t *testing.T) {
	m := press(New(tinyBriefing(), testOptions()), size(100, 30))
	keys := func() []string {
		var out []string
		for _, it := range m.timeline.list.Items() {
			out = append(out, it.(row).key())
		}
		return out
	}
	if got := keys(); !slices.Equal(got, []string{"summary", "post:live/3", "post:live/2", "post:live/1"}) {
		t.Fatalf("newest first: %v", got)
	}
	m = press(m, runes("o"))
	if got := keys(); !slices.Equal(got, []string{"summary", "post:live/1", "post:live/2", "post:live/3"}) {
		t.Fatalf("oldest first: %v", got)
	}
}

// TestExport writes through the real Cmd and compares the file with the
// exporter the CLI uses, for the same state; then asks before overwriting.
func TestExport(t *testing.T) {
	dir := t.TempDir()
	opts := testOptions()
	opts.Dir = dir
	b := tinyBriefing()
	m := press(New(b, opts), size(100, 30), runes("]"), runes("]"), runes("/"))
	m = press(m, append(typed("ceasefire"), special(tea.KeyEnter), runes("o"), runes("e"))...)
	path := filepath.Join(dir, "briefing-timeline-merz.md")
	if got := m.input.Value(); got != path {
		t.Fatalf("default path %q, want %q", got, path)
	}
	next, cmd := m.Update(special(tea.KeyEnter))
	m = next.(Model)
	next, _ = m.Update(cmd())
	m = next.(Model)
	got, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	f := model.Filter{People: []string{"merz"}, Query: "ceasefire"}
	want := Markdown(b, b.Apply(f), ExportOptions{Pane: "timeline", NewestFirst: false})
	if string(got) != want {
		t.Fatalf("file differs from the CLI's export:\n%s\n---\n%s", got, want)
	}
	if !strings.Contains(m.statusView(), "wrote "+path[:10]) {
		t.Fatalf("status does not report the path: %q", m.statusView())
	}

	// Second export to the same path: refused, asks, n keeps, y overwrites.
	if err := os.WriteFile(path, []byte("old"), 0o644); err != nil {
		t.Fatal(err)
	}
	m = press(m, runes("e"))
	next, cmd = m.Update(special(tea.KeyEnter))
	next, _ = next.Update(cmd())
	m = next.(Model)
	if m.mode != modeConfirm || !strings.Contains(m.statusView(), "Overwrite?") {
		t.Fatalf("no overwrite question: mode %v %q", m.mode, m.statusView())
	}
	m = press(m, runes("n"))
	if b, _ := os.ReadFile(path); string(b) != "old" {
		t.Fatalf("n overwrote the file")
	}
	m = press(m, runes("e"))
	next, cmd = m.Update(special(tea.KeyEnter))
	next, _ = next.Update(cmd())
	next, cmd = next.Update(runes("y"))
	next.Update(cmd())
	if b, _ := os.ReadFile(path); string(b) != want {
		t.Fatalf("y did not overwrite")
	}
}

func TestExportError(t *testing.T) {
	opts := testOptions()
	opts.Dir = filepath.Join(t.TempDir(), "missing", "dir")
	m := press(New(tinyBriefing(), opts), size(100, 30), runes("e"))
	next, cmd := m.Update(special(tea.KeyEnter))
	next, _ = next.Update(cmd())
	m = next.(Model)
	if !m.flash.err || !strings.Contains(m.statusView(), "export failed") {
		t.Fatalf("error not reported: %q", m.statusView())
	}
	if m.Err() != nil {
		t.Fatalf("a failed export must not be fatal")
	}
}

func TestCopy(t *testing.T) {
	var buf bytes.Buffer
	opts := testOptions()
	opts.Clipboard = &buf
	m := press(New(tinyBriefing(), opts), size(100, 30), runes("j"))
	_, cmd := m.Update(runes("y"))
	msg := cmd()
	if c, ok := msg.(copiedMsg); !ok || c.err != nil {
		t.Fatalf("copy msg %#v", msg)
	}
	if !strings.HasPrefix(buf.String(), "\x1b]52;c;") {
		t.Fatalf("not an OSC 52 sequence: %q", buf.String())
	}
}

// TestTeatestFlow drives the program itself: filter by leader with the
// picker, then quit; the final model carries the filter.
func TestTeatestFlow(t *testing.T) {
	tm := teatest.NewTestModel(t, New(loadSeed(t), testOptions()), teatest.WithInitialTermSize(100, 30))
	tm.Send(runes("L"))
	for _, k := range typed("merz") {
		tm.Send(k)
	}
	tm.Send(special(tea.KeySpace))
	tm.Send(special(tea.KeyEnter))
	teatest.WaitFor(t, tm.Output(), func(b []byte) bool { return bytes.Contains(b, []byte("leader: Merz")) },
		teatest.WithDuration(5*time.Second))
	tm.Send(runes("q"))
	fm := tm.FinalModel(t, teatest.WithFinalTimeout(5*time.Second)).(Model)
	if !slices.Equal(fm.filter.People, []string{"merz"}) {
		t.Fatalf("filter = %v, want [merz]", fm.filter.People)
	}
}

func TestNoEscapesFromText(t *testing.T) {
	b := tinyBriefing()
	b.Posts[0].Title = "Evil \x1b]0;pwned\x07 title"
	b.Reindex()
	m := press(New(b, testOptions()), size(120, 40), runes("o"), runes("j"))
	if strings.Contains(m.View(), "\x1b]0;") {
		t.Fatalf("an OSC sequence in the text reached the screen")
	}
}

func firstLineOf(s string) string { l, _, _ := strings.Cut(s, "\n"); return l }

// A terminal read in one go hands bubbletea "2jj" as one message; it must
// act as three key presses, and once / opens the search the rest is typed.
func TestKeysTypedFast(t *testing.T) {
	base := press(New(tinyBriefing(), testOptions()), size(120, 40))
	slow := press(base.clone(), runes("2"), runes("j"))
	fast := press(base.clone(), runes("2j"))
	if fast.active != paneLeaders || fast.View() != slow.View() {
		t.Fatalf("\"2j\" in one message differs from 2 then j:\n%s", fast.View())
	}
	m := press(base.clone(), runes("/merz"), special(tea.KeyEnter))
	if m.filter.Query != "merz" {
		t.Fatalf("typing /merz fast searched for %q", m.filter.Query)
	}
}

// In the seed briefing "mer" is in Starmer and Merz; the name that starts
// with it is the one a reader means, so enter picks Merz.
func TestPickerBestMatchFirst(t *testing.T) {
	m := press(New(loadSeed(t), testOptions()), size(120, 40), runes("L"))
	m = press(m, append(typed("mer"), special(tea.KeyEnter))...)
	if !slices.Equal(m.filter.People, []string{"merz"}) {
		t.Fatalf("L mer enter: filter = %v, want [merz]", m.filter.People)
	}
	m = press(m, runes("x"), runes("L"))
	m = press(m, append(typed("leyen"), special(tea.KeyEnter))...)
	if !slices.Equal(m.filter.People, []string{"von-der-leyen"}) {
		t.Fatalf("L leyen enter: filter = %v", m.filter.People)
	}
}

// Given the terminal's size up front, the first frame is already the real
// screen, identical to the one after bubbletea's size message.
func TestFirstFrameSized(t *testing.T) {
	opts := testOptions()
	opts.Width, opts.Height = 120, 40
	got := New(loadSeed(t), opts).View()
	want := press(New(loadSeed(t), testOptions()), size(120, 40)).View()
	if got != want {
		t.Fatalf("first frame with a known size:\n%s\nwant:\n%s", got, want)
	}
}

// At 60x20 the full help is taller than the window: j scrolls it, so every
// key can be read, down to quit.
func TestHelpScrolls(t *testing.T) {
	m := press(New(tinyBriefing(), testOptions()), size(60, 20), runes("?"))
	body := func(m Model) string { v := m.View(); return v[:strings.LastIndex(v, "\n")] }
	if strings.Contains(body(m), "quit") {
		t.Fatalf("the help fits at 60x20, so this test scrolls nothing; make the window shorter")
	}
	for i := 0; i < 30 && !strings.Contains(body(m), "quit"); i++ {
		m = press(m, runes("j"))
	}
	if !strings.Contains(body(m), "quit") || m.mode != modeHelp {
		t.Fatalf("j never scrolled the help to quit:\n%s", m.View())
	}
	if m = press(m, special(tea.KeyEsc)); m.mode != modeBrowse {
		t.Fatalf("esc did not close the help")
	}
}

// A filter that leaves a pane empty says what is missing, in the pane's
// own words.
func TestEmptyPaneNamesItems(t *testing.T) {
	m := press(New(loadSeed(t), testOptions()), size(120, 40), runes("/"))
	m = press(m, append(typed("zzzz"), special(tea.KeyEnter))...)
	for key, want := range map[string]string{"1": "No posts.", "2": "No people.", "3": "No options."} {
		if v := press(m.clone(), runes(key)).View(); !strings.Contains(v, want) {
			t.Errorf("pane %s with nothing matching lacks %q:\n%s", key, want, v)
		}
	}
	if v := press(m.clone(), runes("L"), runes("q"), runes("q"), runes("q")).View(); !strings.Contains(v, "No people.") {
		t.Errorf("picker with no match:\n%s", v)
	}
}

// A search started from a row deep in the list lands on the pane's first
// match, as match 1 of all.
func TestSearchLandsOnFirstMatch(t *testing.T) {
	m := press(New(loadSeed(t), testOptions()), size(120, 40), runes("G"), runes("/"))
	m = press(m, append(typed("ceasefire"), special(tea.KeyEnter))...)
	if m.active != paneTimeline || m.activeBrowser().list.Index() != 0 {
		t.Fatalf("after the search: pane %v row %d, want the Timeline's first", m.active, m.activeBrowser().list.Index())
	}
	if !strings.Contains(m.statusView(), "match 1/") {
		t.Fatalf("status: %q", m.statusView())
	}
}
