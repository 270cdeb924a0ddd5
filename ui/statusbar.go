package ui

import (
	"slices"
	"strconv"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/ansi"
)

// flash is a one-shot message for the status bar (export written, copy
// done, an error). It lasts until the next key.
type flash struct {
	text string
	err  bool
}

// statusView is the line above the key hint. While a prompt is open it is
// the prompt; otherwise the active filters and the active pane's count on
// the left, and a flash message or the order on the right.
func (m Model) statusView() string {
	st := m.sh.styles
	switch m.mode {
	case modeSearch:
		return fitLine(st.Prompt.Render("/")+m.input.View(), m.width)
	case modeExport:
		return fitLine(st.Prompt.Render("Export to: ")+m.input.View(), m.width)
	case modeConfirm:
		return fitLine(st.Error.Render(m.pending.path+" exists. Overwrite? (y/n)"), m.width)
	}
	filter := sameWidth(plain(m.filterText()))
	count := sameWidth(plain(m.countText() + m.liveText()))
	rs := st.Status
	var rights []string // the right side, most decorated first
	if m.flash.text != "" {
		rs = st.Flash
		if m.flash.err {
			rs = st.Error
		}
		rights = []string{plain(m.flash.text)}
	} else {
		rights = m.positionTexts()
	}
	// Decorations go before anything is cut: the first right side that
	// leaves the filter and the count whole (the order goes first, then
	// the scroll percent, then the position), else none, and only then is
	// the filter cut; the count is cut last.
	right := ""
	for _, r := range rights {
		if ansi.StringWidth(filter+count)+ansi.StringWidth(r)+3 <= m.width {
			right = r
			break
		}
	}
	if right == "" && m.flash.text != "" { // a flash is cut rather than lost
		right = ansi.Truncate(rights[0], max(0, m.width-ansi.StringWidth(count)-3), "…")
	}
	room := max(0, m.width-ansi.StringWidth(right)-3)
	left := filter + count
	if ansi.StringWidth(left) > room {
		left = ansi.Truncate(strings.TrimRight(filter, " "), max(0, room-ansi.StringWidth(count)-2), "…") + "  " + count
		left = ansi.Truncate(left, room, "…")
	}
	gap := max(1, m.width-ansi.StringWidth(left)-ansi.StringWidth(right)-2)
	return fitLine(st.Status.Render(" "+left+spaces(gap))+rs.Render(right+" "), m.width)
}

// positionTexts is the right side of the status bar from most decorated
// to least: the position with the detail's scroll percent and the
// Timeline's order, then without the order, then the position alone.
func (m Model) positionTexts() []string {
	pos, pct := m.position()
	order := ""
	if m.active == paneTimeline { // o orders the Timeline only; elsewhere the order is the briefing's
		order = " · newest first"
		if !m.sh.newestFirst {
			order = " · oldest first"
		}
	}
	if pct == "" {
		return []string{pos + order, pos}
	}
	return []string{pos + pct + order, pos + pct, pos}
}

// position is where the reader is: the row among the list's rows and,
// when the detail is longer than its window, how far it is scrolled
// (" · 40%", else "").
func (m Model) position() (row, pct string) {
	br := m.activeBrowser()
	n := br.rows()
	if n == 0 {
		return "0/0", ""
	}
	row = strconv.Itoa(br.index()+1) + "/" + strconv.Itoa(n)
	if p := br.scrollPercent(); p != "" {
		pct = " · " + p + "%"
	}
	return row, pct
}

// filterText is "leader: Merz, Macron  search: ceasefire  ".
func (m Model) filterText() string {
	var sb strings.Builder
	if len(m.filter.People) > 0 {
		names := make([]string, 0, len(m.filter.People))
		for _, id := range m.filter.People {
			names = append(names, m.sh.b.ShortName(id))
		}
		sb.WriteString("leader: " + strings.Join(names, ", ") + "  ")
	}
	if q := m.filter.Text(); q != "" {
		sb.WriteString("search: " + q + "  ")
	}
	return sb.String()
}

// countText is the active pane's count against the whole briefing.
func (m Model) countText() string {
	return m.activePane().countText(m.sh)
}

// helpKeys is the help of the current state: only keys that act now.
func (m Model) helpKeys() helpFor {
	k := m.sh.keys
	switch m.mode {
	case modePicker:
		return k.forPicker()
	case modeSearch, modeExport:
		return k.forPrompt()
	case modeConfirm:
		return k.forConfirm()
	case modeHelp:
		return k.forHelp()
	}
	acts := m.activePane().ShortHelp()
	back := hasKey(acts, k.Back) || len(m.trail) > 0
	h := k.forBrowse(back, m.searching(), !m.filter.Empty())
	if !hasKey(acts, k.Open) { // an empty pane: nothing to open
		h.short = slices.DeleteFunc(slices.Clone(h.short), func(b key.Binding) bool { return b.Help() == k.Open.Help() })
	}
	if m.opts.Reload == nil { // the built-in briefing, standard input: nothing to re-read
		h.short = slices.DeleteFunc(slices.Clone(h.short), func(b key.Binding) bool { return b.Help() == k.Refresh.Help() })
	}
	if m.opts.Open == nil || m.selectedURL() == "" { // O only on a post with an address
		h.short = slices.DeleteFunc(slices.Clone(h.short), func(b key.Binding) bool { return b.Help() == k.OpenURL.Help() })
	}
	return h
}

func hasKey(bs []key.Binding, b key.Binding) bool {
	return slices.ContainsFunc(bs, func(x key.Binding) bool { return x.Help() == b.Help() })
}

// helpLine is the one-line key hint. When it does not all fit, the keys
// that matter most stay (help and quit first, then in the bar's order) and
// the rest go whole, rather than cutting the line before "? help".
func (m Model) helpLine() string {
	short := m.helpKeys().ShortHelp()
	k := m.sh.keys
	var prio []key.Binding
	for _, b := range short {
		if b.Help() == k.Help.Help() || b.Help() == k.Quit.Help() {
			prio = append(prio, b)
		}
	}
	for _, b := range short {
		if b.Help() != k.Help.Help() && b.Help() != k.Quit.Help() {
			prio = append(prio, b)
		}
	}
	hm := m.help
	hm.Width = 0 // measure whole; bubbles would cut with "…"
	kept := map[string]bool{}
	for _, b := range prio {
		kept[b.Help().Key] = true
		if lipgloss.Width(hm.ShortHelpView(keptIn(short, kept))) > m.width {
			kept[b.Help().Key] = false
		}
	}
	return fitLine(hm.ShortHelpView(keptIn(short, kept)), m.width)
}

// keptIn is the bindings of short that are kept, in short's order.
func keptIn(short []key.Binding, kept map[string]bool) []key.Binding {
	var out []key.Binding
	for _, b := range short {
		if kept[b.Help().Key] {
			out = append(out, b)
		}
	}
	return out
}

// fullHelpView is `?`: every key, its groups packed into as many columns
// as the width allows, so that no key is dropped on a narrow terminal.
func (m Model) fullHelpView() string {
	st := m.sh.styles
	head := st.Header.Render("Keys") + st.Dim.Render("  ? or esc closes") + "\n" +
		st.Dim.Width(m.width).Render("Leaders: enter on a person lists their statements; enter on a statement shows it, enter again opens its post in the Timeline with the quote highlighted, and esc comes back.")
	var rows []string
	cur, curW := "", 0
	k := m.sh.keys
	for _, g := range k.FullHelp() {
		g = slices.DeleteFunc(slices.Clone(g), func(b key.Binding) bool {
			return (b.Help() == k.Refresh.Help() && m.opts.Reload == nil) || (b.Help() == k.OpenURL.Help() && (m.opts.Open == nil || m.selectedURL() == ""))
		})
		col := m.help.FullHelpView([][]key.Binding{g})
		w := lipgloss.Width(col)
		if cur != "" && curW+4+w > m.width {
			rows = append(rows, cur)
			cur, curW = "", 0
		}
		if cur == "" {
			cur, curW = col, w
			continue
		}
		cur = lipgloss.JoinHorizontal(lipgloss.Top, cur, "    ", col)
		curW += 4 + w
	}
	if cur != "" {
		rows = append(rows, cur)
	}
	return head + "\n\n" + strings.Join(rows, "\n\n")
}
