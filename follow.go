package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"hash/fnv"
	"math/rand/v2"
	"net"
	"net/url"
	"os"
	"os/signal"
	"strings"
	"syscall"
	"time"

	"github.com/spf13/cobra"

	"briefing/internal/fetch"
	"briefing/loader"
	"briefing/model"
	"briefing/seeds"
	"briefing/ui"
)

// Follow's pacing.
const (
	defaultEvery = 60 * time.Second
	minRemote    = 15 * time.Second // the shortest interval for a remote address
	maxBackoff   = 30 * time.Minute
)

type followOpts struct {
	every  time.Duration
	format string
	rounds int // stop after this many reads (tests); 0 = until interrupted
}

func (a *app) followCommand() *cobra.Command {
	o := &followOpts{}
	cmd := &cobra.Command{
		Use:   "follow [flags] SOURCE ...",
		Short: "Print each post once, then new ones as they appear",
		Long: `follow prints every post of the sources once, oldest first, then reads them
again every interval and prints each new post as it appears, like tail -f,
until interrupted (exit 0 on SIGINT or SIGTERM). A post is printed again only
when it changed, marked as updated. Failures back off, with jitter, honouring
Retry-After and Cache-Control: max-age. Intervals under 15s are allowed only
for files and local addresses.`,
		Example: `  briefing follow https://example.com/live/page
  briefing follow --every 2m --format jsonl URL | jq -r .title`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error { return a.runFollow(cmd, args, o) },
	}
	f := cmd.Flags()
	f.DurationVar(&o.every, "every", defaultEvery, "read the sources again every `DURATION`")
	f.StringVar(&o.format, "format", "md", "output `FORMAT`: md or jsonl (one JSON post a line)")
	f.IntVar(&o.rounds, "rounds", 0, "stop after `N` reads (for tests)")
	_ = f.MarkHidden("rounds")
	return cmd
}

func (a *app) runFollow(cmd *cobra.Command, args []string, o *followOpts) error {
	if err := oneOf("--format", o.format, "md", "jsonl"); err != nil {
		return err
	}
	if a.shape != "" && !loader.ValidShape(a.shape) {
		return usagef("unknown --shape %q: the shapes are %s", a.shape, strings.Join(loader.ShapeNames(), ", "))
	}
	if o.every <= 0 {
		return usagef("--every must be positive, got %s", o.every)
	}
	for _, arg := range args {
		switch {
		case arg == "-":
			return usagef("follow cannot read standard input again; give a file or an address")
		case arg == "":
			return usagef("empty SOURCE path")
		case o.every < minRemote && fetch.IsWeb(arg) && !localAddress(arg):
			return usagef("--every %s is under %s, allowed only for files and local addresses (%s)", o.every, minRemote, arg)
		}
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	fl := &follower{a: a, cmd: cmd, args: args, o: o, last: map[string]loader.Source{}, sums: map[string]uint64{}}
	enc := json.NewEncoder(a.stdout)
	enc.SetEscapeHTML(false)
	fl.enc = enc
	for round := 1; ; round++ {
		wait, err := fl.round(ctx, round == 1)
		if ctx.Err() != nil {
			return nil // interrupted: a clean end
		}
		if err != nil {
			if round == 1 {
				return err
			}
			fmt.Fprintf(a.stderr, "briefing: %s; retrying in %s\n", oneLine(describe(err)), wait.Round(time.Second))
		}
		if o.rounds > 0 && round >= o.rounds {
			return nil
		}
		select {
		case <-ctx.Done():
			return nil
		case <-time.After(wait):
		}
	}
}

// localAddress reports an address on this machine: localhost, a loopback
// or unspecified IP.
func localAddress(addr string) bool {
	u, err := url.Parse(addr)
	if err != nil {
		return false
	}
	h := strings.ToLower(u.Hostname())
	if h == "localhost" || strings.HasSuffix(h, ".localhost") {
		return true
	}
	ip := net.ParseIP(h)
	return ip != nil && (ip.IsLoopback() || ip.IsUnspecified())
}

// follower is one follow run's state between reads.
type follower struct {
	a     *app
	cmd   *cobra.Command
	args  []string
	o     *followOpts
	enc   *json.Encoder
	last  map[string]loader.Source // each source's last good read
	sums  map[string]uint64        // its bytes' sum, to skip an unchanged re-read
	fails int                      // failed reads in a row, for the backoff
	seen  model.Tracker
}

// round reads every source, and prints what is new when anything changed.
// It returns how long to wait before the next read.
func (fl *follower) round(ctx context.Context, first bool) (time.Duration, error) {
	srcs, changed, retry, maxAge, failed := fl.read(ctx, first)
	if first && failed != nil && len(srcs) < len(fl.args) {
		return 0, failed
	}
	if changed && len(srcs) > 0 {
		if err := fl.print(srcs); err != nil {
			if first {
				return 0, err
			}
			failed = err
		}
	}
	return fl.next(failed, retry, maxAge), failed
}

// read reads every source again: an address with a conditional request (a
// 304 keeps the bytes read before), a file whole. It returns the sources
// read (the last good read of one that failed), whether any changed since
// the last read, the last failure, and the waits the server asked for.
func (fl *follower) read(ctx context.Context, first bool) (srcs []loader.Source, changed bool, retry, maxAge time.Duration, failed error) {
	changed = first
	names := map[string]int{}
	for _, arg := range fl.args {
		src, ok := fl.last[arg]
		if fetch.IsWeb(arg) {
			r, err := fl.a.fetcher().Get(ctx, arg)
			switch {
			case err != nil:
				failed = err
				var fe *fetch.Error
				if errors.As(err, &fe) && fe.RetryAfter > retry {
					retry = fe.RetryAfter
				}
			case r.NotModified:
				// a 304: the bytes already read stand, nothing to parse
				if !ok {
					src, ok = webSource(arg, r), true
				}
			default:
				if r.FromCache && !fl.a.web.offline {
					failed = fmt.Errorf("%s: the network failed", arg) // stale: back off, but read it
				}
				src, ok = webSource(arg, r), true
			}
			if err == nil && r.MaxAge > 0 && (maxAge == 0 || r.MaxAge < maxAge) {
				maxAge = r.MaxAge
			}
		} else {
			data, err := readFile(arg)
			if err != nil {
				failed = err
			} else {
				src, ok = loader.Source{Name: baseName(arg), Origin: arg, Data: data}, true
			}
		}
		if !ok {
			if first {
				return srcs, changed, retry, maxAge, failed
			}
			continue
		}
		if sum := sumOf(src.Data); sum != fl.sums[arg] {
			fl.sums[arg] = sum
			changed = true
		}
		fl.last[arg] = src
		if n := names[src.Name]; n > 0 {
			src.Name = fmt.Sprintf("%s-%d", src.Name, n+1)
		}
		names[src.Name]++
		srcs = append(srcs, src)
	}
	return srcs, changed, retry, maxAge, failed
}

// next is the wait before the next read: the interval, or the page's
// max-age when longer; after failures the interval doubled per failure in
// a row (at most 30m), with a fifth of jitter either way, and never less
// than what Retry-After asked.
func (fl *follower) next(failed error, retry, maxAge time.Duration) time.Duration {
	if failed == nil {
		fl.fails = 0
		return max(fl.o.every, maxAge)
	}
	fl.fails++
	d := fl.o.every
	for i := 1; i < fl.fails && d < maxBackoff; i++ {
		d *= 2
	}
	d = min(d, maxBackoff)
	d = time.Duration(float64(d) * (0.8 + 0.4*rand.Float64()))
	return max(d, retry)
}

func sumOf(b []byte) uint64 {
	h := fnv.New64a()
	h.Write(b)
	return h.Sum64() | 1 // never 0, the sum of no read yet
}

// print loads the sources and prints the posts not printed before, oldest
// first, and those changed since, marked as updated.
func (fl *follower) print(srcs []loader.Source) error {
	b, err := loader.Load(loader.Config{People: seeds.People(), Shape: fl.a.shape}, srcs...)
	if err != nil {
		return err
	}
	posts := b.Posts
	if q := strings.TrimSpace(fl.a.search); q != "" || len(fl.a.leaders) > 0 {
		f := model.Filter{Query: q}
		for _, name := range fl.a.leaders {
			if p, ok := b.FindPerson(name); ok && !f.Has(p.ID) {
				f = f.Toggle(p.ID)
			}
		}
		v := b.Apply(f)
		posts = make([]model.Post, 0, len(v.Posts))
		for _, p := range v.Posts {
			posts = append(posts, *p)
		}
	}
	for _, c := range fl.seen.Observe(posts) {
		if err := fl.write(c); err != nil {
			return fmt.Errorf("stdout: %w", err)
		}
	}
	return nil
}

// followPost is a jsonl line: the export's post fields, and updated when
// the post was printed before and has changed.
type followPost struct {
	model.DocPost
	Updated bool `json:"updated"`
}

func (fl *follower) write(c model.Change) error {
	p := c.Post
	if fl.o.format == "jsonl" {
		body := p.Body
		if body == nil {
			body = []model.Block{}
		}
		mentions := p.Mentions
		if mentions == nil {
			mentions = []string{}
		}
		return fl.enc.Encode(followPost{DocPost: model.DocPost{
			ID: p.ID, Source: p.Source, Page: p.Page, Time: p.Time, Zone: p.Zone, Date: p.Date, When: p.When,
			URL: p.URL, Label: p.Label, Title: p.Title, Author: p.Author, Body: body, Mentions: mentions,
		}, Updated: c.Updated})
	}
	md := ui.PostMarkdown(p)
	if c.Updated {
		md = "*Updated*\n\n" + md
	}
	return fl.a.write(md + "\n")
}
