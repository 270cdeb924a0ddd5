package ui

import (
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
