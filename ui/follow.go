package ui

import (
	"strconv"
	"time"

	tea "github.com/charmbracelet/bubbletea"

	"briefing/model"
)

// reloadTickMsg is the follow timer: read the sources again. gen ties it
// to the read that scheduled it, so an r in between does not double the
// timers.
type reloadTickMsg struct{ gen int }

// reloadedMsg is a read's result, delivered off the UI goroutine. When
// the read brought a briefing, merged is it folded into held, the
// briefing shown when the read began (the merge is done off the UI
// goroutine too: on 10,000 posts it costs more than a frame).
type reloadedMsg struct {
	b      *model.Briefing
	held   *model.Briefing
	merged *model.Briefing
	change model.Refresh
	next   time.Duration
	err    error
}

// openedMsg is the browser opener's result.
type openedMsg struct {
	url string
	err error
}

// liveState is the refresh bookkeeping.
type liveState struct {
	gen       int
	reloading bool
	failed    bool
	retry     time.Duration
	lastErr   string
}

func (m Model) tick(d time.Duration) tea.Cmd {
	if !m.opts.Follow || m.opts.Reload == nil {
		return nil
	}
	if d <= 0 {
		d = m.opts.Every
	}
	if d <= 0 {
		d = time.Minute
	}
	gen := m.live.gen
	return tea.Tick(d, func(time.Time) tea.Msg { return reloadTickMsg{gen: gen} })
}

// reload starts a read unless one is running.
func (m *Model) reload() tea.Cmd {
	if m.opts.Reload == nil || m.live.reloading {
		return nil
	}
	m.live.reloading = true
	f, held := m.opts.Reload, m.sh.b
	return func() tea.Msg {
		b, next, err := f()
		msg := reloadedMsg{b: b, held: held, next: next, err: err}
		if err == nil && b != nil {
			msg.merged, msg.change = model.MergeBriefing(held, b)
		}
		return msg
	}
}

// reloaded applies a read: the re-read folded into what is shown (no post
// seen goes, an edited one changes in place), its new posts marked, the
// reader's place kept; a failure keeps what is shown and says when the
// next try is.
func (m Model) reloaded(msg reloadedMsg) (Model, tea.Cmd) {
	m.live.reloading = false
	m.live.gen++
	if msg.err != nil {
		m.live.failed, m.live.retry, m.live.lastErr = true, msg.next, msg.err.Error()
		if !m.opts.Follow {
			m.flash = flash{text: "refresh failed: " + msg.err.Error(), err: true}
		}
		return m, m.tick(msg.next)
	}
	m.live.failed = false
	if msg.b != nil {
		merged, change := msg.merged, msg.change
		if merged == nil || msg.held != m.sh.b { // the briefing changed under the read
			merged, change = model.MergeBriefing(m.sh.b, msg.b)
		}
		fresh := withIDs(m.sh.fresh, change.Added, nil)
		edited := withIDs(m.sh.edited, change.Edited, fresh) // a new post edited before it was seen is still new
		m = m.replace(merged, refreshed(m.sh.md, change.Edited))
		m.sh.setMarks(fresh, edited) // replace gave this model its own shared value
		m.syncActive()
	}
	return m, m.tick(msg.next)
}

// seen drops the marks of the new posts the reader is looking at: the
// post selected in the Timeline, the post of the statement selected in
// the Leaders pane's statements.
func (m *Model) seen() {
	if len(m.sh.fresh) == 0 && len(m.sh.edited) == 0 {
		return
	}
	var id string
	switch r := m.activeBrowser().selected().(type) {
	case postItem:
		id = r.p.ID
	case statementItem:
		id = r.s.Citations[0].Post
	}
	if !m.sh.fresh[id] && !m.sh.edited[id] {
		return
	}
	sh := *m.sh
	sh.setMarks(without(m.sh.fresh, id), without(m.sh.edited, id))
	m.sh = &sh
}

// withIDs is a copy of set with ids added, except those in skip.
func withIDs(set map[string]bool, ids []string, skip map[string]bool) map[string]bool {
	out := make(map[string]bool, len(set)+len(ids))
	for id := range set {
		out[id] = true
	}
	for _, id := range ids {
		if !skip[id] {
			out[id] = true
		}
	}
	return out
}

// without is a copy of set without k: the old shared value keeps its own.
func without(set map[string]bool, k string) map[string]bool {
	out := make(map[string]bool, len(set))
	for id := range set {
		if id != k {
			out[id] = true
		}
	}
	return out
}

// liveText is the status bar's refresh part: "2 new", "1 edited",
// "offline · retrying in 2m".
func (m Model) liveText() string {
	s := ""
	if n := len(m.sh.fresh); n > 0 {
		s += " · " + strconv.Itoa(n) + " new"
		// a new post the filter hides cannot be reached until it is
		// cleared: say so rather than count it as waiting on screen
		if hidden := m.sh.freshHidden; hidden > 0 {
			s += " (" + strconv.Itoa(hidden) + " filtered out)"
		}
	}
	if n := len(m.sh.edited); n > 0 {
		s += " · " + strconv.Itoa(n) + " edited"
	}
	if m.live.failed && m.opts.Follow {
		s += " · offline · retrying in " + shortDur(m.live.retry)
	}
	return s
}

func shortDur(d time.Duration) string {
	switch {
	case d >= time.Hour:
		return strconv.Itoa(int(d.Round(time.Hour)/time.Hour)) + "h"
	case d >= time.Minute:
		return strconv.Itoa(int(d.Round(time.Minute)/time.Minute)) + "m"
	}
	return strconv.Itoa(max(1, int(d.Round(time.Second)/time.Second))) + "s"
}

// selectedURL is the selected post's address, "" when it has none.
func (m Model) selectedURL() string {
	if r, ok := m.activeBrowser().selected().(postItem); ok {
		return r.p.URL
	}
	return ""
}

func (m Model) openSelected() tea.Cmd {
	u := m.selectedURL()
	if u == "" || m.opts.Open == nil {
		return nil
	}
	open := m.opts.Open
	return func() tea.Msg { return openedMsg{url: u, err: open(u)} }
}

func (m *Model) opened(msg openedMsg) {
	if msg.err != nil {
		m.flash = flash{text: "open failed: " + msg.err.Error(), err: true}
		return
	}
	m.flash = flash{text: "opened " + msg.url}
}
