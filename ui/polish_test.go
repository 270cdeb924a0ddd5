package ui

import (
	"strconv"
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"
	"github.com/mattn/go-runewidth"

	"briefing/model"
)

// Issue 8: sources are shown by their display names, and the untitled
// article by a real title, in every pane: never a file name
// ("white-house-talks-liveblog") and never the article's first sentence cut
// with "…".
func TestSourcesShownByName(t *testing.T) {
	b := loadSeed(t)
	screens := map[string][]tea.Msg{
		"timeline":           nil,
		"article":            {runes("G")},
		"article detail":     {runes("G"), special(tea.KeyEnter)},
		"a post's detail":    {runes("j"), special(tea.KeyEnter)},
		"leaders":            {runes("2")},
		"statements":         {runes("2"), special(tea.KeyEnter)},
		"statement":          {runes("2"), special(tea.KeyEnter), special(tea.KeyEnter)},
		"guarantees":         {runes("3")},
		"guarantees mention": {runes("3"), runes("j")},
	}
	for name, keys := range screens {
		for _, w := range []int{80, 200} {
			m := press(New(b, testOptions()), append([]tea.Msg{size(w, 60)}, keys...)...)
			screen := ansi.Strip(m.View())
			if strings.Contains(screen, "white-house-talks") || strings.Contains(screen, "white‑house‑talks") {
				t.Errorf("%s at %d columns names a source by its file:\n%s", name, w, screen)
			}
			if strings.Contains(screen, "leaders at the…") || (strings.HasPrefix(name, "article") && !strings.Contains(screen, "Zelenskyy and Trump open")) {
				t.Errorf("%s at %d columns titles the article by its first sentence:\n%s", name, w, screen)
			}
		}
	}
}

// Issue 8: x clears one filter, the one set last, and says what stays; X
// clears them all. The key bar offers x while a filter is set.
func TestClearOneFilter(t *testing.T) {
	b := tinyBriefing()
	leaderThenSearch := []tea.Msg{size(120, 30), runes("]")} // Trump
	leaderThenSearch = append(append(leaderThenSearch, runes("/")), typed("ground")...)
	leaderThenSearch = append(leaderThenSearch, special(tea.KeyEnter))
	m := press(New(b, testOptions()), leaderThenSearch...)
	if len(m.filter.People) != 1 || m.filter.Query != "ground" {
		t.Fatalf("setup: filter %+v", m.filter)
	}
	if bar := ansi.Strip(m.View()); !strings.Contains(bar, "x clear last filter") {
		t.Errorf("the key bar does not offer x with filters set:\n%s", bar)
	}
	m = press(m, runes("x"))
	if m.filter.Query != "" || len(m.filter.People) != 1 {
		t.Errorf("x after leader then search: filter %+v, want the leader kept", m.filter)
	}
	if screen := ansi.Strip(m.View()); !strings.Contains(screen, "search cleared · leader: Trump stays") {
		t.Errorf("x does not say what it cleared and what stays:\n%s", screen)
	}
	m = press(m, runes("x"))
	if !m.filter.Empty() {
		t.Errorf("second x: filter %+v, want none", m.filter)
	}

	// Search first, then a leader: x takes the leader back.
	m = press(New(b, testOptions()), size(120, 30), runes("/"))
	m = press(m, typed("ground")...)
	m = press(m, special(tea.KeyEnter), runes("]"))
	m = press(m, runes("x"))
	if m.filter.Query != "ground" || len(m.filter.People) != 0 {
		t.Errorf("x after search then leader: filter %+v, want the search kept", m.filter)
	}
	m = press(m, runes("]"), runes("X"))
	if !m.filter.Empty() {
		t.Errorf("X: filter %+v, want none", m.filter)
	}
}

// Issue 8: a list title too long for its line goes on on the row's second
// line, and the list widens with the terminal, so a 200-column terminal
// shows whole titles that 120 columns cut.
func TestListTitlesTakeTwoLines(t *testing.T) {
	b := loadSeed(t)
	long := "White House meeting is over - now we await details on Zelensky-Putin meeting and security guarantees"
	for _, c := range []struct {
		w, h  int
		title string
	}{
		{200, 60, long},
		{120, 40, "Sigh of relief among Nato states, says former deputy secretary general"},
		{80, 24, "Zelensky says he's open to bilateral or trilateral meeting involving Putin"},
	} {
		m := press(New(b, testOptions()), size(c.w, c.h))
		var rows []string // the list column's text, row by row
		for _, l := range strings.Split(ansi.Strip(m.View()), "\n") {
			l, _, _ = strings.Cut(l, "│")
			rows = append(rows, strings.TrimSpace(strings.TrimRight(strings.TrimLeft(l, "▌ "), " 0123456789:")))
		}
		found := false
		for i := 0; i+1 < len(rows); i++ {
			if rows[i] != "" && strings.HasPrefix(c.title, rows[i]) && rows[i]+" "+rows[i+1] == c.title {
				found = true
			}
		}
		if !found {
			t.Errorf("%dx%d: %q is not shown whole over two rows:\n%s", c.w, c.h, c.title, strings.Join(rows, "\n"))
		}
	}
}

// Issue 8: a rank says what it ranks. The loader ranks options by how
// likely the analyst judges each, 1 the most likely; an option the
// analysis gives no judgement has no rank to show.
func TestRankSaysWhatItRanks(t *testing.T) {
	m := press(New(loadSeed(t), testOptions()), size(200, 40), runes("3"))
	if screen := ansi.Strip(m.View()); !strings.Contains(screen, "rank 4 of 4 by likelihood (1 = most likely)") {
		t.Errorf("Boots on the ground's detail does not say what its rank ranks:\n%s", screen)
	}
	b := tinyBriefing()
	b.Options[1].Assessment = ""
	doc := rowMarkdown(b, optionItem{b.Apply(model.Filter{}).Options[1]}, 0)
	if strings.Contains(doc, "rank") {
		t.Errorf("an option with no assessment shows a rank:\n%s", doc)
	}
}

// Issue 8: as the terminal narrows, the status bar drops its decorations
// (the order, then the scroll percent, then the position) before it cuts
// the filter, and never cuts the count; the key bar keeps "? help" and
// "q quit" with no dangling separator.
func TestStatusBarNarrows(t *testing.T) {
	b := loadSeed(t)
	for _, w := range []int{60, 80, 100, 120} {
		m := press(New(b, testOptions()), size(w, 30))
		f := model.Filter{Query: "security"}
		for _, name := range []string{"merz", "macron", "von der leyen", "starmer"} {
			p, _ := b.FindPerson(name)
			f.People = append(f.People, p.ID)
		}
		m.setFilter(f, "")
		m = press(m, runes("j"), special(tea.KeyEnter)) // a post's detail: the scroll percent shows
		status := ansi.Strip(m.statusView())
		count := strconv.Itoa(len(m.sh.view.Posts)) + "/13 posts"
		if !strings.Contains(status, count) {
			t.Errorf("%d columns: the count %q is cut: %q", w, count, status)
		}
		cut := strings.Contains(status, "…")
		if cut && (strings.Contains(status, "first") || strings.Contains(status, "%")) {
			t.Errorf("%d columns: the filter is cut while decorations stay: %q", w, status)
		}
		if strings.Contains(status, "first") && !strings.Contains(status, "%") {
			t.Errorf("%d columns: the percent went before the order: %q", w, status)
		}
		if w == 120 && (cut || !strings.Contains(status, "newest first")) {
			t.Errorf("%d columns: room for everything, yet %q", w, status)
		}
		bar := strings.TrimRight(ansi.Strip(m.helpLine()), " ")
		if !strings.Contains(bar, "? help") || !strings.HasSuffix(bar, "q quit") || strings.Contains(bar, "…") {
			t.Errorf("%d columns: key bar %q", w, bar)
		}
	}
}

// TestMain pins East Asian width, so the layout and every golden hold
// under a CJK locale (LANG=ja_JP.UTF-8) without RUNEWIDTH_EASTASIAN=0.
func TestEastAsianWidthPinned(t *testing.T) {
	if w := runewidth.StringWidth("…•│▌"); w != 4 {
		t.Fatalf("go-runewidth counts %q as %d cells, want 4", "…•│▌", w)
	}
}

// A post with no time but a count for a label, a race's lap or a match's
// minute, shows the count where a time would stand; a word label such as
// "Breaking" is no time and stays out of that column.
func TestCountLabelStandsForTime(t *testing.T) {
	lap := postItem{&model.Post{Label: "Lap 35/71", Body: []model.Block{{Kind: model.BlockParagraph, Text: "Mercedes are struggling here."}}}}
	if got := lap.right(); got != "Lap 35/71" {
		t.Errorf("lap post's right column %q, want %q", got, "Lap 35/71")
	}
	for _, p := range []*model.Post{{Label: "Breaking"}, {Label: "Lap 3/50", Time: "14:02"}, {Label: "14.6 overs (1 Run)"}} {
		want := p.Time
		if got := (postItem{p}).right(); got != want {
			t.Errorf("post labelled %q, time %q: right column %q, want %q", p.Label, p.Time, got, want)
		}
	}
}

// A person the page gives no role reads "Official", not "Official ·".
func TestPersonMetaWithoutRole(t *testing.T) {
	for _, c := range []struct {
		role, want string
	}{
		{"", "Official"},
		{"BBC golf correspondent", "Official · BBC golf correspondent"},
	} {
		it := personItem{p: &model.Person{Name: "Iain Carter", Group: model.GroupOfficial, Role: c.role}}
		if got := it.meta(); got != c.want {
			t.Errorf("role %q: meta %q, want %q", c.role, got, c.want)
		}
	}
}
