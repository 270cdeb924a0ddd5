package main

import (
	"fmt"
	"runtime/debug"

	tea "github.com/charmbracelet/bubbletea"
)

// guarded runs a model so that a panic in Update or View ends the program
// the ordinary way: bubbletea restores the terminal, and the caller reports
// the panic on stderr afterwards, where it can be read. (bubbletea's own
// recovery prints to the alternate screen's stdout.)
type guarded struct {
	tea.Model
	crash *crash
}

// crash is the first panic, shared by every copy of the model. quit ends
// the program from View, which cannot return a command.
type crash struct {
	value any
	stack []byte
	quit  func()
}

func (c *crash) Error() string {
	return fmt.Sprintf("internal error: %v (please report this)", c.value)
}

func guard(m tea.Model) guarded { return guarded{Model: m, crash: &crash{quit: func() {}}} }

func (g guarded) catch() {
	if r := recover(); r != nil {
		g.catchValue(r)
	}
}

func (g guarded) catchValue(r any) {
	if g.crash.value == nil {
		g.crash.value, g.crash.stack = r, debug.Stack()
	}
}

func (g guarded) Init() (cmd tea.Cmd) {
	cmd = tea.Quit // what is returned if Init panics
	defer g.catch()
	return g.Model.Init()
}

func (g guarded) Update(msg tea.Msg) (next tea.Model, cmd tea.Cmd) {
	next, cmd = g, tea.Quit // what is returned if Update panics
	defer g.catch()
	if g.crash.value != nil {
		return g, tea.Quit
	}
	m, c := g.Model.Update(msg)
	return guarded{Model: m, crash: g.crash}, c
}

func (g guarded) View() (s string) {
	defer func() {
		if r := recover(); r != nil {
			g.catchValue(r)
			go g.crash.quit() // not from the event loop, which is busy drawing
		}
	}()
	if g.crash.value != nil {
		return ""
	}
	return g.Model.View()
}

// err is the panic, if there was one.
func (g guarded) err() error {
	if g.crash.value == nil {
		return nil
	}
	return g.crash
}
