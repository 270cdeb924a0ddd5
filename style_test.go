package main

import (
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// --style light makes the whole TUI light, not only the detail: the
// renderer is told the background the style is made for.
func TestStyleIsDark(t *testing.T) {
	for style, want := range map[string][2]bool{
		"light": {false, true}, "dark": {true, true}, "dracula": {true, true},
		"notty": {false, false}, "ascii": {false, false},
	} {
		if dark, ok := styleIsDark(style); dark != want[0] || ok != want[1] {
			t.Errorf("styleIsDark(%q) = %v, %v; want %v, %v", style, dark, ok, want[0], want[1])
		}
	}
}

// Issue 9, silent terminals: on a pty that never answers the background
// query (script gives one), the commands that do not draw the TUI finish
// at once; before, bubbletea's init waited termenv's 5 s timeout.
func TestSilentTerminalNoWait(t *testing.T) {
	if _, err := exec.LookPath("script"); err != nil {
		t.Skip("script not installed")
	}
	if testing.Short() {
		t.Skip("builds the binary; skipped with -short")
	}
	bin := filepath.Join(t.TempDir(), "briefing")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	for _, args := range []string{"version", "--help", "export --leader mertz", "export --format json"} {
		start := time.Now()
		cmd := exec.Command("script", "-qfc", bin+" "+args, "/dev/null")
		cmd.Stdin = strings.NewReader("")
		_ = cmd.Run() // the error case exits 1 on purpose
		if d := time.Since(start); d > 2*time.Second {
			t.Errorf("briefing %s on a silent terminal took %v", args, d)
		}
	}
}
