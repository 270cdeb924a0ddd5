package ui

import (
	"errors"
	"strings"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"

	"briefing/model"
)

// step sends one message and runs the Cmd it returns once, as the program would.
func step(m Model, msg tea.Msg) Model {
	next, cmd := m.Update(msg)
	m = next.(Model)
	if cmd != nil {
		if out := cmd(); out != nil {
			if _, ok := out.(reloadedMsg); ok {
				next, _ = m.Update(out)
				m = next.(Model)
			}
			if _, ok := out.(openedMsg); ok {
				next, _ = m.Update(out)
				m = next.(Model)
			}
		}
	}
	return m
}

func TestRefreshMarksNewKeepsSelection(t *testing.T) {
	grown := tinyBriefing()
	grown.Posts = append(grown.Posts, model.Post{ID: "live/4", Source: "live", Time: "07:10", Zone: "BST", Title: "Talks resume"})
	grown.Reindex()
	var fail error
	calls := 0
	o := testOptions()
	o.Width, o.Height = 100, 30
	o.Reload = func() (*model.Briefing, time.Duration, error) {
		calls++
		if fail != nil {
			return nil, 2 * time.Minute, fail
		}
		return grown, time.Minute, nil
	}
	o.Follow = true
	m := New(tinyBriefing(), o)
	m = press(m, runes("j")) // off the top row
	before := m.timeline.browser.selected().key()
	m = step(m, runes("r"))
	if calls != 1 {
		t.Fatalf("r made %d reloads", calls)
	}
	if got := m.timeline.browser.selected().key(); got != before {
		t.Fatalf("selection moved: %s -> %s", before, got)
	}
	if !strings.Contains(m.statusView(), "1 new") {
		t.Fatalf("status lacks 1 new: %q", m.statusView())
	}
	m = press(m, runes("g")) // newest first: the new post is the top post row (or near it)
	for i := 0; i < 3 && strings.Contains(m.statusView(), "1 new"); i++ {
		m = press(m, runes("j"))
	}
	if strings.Contains(m.statusView(), "1 new") {
		t.Fatalf("selecting the new post left: %q", m.statusView())
	}
	fail = errors.New("dial tcp: refused")
	m = step(m, runes("r"))
	if !strings.Contains(m.statusView(), "offline · retrying in 2m") {
		t.Fatalf("status: %q", m.statusView())
	}
}

func TestOpenURL(t *testing.T) {
	b := tinyBriefing()
	b.Posts[2].URL = "https://news.example/live#p3"
	var opened string
	o := testOptions()
	o.Width, o.Height = 100, 30
	o.Width = 200
	o.Open = func(u string) error { opened = u; return nil }
	m := New(b, o)
	for i := 0; i < 5 && m.selectedURL() == ""; i++ {
		m = press(m, runes("j"))
	}
	if !strings.Contains(m.helpLine(), "O") {
		t.Fatalf("O not in the bar on a post with an address: %q", m.helpLine())
	}
	m = step(m, runes("O"))
	if opened != "https://news.example/live#p3" {
		t.Fatalf("opened %q", opened)
	}
	m = press(m, runes("j"))
	if m.selectedURL() == "" && strings.Contains(m.helpLine(), "O open") {
		t.Fatalf("O shown without an address: %q", m.helpLine())
	}
}
