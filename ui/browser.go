package ui

import (
	"strconv"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/list"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
)

// browser is the list-plus-detail body every pane is made of. At wideMin
// columns and wider both are drawn side by side and focus moves between
// them; below that one of them fills the body. It answers the keys that
// act alike in every pane (update) and is, embedded, the Timeline's and
// the Guarantees' whole component: a pane of one list.
type browser struct {
	keys     *keyMap // the shared key map, for help
	list     rowList
	detail   detail
	inDetail bool // focus on the detail (wide) or the detail shown (narrow)
	narrow   bool
	w, h     int
	listW    int
}

// newBrowser is a list and its detail; the item names word the empty list
// ("No options.") when a filter leaves nothing.
func newBrowser(sh *shared, two bool, singular, plural string) browser {
	l := newList(*sh.keys, rowDelegate{st: sh.styles, two: two})
	l.SetStatusBarItemName(singular, plural)
	return browser{keys: sh.keys, list: l, detail: newDetail()}
}

// update is the keys every list-plus-detail answers alike: enter opens
// the detail, esc leaves it (with nothing to leave, while searching, it
// asks the root to clear the search), J and K read the next or previous
// item without leaving the detail, the movement and scroll keys, and the
// mouse over the body.
func (br *browser) update(sh *shared, msg tea.Msg) tea.Cmd {
	k := sh.keys
	switch msg := msg.(type) {
	case tea.KeyMsg:
		switch {
		case key.Matches(msg, k.Open):
			if br.selected() != nil {
				br.inDetail = true
			}
		case key.Matches(msg, k.Back):
			if br.inDetail {
				br.inDetail = false
				return nil
			}
			if key.Matches(msg, k.Clear) && sh.query() != "" {
				return emit(clearSearchMsg{})
			}
		case key.Matches(msg, k.NextItem):
			return br.nextItem(1)
		case key.Matches(msg, k.PrevItem):
			return br.nextItem(-1)
		default:
			br.move(msg, *k)
		}
	case tea.MouseMsg:
		br.mouse(msg)
	}
	return nil
}

// nextItem reads the next (dir 1) or previous item without leaving the
// detail: the list moves, the detail stays open and starts at the top.
func (br *browser) nextItem(dir int) tea.Cmd {
	i := br.list.Index() + dir
	if i < 0 || i >= len(br.list.Items()) {
		return emit(flashMsg{text: "no more items"})
	}
	br.list.Select(i) // inDetail stays as it is: the reader keeps reading
	return nil
}

// mouse is the wheel (the list or the detail, by where the pointer is) and
// a left click on a row. Y counts from the top of the list's rows.
func (br *browser) mouse(msg tea.MouseMsg) {
	inList := !br.inDetail && (br.narrow || msg.X < br.listW)
	switch msg.Button {
	case tea.MouseButtonWheelUp, tea.MouseButtonWheelDown:
		down := msg.Button == tea.MouseButtonWheelDown
		switch {
		case inList && down:
			br.list.CursorDown()
		case inList:
			br.list.CursorUp()
		case down:
			br.detail.vp.ScrollDown(3)
		default:
			br.detail.vp.ScrollUp(3)
		}
	case tea.MouseButtonLeft:
		if !inList {
			return
		}
		if i := br.list.rowAt(msg.Y); i >= 0 {
			br.list.Select(i)
		}
	}
}

// ShortHelp is the browser's keys that act now: open with a row selected,
// back with the detail open.
func (br *browser) ShortHelp() []key.Binding {
	var out []key.Binding
	if br.selected() != nil {
		out = append(out, br.keys.Open)
	}
	if br.inDetail {
		out = append(out, br.keys.Back)
	}
	return out
}

// FullHelp is every key a browser answers.
func (br *browser) FullHelp() [][]key.Binding {
	k := br.keys
	return [][]key.Binding{
		{k.Down, k.Up, k.Top, k.Bottom, k.PageUp, k.PageDown},
		{k.Open, k.Back, k.ScrollDown, k.ScrollUp, k.HalfDown, k.HalfUp, k.NextItem, k.PrevItem},
	}
}

// The rest of the contract, for a pane of one list.

func (br *browser) current() *browser      { return br }
func (br *browser) top() *browser          { return br }
func (br *browser) lists() []*browser      { return []*browser{br} }
func (br *browser) backOut() bool          { return false }
func (br *browser) view(sh *shared) string { return br.draw(sh, "") }

func (br *browser) setSize(w, h int, narrow bool) {
	br.w, br.h, br.narrow = w, h, narrow
	if narrow {
		br.listW = w
		br.list.SetSize(w, h)
		br.detail.setSize(w, h)
		return
	}
	br.listW = min(max(w*2/5, 30), listMax)
	br.list.SetSize(br.listW, h)
	br.detail.setSize(min(w-br.listW-1, readingMax), h) // one column for the divider
}

// setDelegate re-creates the delegate so rows highlight the search text; the
// unfocused list draws its selection quieter.
func (br *browser) setDelegate(sh *shared, two bool, query string) {
	br.list.SetDelegate(rowDelegate{st: sh.styles, two: two, query: strings.ToLower(query), dim: br.inDetail && !br.narrow, fresh: sh.fresh, edited: sh.edited})
}

// setItems replaces the rows, keeping the selected row when it survives.
func (br *browser) setItems(items []list.Item) {
	keep := ""
	if r, ok := br.list.SelectedItem().(row); ok {
		keep = r.key()
	}
	br.list.SetItems(items)
	br.selectKey(keep)
}

func (br *browser) selectKey(k string) bool {
	for i, it := range br.list.Items() {
		if r, ok := it.(row); ok && r.key() == k {
			br.list.Select(i)
			return true
		}
	}
	if br.list.Index() >= len(br.list.Items()) {
		br.list.Select(max(0, len(br.list.Items())-1))
	}
	return false
}

func (br *browser) selected() row {
	r, _ := br.list.SelectedItem().(row)
	return r
}

// What the root reads of a browser, for the search's walk over the panes,
// the status bar's position and a refresh.

func (br *browser) rows() int         { return len(br.list.Items()) }
func (br *browser) index() int        { return br.list.Index() }
func (br *browser) selectAt(i int)    { br.list.Select(i) }
func (br *browser) hitCount() int     { return len(br.detail.hits) }
func (br *browser) showHit(i int)     { br.detail.showHit(i) }
func (br *browser) detailShown() bool { return !br.narrow || br.inDetail }

// reread has the detail render again though its item stays: the briefing
// under it changed.
func (br *browser) reread() { br.detail.stale = true }

// scrollPercent is how far the detail on screen is scrolled, "" when it
// is not shown or fits its window.
func (br *browser) scrollPercent() string {
	vp := br.detail.vp
	if !br.detailShown() || vp.TotalLineCount() <= vp.Height {
		return ""
	}
	return strconv.Itoa(int(vp.ScrollPercent()*100 + 0.5))
}

// showSelected renders the selected row's document in the detail, hi
// marked (the search, or with isQuote a quote); nothing selected, an empty
// detail.
func (br *browser) showSelected(sh *shared, hi string, isQuote bool) {
	r := br.selected()
	if r == nil {
		br.detail.show(sh.md, sh.styles, "", "", "", false)
		return
	}
	id, src := docOf(sh, r)
	br.detail.show(sh.md, sh.styles, id, src, hi, isQuote)
}

// move handles movement keys: the list moves, or the detail scrolls when
// it has the focus. It reports whether the key was movement.
func (br *browser) move(msg tea.KeyMsg, k keyMap) bool {
	if br.inDetail {
		return br.scroll(msg, k, true)
	}
	if !key.Matches(msg, k.Up, k.Down, k.Top, k.Bottom, k.PageUp, k.PageDown) {
		return br.scroll(msg, k, false)
	}
	br.list, _ = br.list.Update(msg) // movement never returns a command
	return true
}

// scroll handles the detail's scroll keys; with lines, the list movement
// keys scroll it too (the detail has the focus).
func (br *browser) scroll(msg tea.KeyMsg, k keyMap, lines bool) bool {
	vp := &br.detail.vp
	switch {
	case key.Matches(msg, k.ScrollDown), lines && key.Matches(msg, k.PageDown):
		vp.PageDown()
	case key.Matches(msg, k.ScrollUp), lines && key.Matches(msg, k.PageUp):
		vp.PageUp()
	case key.Matches(msg, k.HalfDown):
		vp.HalfPageDown()
	case key.Matches(msg, k.HalfUp):
		vp.HalfPageUp()
	case lines && key.Matches(msg, k.Down):
		vp.ScrollDown(1)
	case lines && key.Matches(msg, k.Up):
		vp.ScrollUp(1)
	case lines && key.Matches(msg, k.Top):
		vp.GotoTop()
	case lines && key.Matches(msg, k.Bottom):
		vp.GotoBottom()
	default:
		return false
	}
	return true
}

// draw draws the body under an optional header line over the list: both
// columns when wide, one when narrow.
func (br *browser) draw(sh *shared, header string) string {
	if br.narrow {
		if br.inDetail {
			return box(br.detail.view(), br.w, br.h)
		}
		return br.listView(header, br.w)
	}
	div := strings.TrimSuffix(strings.Repeat(sh.styles.Divider.Render("│")+"\n", br.h), "\n")
	return lipgloss.JoinHorizontal(lipgloss.Top, br.listView(header, br.listW), div, box(br.detail.view(), br.w-br.listW-1, br.h))
}

// listView is the list under an optional one-line header.
func (br *browser) listView(header string, w int) string {
	if header == "" {
		return box(br.list.View(), w, br.h)
	}
	return box(header+"\n"+br.list.View(), w, br.h)
}
