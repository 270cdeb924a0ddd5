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

// reloadedMsg is a read's result, delivered off the UI goroutine.
type reloadedMsg struct {
	b    *model.Briefing
	next time.Duration
	err  error
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
	f := m.opts.Reload
	return func() tea.Msg {
		b, next, err := f()
		return reloadedMsg{b: b, next: next, err: err}
	}
}

// reloaded applies a read: the new briefing under the panes, its new posts
// marked; a failure keeps what is shown and says when the next try is.
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
		old := make(map[string]bool, len(m.sh.b.Posts))
		for i := range m.sh.b.Posts {
			old[model.PostKey(&m.sh.b.Posts[i])] = true
		}
		fresh := make(map[string]bool, len(m.sh.fresh))
		for k := range m.sh.fresh {
			fresh[k] = true
		}
		for i := range msg.b.Posts {
			p := &msg.b.Posts[i]
			if !old[model.PostKey(p)] {
				fresh[postItem{p}.key()] = true
			}
		}
		m = m.SetBriefing(msg.b)
		m.sh.fresh = fresh
		m.seen()
		m.syncActive()
	}
	return m, m.tick(msg.next)
}

// seen drops the selected post's mark: selecting or opening it is seeing it.
func (m *Model) seen() {
	if len(m.sh.fresh) == 0 || m.active != paneTimeline {
		return
	}
	if r, ok := m.timeline.browser.selected().(postItem); ok && m.sh.fresh[r.key()] {
		fresh := make(map[string]bool, len(m.sh.fresh))
		for k := range m.sh.fresh {
			if k != r.key() {
				fresh[k] = true
			}
		}
		sh := *m.sh
		sh.fresh = fresh
		m.sh = &sh
	}
}

// liveText is the status bar's refresh part: "2 new", "offline · retrying in 2m".
func (m Model) liveText() string {
	s := ""
	if n := len(m.sh.fresh); n > 0 {
		s += " · " + strconv.Itoa(n) + " new"
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
