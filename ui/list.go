package ui

import (
	"strings"

	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/list"
	tea "github.com/charmbracelet/bubbletea"
)

// rowList is a bubbles list that scrolls instead of paging. The list keeps
// the items, the cursor and the movement keys; rowList keeps the window
// onto them, so the rows always fill the height (no last page of 4 items
// over blank rows), pgdn/pgup move a window's worth and stop on the first
// and last item, and one step up after G moves one row.
type rowList struct {
	list.Model
	d      list.ItemDelegate // the list's delegate (bubbles has no getter)
	offset int               // first row drawn
	// pgup/pgdn: the inner list disables its own page keys when it has one
	// page, which it always has here.
	pageUp, pageDown key.Binding
	w, h             int
}

func (l *rowList) SetDelegate(d list.ItemDelegate) {
	l.d = d
	l.Model.SetDelegate(d)
}

// unpaged is the inner list's height: one page holds every item, so the
// bubbles paginator never moves and the cursor is the item's index.
const unpaged = 1 << 30

// SetSize sets the drawn window; the inner list stays one page.
func (l *rowList) SetSize(w, h int) {
	l.w, l.h = max(0, w), max(0, h)
	l.Model.SetSize(l.w, unpaged)
	l.follow()
}

func (l rowList) Width() int  { return l.w }
func (l rowList) Height() int { return l.h }

// visible is how many items the window shows.
func (l rowList) visible() int {
	return max(1, l.h/l.itemH())
}

func (l rowList) itemH() int { return max(1, l.d.Height()+l.d.Spacing()) }

func (l *rowList) SetItems(items []list.Item) tea.Cmd {
	cmd := l.Model.SetItems(items)
	l.follow()
	return cmd
}

func (l *rowList) Select(i int) {
	l.Model.Select(i)
	l.follow()
}

func (l *rowList) CursorUp() {
	l.Model.CursorUp()
	l.follow()
}

func (l *rowList) CursorDown() {
	l.Model.CursorDown()
	l.follow()
}

// Update moves the cursor; pgup and pgdn move it and the window by a
// window's worth, clamped at the ends.
func (l rowList) Update(msg tea.Msg) (rowList, tea.Cmd) {
	if k, ok := msg.(tea.KeyMsg); ok {
		n, last := l.visible(), len(l.Items())-1
		switch {
		case last < 0:
			return l, nil
		case key.Matches(k, l.pageDown):
			l.offset += n
			l.Model.Select(min(l.Index()+n, last))
			l.follow()
			return l, nil
		case key.Matches(k, l.pageUp):
			l.offset -= n
			l.Model.Select(max(l.Index()-n, 0))
			l.follow()
			return l, nil
		}
	}
	var cmd tea.Cmd
	l.Model, cmd = l.Model.Update(msg)
	l.follow()
	return l, cmd
}

// follow keeps the cursor in the window, moving the window as little as
// possible, and never leaves blank rows below the last item while there
// are items above the window.
func (l *rowList) follow() {
	n, count := l.visible(), len(l.Items())
	i := l.Index()
	if i < l.offset {
		l.offset = i
	}
	if i >= l.offset+n {
		l.offset = i - n + 1
	}
	l.offset = max(0, min(l.offset, count-n))
}

// rowAt is the item index drawn at line y of the window, or -1.
func (l rowList) rowAt(y int) int {
	i := l.offset + y/l.itemH()
	if y < 0 || i >= len(l.Items()) {
		return -1
	}
	return i
}

// View draws the window's rows with the list's own delegate.
func (l rowList) View() string {
	items := l.Items()
	if len(items) == 0 {
		_, many := l.StatusBarItemName()
		return l.Styles.NoItems.Render("No " + many + ".")
	}
	d := l.d
	var sb strings.Builder
	end := min(len(items), l.offset+l.visible())
	for i := l.offset; i < end; i++ {
		if i > l.offset {
			sb.WriteString(strings.Repeat("\n", 1+d.Spacing()))
		}
		d.Render(&sb, l.Model, i, items[i])
	}
	return sb.String()
}
