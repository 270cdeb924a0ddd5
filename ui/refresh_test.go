package ui

import (
	"bytes"
	"strconv"
	"strings"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/teatest"

	"briefing/model"
)

// reread is what the loader makes of the page when it holds these posts
// (oldest first): ids numbered again from the oldest, the statements and
// options citing the new numbers, those of posts not on the page gone.
func reread(b *model.Briefing, posts []model.Post) *model.Briefing {
	old := map[string]string{}
	nb := *b
	nb.Posts = nil
	for i, p := range posts {
		id := p.Source + "/" + strconv.Itoa(i+1)
		if p.ID != "" {
			old[p.ID] = id
		}
		p.ID = id
		nb.Posts = append(nb.Posts, p)
	}
	nb.Statements = nil
	for _, s := range b.Statements {
		if to, ok := old[s.Citations[0].Post]; ok {
			s.Citations = []model.Citation{{Post: to, Source: s.Citations[0].Source}}
			nb.Statements = append(nb.Statements, s)
		}
	}
	nb.Options = nil
	for _, o := range b.Options {
		if to, ok := old[o.Post]; ok {
			o.Post = to
			o.Mentions = nil
			nb.Options = append(nb.Options, o)
		}
	}
	nb.Reindex()
	return &nb
}

// refreshWith is a model following a page whose next read is next().
func refreshWith(b *model.Briefing, w, h int, next func() *model.Briefing) Model {
	o := testOptions()
	o.Width, o.Height = w, h
	o.Follow = true
	o.Reload = func() (*model.Briefing, time.Duration, error) { return next(), time.Minute, nil }
	return New(b, o)
}

func selectTitle(t *testing.T, m Model, title string) Model {
	t.Helper()
	m = press(m, runes("g"))
	for i := 0; i < 100; i++ {
		if r, ok := m.activeBrowser().selected().(postItem); ok && r.p.Title == title {
			return m
		}
		m = press(m, runes("j"))
	}
	t.Fatalf("no row %q", title)
	return m
}

func selectedPost(m Model) string {
	if r, ok := m.activeBrowser().selected().(postItem); ok {
		return r.p.Title
	}
	return ""
}

var talksResume = model.Post{Source: "live", Time: "07:10", Zone: "BST", Title: "Talks resume",
	Body: []model.Block{{Kind: model.BlockParagraph, Text: `Merz said: "We will meet again next week."`}}, Mentions: []string{"merz"}}

// TestRefreshKeepsVanishedPost: the page dropped a post and gained one; the
// loader numbers the rest again. The dropped post stays on screen, the
// selection stays on its post (whose id the re-read gave to another), and
// a statement in the dropped post still opens it.
func TestRefreshKeepsVanishedPost(t *testing.T) {
	held := tinyBriefing()
	fresh := reread(held, []model.Post{held.Posts[0], held.Posts[2], talksResume})
	m := refreshWith(tinyBriefing(), 120, 30, func() *model.Briefing { return fresh })
	m = selectTitle(t, m, "What form could a guarantee take?")
	m = step(m, runes("r"))
	if got := selectedPost(m); got != "What form could a guarantee take?" {
		t.Fatalf("selection moved to %q", got)
	}
	screen := m.View()
	for _, want := range []string{"What the leaders said", "Talks resume", "Meeting is over", "1 new"} {
		if !strings.Contains(screen, want) {
			t.Errorf("%q not on screen:\n%s", want, screen)
		}
	}
	if n := strings.Count(screen, "What form could a guarantee"); n != 2 { // its row and its detail
		t.Errorf("the guarantee post is on screen %d times:\n%s", n, screen)
	}
	// Merz's statement in the dropped post opens that post.
	m = press(m, runes("2"))
	m = press(m, runes("g"))
	for i := 0; i < 5 && m.activeBrowser().selected().key() != "person:merz"; i++ {
		m = press(m, runes("j"))
	}
	m = press(m, special(tea.KeyEnter), special(tea.KeyEnter), special(tea.KeyEnter))
	if m.active != paneTimeline || selectedPost(m) != "What the leaders said" {
		t.Fatalf("the statement opened %v %q", m.active, selectedPost(m))
	}
	if !strings.Contains(ansi.Strip(strings.Join(m.timeline.detail.lines, " ")), "I can't imagine") {
		t.Fatal("the quote is not in the post's detail")
	}
}

// TestRefreshEditInPlace: an edited post changes where it stands; the
// selection, the open detail and its scroll stay; nothing is counted new.
func TestRefreshEditInPlace(t *testing.T) {
	held := tinyBriefing()
	long := make([]model.Block, 0, 40)
	for i := range 40 {
		long = append(long, model.Block{Kind: model.BlockParagraph, Text: "Paragraph " + strconv.Itoa(i) + " of the talks."})
	}
	held.Posts[1].Body = append(held.Posts[1].Body, long...)
	held.Reindex()
	edited := *held
	edited.Posts = append([]model.Post(nil), held.Posts...)
	edited.Posts[1].Body = append([]model.Block{{Kind: model.BlockParagraph, Text: "Correction: the meeting was on Monday."}}, held.Posts[1].Body...)
	fresh := reread(&edited, edited.Posts)
	m := refreshWith(held, 120, 30, func() *model.Briefing { return fresh })
	m = selectTitle(t, m, "What the leaders said")
	m = press(m, special(tea.KeyEnter), runes("d"), runes("j"))
	y := m.timeline.detail.vp.YOffset
	if y == 0 {
		t.Fatal("the detail did not scroll")
	}
	m = step(m, runes("r"))
	if selectedPost(m) != "What the leaders said" || !m.timeline.inDetail {
		t.Fatalf("selection %q, in detail %v", selectedPost(m), m.timeline.inDetail)
	}
	if got := m.timeline.detail.vp.YOffset; got != y {
		t.Errorf("detail scrolled %d -> %d", y, got)
	}
	if !strings.Contains(strings.Join(m.timeline.detail.lines, "\n"), "Correction") {
		t.Error("the detail does not show the edit")
	}
	if strings.Contains(m.statusView(), "new") || len(m.timeline.list.Items()) != 4 {
		t.Errorf("an edit counted as new: %q, %d rows", m.statusView(), len(m.timeline.list.Items()))
	}
}

// TestRefreshInsertAboveSelection: oldest first, a post the page gained
// between two older ones lands above the selection; the selection stays on
// its post although the re-read gave its id to the post before it.
func TestRefreshInsertAboveSelection(t *testing.T) {
	held := tinyBriefing()
	late := model.Post{Source: "live", Time: "04:30", Zone: "BST", Title: "A late note"}
	fresh := reread(held, []model.Post{held.Posts[0], late, held.Posts[1], held.Posts[2]})
	m := refreshWith(tinyBriefing(), 120, 30, func() *model.Briefing { return fresh })
	m = press(m, runes("o")) // oldest first: older posts above
	m = selectTitle(t, m, "What the leaders said")
	m = step(m, runes("r"))
	if got := selectedPost(m); got != "What the leaders said" {
		t.Fatalf("selection moved to %q", got)
	}
	if !strings.Contains(m.statusView(), "1 new") {
		t.Fatalf("status: %q", m.statusView())
	}
}

// TestRefreshKeepsListScroll: scrolled into a long list, a new post at the
// top (newest first) leaves the rows on screen where they were.
func TestRefreshKeepsListScroll(t *testing.T) {
	held := tinyBriefing()
	for i := 4; i <= 40; i++ {
		held.Posts = append(held.Posts, model.Post{ID: "live/" + strconv.Itoa(i), Source: "live", Time: "08:" + strconv.Itoa(10+i), Title: "Update " + strconv.Itoa(i)})
	}
	held.Reindex()
	fresh := reread(held, append(append([]model.Post(nil), held.Posts...), talksResume))
	m := refreshWith(held, 120, 30, func() *model.Briefing { return fresh })
	for range 25 {
		m = press(m, runes("j"))
	}
	for range 5 { // up, off the window's edge, where keeping the cursor in view would move it anyway
		m = press(m, runes("k"))
	}
	before := m.timeline.list.View()
	sel := selectedPost(m)
	m = step(m, runes("r"))
	if got := m.timeline.list.View(); got != before {
		t.Errorf("the list moved:\n%s\n--- now ---\n%s", before, got)
	}
	if selectedPost(m) != sel {
		t.Errorf("selection %q -> %q", sel, selectedPost(m))
	}
}

// TestRefreshSeenInLeaders: the new post's statement, selected in the
// Leaders pane, is the new post seen: its mark and "1 new" go.
func TestRefreshSeenInLeaders(t *testing.T) {
	held := tinyBriefing()
	fresh := reread(held, append(append([]model.Post(nil), held.Posts...), talksResume))
	fresh.Statements = append(fresh.Statements, model.Statement{Speaker: "merz", Quote: "We will meet again next week.", Kind: model.Direct,
		Citations: []model.Citation{{Post: "live/4", Source: "live"}}})
	fresh.Reindex()
	m := refreshWith(tinyBriefing(), 120, 30, func() *model.Briefing { return fresh })
	m = step(m, runes("r"))
	m = press(m, runes("2"))
	if !strings.Contains(leadersOf(m).list.View(), "• Friedrich Merz") { // Trump is selected: the mark shows
		t.Errorf("Merz's row is not marked:\n%s", leadersOf(m).list.View())
	}
	for i := 0; i < 5 && m.activeBrowser().selected().key() != "person:merz"; i++ {
		m = press(m, runes("j"))
	}
	m = press(m, special(tea.KeyEnter))
	for i := 0; i < 3 && strings.Contains(m.statusView(), "1 new"); i++ {
		m = press(m, runes("j"))
	}
	if strings.Contains(m.statusView(), "1 new") {
		t.Fatalf("selecting the new statement left: %q", m.statusView())
	}
}

// TestHelpOpenOnlyWithAddress: ? lists O only on a post with an address,
// as the key bar does.
func TestHelpOpenOnlyWithAddress(t *testing.T) {
	b := tinyBriefing()
	b.Posts[2].URL = "https://news.example/live#p3"
	o := testOptions()
	o.Width, o.Height = 200, 40
	o.Open = func(string) error { return nil }
	m := New(b, o)
	m = selectTitle(t, m, "Meeting is over")
	if s := press(m, runes("?")).View(); strings.Contains(s, "open in browser") {
		t.Errorf("? lists O on a post with no address:\n%s", s)
	}
	m = selectTitle(t, m, "What form could a guarantee take?")
	if s := press(m, runes("?")).View(); !strings.Contains(s, "open in browser") {
		t.Errorf("? lacks O on a post with an address:\n%s", s)
	}
}

// TestFollowProgram runs --follow in the program itself, the merge on the
// read's goroutine while the screen is drawn and keys move the selection
// (run with -race): every read brings a post, and each is merged once.
func TestFollowProgram(t *testing.T) {
	held := tinyBriefing()
	reads := 0
	o := testOptions()
	o.Follow, o.Every = true, 10*time.Millisecond
	o.Reload = func() (*model.Briefing, time.Duration, error) {
		reads = min(reads+1, 3)
		posts := append([]model.Post(nil), held.Posts...)
		for i := range reads {
			p := talksResume
			p.Title = "Talks resume " + strconv.Itoa(i+1)
			posts = append(posts, p)
		}
		return reread(held, posts), 10 * time.Millisecond, nil
	}
	tm := teatest.NewTestModel(t, New(tinyBriefing(), o), teatest.WithInitialTermSize(100, 30))
	for range 5 {
		tm.Send(runes("j"))
		tm.Send(runes("k"))
	}
	teatest.WaitFor(t, tm.Output(), func(b []byte) bool { return bytes.Contains(b, []byte("6/6 posts")) },
		teatest.WithDuration(5*time.Second))
	tm.Send(runes("q"))
	fm := tm.FinalModel(t, teatest.WithFinalTimeout(5*time.Second)).(Model)
	if n := len(fm.sh.b.Posts); n != 6 {
		t.Fatalf("%d posts after three reads, want 6", n)
	}
}

// A new post the filter hides is counted as such: "1 new (1 filtered
// out)", so the user knows to clear the filter to see it.
func TestRefreshSaysNewPostsFilteredOut(t *testing.T) {
	held := tinyBriefing()
	late := model.Post{Source: "live", Time: "04:30", Zone: "BST", Title: "A late note"}
	fresh := reread(held, []model.Post{held.Posts[0], late, held.Posts[1], held.Posts[2]})
	m := refreshWith(tinyBriefing(), 120, 30, func() *model.Briefing { return fresh })
	m = step(m, runes("r"))
	if s := m.statusView(); !strings.Contains(s, "1 new") || strings.Contains(s, "filtered out") {
		t.Fatalf("unfiltered status: %q", s)
	}
	m = press(m, runes("/"))
	m = press(m, runes("ceasefire"))
	m = press(m, special(tea.KeyEnter))
	if s := m.statusView(); !strings.Contains(s, "1 new (1 filtered out)") {
		t.Errorf("status with the new post filtered out: %q", s)
	}
}

// An option a new post mentions is marked in the Guarantees pane, as a
// person with a new statement is in Leaders: where to look for it.
func TestNewMentionMarksOption(t *testing.T) {
	o := model.OptionView{Option: &model.Option{Name: "Air patrols"}, Mentions: []model.Mention{{Post: "live/1"}, {Post: "live/9"}}}
	if isNew(optionItem{o}, map[string]bool{"live/2": true}) {
		t.Error("an option no new post mentions is marked")
	}
	if !isNew(optionItem{o}, map[string]bool{"live/9": true}) {
		t.Error("an option a new post mentions is not marked")
	}
}

// An edit to a post the reader is not looking at is marked ◦ and counted
// ("1 edited") until the post is selected; it is not counted as new.
func TestRefreshMarksEditsUntilSeen(t *testing.T) {
	held := tinyBriefing()
	edited := *held
	edited.Posts = append([]model.Post(nil), held.Posts...)
	edited.Posts[1].Body = append([]model.Block{{Kind: model.BlockParagraph, Text: "Correction: the meeting was on Monday."}}, held.Posts[1].Body...)
	fresh := reread(&edited, edited.Posts)
	m := refreshWith(held, 120, 30, func() *model.Briefing { return fresh })
	title := edited.Posts[1].Heading()
	for _, p := range held.Posts {
		if p.Heading() != title {
			m = selectTitle(t, m, p.Heading())
			break
		}
	}
	m = step(m, runes("r"))
	if s := m.statusView(); !strings.Contains(s, "1 edited") || strings.Contains(s, "new") {
		t.Fatalf("status after an edit: %q", s)
	}
	if !strings.Contains(m.timeline.list.View(), "◦ ") {
		t.Errorf("the edited row is not marked:\n%s", m.timeline.list.View())
	}
	m = selectTitle(t, m, title)
	if s := m.statusView(); strings.Contains(s, "edited") {
		t.Errorf("status after selecting the edited post: %q", s)
	}
}
