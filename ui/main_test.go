package ui

import (
	"encoding/json"
	"io"
	"os"
	"path"
	"testing"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/mattn/go-runewidth"
	"github.com/muesli/termenv"

	"briefing/loader"
	"briefing/model"
	"briefing/seeds"
)

func TestMain(m *testing.M) {
	lipgloss.SetColorProfile(termenv.Ascii) // layout only: no SGR in goldens
	lipgloss.SetHasDarkBackground(true)     // AdaptiveColor never queries a terminal
	// East Asian width off, whatever the locale: under LANG=ja_JP.UTF-8
	// go-runewidth (bubbles measures with it) counts "…", "•" and "│" two
	// cells each, and every golden shifted. RUNEWIDTH_EASTASIAN=0 did this
	// only for whoever remembered to export it.
	runewidth.EastAsianWidth = false
	runewidth.DefaultCondition.EastAsianWidth = false
	os.Exit(m.Run())
}

// testOptions is a fixed glamour style with colour off.
func testOptions() Options {
	return Options{Style: "notty", Profile: termenv.Ascii, Clipboard: discard{}}
}

type discard struct{}

func (discard) Write(p []byte) (int, error) { return len(p), nil }

// loadSeed is the built-in briefing, loaded the way main loads it.
func loadSeed(tb testing.TB) *model.Briefing {
	tb.Helper()
	var man struct {
		Title   string            `json:"title"`
		Sources []string          `json:"sources"`
		Titles  map[string]string `json:"titles"`
	}
	if err := json.Unmarshal(seeds.Manifest(), &man); err != nil {
		tb.Fatal(err)
	}
	var srcs []loader.Source
	for _, name := range man.Sources {
		data, err := seeds.File(name)
		if err != nil {
			tb.Fatal(err)
		}
		base := name[:len(name)-len(path.Ext(name))]
		srcs = append(srcs, loader.Source{Name: base, Title: man.Titles[name], Origin: "embedded:" + name, Data: data})
	}
	b, err := loader.Load(loader.Config{People: seeds.People(), Title: man.Title}, srcs...)
	if err != nil {
		tb.Fatal(err)
	}
	return b
}

// tinyBriefing is a hand-written briefing: three posts, three people, two
// options; small enough to reason about in flow tests.
func tinyBriefing() *model.Briefing {
	b := &model.Briefing{
		Title:       "Test talks",
		Sources:     []model.Source{{Name: "live", Kind: model.KindLiveblog, Posts: 3}},
		Summary:     []string{"Leaders met in Washington", "Merz wants a ceasefire"},
		SummaryPost: "live/summary",
		Posts: []model.Post{
			{ID: "live/1", Source: "live", Page: 3, Time: "03:59", Zone: "BST", Title: "Meeting is over",
				Author:   model.Author{Name: "Ann Editor", Role: "Live editor"},
				Body:     []model.Block{{Kind: model.BlockParagraph, Text: `Trump said the talks were "very good".`}},
				Mentions: []string{"trump"}},
			{ID: "live/2", Source: "live", Page: 2, Time: "05:50", Zone: "BST", Title: "What the leaders said",
				Body: []model.Block{
					{Kind: model.BlockCaption, Text: "Leaders stand in a row"},
					{Kind: model.BlockParagraph, Text: `"I can't imagine that the next meeting would take place without a ceasefire," said German Chancellor Friedrich Merz.`},
					{Kind: model.BlockParagraph, Text: `Macron wants "boots on the ground".`},
				}, Mentions: []string{"macron", "merz"}},
			{ID: "live/3", Source: "live", Page: 1, Time: "06:38", Zone: "BST", Label: "Analysis",
				Title:  "What form could a guarantee take?",
				Author: model.Author{Name: "Frank Gardner", Role: "Security correspondent"},
				Body: []model.Block{
					{Kind: model.BlockParagraph, Text: "There are broadly two possibilities:"},
					{Kind: model.BlockBullet, Text: "Boots on the ground - This is considered the least likely"},
					{Kind: model.BlockBullet, Text: "Intelligence - the US would probably be happy to assist"},
				}},
		},
		People: []model.Person{
			{ID: "trump", Name: "Donald Trump", Short: "Trump", Role: "US President", Group: model.GroupLeader},
			{ID: "merz", Name: "Friedrich Merz", Short: "Merz", Role: "German Chancellor", Group: model.GroupLeader},
			{ID: "macron", Name: "Emmanuel Macron", Short: "Macron", Role: "French President", Group: model.GroupLeader},
			{ID: "gardner", Name: "Frank Gardner", Short: "Gardner", Role: "Security correspondent", Group: model.GroupCommentator},
		},
		Statements: []model.Statement{
			{Speaker: "trump", Quote: "very good", Kind: model.Direct, Sentence: `Trump said the talks were "very good".`,
				Citations: []model.Citation{{Post: "live/1", Source: "live"}}},
			{Speaker: "merz", Quote: "I can't imagine that the next meeting would take place without a ceasefire,", Kind: model.Direct,
				Citations: []model.Citation{{Post: "live/2", Source: "live"}}},
			{Speaker: "macron", Quote: "boots on the ground", Kind: model.Direct,
				Citations: []model.Citation{{Post: "live/2", Source: "live"}}},
		},
		Options: []model.Option{
			{Name: "Boots on the ground", Assessment: "considered the least likely", Rank: 2,
				Description: "Troops deployed in Ukraine", Post: "live/3", Source: "live",
				Mentions: []model.Mention{{Post: "live/2", Source: "live", Speaker: "macron", Quote: "boots on the ground",
					Text: `Macron wants "boots on the ground".`}}},
			{Name: "Intelligence", Assessment: "probably be happy to assist", Rank: 1,
				Description: "Satellite and aerial intelligence", Post: "live/3", Source: "live"},
		},
	}
	b.Reindex()
	return b
}

// press feeds messages to the model and runs the Cmds that only carry
// messages between parts of the ui (no I/O), the way the program would.
func press(m Model, msgs ...tea.Msg) Model {
	for _, msg := range msgs {
		next, cmd := m.Update(msg)
		m = next.(Model)
		m = drain(m, cmd)
	}
	return m
}

func drain(m Model, cmd tea.Cmd) Model {
	if cmd == nil {
		return m
	}
	switch msg := cmd().(type) {
	case jumpToPostMsg, pickerAppliedMsg, clearSearchMsg, flashMsg:
		next, cmd := m.Update(msg)
		return drain(next.(Model), cmd)
	}
	return m
}

func runes(s string) tea.KeyMsg { return tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune(s)} }

func special(t tea.KeyType) tea.KeyMsg { return tea.KeyMsg{Type: t} }

// typed is one key message per rune, as a terminal sends them.
func typed(s string) []tea.Msg {
	var out []tea.Msg
	for _, r := range s {
		if r == ' ' {
			out = append(out, special(tea.KeySpace))
			continue
		}
		out = append(out, runes(string(r)))
	}
	return out
}

func size(w, h int) tea.WindowSizeMsg { return tea.WindowSizeMsg{Width: w, Height: h} }

// colourRenderer is a renderer with colour on, for the few tests that check
// styling itself.
func colourRenderer() *lipgloss.Renderer {
	r := lipgloss.NewRenderer(io.Discard)
	r.SetColorProfile(termenv.TrueColor)
	return r
}
