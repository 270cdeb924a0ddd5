package main

import (
	"bytes"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"strconv"
	"strings"
	"sync"
	"testing"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"
	"github.com/muesli/termenv"

	"briefing/loader"
	"briefing/model"
	"briefing/ui"
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

// growingPage is a live page on loopback with as many posts as the test
// says, newest first, each with its url#id; it answers If-None-Match with
// a 304 while the posts stay the same.
type growingPage struct {
	mu          sync.Mutex
	first, last int // the posts on the page: first (the oldest) to last
	hits, n304  int
}

func (g *growingPage) set(first, last int) { g.mu.Lock(); g.first, g.last = first, last; g.mu.Unlock() }

func (g *growingPage) counts() (hits, n304 int) {
	g.mu.Lock()
	defer g.mu.Unlock()
	return g.hits, g.n304
}

func (g *growingPage) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	g.mu.Lock()
	first, n := g.first, g.last
	g.hits++
	etag := `"posts-` + strconv.Itoa(first) + "-" + strconv.Itoa(n) + `"`
	if r.Header.Get("If-None-Match") == etag {
		g.n304++
		g.mu.Unlock()
		w.WriteHeader(http.StatusNotModified)
		return
	}
	g.mu.Unlock()
	var sb strings.Builder
	for i := n; i >= first; i-- {
		fmt.Fprintf(&sb, `<article id="p%d"><h2>Harbour update %d</h2><time datetime="2026-03-04T10:%02d:00+01:00">10:%02d</time><p>Post number %d of the harbour page.</p></article>`+"\n", i, i, i, i, i)
	}
	w.Header().Set("ETag", etag)
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	fmt.Fprintf(w, "<!DOCTYPE html><html><head><title>Harbour strike live</title></head><body><main>%s</main></body></html>", sb.String())
}

// followTUI loads addr as `briefing --follow --every 1s addr` does and
// builds the TUI on it, with main's own Reload; parses counts the loads
// after the first.
func followTUI(t *testing.T, addr string) (ui.Model, *int) {
	t.Helper()
	t.Setenv("XDG_CACHE_HOME", t.TempDir()) // the fetcher's cache, the test's own
	var out bytes.Buffer
	a := &app{stdin: strings.NewReader(""), stdout: &out, stderr: &out, getenv: os.Getenv}
	root := a.command()
	args := []string{addr}
	if err := root.ParseFlags([]string{"--follow", "--every", "1s"}); err != nil {
		t.Fatal(err)
	}
	if err := a.checkFollow(args); err != nil {
		t.Fatal(err)
	}
	b, f, err := a.load(root, args)
	if err != nil {
		t.Fatal(err)
	}
	parses := 0
	a.follow.load = func(cfg loader.Config, srcs ...loader.Source) (*model.Briefing, error) {
		parses++
		return loader.Load(cfg, srcs...)
	}
	m := ui.New(b, ui.Options{Style: "notty", Profile: termenv.Ascii, Width: 120, Height: 30, Filter: f,
		Reload: a.reloader(args), Follow: a.follow.on, Every: a.follow.every})
	return m, &parses
}

// refresh presses r and delivers the read, as the program would.
func refresh(t *testing.T, m ui.Model) ui.Model {
	t.Helper()
	next, cmd := m.Update(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("r")})
	if cmd == nil {
		t.Fatal("r started no read")
	}
	next, _ = next.Update(cmd())
	return next.(ui.Model)
}

// TestFollowTUIMerges: the page gains two posts between reads; r folds them
// into the TUI once each, marked 2 new, the selection where it was; a read
// that finds the page unchanged (a 304) parses nothing; a post that falls
// off the page stays on screen.
func TestFollowTUIMerges(t *testing.T) {
	page := &growingPage{first: 1, last: 2}
	srv := httptest.NewServer(page)
	defer srv.Close()
	m, parses := followTUI(t, srv.URL+"/live/harbour-strike")
	if s := ansi.Strip(m.View()); !strings.Contains(s, "2/2 posts") {
		t.Fatalf("first screen:\n%s", s)
	}
	page.set(1, 4)
	m = refresh(t, m)
	s := ansi.Strip(m.View())
	for _, want := range []string{"2 new", "4/4 posts", "▌ Harbour update 2"} {
		if !strings.Contains(s, want) {
			t.Errorf("%q not on screen:\n%s", want, s)
		}
	}
	for i, want := range []int{1, 1, 1, 1} { // 2 is also the open detail's heading
		title := "Harbour update " + strconv.Itoa(i+1)
		if i == 1 {
			want = 2
		}
		if got := strings.Count(s, title); got != want {
			t.Errorf("%s on screen %d times, want %d:\n%s", title, got, want, s)
		}
	}
	if *parses != 1 {
		t.Errorf("the changed page was parsed %d times", *parses)
	}
	m = refresh(t, m)
	if hits, n304 := page.counts(); hits != 3 || n304 != 1 {
		t.Errorf("server: %d requests, %d answered 304", hits, n304)
	}
	if *parses != 1 {
		t.Errorf("a 304 was parsed: %d parses", *parses)
	}
	if s := ansi.Strip(m.View()); !strings.Contains(s, "2 new") || !strings.Contains(s, "4/4 posts") {
		t.Errorf("after the 304:\n%s", s)
	}
	// The oldest post falls off the page as a fifth comes in: it stays.
	page.set(2, 5)
	m = refresh(t, m)
	s = ansi.Strip(m.View())
	for _, want := range []string{"3 new", "5/5 posts", "Harbour update 1 ", "Harbour update 5 ", "▌ Harbour update 2"} {
		if !strings.Contains(s, want) {
			t.Errorf("%q not on screen:\n%s", want, s)
		}
	}
}

// BenchmarkFollowRead is one --follow read of a 2,000-post page on
// loopback: unchanged (the conditional request, its 304, and no parse),
// and changed each time (the download and the parse), for scale.
func BenchmarkFollowRead(b *testing.B) {
	b.Setenv("XDG_CACHE_HOME", b.TempDir())
	page := &growingPage{first: 1, last: 2000}
	srv := httptest.NewServer(page)
	defer srv.Close()
	var out bytes.Buffer
	a := &app{stdin: strings.NewReader(""), stdout: &out, stderr: &out, getenv: os.Getenv}
	args := []string{srv.URL + "/live"}
	if _, _, err := a.load(a.command(), args); err != nil {
		b.Fatal(err)
	}
	parses := 0
	a.follow.load = func(cfg loader.Config, srcs ...loader.Source) (*model.Briefing, error) {
		parses++
		return loader.Load(cfg, srcs...)
	}
	reload := a.reloader(args)
	n := 0 // the changed page's state, across -count runs
	b.Run("304", func(b *testing.B) {
		parses = 0
		for b.Loop() {
			if nb, _, err := reload(); err != nil || nb != nil {
				b.Fatal(nb, err)
			}
		}
		if parses != 0 {
			b.Fatalf("%d parses of an unchanged page", parses)
		}
	})
	b.Run("changed", func(b *testing.B) {
		for b.Loop() {
			n++
			page.set(1+n%2, 2000)
			if nb, _, err := reload(); err != nil || nb == nil {
				b.Fatal(nb, err)
			}
		}
	})
}
