package main

import (
	"bytes"
	"slices"
	"strings"
	"testing"
)

// `briefing completion SHELL` prints a script for each shell cobra knows,
// and --leader and --pane complete their values.
func TestCompletion(t *testing.T) {
	for _, sh := range []string{"bash", "zsh", "fish", "powershell"} {
		var out, errb bytes.Buffer
		if code := run([]string{"completion", sh}, strings.NewReader(""), &out, &errb); code != 0 || !strings.Contains(out.String(), "briefing") {
			t.Errorf("completion %s: exit %d, %d bytes, stderr %q", sh, code, out.Len(), errb.String())
		}
	}
	for args, want := range map[string]string{"--leader|me": "merz", "--pane|l": "leaders", "export|--view|g": "guarantees"} {
		var out, errb bytes.Buffer
		run(append([]string{"__complete"}, strings.Split(args, "|")...), strings.NewReader(""), &out, &errb)
		if !slices.Contains(strings.Split(out.String(), "\n"), want) {
			t.Errorf("completing %q: %q lacks %q", args, out.String(), want)
		}
	}
}
