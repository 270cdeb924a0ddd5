package main

import (
	"os"
	"testing"
	"time"
)

func TestParseBackground(t *testing.T) {
	for _, c := range []struct {
		in       string
		dark, ok bool
	}{
		{"\x1b]11;rgb:0000/0000/0000\x1b\\\x1b[?62;c", true, true},
		{"\x1b]11;rgb:ffff/ffff/ffff\x07", false, true},
		{"\x1b]11;rgb:fd/f6/e3\x07", false, true}, // solarized light, 2 digits
		{"\x1b]11;rgb:2/3/4\x1b\\", true, true},
		{"x\x1b]11;rgb:1e1e/1e1e/2e2e\x07\x1b[?1;2c", true, true}, // a key before the reply
		{"\x1b[?62;c", false, false},                              // DA1 only: no OSC 11
		{"\x1b]11;rgb:ffff/ffff\x07", false, false},
		{"\x1b]11;rgb:fffff/0/0\x07", false, false},
		{"\x1b]11;rgb:zz/00/00\x07", false, false},
		{"\x1b]11;rgb:ffff/ffff/ffff", false, false}, // unterminated
		{"", false, false},
	} {
		dark, ok := parseBackground([]byte(c.in))
		if dark != c.dark || ok != c.ok {
			t.Errorf("parseBackground(%q) = %v, %v; want %v, %v", c.in, dark, ok, c.dark, c.ok)
		}
	}
}

// A terminal that never answers: the query returns within its bound with
// no answer, and the app then assumes dark.
func TestQueryBackgroundSilentIsBounded(t *testing.T) {
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	defer w.Close()
	out, ow, _ := os.Pipe()
	defer out.Close()
	defer ow.Close()
	go func() { // drain the queries
		b := make([]byte, 64)
		for {
			if _, err := out.Read(b); err != nil {
				return
			}
		}
	}()
	start := time.Now()
	dark, ok := queryBackground(r, ow, 200*time.Millisecond)
	if el := time.Since(start); el > time.Second {
		t.Fatalf("silent terminal took %v", el)
	}
	if ok {
		t.Fatalf("silent terminal answered dark=%v", dark)
	}
	a := &app{bgQuery: func() (bool, bool) { return queryBackground(r, ow, 50*time.Millisecond) }}
	if !a.background() {
		t.Fatal("no answer should mean dark")
	}
}

// A terminal that answers: the read stops right after the DA1 reply, so a
// key typed after it stays unread.
func TestQueryBackgroundStopsAtFence(t *testing.T) {
	r, w, _ := os.Pipe()
	defer r.Close()
	defer w.Close()
	out, ow, _ := os.Pipe()
	defer out.Close()
	defer ow.Close()
	go func() {
		b := make([]byte, 64)
		out.Read(b)
		w.Write([]byte("\x1b]11;rgb:ffff/ffff/ffff\x1b\\\x1b[?62;22c" + "j"))
	}()
	start := time.Now()
	dark, ok := queryBackground(r, ow, 2*time.Second)
	if !ok || dark {
		t.Fatalf("got dark=%v ok=%v; want light", dark, ok)
	}
	if el := time.Since(start); el > time.Second {
		t.Fatalf("answering terminal took %v", el)
	}
	b := make([]byte, 1)
	r.SetReadDeadline(time.Now().Add(time.Second))
	if n, _ := r.Read(b); n != 1 || b[0] != 'j' {
		t.Fatalf("the key after the reply was swallowed: %q", b[:n])
	}
}
