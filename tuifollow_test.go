package main

import (
	"bytes"
	"strings"
	"testing"
)

// TestFollowUsage: --follow refuses, before reading anything, what it
// cannot follow (no network is touched: the check comes first).
func TestFollowUsage(t *testing.T) {
	for _, args := range [][]string{
		{"--follow", "--every", "5s", "https://news.example/live"},
		{"--follow"},
		{"--follow", "-"},
		{"--follow", "--every", "0s", "page.txt"},
	} {
		var out bytes.Buffer
		if code := run(args, strings.NewReader(""), &out, &out); code != exitUsage {
			t.Errorf("%q: exit %d, want %d: %s", args, code, exitUsage, out.String())
		}
	}
}
