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

// Model is the whole TUI. It is a tea.Model; New builds it. Its copies
// share the panes, so go on with the Model that Update returns, as
// bubbletea does.
type Model struct {
	sh   *shared
	opts Options

	width, height, bodyH int
	helpVP               viewport.Model // ? : the full help, scrollable when the window is short

	active     pane
	filter     model.Filter // what sh.view was computed from
	lastFilter filterKind   // the filter x clears first (filters.go)

	// The panes (pane.go), in tab order, shared by the copies of a Model:
	// the root reaches them only through their contract. timeline is
	// panes[paneTimeline], typed for what the root does there alone (a
	// jump lands in it, o orders it).
	panes    []component
	timeline *timelinePane
	picker   picker // the leader picker, a modal input

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
func New(b *model.Briefing, opts Options) Model { return newModel(b, opts, builtinPanes[:]) }

// newModel builds the TUI with the panes reg makes, in tab order.
func newModel(b *model.Briefing, opts Options, reg []newPane) Model {
	var err error
	if b == nil {
		b, err = &model.Briefing{}, errors.New("no briefing to show")
	}
	r := opts.Renderer
	if r == nil {
		r = lipgloss.DefaultRenderer()
	}
	keys, styles := newKeyMap(), newStyles(r, opts.NoColor)
	sh := &shared{b: b, newestFirst: true, keys: &keys, styles: &styles, md: newMDCache(opts.Style, opts.Profile, opts.NoColor)}
	in := textinput.New()
	in.Prompt = ""
	in.Cursor.SetMode(cursor.CursorStatic)
	in.CharLimit = inputMax // a pasted megabyte costs little past the cap
	m := Model{
		sh: sh, opts: opts, err: err, filter: opts.Filter,
		picker: newPicker(sh), input: in, help: help.New(),
	}
	m.panes, m.timeline = makePanes(sh, reg)
	m.active = m.paneNamed(opts.Pane)
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

// Update dispatches: size → layout; a modal input takes every key; the
// global keys; the messages that cross panes; else the active pane.
func (m Model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		m.width, m.height = msg.Width, msg.Height
		m.layout()
		return m, nil
	case tea.KeyMsg:
		if cmd, ok := m.frameKey(msg); ok {
			return m, cmd
		}
		m.flash = flash{}
		if m.mode != modeBrowse {
			return m.updateMode(msg)
		}
		if next, cmd, ok := m.globalKey(msg); ok {
			return next, cmd
		}
	case tea.MouseMsg:
		return m.updateMouse(msg)
	}
	if cmd, ok := m.crossPane(msg); ok {
		return m, cmd
	}
	return m.updateActive(msg)
}

// frameKey is what a key does before anything else may see it: ctrl+c
// quits and ctrl+z suspends from anywhere, the "too small" screen takes
// only quit, and runes typed faster than read are pressed one by one.
// (Pointer receivers here and in crossPane: a Model returned as a
// tea.Model is a copy on the heap, 36 KB, most of it the picker's list.)
func (m *Model) frameKey(msg tea.KeyMsg) (tea.Cmd, bool) {
	k := m.sh.keys
	switch {
	case key.Matches(msg, k.ForceQuit): // before any input can swallow it
		return tea.Quit, true
	case key.Matches(msg, k.Suspend): // like less and vim: the shell's job control
		return tea.Suspend, true
	case m.tooSmall() && key.Matches(msg, k.Quit):
		return tea.Quit, true
	case m.tooSmall(): // nothing is drawn, so nothing may act unseen
		return nil, true
	case m.mode == modeBrowse && msg.Type == tea.KeyRunes && len(msg.Runes) > 1 && !msg.Paste:
		var cmd tea.Cmd
		*m, cmd = m.eachRune(msg.Runes)
		return cmd, true
	}
	return nil, false
}

// crossPane handles what the panes and the Cmds report: a pane's intent
// (msgs.go) and the results of I/O.
func (m *Model) crossPane(msg tea.Msg) (tea.Cmd, bool) {
	switch msg := msg.(type) {
	case jumpToPostMsg:
		m.jump(msg)
	case clearSearchMsg:
		m.setFilter(model.Filter{People: m.filter.People}, "search cleared")
	case flashMsg:
		m.flash = flash{text: msg.text}
	case pickerAppliedMsg:
		m.applyPicker(msg)
	case exportDoneMsg:
		m.exportDone(msg)
	case copiedMsg:
		m.copied(msg)
	case reloadTickMsg:
		if msg.gen == m.live.gen {
			return m.reload(), true
		}
	case reloadedMsg:
		var cmd tea.Cmd
		*m, cmd = m.reloaded(msg)
		return cmd, true
	case openedMsg:
		m.opened(msg)
	case searchReadyMsg:
	default:
		return nil, false
	}
	return nil, true
}

// updateActive forwards a message to the pane on screen, then brings
// every pane's highlight and the visible detail up to date.
func (m Model) updateActive(msg tea.Msg) (tea.Model, tea.Cmd) {
	cmd := m.updatePane(msg)
	m.syncActive()
	return m, cmd
}

// eachRune handles keys typed faster than the terminal is read: bubbletea
// delivers "jjj" as one message, which is three presses of j. Once a key
// opens an input (/, e, L), the rest is typed into it.
func (m Model) eachRune(runes []rune) (Model, tea.Cmd) {
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
		body = m.picker.view(m.sh.styles)
	default:
		body = m.activePane().view(m.sh)
	}
	s := m.tabsView() + "\n" + box(body, m.width, m.bodyH) + "\n" + m.statusView() + "\n" + m.helpLine()
	return clip(s, m.width, m.height)
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
	m.setSizes(m.width, m.bodyH, m.width < wideMin)
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
	sh.countHidden()
	m.sh = &sh
	m.setViews()
	m.syncActive()
}

// syncActive renders the detail of the visible pane only; the others catch
// up when they are switched to.
func (m *Model) syncActive() {
	m.seen()
	m.syncPanes()
}

func (m *Model) switchTo(p pane) {
	m.trail = nil
	m.active = (p + m.numPanes()) % m.numPanes()
	m.syncActive()
}

// globalKey handles the keys that act the same in every pane.
func (m Model) globalKey(msg tea.KeyMsg) (Model, tea.Cmd, bool) {
	k := m.sh.keys
	switch {
	case key.Matches(msg, k.Quit):
		return m, tea.Quit, true
	case key.Matches(msg, k.Back) && m.active == paneTimeline && len(m.trail) > 0:
		m.backFromJump()
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
	default:
		return m, nil, false
	}
	return m, nil, true
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
		m.picker, cmd = m.picker.update(m.sh.b, *m.sh.keys, msg)
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

// backFromJump is esc in the Timeline after a jump: back to the pane the
// jump came from, which kept its place (the list, the statement).
func (m *Model) backFromJump() {
	from := m.trail[len(m.trail)-1]
	m.timeline.closeDetail()
	m.switchTo(from)
}

func (m *Model) applyPicker(msg pickerAppliedMsg) {
	m.mode = modeBrowse
	m.picker.close()
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
