// Package ui is the terminal reader: three linked panes (Timeline, Leaders,
// Guarantees) over one filtered model.View, a leader picker, search, export
// and clipboard copy. Everything the environment could change (colours,
// markdown theme, mouse) arrives in Options; the package never reads the
// environment and never parses source text.
package ui
