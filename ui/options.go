package ui

import (
	"io"
	"time"

	"github.com/charmbracelet/lipgloss"
	"github.com/muesli/termenv"

	"briefing/model"
)

// Options is everything the environment decides, resolved once by main
// before the program starts. The ui package never reads the environment.
type Options struct {
	Style    string             // the detail's theme (ui/mdterm): "dark", "light", "notty", "ascii", "dracula"...
	Profile  termenv.Profile    // colour profile of the detail's markdown (Ascii: no sequences at all)
	Renderer *lipgloss.Renderer // styles are built from it; nil means lipgloss.DefaultRenderer()
	Mouse    bool               // --mouse: wheel scroll and click to select
	NoColor  bool               // NO_COLOR or a plain style: no colour, but bold, reverse and underline still mark things
	Pane     string             // --pane: "timeline", "leaders" or "guarantees"; "" = timeline
	Filter   model.Filter       // --leader / --search: the filter the TUI opens with
	Dir      string             // directory the export prompt defaults into; "" = current
	Home     string             // the user's home, for "~/" in the export prompt; "" = no expansion
	// Width and Height are the terminal's size when main knows it, so the
	// first frame is drawn at that size instead of waiting a frame for
	// bubbletea's size message. 0 means unknown.
	Width, Height int
	// Clipboard is where `y` writes its OSC 52 sequence: the terminal the
	// program draws on. nil means os.Stdout.
	Clipboard io.Writer
	// Reload reads the sources again (main's loader call; the ui parses
	// nothing). It returns the new briefing, nil when nothing changed, and
	// how long to wait before the next read (the backoff after a failure).
	// nil: the sources cannot be re-read, and r is hidden.
	Reload func() (*model.Briefing, time.Duration, error)
	// Follow re-reads every Every (then as Reload says) without a key.
	Follow bool
	Every  time.Duration
	// Open shows an address in the browser; nil: O is hidden.
	Open func(url string) error
}
