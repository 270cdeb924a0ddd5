package main

import (
	"context"
	"net/url"
	"path"
	"strings"
	"sync"
	"time"

	"github.com/spf13/pflag"

	"briefing/internal/fetch"
	"briefing/loader"
)

// webOpts are the flags of web sources and the fetcher they make, once
// per run.
type webOpts struct {
	timeout time.Duration
	offline bool

	once sync.Once
	f    *fetch.Fetcher
}

func (w *webOpts) flags(fs *pflag.FlagSet) {
	fs.DurationVar(&w.timeout, "timeout", fetch.DefaultTimeout, "give up on a web address after `DURATION` (connect to last byte)")
	fs.BoolVar(&w.offline, "offline", false, "never touch the network: web addresses come from the cache or fail")
}

func (a *app) fetcher() *fetch.Fetcher {
	a.web.once.Do(func() {
		a.web.f = fetch.New(fetch.Options{
			Timeout:   a.web.timeout,
			Offline:   a.web.offline,
			UserAgent: "briefing/" + strings.Fields(version())[0],
			Warn:      a.stderr,
		})
	})
	return a.web.f
}

// fetchSource fetches a web SOURCE into a loader source named after the
// address's last path segment (or its host).
func (a *app) fetchSource(ctx context.Context, addr string) (loader.Source, error) {
	if ctx == nil {
		ctx = context.Background()
	}
	r, err := a.fetcher().Get(ctx, addr)
	if err != nil {
		return loader.Source{}, err
	}
	return webSource(addr, r), nil
}

func webSource(addr string, r *fetch.Result) loader.Source {
	return loader.Source{
		Name: webName(addr), Origin: addr, Data: r.Data,
		URL: addr, FetchedAt: r.FetchedAt.UTC().Format(time.RFC3339), ContentType: r.ContentType,
	}
}

// webName is a post-id-friendly name for an address:
// https://news.example/live/harbour-strike.html -> harbour-strike.
func webName(addr string) string {
	u, err := url.Parse(addr)
	if err != nil {
		return "web"
	}
	base := path.Base(strings.TrimRight(u.Path, "/"))
	if base == "." || base == "/" || base == "" {
		base = u.Hostname()
	} else {
		base = strings.TrimSuffix(base, path.Ext(base))
	}
	base = strings.Map(func(r rune) rune {
		if r == '/' || r == ' ' || r < 0x20 || r == 0x7f {
			return '-'
		}
		return r
	}, base)
	if base == "" {
		return "web"
	}
	return base
}
