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

// docOf is the markdown of any row, with the cache id that names it. Rows
// whose content depends on the filter carry the filter in their id.
func docOf(sh *shared, v *model.View, r row) (id, src string) {
	switch it := r.(type) {
	case summaryItem:
		return r.key() + "|" + filterSig(v.Filter), summaryDoc(sh.b, it.bullets)
	case postItem:
		return r.key(), postDoc(it.p)
	case personItem:
		return r.key() + "|" + filterSig(v.Filter), personDoc(sh.b, it.p, it.stmts)
	case statementItem:
		return r.key(), statementDoc(sh.b, it.s)
	case optionItem:
		return r.key() + "|" + filterSig(v.Filter), optionDoc(sh.b, it.o)
	}
	return "", ""
}

func filterSig(f model.Filter) string {
	return strings.Join(f.People, ",") + "\x00" + strings.ToLower(strings.TrimSpace(f.Query))
}

func summaryDoc(b *model.Briefing, bullets []string) string {
	var sb strings.Builder
	sb.WriteString("# Summary\n\n")
	if b.Title != "" {
		sb.WriteString("*" + mdEscape(b.Title) + "*\n\n")
	}
	for _, s := range bullets {
		sb.WriteString("- " + mdEscape(s) + "\n")
	}
	return sb.String()
}

// postDoc is a post as markdown: title, then label, time and byline on
// lines of their own, then the body with captions quoted so they read as
// set apart from the text.
func postDoc(p *model.Post) string {
	var sb strings.Builder
	sb.WriteString("# " + mdEscape(p.Heading()) + "\n\n")
	var meta []string
	if p.Label != "" {
		meta = append(meta, "**"+mdEscape(p.Label)+"**")
	}
	if s := p.Stamp(); s != "" {
		meta = append(meta, mdEscape(s))
	}
	meta = append(meta, mdEscape(p.Source))
	sb.WriteString(strings.Join(meta, " · ") + "\n\n")
	if p.Author.Name != "" {
		by := "By " + mdEscape(p.Author.Name)
		if p.Author.Role != "" {
			by += ", " + mdEscape(p.Author.Role)
		}
		sb.WriteString("*" + by + "*\n\n---\n\n")
	}
	bullets := false
	for _, bl := range p.Body {
		if bullets && bl.Kind != model.BlockBullet {
			sb.WriteString("\n")
		}
		bullets = bl.Kind == model.BlockBullet
		switch bl.Kind {
		case model.BlockBullet:
			sb.WriteString("- " + mdEscape(bl.Text) + "\n")
		case model.BlockCaption:
			sb.WriteString("> Image: " + mdEscape(bl.Text) + "\n\n")
		case model.BlockSubheading:
			sb.WriteString("## " + mdEscape(bl.Text) + "\n\n")
		default:
			sb.WriteString(mdEscape(bl.Text) + "\n\n")
		}
	}
	return sb.String()
}
