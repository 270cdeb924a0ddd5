package ui

import (
	"strings"
	"unicode"

	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/list"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/ansi"

	"briefing/model"
)

// Below these sizes the screen says so instead of drawing garbage; below
// wideMin columns one pane (list or detail) is shown at a time.
const (
	minWidth  = 40
	minHeight = 10
	wideMin   = 90
	// On a very wide terminal the list widens up to listMax, so titles are
	// not cut at 56 columns, and the detail's text stops at readingMax, a
	// comfortable line to read; the rest of the row stays blank.
	listMax    = 80
	readingMax = 100
)

// shared is what every pane reads and nobody mutates after New: the
// briefing, the key map, the styles and the glamour cache (whose contents
// do change, but only as a cache).
type shared struct {
	b      *model.Briefing
	keys   keyMap
	styles Styles
	md     *mdCache
	fresh  map[string]bool // ids of the posts a refresh brought, not yet seen
}

// browser is the list-plus-detail body every pane is made of. At wideMin
// columns and wider both are drawn side by side and focus moves between
// them; below that one of them fills the body.
type browser struct {
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
	l := newList(sh.keys, rowDelegate{st: &sh.styles, two: two})
	l.SetStatusBarItemName(singular, plural)
	return browser{list: l, detail: newDetail()}
}

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
	br.list.SetDelegate(rowDelegate{st: &sh.styles, two: two, query: strings.ToLower(query), dim: br.inDetail && !br.narrow, fresh: sh.fresh})
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

// view draws the body: both columns when wide, one when narrow.
func (br *browser) view(sh *shared, header string) string {
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

// box cuts or pads s to exactly w cells by h lines, so columns line up and
// nothing a child draws can overflow the terminal.
func box(s string, w, h int) string {
	if w <= 0 || h <= 0 {
		return ""
	}
	lines := strings.Split(s, "\n")
	if len(lines) > h {
		lines = lines[:h]
	}
	for len(lines) < h {
		lines = append(lines, "")
	}
	for i, l := range lines {
		lines[i] = fitLine(l, w)
	}
	return strings.Join(lines, "\n")
}

// fitLine truncates or pads one line to exactly w cells.
func fitLine(l string, w int) string {
	lw := ansi.StringWidth(l)
	if lw > w {
		return ansi.Truncate(l, w, "")
	}
	return l + strings.Repeat(" ", w-lw)
}

// clip makes s fit w x h: the last guard of View, so that no line is wider
// than the terminal and there are never more lines than rows.
func clip(s string, w, h int) string {
	if w <= 0 || h <= 0 {
		return ""
	}
	lines := strings.Split(s, "\n")
	if len(lines) > h {
		lines = lines[:h]
	}
	for i, l := range lines {
		if ansi.StringWidth(l) > w {
			lines[i] = ansi.Truncate(l, w, "")
		}
	}
	return strings.Join(lines, "\n")
}

// sameWidth rewrites text so that every terminal gives it the width the
// layout measures. The layout counts grapheme clusters; tmux and xterm
// count code points, so an emoji sequence (👍🏽, 👩‍💻, 🧑‍🤝‍🧑: skin tones,
// joiners, variation selectors) was two cells to us and four or six to
// them, and the row wrapped. Dropping the joiners and modifiers leaves
// plain emoji that both count alike; a tab, which a terminal draws up to
// eight cells wide, becomes a space.
//
// Indic scripts (Devanagari: का, प्र) put in one cluster code points that
// tmux gives a cell each: a spacing vowel sign (Mc) and the consonant
// after a virama. A zero-width space before each of those ends the
// cluster there, so the layout counts the cell tmux draws, and tmux,
// which gives U+200B no cell, counts the same.
func sameWidth(s string) string {
	if !strings.ContainsFunc(s, needsSameWidth) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + len(s)/4)
	prev := rune(-1)
	for _, r := range s {
		switch {
		case r == '\t':
			b.WriteByte(' ')
		case dropForWidth(r):
			continue
		case splitBefore(prev, r):
			b.WriteRune('\u200b')
			b.WriteRune(r)
		default:
			b.WriteRune(r)
		}
		prev = r
	}
	return b.String()
}

// splitBefore says whether r, after prev, is a code point tmux draws in a
// cell of its own though the layout's cluster would hold it in prev's.
func splitBefore(prev, r rune) bool {
	if prev < 0 || prev == ' ' {
		return false
	}
	if unicode.Is(unicode.Mc, r) {
		return true
	}
	return unicode.Is(unicode.Mn, prev) && unicode.IsLetter(r) && !unicode.Is(unicode.Latin, r)
}

func dropForWidth(r rune) bool {
	switch {
	case r == '\u200d', r == '\ufe0e', r == '\ufe0f':
		return true
	case r >= 0x1f3fb && r <= 0x1f3ff: // skin tones
		return true
	}
	return false
}

func needsSameWidth(r rune) bool {
	return r == '\t' || dropForWidth(r) || unicode.Is(unicode.Mc, r) || (r >= 0x0900 && r <= 0x0dff)
}
