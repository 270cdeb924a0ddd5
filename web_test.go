package main

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/rogpeppe/go-internal/testscript"
)

// TestWebScripts drives the binary against a local server (loopback only):
// testdata/web/*.txtar see its address as $SRV and a cache of their own.
func TestWebScripts(t *testing.T) {
	testscript.Run(t, testscript.Params{
		Dir:  filepath.Join("testdata", "web"),
		Cmds: map[string]func(*testscript.TestScript, bool, []string){"jsonq": cmdJSONQ, "sleep": cmdSleep},
		Setup: func(env *testscript.Env) error {
			srv := httptest.NewServer(newTestSite(t))
			env.Defer(srv.Close)
			env.Setenv("SRV", srv.URL)
			env.Setenv("XDG_CACHE_HOME", filepath.Join(env.WorkDir, "cache"))
			env.Setenv("HOME", env.WorkDir)
			return nil
		},
	})
}

// cmdSleep waits: sleep DURATION.
func cmdSleep(ts *testscript.TestScript, neg bool, args []string) {
	if len(args) != 1 || neg {
		ts.Fatalf("usage: sleep DURATION")
	}
	d, err := time.ParseDuration(args[0])
	ts.Check(err)
	time.Sleep(d)
}

// testSite serves the loader's HTML fixtures and a few failures. /grow is
// a live page that gains a post each time it is asked for (up to 4), and
// edits its first post on the third asking.
type testSite struct {
	t     *testing.T
	mu    sync.Mutex
	grown int
}

func newTestSite(t *testing.T) http.Handler {
	s := &testSite{t: t}
	mux := http.NewServeMux()
	mux.HandleFunc("/live/harbour-strike", s.file("loader/testdata/html/jsonld-liveblog.html", "text/html; charset=utf-8"))
	mux.HandleFunc("/news/dam", s.file("loader/testdata/html/newsarticle.html", "text/html"))
	mux.HandleFunc("/cafe", s.file("loader/testdata/html/latin1.html", "text/html"))
	mux.HandleFunc("/notes.txt", s.file("loader/testdata/harbour-strike.txt", "text/plain; charset=utf-8"))
	mux.HandleFunc("/report.pdf", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/pdf")
		w.Write([]byte("%PDF-1.4\n"))
	})
	mux.HandleFunc("/gone", http.NotFound)
	mux.HandleFunc("/to-file", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "file:///etc/passwd", http.StatusFound)
	})
	mux.HandleFunc("/grow", s.grow)
	mux.HandleFunc("/hostile", s.file("loader/testdata/html/hostile.html", "text/html"))
	mux.HandleFunc("/latin1-header", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=iso-8859-1")
		w.Write([]byte("<html><body><article><h1>Caf\xe9 cr\xe8me</h1><p>Le caf\xe9 du port a rouvert ses portes lundi matin.</p></article></body></html>"))
	})
	mux.HandleFunc("/too-many", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Retry-After", "90")
		w.WriteHeader(http.StatusTooManyRequests)
	})
	return mux
}

func (s *testSite) file(path, ct string) http.HandlerFunc {
	data, err := os.ReadFile(path)
	if err != nil {
		s.t.Fatal(err)
	}
	etag := `"` + strconv.Itoa(len(data)) + `"`
	return func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("If-None-Match") == etag {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		w.Header().Set("ETag", etag)
		w.Header().Set("Content-Type", ct)
		w.Write(data)
	}
}

func (s *testSite) grow(w http.ResponseWriter, r *http.Request) {
	s.mu.Lock()
	s.grown = min(s.grown+1, 4)
	n := s.grown
	s.mu.Unlock()
	var posts []string
	for i := n; i >= 1; i-- {
		body := fmt.Sprintf("Post number %d of the growing page.", i)
		if i == 1 && n >= 3 {
			body = "Post number 1, corrected."
		}
		posts = append(posts, fmt.Sprintf(`<article id="p%d"><h2>Update %d</h2><time datetime="2026-03-04T10:%02d:00+01:00">10:%02d</time><p>%s</p></article>`, i, i, i, i, body))
	}
	w.Header().Set("Content-Type", "text/html")
	fmt.Fprintf(w, "<!DOCTYPE html><html><head><title>Growing</title></head><body><main>%s</main></body></html>", strings.Join(posts, "\n"))
}
