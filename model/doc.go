// Package model holds the domain of a news briefing: sources, posts, people,
// statements and the options an analysis lays out, plus the pure queries the
// panes need (Apply a Filter, look things up by id).
//
// It imports nothing of the project's and does no I/O: the loader builds a
// Briefing, the UI and the exporters read it.
package model
