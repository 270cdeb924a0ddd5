package ui

import (
	"slices"
	"strconv"
	"strings"

	"github.com/charmbracelet/bubbles/list"
	tea "github.com/charmbracelet/bubbletea"

	"briefing/model"
)

// timelinePane lists the summary, then the posts, newest first unless the
// reader flipped the order. Its detail is the post as markdown.
type timelinePane struct {
	browser
	quote     string // quote to highlight after a jump from Leaders
	quoteItem string // the row the quote belongs to
}

func newTimeline(sh *shared) component {
	return &timelinePane{browser: newBrowser(sh, true, "post", "posts")}
}

func (p *timelinePane) name() string     { return "timeline" }
func (p *timelinePane) title() string    { return "Timeline" }
func (p *timelinePane) clone() component { c := *p; return &c }

// update is the browser's keys: the Timeline has no drill-down.
func (p *timelinePane) update(sh *shared, msg tea.Msg) tea.Cmd {
	return p.browser.update(sh, msg)
}

// closeDetail shows the list again: esc back from a jump leaves the post.
func (p *timelinePane) closeDetail() { p.inDetail = false }

// setView lists the view's rows in the order sh holds.
func (p *timelinePane) setView(sh *shared) {
	v := &sh.view
	items := make([]list.Item, 0, len(v.Posts)+1)
	if len(v.Summary) > 0 {
		items = append(items, summaryItem{bullets: v.Summary})
	}
	start := len(items)
	for _, post := range v.Posts {
		items = append(items, postItem{post})
	}
	if sh.newestFirst {
		slices.Reverse(items[start:])
	}
	p.setItems(items)
}

// selectRow selects a row by key and highlights a quote in its detail.
func (p *timelinePane) selectRow(k, quote string) bool {
	if !p.selectKey(k) {
		return false
	}
	p.quote, p.quoteItem = quote, k
	p.inDetail = p.narrow // one pane at a time: show the post itself
	return true
}

// sync brings the rows' highlight up to date and, on the pane on screen,
// renders the selected post (with a jumped-to quote marked, while it is
// still the post selected).
func (p *timelinePane) sync(sh *shared, active bool) {
	p.setDelegate(sh, true, sh.query())
	if !active {
		return
	}
	if r := p.selected(); r != nil && p.quoteItem != r.key() {
		p.quote, p.quoteItem = "", ""
	}
	if p.quote != "" {
		p.showSelected(sh, p.quote, true)
		return
	}
	p.showSelected(sh, sh.query(), false)
}

func (p *timelinePane) count(sh *shared) int { return len(sh.view.Posts) }

// countText is the status bar's count: the posts shown of the briefing's.
func (p *timelinePane) countText(sh *shared) string {
	return strconv.Itoa(len(sh.view.Posts)) + "/" + strconv.Itoa(sh.view.TotalPosts) + " posts"
}

// exportOptions is what e writes from here: the posts, in the order shown.
func (p *timelinePane) exportOptions(sh *shared) ExportOptions {
	return ExportOptions{Pane: p.name(), NewestFirst: sh.newestFirst}
}

// docOf is the markdown the detail renders for a row, with the cache id
// that names it: the row's document (the one `y` copies and the export
// writes), its long lists capped, and a line on what enter does there.
// Rows whose content depends on the filter carry the filter in their id.
func docOf(sh *shared, r row) (id, src string) {
	id = r.key()
	switch r.(type) {
	case summaryItem, personItem, optionItem:
		id += "|" + filterSig(sh.view.Filter)
	}
	src = rowMarkdown(sh.b, r, detailListMax)
	if hint := detailHint(r); hint != "" {
		src += "\n---\n\n*" + hint + "*\n"
	}
	return id, src
}

// detailListMax caps the statements or mentions a detail renders: the
// full list is one enter (or one export) away, and rendering thousands
// of quotes into the detail costs frames.
const detailListMax = 40

// detailHint says what enter does on a row whose next step is not plain.
// It is the detail's alone: the document a copy or export gets has no keys.
func detailHint(r row) string {
	switch it := r.(type) {
	case personItem:
		if len(it.stmts) > 0 {
			return "enter: browse the statements"
		}
	case statementItem:
		return "enter opens the post in the Timeline, with the quote highlighted"
	}
	return ""
}

func filterSig(f model.Filter) string {
	return strings.Join(f.People, ",") + "\x00" + f.Needle()
}
