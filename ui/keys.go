package ui

import (
	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/list"
)

// keyMap is the single source of every binding: Update matches with it and
// help is generated from it, so the two cannot drift apart.
type keyMap struct {
	NextPane, PrevPane, Pane1, Pane2, Pane3 key.Binding
	Up, Down, Top, Bottom, PageUp, PageDown key.Binding
	Open, Back                              key.Binding
	ScrollDown, ScrollUp, HalfDown, HalfUp  key.Binding
	Search, NextMatch, PrevMatch, Clear     key.Binding
	Leaders, PrevLeader, NextLeader         key.Binding
	ClearLast, ClearAll                     key.Binding
	Order, Export, Copy                     key.Binding
	Help, Quit                              key.Binding
	ForceQuit                               key.Binding // ctrl+c: quits from anywhere, prompts included
	Suspend, NextItem, PrevItem             key.Binding
	Refresh, OpenURL                        key.Binding

	// Modal keys: the picker and the prompts.
	Toggle, Apply, Cancel, Yes, No, PickMove key.Binding
}

func newKeyMap() keyMap {
	b := func(hint, desc string, keys ...string) key.Binding {
		return key.NewBinding(key.WithKeys(keys...), key.WithHelp(hint, desc))
	}
	return keyMap{
		NextPane: b("tab", "next pane", "tab"),
		PrevPane: b("shift+tab", "prev pane", "shift+tab"),
		Pane1:    b("1", "timeline", "1"),
		Pane2:    b("2", "leaders", "2"),
		Pane3:    b("3", "guarantees", "3"),

		Up:       b("k/↑", "up", "k", "up"),
		Down:     b("j/↓", "down", "j", "down"),
		Top:      b("g/home", "top", "g", "home"),
		Bottom:   b("G/end", "bottom", "G", "end"),
		PageUp:   b("pgup", "page up", "pgup"),
		PageDown: b("pgdn", "page down", "pgdown"),

		Open: b("enter/l/→", "open", "enter", "l", "right"),
		Back: b("esc/h/←", "back", "esc", "h", "left"),

		ScrollDown: b("space/f", "scroll down", " ", "f"),
		ScrollUp:   b("b", "scroll up", "b"),
		HalfDown:   b("d/ctrl+d", "half down", "d", "ctrl+d"),
		HalfUp:     b("u/ctrl+u", "half up", "u", "ctrl+u"),

		Search:    b("/", "search", "/"),
		NextMatch: b("n", "next match", "n"),
		PrevMatch: b("N", "prev match", "N"),
		Clear:     b("esc", "clear search", "esc"),

		Leaders:    b("L", "pick leaders", "L"),
		PrevLeader: b("[", "prev leader", "["),
		NextLeader: b("]", "next leader", "]"),
		ClearLast:  b("x", "clear last filter", "x"),
		ClearAll:   b("X", "clear all filters", "X"),
		Order:      b("o", "oldest/newest", "o"),
		Export:     b("e", "export view", "e"),
		Copy:       b("y", "copy item", "y"),
		Help:       b("?", "help", "?"),
		Quit:       b("q", "quit", "q", "ctrl+c"),
		ForceQuit:  b("ctrl+c", "quit", "ctrl+c"),
		Suspend:    b("ctrl+z", "suspend", "ctrl+z"),
		NextItem:   b("J", "next item", "J"),
		PrevItem:   b("K", "prev item", "K"),
		Refresh:    b("r", "refresh", "r"),
		OpenURL:    b("O", "open in browser", "O"),

		Toggle: b("space", "toggle", " "),
		Apply:  b("enter", "apply", "enter"),
		Cancel: b("esc", "cancel", "esc"),
		Yes:    b("y", "overwrite", "y", "Y"),
		No:     b("n/esc", "keep", "n", "N", "esc"),

		PickMove: b("↑/↓", "move", "up", "down", "pgup", "pgdown"),
	}
}

// helpFor is the help shown in one state of the app: only keys that act now.
type helpFor struct {
	k     keyMap
	short []key.Binding
	full  [][]key.Binding
}

func (h helpFor) ShortHelp() []key.Binding  { return h.short }
func (h helpFor) FullHelp() [][]key.Binding { return h.full }

// forBrowse returns the help of the panes. back: there is something to go
// back from; matches: a search is active; filtered: some filter is set.
func (k keyMap) forBrowse(back, matches, filtered bool) helpFor {
	k.Back.SetEnabled(back)
	k.NextMatch.SetEnabled(matches)
	k.PrevMatch.SetEnabled(matches)
	k.Clear.SetEnabled(matches && !back)
	k.ClearLast.SetEnabled(filtered)
	k.ClearAll.SetEnabled(filtered)
	return helpFor{
		k:     k,
		short: []key.Binding{k.NextPane, k.Open, k.Back, k.Search, k.NextMatch, k.Leaders, k.NextLeader, k.ClearLast, k.Export, k.Refresh, k.OpenURL, k.Help, k.Quit},
		full:  k.FullHelp(),
	}
}

// FullHelp is every pane binding, grouped; the README key table lists the
// same keys (keys_test.go checks it).
func (k keyMap) FullHelp() [][]key.Binding {
	return [][]key.Binding{
		{k.NextPane, k.PrevPane, k.Pane1, k.Pane2, k.Pane3},
		{k.Down, k.Up, k.Top, k.Bottom, k.PageUp, k.PageDown},
		{k.Open, k.Back, k.ScrollDown, k.ScrollUp, k.HalfDown, k.HalfUp, k.NextItem, k.PrevItem},
		{k.Search, k.NextMatch, k.PrevMatch, k.Clear, k.Leaders, k.PrevLeader, k.NextLeader},
		{k.ClearLast, k.ClearAll, k.Order, k.Export, k.Copy, k.Refresh, k.OpenURL, k.Suspend, k.Help, k.Quit},
	}
}

func (k keyMap) forPicker() helpFor {
	s := []key.Binding{k.PickMove, k.Toggle, k.Apply, k.Cancel}
	return helpFor{k: k, short: s, full: [][]key.Binding{s}}
}

func (k keyMap) forPrompt() helpFor {
	s := []key.Binding{k.Apply, k.Cancel}
	return helpFor{k: k, short: s, full: [][]key.Binding{s}}
}

func (k keyMap) forConfirm() helpFor {
	s := []key.Binding{k.Yes, k.No}
	return helpFor{k: k, short: s, full: [][]key.Binding{s}}
}

func (k keyMap) forHelp() helpFor {
	c := k.Help
	c.SetHelp("?/esc/q", "close help")
	scroll := key.NewBinding(key.WithKeys("j", "k", "down", "up", "pgdown", "pgup"), key.WithHelp("j/k", "scroll"))
	s := []key.Binding{c, scroll}
	return helpFor{k: k, short: s, full: [][]key.Binding{s}}
}

// listKeys binds a bubbles list to movement only: every other key of
// DESIGN §4 belongs to the app (STYLE 3.2 rule 6).
func (k keyMap) listKeys() list.KeyMap {
	km := list.DefaultKeyMap()
	km.CursorUp = k.Up
	km.CursorDown = k.Down
	km.GoToStart = k.Top
	km.GoToEnd = k.Bottom
	km.PrevPage = k.PageUp
	km.NextPage = k.PageDown
	off := key.NewBinding(key.WithDisabled())
	km.Filter, km.ClearFilter, km.CancelWhileFiltering, km.AcceptWhileFiltering = off, off, off, off
	km.ShowFullHelp, km.CloseFullHelp, km.Quit, km.ForceQuit = off, off, off, off
	return km
}
