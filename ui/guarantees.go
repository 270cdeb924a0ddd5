package ui

import (
	"strconv"
	"strings"

	"github.com/charmbracelet/bubbles/list"

	"briefing/model"
)

// guaranteesPane lists the options an analysis lays out, in the analyst's
// order, with the assessment; the detail has the description and every
// mention, by whom.
type guaranteesPane struct{ browser }

func newGuarantees(sh *shared) guaranteesPane {
	return guaranteesPane{browser: newBrowser(sh, true, "option", "options")}
}

func (p *guaranteesPane) setView(v *model.View) {
	items := make([]list.Item, 0, len(v.Options))
	for _, o := range v.Options {
		items = append(items, optionItem{o})
	}
	p.setItems(items)
}

func (p *guaranteesPane) syncDetail(sh *shared, v *model.View, query string) {
	r := p.selected()
	if r == nil {
		p.detail.show(sh.md, &sh.styles, "", "", "", false)
		return
	}
	id, src := docOf(sh, v, r)
	p.detail.show(sh.md, &sh.styles, id, src, query, false)
}

// mentionDocMax caps the mentions rendered, for the same reason as
// personDocMax.
const mentionDocMax = 60

func optionDoc(b *model.Briefing, o model.OptionView) string {
	var sb strings.Builder
	sb.WriteString("# " + mdEscape(o.Name) + "\n\n")
	sb.WriteString("**Assessment:** " + mdEscape(o.Assessment) + " · rank " + strconv.Itoa(o.Rank))
	if post, ok := b.Post(o.Post); ok {
		sb.WriteString(" · from **" + mdEscape(post.Heading()) + "**")
		if post.Author.Name != "" {
			sb.WriteString(" by " + mdEscape(post.Author.Name))
		}
	}
	sb.WriteString("\n\n" + mdEscape(o.Description) + "\n\n")
	sb.WriteString("## Mentions (" + strconv.Itoa(len(o.Mentions)) + ")\n\n")
	for i, m := range o.Mentions {
		if i == mentionDocMax {
			sb.WriteString("*… and " + strconv.Itoa(len(o.Mentions)-i) + " more*\n")
			break
		}
		who := "In the text"
		if p, ok := b.Person(m.Speaker); ok {
			who = "**" + mdEscape(p.Name) + "**"
		}
		sb.WriteString("- " + who + " · " + citation(b, model.Citation{Post: m.Post, Source: m.Source}) + "\n\n")
		text := m.Text
		if m.Quote != "" {
			text = "“" + m.Quote + "”"
		}
		sb.WriteString("  > " + mdEscape(text) + "\n\n")
	}
	return sb.String()
}
