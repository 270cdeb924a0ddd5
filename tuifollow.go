package main

import (
	"context"
	"errors"
	"os/exec"
	"runtime"
	"strings"
	"time"

	"briefing/internal/fetch"
	"briefing/loader"
	"briefing/model"
	"briefing/seeds"
)

// tuiFollow is the TUI's --follow and --every.
type tuiFollow struct {
	on    bool
	every time.Duration
	// load reads the sources into a briefing: nil is loader.Load; a test
	// counts the reads to show that an unchanged page (a 304) parses nothing.
	load func(loader.Config, ...loader.Source) (*model.Briefing, error)
}

// checkFollow refuses what --follow cannot do: a source read once
// (standard input), or an interval under 15s for a remote address.
func (a *app) checkFollow(args []string) error {
	if !a.follow.on {
		return nil
	}
	if len(args) == 0 {
		return usagef("--follow needs a SOURCE to read again (the built-in briefing does not change)")
	}
	if a.follow.every <= 0 {
		return usagef("--every must be positive, got %s", a.follow.every)
	}
	for _, arg := range args {
		switch {
		case arg == "-":
			return usagef("--follow cannot read standard input again; give a file or an address")
		case a.follow.every < minRemote && fetch.IsWeb(arg) && !localAddress(arg):
			return usagef("--every %s is under %s, allowed only for files and local addresses (%s)", a.follow.every, minRemote, arg)
		}
	}
	return nil
}

// reloader is the TUI's Reload: the follower's reads and backoff, and the
// loader, outside the ui (which parses nothing). nil when the sources
// cannot be read again.
func (a *app) reloader(args []string) func() (*model.Briefing, time.Duration, error) {
	if len(args) == 0 || countOf(args, "-") > 0 {
		return nil
	}
	every := a.follow.every
	if every <= 0 {
		every = defaultEvery
	}
	fl := &follower{a: a, args: args, o: &followOpts{every: every}, last: map[string]loader.Source{}, sums: map[string]uint64{}}
	for _, src := range a.loaded { // the first read, so an unchanged page costs no parse
		fl.last[src.Origin] = src
		fl.sums[src.Origin] = sumOf(src.Data)
	}
	cfg := loader.Config{People: seeds.People(), Shape: a.shape}
	load := a.follow.load
	if load == nil {
		load = loader.Load
	}
	return func() (*model.Briefing, time.Duration, error) {
		ctx, cancel := context.WithTimeout(context.Background(), max(a.web.timeout, time.Second)*time.Duration(len(args)))
		defer cancel()
		srcs, changed, retry, maxAge, failed := fl.read(ctx, false)
		var b *model.Briefing
		if changed && len(srcs) > 0 {
			nb, err := load(cfg, srcs...)
			switch {
			case err != nil:
				failed = err
			case len(nb.Posts) == 0:
				failed = errors.New("nothing to read (no posts found)")
			default:
				b = nb
			}
		}
		return b, fl.next(failed, retry, maxAge), failed
	}
}

// opener shows an address in the browser: $BROWSER, else xdg-open (open
// on macOS). It returns once the browser is started.
func (a *app) opener() func(string) error {
	return func(u string) error {
		if !strings.HasPrefix(u, "http://") && !strings.HasPrefix(u, "https://") {
			return errors.New("not a web address")
		}
		name := "xdg-open"
		if runtime.GOOS == "darwin" {
			name = "open"
		}
		var args []string
		if b := strings.Fields(a.getenv("BROWSER")); len(b) > 0 {
			name, args = b[0], b[1:]
		}
		cmd := exec.Command(name, append(args, u)...)
		if err := cmd.Start(); err != nil {
			return err
		}
		go cmd.Wait() //nolint:errcheck // reap it; the browser's exit is not ours
		return nil
	}
}
