package ui

import (
	"slices"
	"strings"

	"github.com/charmbracelet/bubbles/list"

	"briefing/model"
)

// timelinePane lists the summary, then the posts, newest first unless the
// reader flipped the order. Its detail is the post as markdown.
type timelinePane struct {
	browser
	quote     string // quote to highlight after a jump from Leaders
	quoteItem string // the row the quote belongs to
}

func newTimeline(sh *shared) timelinePane {
	return timelinePane{browser: newBrowser(sh, true, "post", "posts")}
}

func (p *timelinePane) setView(v *model.View, newestFirst bool) {
	items := make([]list.Item, 0, len(v.Posts)+1)
	if len(v.Summary) > 0 {
		items = append(items, summaryItem{bullets: v.Summary})
	}
	start := len(items)
	for _, post := range v.Posts {
		items = append(items, postItem{post})
	}
	if newestFirst {
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

func (p *timelinePane) syncDetail(sh *shared, v *model.View, query string) {
	r := p.selected()
	if r == nil {
		p.detail.show(sh.md, &sh.styles, "", "", "", false)
		return
	}
	if p.quoteItem != r.key() {
		p.quote, p.quoteItem = "", ""
	}
	id, src := docOf(sh, v, r)
	if p.quote != "" {
		p.detail.show(sh.md, &sh.styles, id, src, p.quote, true)
		return
	}
	p.detail.show(sh.md, &sh.styles, id, src, query, false)
}

// docOf is the markdown the detail renders for a row, with the cache id
// that names it: the row's document (the one `y` copies and the export
// writes), its long lists capped, and a line on what enter does there.
// Rows whose content depends on the filter carry the filter in their id.
func docOf(sh *shared, v *model.View, r row) (id, src string) {
	id = r.key()
	switch r.(type) {
	case summaryItem, personItem, optionItem:
		id += "|" + filterSig(v.Filter)
	}
	src = rowMarkdown(sh.b, r, detailListMax)
	if hint := detailHint(r); hint != "" {
		src += "\n---\n\n*" + hint + "*\n"
	}
	return id, src
}

// detailListMax caps the statements or mentions a detail renders: the
// full list is one enter (or one export) away, and glamour on thousands
// of quotes costs frames.
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
