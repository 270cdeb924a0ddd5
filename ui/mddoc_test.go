package ui

import (
	"bytes"
	"errors"
	"testing"

	"briefing/model"
)

// The document's layout rules hold for blocks that break them: blank
// lines between blocks, no trailing spaces, one newline at the end, blank
// lines inside a block kept.
func TestExpDocLayout(t *testing.T) {
	for _, c := range []struct {
		blocks []string
		want   string
	}{
		{nil, "\n"},
		{[]string{"# T"}, "# T\n"},
		{[]string{"# T", "para  ", "- a\t\n- b"}, "# T\n\npara\n\n- a\n- b\n"},
		{[]string{"a\n\nb", "c\n\n\n"}, "a\n\nb\n\nc\n"},
		{[]string{"a", "", "  ", "b"}, "a\n\n\n\n\n\nb\n"},
		{[]string{"", "a"}, "\n\na\n"},
	} {
		var d mdDoc
		for _, b := range c.blocks {
			d.add(b)
		}
		if got := d.String(); got != c.want {
			t.Errorf("blocks %q: got %q, want %q", c.blocks, got, c.want)
		}
	}
}

// The streamed export is byte for byte the string the TUI's e writes, for
// every pane and order.
func TestWriteMarkdownMatchesMarkdown(t *testing.T) {
	b := loadSeed(t)
	for _, f := range []model.Filter{{}, {People: []string{"trump"}}, {Query: "guarantee"}} {
		v := b.Apply(f)
		for _, pane := range []string{"timeline", "leaders", "guarantees", "all"} {
			for _, newest := range []bool{true, false} {
				o := ExportOptions{Pane: pane, NewestFirst: newest}
				var buf bytes.Buffer
				if err := WriteMarkdown(&buf, b, v, o); err != nil {
					t.Fatal(err)
				}
				if want := Markdown(b, v, o); buf.String() != want {
					t.Errorf("%+v %+v: streamed export differs from Markdown", f, o)
				}
			}
		}
	}
}

type failWriter struct{ n int }

func (w *failWriter) Write(p []byte) (int, error) {
	if w.n += len(p); w.n > 100 {
		return 0, errors.New("disk full")
	}
	return len(p), nil
}

// A failing writer's error reaches the caller (the CLI turns it into a
// one-line error and removes -o's temp file).
func TestWriteMarkdownReportsWriteError(t *testing.T) {
	b := loadSeed(t)
	err := WriteMarkdown(&failWriter{}, b, b.Apply(model.Filter{}), ExportOptions{Pane: "all"})
	if err == nil || err.Error() != "disk full" {
		t.Fatalf("err = %v, want disk full", err)
	}
}
