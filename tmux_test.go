package main

import (
	"fmt"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"
)

// tmuxTerm is the built binary running in a real terminal: a tmux server of
// its own (its own socket, no user config) with one 120x40 window.
type tmuxTerm struct {
	t      *testing.T
	socket string
	bin    string // the built binary, unique to the test
}

// startTmux builds briefing and runs it under tmux with args. It skips only
// when tmux is missing; CI installs it.
func startTmux(t *testing.T, args ...string) *tmuxTerm {
	t.Helper()
	return startTmuxEnv(t, nil, args...)
}

// startTmuxEnv is startTmux with VAR=value settings for the binary alone.
func startTmuxEnv(t *testing.T, env []string, args ...string) *tmuxTerm {
	t.Helper()
	if _, err := exec.LookPath("tmux"); err != nil {
		t.Skip("tmux not installed")
	}
	if testing.Short() {
		t.Skip("builds the binary; skipped with -short")
	}
	dir := t.TempDir()
	bin := filepath.Join(dir, "briefing")
	build := exec.Command("go", "build", "-o", bin, ".")
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	tm := &tmuxTerm{t: t, socket: fmt.Sprintf("briefing-test-%d", os.Getpid()), bin: bin}
	// After the program ends the shell prints its exit code and keeps the
	// window open, so the test can read what the terminal was left with.
	vars := ""
	for _, e := range env {
		k, v, _ := strings.Cut(e, "=")
		vars += fmt.Sprintf("%s=%q ", k, v)
	}
	shell := fmt.Sprintf("cd %q && %s%q %s; echo EXIT=$?; sleep 60", dir, vars, bin, strings.Join(args, " "))
	tm.run("-f", "/dev/null", "new-session", "-d", "-x", "120", "-y", "40", "-s", "b", shell)
	t.Cleanup(func() { _ = exec.Command("tmux", "-L", tm.socket, "kill-server").Run() })
	return tm
}

func (tm *tmuxTerm) run(args ...string) string {
	tm.t.Helper()
	out, err := exec.Command("tmux", append([]string{"-L", tm.socket}, args...)...).CombinedOutput()
	if err != nil {
		tm.t.Fatalf("tmux %s: %v\n%s", strings.Join(args, " "), err, out)
	}
	return string(out)
}

// pid finds the running binary in /proc (pkill is not on every machine).
func (tm *tmuxTerm) pid() int {
	tm.t.Helper()
	entries, _ := os.ReadDir("/proc")
	for _, e := range entries {
		pid, err := strconv.Atoi(e.Name())
		if err != nil {
			continue
		}
		cmdline, _ := os.ReadFile(filepath.Join("/proc", e.Name(), "cmdline"))
		if argv0, _, _ := strings.Cut(string(cmdline), "\x00"); argv0 == tm.bin {
			return pid
		}
	}
	tm.t.Fatalf("%s is not running", tm.bin)
	return 0
}

func (tm *tmuxTerm) screen() string { return tm.run("capture-pane", "-p", "-t", "b") }

func (tm *tmuxTerm) keys(keys ...string) {
	tm.run(append([]string{"send-keys", "-t", "b"}, keys...)...)
}

// waitFor polls the screen until it shows every one of want.
func (tm *tmuxTerm) waitFor(want ...string) string {
	tm.t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for {
		s := tm.screen()
		missing := ""
		for _, w := range want {
			if !strings.Contains(s, w) {
				missing = w
				break
			}
		}
		if missing == "" {
			return s
		}
		if time.Now().After(deadline) {
			tm.t.Fatalf("screen never showed %q:\n%s", missing, s)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// TestRealTerminal drives the binary the way a reader does: it opens on the
// Timeline of the built-in briefing, switches pane, filters by a leader
// through the picker, and quits leaving the shell's screen as it was.
func TestRealTerminal(t *testing.T) {
	tm := startTmux(t)
	s := tm.waitFor("13/13 posts")
	first := strings.SplitN(s, "\n", 2)[0]
	// 12 live posts and the article; ten leaders and the four quoted
	// officials and commentators; the analyst's four options.
	for _, tab := range []string{"[Timeline 13]", "Leaders 14", "Guarantees 4"} {
		if !strings.Contains(first, tab) {
			t.Errorf("tab bar %q lacks %q", first, tab)
		}
	}
	for _, line := range strings.Split(strings.TrimRight(s, "\n"), "\n") {
		if w := len([]rune(line)); w > 120 {
			t.Errorf("line wider than the window (%d): %q", w, line)
		}
	}
	tm.waitFor("Summary", "What form could a US security guarantee", "Frank Gardner")

	tm.keys("2")
	tm.waitFor("[Leaders 14]", "Donald Trump", "Friedrich Merz")

	tm.keys("L")
	tm.waitFor("Filter by leader")
	tm.keys("m", "e", "r", "z", "Enter")
	tm.waitFor("leader: Merz", "[Leaders 1]")

	tm.keys("1")
	s = tm.waitFor("leader: Merz", "Here's what European leaders said about")
	if strings.Contains(s, "What did Trump and Zelensky talk about?") {
		t.Errorf("the Merz filter kept a post that neither quotes nor names him:\n%s", s)
	}

	tm.keys("q")
	s = tm.waitFor("EXIT=0")
	if strings.Contains(s, "[Timeline") || strings.Contains(s, "leader: Merz") {
		t.Errorf("the TUI's screen is still there after q:\n%s", s)
	}
}

// TestRealTerminalFollow: --follow --every 1s on a page served on
// loopback; the page gains a post, and within a few reads the screen shows
// it, marked, with 1 new, the selection where it was.
func TestRealTerminalFollow(t *testing.T) {
	page := &growingPage{first: 1, last: 2}
	srv := httptest.NewServer(page)
	defer srv.Close()
	tm := startTmuxEnv(t, []string{"XDG_CACHE_HOME=" + t.TempDir()}, "--follow", "--every", "1s", srv.URL+"/live/harbour-strike")
	tm.waitFor("2/2 posts", "▌ Harbour update 2")
	page.set(1, 3)
	s := tm.waitFor("• Harbour update 3", "3/3 posts", "1 new")
	if !strings.Contains(s, "▌ Harbour update 2") || strings.Count(s, "Harbour update 1") != 1 {
		t.Errorf("after the new post:\n%s", s)
	}
	tm.keys("q")
	tm.waitFor("EXIT=0")
}

// TestRealTerminalInterrupt: ctrl+c also ends the program cleanly.
func TestRealTerminalInterrupt(t *testing.T) {
	tm := startTmux(t, "--pane", "guarantees")
	tm.waitFor("[Guarantees 4]", "Boots on the ground", "considered the least likely")
	tm.keys("C-c")
	s := tm.waitFor("EXIT=")
	if !strings.Contains(s, "EXIT=0") || strings.Contains(s, "[Guarantees") {
		t.Errorf("after ctrl+c:\n%s", s)
	}
}

// TestRealTerminalSignals: SIGTERM, SIGHUP and SIGQUIT end the program
// with the terminal restored (the alternate screen left, so the app's
// screen is gone), no stack dump, and the exit status of a killed program.
func TestRealTerminalSignals(t *testing.T) {
	for _, c := range []struct {
		sig  syscall.Signal
		exit string
	}{{syscall.SIGTERM, "EXIT=143"}, {syscall.SIGHUP, "EXIT=129"}, {syscall.SIGQUIT, "EXIT=131"}} {
		t.Run(c.sig.String(), func(t *testing.T) { // each its own tmux server, ended by its cleanup
			tm := startTmux(t, "--pane", "leaders")
			tm.waitFor("[Leaders 14]", "Donald Trump")
			if err := syscall.Kill(tm.pid(), c.sig); err != nil {
				t.Fatal(err)
			}
			s := tm.waitFor("EXIT=")
			if !strings.Contains(s, c.exit) || strings.Contains(s, "[Leaders") || strings.Contains(s, "goroutine") {
				t.Errorf("after %v, want %s:\n%s", c.sig, c.exit, s)
			}
		})
	}
}

// TestRealTerminalLoadErrors: the TUI starts before the sources are read
// into a briefing (boot.go), so a source that turns out to hold nothing,
// a leader nobody in it is, and a note about its encoding are all said on
// the restored terminal, one line each, with the exit status an export
// would give, and the alternate screen leaves nothing behind.
func TestRealTerminalLoadErrors(t *testing.T) {
	dir := t.TempDir()
	blank := filepath.Join(dir, "blank.txt")
	if err := os.WriteFile(blank, []byte("\n  \n\t\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	latin1 := filepath.Join(dir, "latin1.txt")
	if err := os.WriteFile(latin1, []byte("Caf\xe9 talks live\n\n10:05 Ministers arrive\n\nThe ministers arrived at the caf\xe9 this morning.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		name string
		args []string
		want []string
	}{
		{"empty", []string{blank}, []string{"briefing: " + blank + ": empty source", "EXIT=1"}},
		{"unknown leader", []string{"--leader", "nobody"}, []string{`briefing: unknown leader "nobody"`, "EXIT=1"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			tm := startTmux(t, c.args...)
			s := tm.waitFor(c.want...)
			if strings.Contains(s, "reading ") || strings.Contains(s, "[Timeline") || strings.Contains(s, "\x1b") {
				t.Errorf("the TUI's screen or raw escapes are left:\n%s", s)
			}
			if n := strings.Count(s, "briefing:"); n != 1 {
				t.Errorf("%d error lines, want 1:\n%s", n, s)
			}
		})
	}
	// a note is said after the TUI, not drawn over it
	tm := startTmux(t, latin1)
	tm.waitFor("1/1 posts", "Ministers arrive")
	tm.keys("q")
	s := tm.waitFor("EXIT=0", "briefing: note: "+latin1+": not UTF-8, read as Windows-1252")
	if strings.Contains(s, "[Timeline") {
		t.Errorf("the TUI's screen is left:\n%s", s)
	}
}
