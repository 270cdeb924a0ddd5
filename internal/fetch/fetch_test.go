package fetch

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"net"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
	"time"
)

const page = "<!DOCTYPE html><html><body><p>hello</p></body></html>"

func newFetcher(t *testing.T, opt Options) *Fetcher {
	t.Helper()
	if opt.CacheDir == "" {
		opt.CacheDir = t.TempDir()
	}
	return New(opt)
}

func TestGetAndConditional(t *testing.T) {
	var full, conditional atomic.Int32
	var ua atomic.Value
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		ua.Store(r.UserAgent())
		if r.Header.Get("If-None-Match") == `"v1"` {
			conditional.Add(1)
			w.WriteHeader(http.StatusNotModified)
			return
		}
		full.Add(1)
		w.Header().Set("ETag", `"v1"`)
		w.Header().Set("Cache-Control", "public, max-age=120")
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Write([]byte(page))
	}))
	defer srv.Close()
	f := newFetcher(t, Options{UserAgent: "briefing/test"})
	r, err := f.Get(context.Background(), srv.URL+"/live")
	if err != nil {
		t.Fatal(err)
	}
	if string(r.Data) != page || r.NotModified || r.FromCache || r.MaxAge != 2*time.Minute || r.ContentType != "text/html; charset=utf-8" {
		t.Fatalf("first fetch: %+v", r)
	}
	if ua.Load() != "briefing/test" {
		t.Errorf("User-Agent %q", ua.Load())
	}
	r, err = f.Get(context.Background(), srv.URL+"/live")
	if err != nil {
		t.Fatal(err)
	}
	if !r.NotModified || string(r.Data) != page {
		t.Fatalf("second fetch: %+v", r)
	}
	if full.Load() != 1 || conditional.Load() != 1 {
		t.Errorf("%d full and %d conditional requests, want 1 and 1", full.Load(), conditional.Load())
	}
}

func TestGzip(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if !strings.Contains(r.Header.Get("Accept-Encoding"), "gzip") {
			t.Error("no gzip asked for")
		}
		w.Header().Set("Content-Type", "text/html")
		w.Header().Set("Content-Encoding", "gzip")
		zw := gzip.NewWriter(w)
		zw.Write([]byte(page))
		zw.Close()
	}))
	defer srv.Close()
	r, err := newFetcher(t, Options{}).Get(context.Background(), srv.URL)
	if err != nil || string(r.Data) != page {
		t.Fatalf("%v %+v", err, r)
	}
}

func TestFailures(t *testing.T) {
	mux := http.NewServeMux()
	mux.HandleFunc("/404", http.NotFound)
	mux.HandleFunc("/500", func(w http.ResponseWriter, r *http.Request) { http.Error(w, "boom", 500) })
	mux.HandleFunc("/429", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Retry-After", "120")
		w.WriteHeader(http.StatusTooManyRequests)
	})
	mux.HandleFunc("/loop", func(w http.ResponseWriter, r *http.Request) { http.Redirect(w, r, "/loop", http.StatusFound) })
	mux.HandleFunc("/file", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "file:///etc/passwd", http.StatusFound)
	})
	mux.HandleFunc("/pdf", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/pdf")
		w.Write([]byte("%PDF-1.4\n"))
	})
	mux.HandleFunc("/sniffed-pdf", func(w http.ResponseWriter, r *http.Request) {
		w.Header()["Content-Type"] = nil
		w.Write([]byte("%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"))
	})
	mux.HandleFunc("/huge", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		chunk := bytes.Repeat([]byte("<p>x</p>"), 1<<13)
		for i := 0; i < (1<<30)/len(chunk); i++ { // up to 1 GB; the reader stops at the cap
			if _, err := w.Write(chunk); err != nil {
				return
			}
		}
	})
	mux.HandleFunc("/slow", func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-time.After(5 * time.Second):
		case <-r.Context().Done():
		}
	})
	srv := httptest.NewServer(mux)
	defer srv.Close()
	f := newFetcher(t, Options{Timeout: 300 * time.Millisecond, MaxBody: 1 << 20})
	for path, want := range map[string]string{
		"/404":         "/404: 404 Not Found",
		"/500":         "/500: 500 Internal Server Error",
		"/429":         "/429: 429 Too Many Requests (retry after 2m)",
		"/loop":        "stopped after 10 redirects",
		"/file":        `redirected to file:///etc/passwd: unsupported scheme "file" (only http and https)`,
		"/pdf":         "unsupported content type application/pdf (want text/html, application/xhtml+xml, text/plain)",
		"/sniffed-pdf": "unsupported content type application/pdf",
		"/huge":        "page is over the 1 MiB limit",
		"/slow":        "timed out after 300ms",
	} {
		t.Run(path, func(t *testing.T) {
			start := time.Now()
			_, err := f.Get(context.Background(), srv.URL+path)
			if err == nil || !strings.Contains(err.Error(), want) || !strings.HasPrefix(err.Error(), srv.URL+path+": ") {
				t.Fatalf("err = %v, want it to name the address and %q", err, want)
			}
			if strings.Contains(err.Error(), "\n") {
				t.Errorf("not one line: %q", err)
			}
			if d := time.Since(start); d > 3*time.Second {
				t.Errorf("took %s", d)
			}
			var fe *Error
			if path == "/429" && (!errors.As(err, &fe) || fe.RetryAfter != 2*time.Minute) {
				t.Errorf("RetryAfter not kept: %#v", err)
			}
		})
	}
}

func TestSchemesAndDNS(t *testing.T) {
	f := newFetcher(t, Options{Timeout: 2 * time.Second})
	for addr, want := range map[string]string{
		"file:///etc/passwd":  `unsupported scheme "file"`,
		"ftp://example.com/x": `unsupported scheme "ftp"`,
		"http://":             "no host",
	} {
		_, err := f.Get(context.Background(), addr)
		if err == nil || !strings.Contains(err.Error(), want) || !strings.HasPrefix(err.Error(), addr+": ") {
			t.Errorf("%s: err = %v, want %q", addr, err, want)
		}
	}
}

// TestDNSWording: a lookup failure reads as DNS (checked on the error
// value: no test query leaves the machine).
func TestDNSWording(t *testing.T) {
	f := New(Options{CacheDir: "off"})
	err := f.cause(&url.Error{Op: "Get", URL: "http://x.invalid", Err: &net.OpError{Op: "dial", Err: &net.DNSError{Err: "no such host", Name: "x.invalid", IsNotFound: true}}})
	if err.Error() != "DNS: no such host x.invalid" {
		t.Errorf("cause = %q", err)
	}
}

func TestTLSError(t *testing.T) {
	srv := httptest.NewTLSServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {}))
	defer srv.Close()
	_, err := newFetcher(t, Options{}).Get(context.Background(), srv.URL)
	if err == nil || !strings.Contains(err.Error(), "TLS: ") {
		t.Fatalf("err = %v, want a TLS cause", err)
	}
}

// TestStaleCopy: with the network failing, a cached copy is used and the
// warning gives its age; --offline never asks the network.
func TestStaleCopy(t *testing.T) {
	var hits atomic.Int32
	up := atomic.Bool{}
	up.Store(true)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		hits.Add(1)
		if !up.Load() {
			http.Error(w, "down", http.StatusBadGateway)
			return
		}
		w.Header().Set("Content-Type", "text/html")
		w.Write([]byte(page))
	}))
	defer srv.Close()
	dir := t.TempDir()
	now := time.Date(2026, 3, 4, 12, 0, 0, 0, time.UTC)
	clock := func() time.Time { return now }
	if _, err := New(Options{CacheDir: dir, Now: clock}).Get(context.Background(), srv.URL); err != nil {
		t.Fatal(err)
	}
	now = now.Add(3 * time.Hour)
	up.Store(false)
	var warn bytes.Buffer
	r, err := New(Options{CacheDir: dir, Now: clock, Warn: &warn}).Get(context.Background(), srv.URL)
	if err != nil || !r.FromCache || string(r.Data) != page {
		t.Fatalf("%v %+v", err, r)
	}
	if want := "502 Bad Gateway; using the cached copy from 3h ago"; !strings.Contains(warn.String(), want) {
		t.Errorf("warning %q, want %q", warn.String(), want)
	}
	srv.Close() // refused from now on
	warn.Reset()
	if r, err := New(Options{CacheDir: dir, Now: clock, Warn: &warn}).Get(context.Background(), srv.URL); err != nil || !r.FromCache {
		t.Fatalf("%v %+v", err, r)
	}
	if !strings.Contains(warn.String(), "using the cached copy") {
		t.Errorf("warning %q", warn.String())
	}
	n := hits.Load()
	r, err = New(Options{CacheDir: dir, Offline: true}).Get(context.Background(), srv.URL)
	if err != nil || !r.FromCache || hits.Load() != n {
		t.Fatalf("offline: %v %+v, %d requests", err, r, hits.Load()-n)
	}
	_, err = New(Options{CacheDir: dir, Offline: true}).Get(context.Background(), srv.URL+"/other")
	if !errors.Is(err, ErrOffline) {
		t.Errorf("offline without a copy: %v", err)
	}
}

// TestCorruptCache: a damaged entry is ignored and replaced, never fatal.
func TestCorruptCache(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("If-None-Match") != "" || r.Header.Get("If-Modified-Since") != "" {
			t.Error("a conditional request on a damaged entry")
		}
		w.Header().Set("Content-Type", "text/plain")
		w.Header().Set("ETag", `"x"`)
		w.Write([]byte("fresh text"))
	}))
	defer srv.Close()
	dir := t.TempDir()
	c := &cache{dir: dir}
	for _, junk := range []string{"", "not json\nbody", `{"url":"` + srv.URL + `","etag":"\"x\"","len":99}` + "\nshort"} {
		os.WriteFile(c.path(srv.URL), []byte(junk), 0o600)
		r, err := New(Options{CacheDir: dir}).Get(context.Background(), srv.URL)
		if err != nil || string(r.Data) != "fresh text" {
			t.Fatalf("%q: %v %+v", junk, err, r)
		}
		if e := c.load(srv.URL); e == nil || string(e.Data) != "fresh text" {
			t.Fatalf("%q: entry not replaced", junk)
		}
	}
	left, _ := filepath.Glob(filepath.Join(dir, ".tmp-*"))
	if len(left) > 0 {
		t.Errorf("temporary files left: %v", left)
	}
}

func TestNonUTF8Kept(t *testing.T) {
	body := []byte("<html><body><p>caf\xe9</p></body></html>")
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=ISO-8859-1")
		w.Write(body)
	}))
	defer srv.Close()
	r, err := newFetcher(t, Options{}).Get(context.Background(), srv.URL)
	if err != nil || !bytes.Equal(r.Data, body) || r.ContentType != "text/html; charset=ISO-8859-1" {
		t.Fatalf("%v %+v: the bytes and their charset go to the loader as sent", err, r)
	}
}

func TestAge(t *testing.T) {
	for d, want := range map[time.Duration]string{40 * time.Second: "40s", 12 * time.Minute: "12m", 3 * time.Hour: "3h", 72 * time.Hour: "3d", -time.Second: "0s"} {
		if got := Age(d); got != want {
			t.Errorf("Age(%s) = %s, want %s", d, got, want)
		}
	}
	if got := retryAfter("Wed, 04 Mar 2026 12:02:00 GMT", time.Date(2026, 3, 4, 12, 0, 0, 0, time.UTC)); got != 2*time.Minute {
		t.Errorf("retryAfter date = %s", got)
	}
}

// TestDefaultCap: a 1 GB body stops at the default 32 MiB, and says so.
func TestDefaultCap(t *testing.T) {
	var sent atomic.Int64
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		chunk := bytes.Repeat([]byte("<p>x</p>"), 1<<13)
		for sent.Load() < 1<<30 {
			n, err := w.Write(chunk)
			sent.Add(int64(n))
			if err != nil {
				return
			}
		}
	}))
	defer srv.Close()
	_, err := newFetcher(t, Options{}).Get(context.Background(), srv.URL+"/1gb")
	if err == nil || err.Error() != srv.URL+"/1gb: page is over the 32 MiB limit" {
		t.Fatalf("err = %v", err)
	}
	if s := sent.Load(); s > 64<<20 {
		t.Errorf("the server sent %d MiB before the client hung up", s>>20)
	}
}
