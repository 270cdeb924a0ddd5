package ui

import (
	"strconv"

	"github.com/charmbracelet/bubbles/list"
	tea "github.com/charmbracelet/bubbletea"
)

// guaranteesPane lists the options an analysis lays out, in the analyst's
// order, with the assessment; the detail has the description and every
// mention, by whom.
type guaranteesPane struct{ browser }

func newGuarantees(sh *shared) component {
	return &guaranteesPane{browser: newBrowser(sh, true, "option", "options")}
}

func (p *guaranteesPane) name() string     { return "guarantees" }
func (p *guaranteesPane) title() string    { return "Guarantees" }
func (p *guaranteesPane) clone() component { c := *p; return &c }

// update is the browser's keys: the Guarantees have no drill-down.
func (p *guaranteesPane) update(sh *shared, msg tea.Msg) tea.Cmd {
	return p.browser.update(sh, msg)
}

func (p *guaranteesPane) setView(sh *shared) {
	items := make([]list.Item, 0, len(sh.view.Options))
	for _, o := range sh.view.Options {
		items = append(items, optionItem{o})
	}
	p.setItems(items)
}

// sync brings the rows' highlight up to date and, on the pane on screen,
// renders the selected option.
func (p *guaranteesPane) sync(sh *shared, active bool) {
	p.setDelegate(sh, true, sh.query())
	if active {
		p.showSelected(sh, sh.query(), false)
	}
}

func (p *guaranteesPane) count(sh *shared) int { return len(sh.view.Options) }

// countText is the status bar's count: the options shown of the briefing's.
func (p *guaranteesPane) countText(sh *shared) string {
	return strconv.Itoa(len(sh.view.Options)) + "/" + strconv.Itoa(len(sh.b.Options)) + " options"
}

func (p *guaranteesPane) exportOptions(sh *shared) ExportOptions {
	return ExportOptions{Pane: p.name(), NewestFirst: sh.newestFirst}
}
