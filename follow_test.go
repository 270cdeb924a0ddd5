package main

import (
	"errors"
	"testing"
	"time"
)

func TestFollowBackoff(t *testing.T) {
	fl := &follower{o: &followOpts{every: time.Minute}}
	fail := errors.New("down")
	if d := fl.next(nil, 0, 0); d != time.Minute {
		t.Errorf("ok: %s", d)
	}
	if d := fl.next(nil, 0, 5*time.Minute); d != 5*time.Minute {
		t.Errorf("max-age 5m: %s", d)
	}
	for i, base := range []time.Duration{time.Minute, 2 * time.Minute, 4 * time.Minute, 8 * time.Minute, 16 * time.Minute, 30 * time.Minute, 30 * time.Minute} {
		d := fl.next(fail, 0, 0)
		if lo, hi := base*8/10, base*12/10; d < lo || d > hi {
			t.Errorf("failure %d: %s, want %s ±20%%", i+1, d, base)
		}
	}
	if d := fl.next(fail, time.Hour, 0); d != time.Hour {
		t.Errorf("Retry-After 1h: %s", d)
	}
	if d := fl.next(nil, 0, 0); d != time.Minute || fl.fails != 0 {
		t.Errorf("recovered: %s after %d", d, fl.fails)
	}
}

func TestLocalAddress(t *testing.T) {
	for addr, want := range map[string]bool{
		"http://localhost:8080/x": true, "http://127.0.0.1/": true, "http://[::1]:9/": true, "http://app.localhost/": true,
		"https://example.com/": false, "http://10.0.0.1/": false, "http://localhost.example.com/": false,
	} {
		if got := localAddress(addr); got != want {
			t.Errorf("localAddress(%s) = %v", addr, got)
		}
	}
}

func TestWebName(t *testing.T) {
	for addr, want := range map[string]string{
		"https://news.example/live/harbour-strike":      "harbour-strike",
		"https://news.example/live/harbour-strike.html": "harbour-strike",
		"https://news.example/":                         "news.example",
		"https://news.example/a/b/?q=1":                 "b",
	} {
		if got := webName(addr); got != want {
			t.Errorf("webName(%s) = %q, want %q", addr, got, want)
		}
	}
}
