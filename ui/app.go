package ui

import (
	"errors"
	"os"
	"strconv"
	"strings"

	"github.com/charmbracelet/bubbles/cursor"
	"github.com/charmbracelet/bubbles/help"
	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/textinput"
	"github.com/charmbracelet/bubbles/viewport"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"

	"briefing/model"
)

// mode is what the keys go to: the panes, or one of the modal inputs.
type mode int

const (
	modeBrowse  mode = iota
	modeSearch       // typing the search text
	modePicker       // the leader picker
	modeExport       // typing the export path
	modeConfirm      // asking before overwriting
	modeHelp         // full help
)

// inputMax caps what a prompt holds: longer than any search or path anyone
// types, and it keeps each key's cost bounded, so that a paste without
// bracketed paste (one key message per character) costs linear time.
const (
	inputMax  = 1024 // the export path
	searchMax = 256  // the search text
)

// Model is the whole TUI. It is a tea.Model; New builds it.
type Model struct {
	sh   *shared
	opts Options

	width, height, bodyH int
	helpVP               viewport.Model // ? : the full help, scrollable when the window is short

	active     pane
	filter     model.Filter // what sh.view was computed from
	lastFilter filterKind   // the filter x clears first (filters.go)

	timeline   timelinePane
	leaders    leadersPane
	guarantees guaranteesPane
	picker     picker

	// trail is where a jump came from: esc in the Timeline after enter on a
	// statement goes back to it. Switching panes forgets it.
	trail []pane
	hit   hitAt // the search hit n/N step from

	mode    mode
	input   textinput.Model // search text or export path
	pending pendingExport
	help    help.Model
	flash   flash
	err     error
	live    liveState // refreshes: r and --follow
}

// New builds the TUI for a briefing. The filter and pane in opts are the
// state it opens in.
func New(b *model.Briefing, opts Options) Model {
	var err error
	if b == nil {
		b, err = &model.Briefing{}, errors.New("no briefing to show")
	}
	r := opts.Renderer
	if r == nil {
		r = lipgloss.DefaultRenderer()
	}
	sh := &shared{b: b, newestFirst: true, keys: newKeyMap(), styles: newStyles(r, opts.NoColor), md: newMDCache(opts.Style, opts.Profile)}
	in := textinput.New()
	in.Prompt = ""
	in.Cursor.SetMode(cursor.CursorStatic)
	in.CharLimit = inputMax // a pasted megabyte costs little past the cap
	m := Model{
		sh: sh, opts: opts, err: err,
		active: paneNamed(opts.Pane), filter: opts.Filter,
		timeline: newTimeline(sh), leaders: newLeaders(sh), guarantees: newGuarantees(sh),
		picker: newPicker(sh), input: in, help: help.New(),
	}
	if opts.NoColor { // bubbles' help colours its keys; keep only the emphasis
		plain, bold := r.NewStyle(), r.NewStyle().Bold(true)
		m.help.Styles = help.Styles{ShortKey: bold, ShortDesc: plain, ShortSeparator: plain, Ellipsis: plain,
			FullKey: bold, FullDesc: plain, FullSeparator: plain}
	}
	if opts.Width > 0 && opts.Height > 0 {
		m.width, m.height = opts.Width, opts.Height
		m.layout()
	}
	m.applyFilter()
	return m
}

// SetBriefing replaces the briefing under the panes without losing the
// reader's place: the filter, the pane, each list's selection and window
// (rows are keyed by post, person and option id), a drill-down whose
// person survives and the search all stay. Everything is rendered again:
// the same ids may carry new text. A live refresh folds its read in with
// model.MergeBriefing first (follow.go), so nothing seen goes.
func (m Model) SetBriefing(b *model.Briefing) Model {
	if b == nil {
		return m
	}
	return m.replace(b, m.sh.md.keep(func(string) bool { return false }))
}

// Err is the fatal error, if any, for main to print after the program ends.
func (m Model) Err() error { return m.err }

// Init turns the mouse on only when main asked for it.
func (m Model) Init() tea.Cmd {
	if m.err != nil {
		return tea.Quit
	}
	cmds := []tea.Cmd{m.tick(m.opts.Every), prepareSearch(m.sh.b)}
	if m.opts.Mouse {
		cmds = append(cmds, tea.EnableMouseCellMotion)
	}
	return tea.Batch(cmds...)
}

// searchReadyMsg says the briefing's text index is built; nothing waits on it.
type searchReadyMsg struct{}

// prepareSearch builds the text index while the user reads the first
// screen, so the first / keystroke does not pay for it.
func prepareSearch(b *model.Briefing) tea.Cmd {
	if b == nil {
		return nil
	}
	return func() tea.Msg {
		b.PrepareSearch()
		return searchReadyMsg{}
	}
}

// Update routes: size → layout; a modal input takes every key; global keys;
// cross-pane messages; else the active pane.
func (m Model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case searchReadyMsg:
		return m, nil
	case tea.WindowSizeMsg:
		m.width, m.height = msg.Width, msg.Height
		m.layout()
		return m, nil
	case tea.KeyMsg:
		if key.Matches(msg, m.sh.keys.ForceQuit) { // before any input can swallow it
			return m, tea.Quit
		}
		if key.Matches(msg, m.sh.keys.Suspend) { // like less and vim: the shell's job control
			return m, tea.Suspend
		}
		if m.tooSmall() { // nothing is drawn, so nothing may act unseen
			if key.Matches(msg, m.sh.keys.Quit) {
				return m, tea.Quit
			}
			return m, nil
		}
		if m.mode == modeBrowse && msg.Type == tea.KeyRunes && len(msg.Runes) > 1 && !msg.Paste {
			return m.eachRune(msg.Runes)
		}
		m.flash = flash{}
		if m.mode != modeBrowse {
			return m.updateMode(msg)
		}
		if next, cmd, ok := m.globalKey(msg); ok {
			return next, cmd
		}
		return m.updateActive(msg)
	case tea.MouseMsg:
		return m.updateMouse(msg)
	case jumpToPostMsg:
		m.jump(msg)
	case pickerAppliedMsg:
		m.applyPicker(msg)
	case exportDoneMsg:
		m.exportDone(msg)
	case copiedMsg:
		m.copied(msg)
	case reloadTickMsg:
		if msg.gen == m.live.gen {
			return m, m.reload()
		}
	case reloadedMsg:
		return m.reloaded(msg)
	case openedMsg:
		m.opened(msg)
	}
	return m, nil
}

// eachRune handles keys typed faster than the terminal is read: bubbletea
// delivers "jjj" as one message, which is three presses of j. Once a key
// opens an input (/, e, L), the rest is typed into it.
func (m Model) eachRune(runes []rune) (tea.Model, tea.Cmd) {
	var cmds []tea.Cmd
	next := m
	for i, r := range runes {
		key := tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune{r}}
		if next.mode != modeBrowse {
			key.Runes = runes[i:]
		}
		nm, cmd := next.Update(key)
		next, cmds = nm.(Model), append(cmds, cmd)
		if len(key.Runes) > 1 {
			break
		}
	}
	return next, tea.Batch(cmds...)
}

// View lays out what Update computed; it renders no markdown and applies
// no filter.
func (m Model) View() string {
	if m.tooSmall() {
		return m.tooSmallView()
	}
	var body string
	switch m.mode {
	case modeHelp:
		body = m.helpVP.View()
	case modePicker:
		body = m.picker.view(&m.sh.styles)
	default:
		body = m.paneView()
	}
	s := m.tabsView() + "\n" + box(body, m.width, m.bodyH) + "\n" + m.statusView() + "\n" + m.helpLine()
	return clip(s, m.width, m.height)
}

func (m Model) paneView() string {
	switch m.active {
	case paneLeaders:
		return m.leaders.view(m.sh)
	case paneGuarantees:
		return m.guarantees.view(m.sh, "")
	}
	return m.timeline.view(m.sh, "")
}

// tooSmall: the window cannot hold the layout; the screen says so.
func (m Model) tooSmall() bool { return m.width < minWidth || m.height < minHeight }

func (m Model) tooSmallView() string {
	msg := "Terminal too small: " + strconv.Itoa(m.width) + "x" + strconv.Itoa(m.height) + ". Need " + strconv.Itoa(minWidth) + "x" + strconv.Itoa(minHeight) + "."
	var lines []string
	for w := max(1, m.width); msg != ""; {
		n := min(len(msg), w)
		lines = append(lines, m.sh.styles.TooSmall.Render(msg[:n]))
		msg = strings.TrimLeft(msg[n:], " ")
	}
	return clip(strings.Join(lines, "\n"), m.width, m.height)
}

// layout gives the panes the space the chrome leaves, measured from what
// the chrome renders.
func (m *Model) layout() {
	m.help.Width = m.width
	chrome := lipgloss.Height(m.tabsView()) + lipgloss.Height(m.statusView()) + lipgloss.Height(m.helpLine())
	m.bodyH = max(0, m.height-chrome)
	narrow := m.width < wideMin
	m.timeline.setSize(m.width, m.bodyH, narrow)
	m.leaders.setSize(m.width, m.bodyH, narrow)
	m.guarantees.setSize(m.width, m.bodyH, narrow)
	m.picker.setSize(m.width, m.bodyH)
	m.input.Width = max(1, m.width-16)
	if m.mode == modeHelp {
		m.sizeHelp()
	}
	m.syncActive()
}

// applyFilter recomputes the view for the current filter and hands it to
// every pane (the tab counts need all three).
func (m *Model) applyFilter() {
	sh := *m.sh
	sh.view = sh.b.Apply(m.filter)
	m.sh = &sh
	m.timeline.setView(m.sh)
	m.leaders.setView(m.sh)
	m.guarantees.setView(m.sh)
	m.syncActive()
}

// syncActive renders the detail of the visible pane only; the others catch
// up when they are switched to.
func (m *Model) syncActive() {
	m.seen()
	m.timeline.sync(m.sh, m.active == paneTimeline)
	m.leaders.sync(m.sh, m.active == paneLeaders)
	m.guarantees.sync(m.sh, m.active == paneGuarantees)
}

func (m *Model) switchTo(p pane) {
	m.trail = nil
	m.active = (p + paneCount) % paneCount
	m.syncActive()
}

// activeBrowser is the list+detail the pane keys act on.
func (m *Model) activeBrowser() *browser {
	switch m.active {
	case paneLeaders:
		return m.leaders.active()
	case paneGuarantees:
		return &m.guarantees.browser
	}
	return &m.timeline.browser
}

// globalKey handles the keys that act the same in every pane.
func (m Model) globalKey(msg tea.KeyMsg) (Model, tea.Cmd, bool) {
	k := m.sh.keys
	switch {
	case key.Matches(msg, k.Quit):
		return m, tea.Quit, true
	case key.Matches(msg, k.Help):
		m.mode = modeHelp
		m.sizeHelp()
	case key.Matches(msg, k.NextPane):
		m.switchTo(m.active + 1)
	case key.Matches(msg, k.PrevPane):
		m.switchTo(m.active - 1)
	case key.Matches(msg, k.Pane1):
		m.switchTo(paneTimeline)
	case key.Matches(msg, k.Pane2):
		m.switchTo(paneLeaders)
	case key.Matches(msg, k.Pane3):
		m.switchTo(paneGuarantees)
	case key.Matches(msg, k.Search):
		return m, m.startSearch(), true
	case key.Matches(msg, k.NextMatch) && m.searching():
		m.step(1)
	case key.Matches(msg, k.PrevMatch) && m.searching():
		m.step(-1)
	case key.Matches(msg, k.Leaders):
		m.mode = modePicker
		return m, m.picker.open(m.sh.b, m.filter), true
	case key.Matches(msg, k.PrevLeader):
		m.stepLeader(-1)
	case key.Matches(msg, k.NextLeader):
		m.stepLeader(1)
	case key.Matches(msg, k.ClearLast):
		m.clearLast()
	case key.Matches(msg, k.ClearAll):
		m.setFilter(model.Filter{}, "filters cleared")
	case key.Matches(msg, k.Order) && m.active != paneTimeline:
		m.flash = flash{text: "o orders the Timeline; this pane keeps the briefing's order"}
	case key.Matches(msg, k.Order):
		sh := *m.sh
		sh.newestFirst = !sh.newestFirst
		m.sh = &sh
		m.timeline.setView(m.sh)
		m.syncActive()
	case key.Matches(msg, k.Export):
		m.mode = modeExport
		m.input.Placeholder = "path of the markdown file" // not the search's
		m.input.CharLimit = inputMax
		m.input.SetValue(m.exportPath())
		m.input.CursorEnd()
		return m, m.input.Focus(), true
	case key.Matches(msg, k.Copy):
		return m, m.copySelected(), true
	case key.Matches(msg, k.Refresh) && m.opts.Reload != nil:
		cmd := m.reload()
		if cmd != nil {
			m.flash = flash{text: "refreshing…"}
		}
		return m, cmd, true
	case key.Matches(msg, k.OpenURL) && m.opts.Open != nil && m.selectedURL() != "":
		return m, m.openSelected(), true
	case key.Matches(msg, k.NextItem):
		m.nextItem(1)
	case key.Matches(msg, k.PrevItem):
		m.nextItem(-1)
	default:
		return m, nil, false
	}
	return m, nil, true
}

// updateActive gives a key to the active pane: open, back, or movement.
func (m Model) updateActive(msg tea.KeyMsg) (tea.Model, tea.Cmd) {
	k := m.sh.keys
	var cmd tea.Cmd
	switch {
	case key.Matches(msg, k.Open):
		cmd = m.open()
	case key.Matches(msg, k.Back):
		if !m.back() && key.Matches(msg, k.Clear) && m.searching() {
			m.setFilter(model.Filter{People: m.filter.People}, "search cleared")
		}
	default:
		m.activeBrowser().move(msg, k)
	}
	m.syncActive()
	return m, cmd
}

func (m *Model) open() tea.Cmd {
	if m.active == paneLeaders {
		return m.leaders.open(m.sh)
	}
	if br := m.activeBrowser(); br.selected() != nil {
		br.inDetail = true
	}
	return nil
}

// back leaves the detail or the drill-down; false when there was nothing
// to leave.
func (m *Model) back() bool {
	if n := len(m.trail); n > 0 && m.active == paneTimeline {
		from := m.trail[n-1]
		m.timeline.inDetail = false
		m.switchTo(from) // that pane kept its place: the list, the statement
		return true
	}
	if m.active == paneLeaders && m.leaders.back() {
		return true
	}
	if br := m.activeBrowser(); br.inDetail {
		br.inDetail = false
		return true
	}
	return false
}

// nextItem reads the next (dir 1) or previous item without leaving the
// detail: the list moves, the detail stays open and starts at the top.
func (m *Model) nextItem(dir int) {
	br := m.activeBrowser()
	i := br.list.Index() + dir
	if i < 0 || i >= len(br.list.Items()) {
		m.flash = flash{text: "no more items"}
		return
	}
	br.list.Select(i) // inDetail stays as it is: the reader keeps reading
	m.syncActive()
}

func (m *Model) setFilter(f model.Filter, note string) {
	m.noteFilter(m.filter, f)
	m.filter = f
	m.applyFilter()
	if note != "" {
		m.flash = flash{text: note}
	}
}

func (m Model) searching() bool { return m.filter.Text() != "" }

// updateMode gives a key to the open modal input.
func (m Model) updateMode(msg tea.KeyMsg) (tea.Model, tea.Cmd) {
	switch m.mode {
	case modeSearch:
		return m.updateSearch(msg)
	case modePicker:
		var cmd tea.Cmd
		m.picker, cmd = m.picker.update(m.sh.b, m.sh.keys, msg)
		return m, cmd
	case modeExport:
		return m.updateExport(msg)
	case modeConfirm:
		return m.updateConfirm(msg)
	}
	if key.Matches(msg, m.sh.keys.Help, m.sh.keys.Cancel, m.sh.keys.Quit) {
		m.mode = modeBrowse
		return m, nil
	}
	m.helpVP, _ = m.helpVP.Update(msg) // j/k, arrows, pgup/pgdn scroll
	return m, nil
}

// sizeHelp fits the full help to the body; on a short window it scrolls.
func (m *Model) sizeHelp() {
	m.helpVP.Width, m.helpVP.Height = m.width, m.bodyH
	m.helpVP.SetContent(m.fullHelpView())
}

// jump shows a statement's post in the Timeline with the quote marked. A
// filter that hides the post is dropped rather than jumping nowhere.
func (m *Model) jump(msg jumpToPostMsg) {
	k := postItem{&model.Post{ID: msg.post}}.key()
	if msg.post == m.sh.b.SummaryPost {
		k = summaryItem{}.key()
	}
	from := m.active
	m.active = paneTimeline
	m.trail = append(m.trail, from)
	if !m.timeline.selectRow(k, msg.quote) {
		m.setFilter(model.Filter{}, "filters cleared to show the post")
		m.timeline.selectRow(k, msg.quote)
	}
	m.syncActive()
}

func (m *Model) applyPicker(msg pickerAppliedMsg) {
	m.mode = modeBrowse
	m.picker.input.Blur()
	if msg.cancel {
		return
	}
	f := m.filter
	f.People = msg.ids
	m.setFilter(f, "")
}

// stepLeader moves the leader filter to the previous/next leader, passing
// through "no leader" at the ends so one key walks the whole cycle.
func (m *Model) stepLeader(dir int) {
	var ids []string
	for _, p := range m.sh.b.People {
		if p.Group == model.GroupLeader {
			ids = append(ids, p.ID)
		}
	}
	if len(ids) == 0 {
		for _, p := range m.sh.b.People {
			ids = append(ids, p.ID)
		}
	}
	if len(ids) == 0 {
		return
	}
	cur := -1
	if len(m.filter.People) == 1 {
		for i, id := range ids {
			if id == m.filter.People[0] {
				cur = i
			}
		}
	}
	next := cur + dir
	if cur == -1 && dir < 0 {
		next = len(ids) - 1
	}
	f := m.filter
	f.People = nil
	if next >= 0 && next < len(ids) {
		f.People = []string{ids[next]}
	}
	m.setFilter(f, "")
}

// copySelected puts the selected item's markdown on the clipboard: the
// document the detail shows, whole, as the export writes it.
func (m Model) copySelected() tea.Cmd {
	r := m.activeBrowser().selected()
	if r == nil {
		return nil
	}
	text := rowMarkdown(m.sh.b, r, 0)
	w := m.opts.Clipboard
	if w == nil {
		w = os.Stdout
	}
	return copyCmd(w, r.title(), text)
}

func (m *Model) copied(msg copiedMsg) {
	if msg.err != nil {
		m.flash = flash{text: "copy failed: " + msg.err.Error(), err: true}
		return
	}
	m.flash = flash{text: "copied: " + msg.what}
}
