// Package fetch gets web pages for briefing: http and https only, with a
// timeout, a size cap, a short list of accepted types, and a cache on disk
// that makes a repeated request conditional (ETag, Last-Modified) and
// stands in when the network fails.
package fetch

import (
	"context"
	"crypto/tls"
	"crypto/x509"
	"errors"
	"fmt"
	"io"
	"mime"
	"net"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"
)

// Defaults of DESIGN §5.
const (
	DefaultTimeout = 30 * time.Second
	MaxBody        = 32 << 20 // bytes of a page, after decompression
	MaxRedirects   = 10
)

// Accepted are the content types read; anything else is refused by name.
var Accepted = []string{"text/html", "application/xhtml+xml", "text/plain"}

// Options configure a Fetcher. The zero value fetches with the defaults and
// caches under os.UserCacheDir()/briefing.
type Options struct {
	Timeout   time.Duration // whole request, connect to last byte; 0 = DefaultTimeout
	Offline   bool          // never touch the network: the cache or an error
	CacheDir  string        // "" = os.UserCacheDir()/briefing; "off" = no cache
	UserAgent string        // "" = "briefing"
	MaxBody   int64         // 0 = MaxBody
	Warn      io.Writer     // where a stale-copy note goes (stderr); nil = nowhere
	Now       func() time.Time
	Transport http.RoundTripper // nil = a clone of http.DefaultTransport
}

// Fetcher gets pages. It is safe for concurrent use.
type Fetcher struct {
	opt    Options
	client *http.Client
	cache  *cache
}

// New makes a Fetcher.
func New(opt Options) *Fetcher {
	if opt.Timeout <= 0 {
		opt.Timeout = DefaultTimeout
	}
	if opt.UserAgent == "" {
		opt.UserAgent = "briefing"
	}
	if opt.MaxBody <= 0 {
		opt.MaxBody = MaxBody
	}
	if opt.Now == nil {
		opt.Now = time.Now
	}
	tr := opt.Transport
	if tr == nil {
		t := http.DefaultTransport.(*http.Transport).Clone()
		t.Proxy = http.ProxyFromEnvironment
		tr = t
	}
	f := &Fetcher{opt: opt}
	f.client = &http.Client{
		Transport: tr,
		Timeout:   opt.Timeout,
		CheckRedirect: func(req *http.Request, via []*http.Request) error {
			if len(via) > MaxRedirects {
				return fmt.Errorf("stopped after %d redirects", MaxRedirects)
			}
			if err := checkScheme(req.URL); err != nil {
				return fmt.Errorf("redirected to %s: %w", req.URL.Redacted(), err)
			}
			return nil
		},
	}
	dir := opt.CacheDir
	if dir == "" {
		if d, err := os.UserCacheDir(); err == nil {
			dir = filepath.Join(d, "briefing")
		}
	}
	if dir != "" && dir != "off" {
		f.cache = &cache{dir: dir}
	}
	return f
}

// Result is a fetched page.
type Result struct {
	URL         string // the address asked for
	FinalURL    string // where redirects ended
	Data        []byte
	ContentType string
	FetchedAt   time.Time // when the server last sent it (the cache's time for a cached copy)
	FromCache   bool      // the network was not used or failed: a cached copy
	NotModified bool      // the server said 304: Data is the cached copy, unchanged
	MaxAge      time.Duration
}

// Error is a failed fetch: one line naming the address and the cause.
type Error struct {
	URL        string
	Err        error
	Status     int           // the HTTP status, when the server answered
	RetryAfter time.Duration // what a 429 or 503 asked for
}

func (e *Error) Error() string { return e.URL + ": " + e.Err.Error() }
func (e *Error) Unwrap() error { return e.Err }

// ErrOffline is the cause when --offline finds no cached copy.
var ErrOffline = errors.New("offline, and no cached copy")

// IsWeb reports an http or https address, as a SOURCE argument.
func IsWeb(arg string) bool {
	l := strings.ToLower(arg)
	return strings.HasPrefix(l, "http://") || strings.HasPrefix(l, "https://")
}

func checkScheme(u *url.URL) error {
	switch u.Scheme {
	case "http", "https":
		return nil
	}
	return fmt.Errorf("unsupported scheme %q (only http and https)", u.Scheme)
}

// Get fetches an address, conditionally when a copy is cached. When the
// network fails (or the server does, 5xx or 429) and a copy is cached, the
// copy is returned and Warn says so with its age.
func (f *Fetcher) Get(ctx context.Context, addr string) (*Result, error) {
	fail := func(err error) (*Result, error) { return nil, &Error{URL: addr, Err: err} }
	u, err := url.Parse(addr)
	if err != nil {
		return fail(errors.New("not a valid address"))
	}
	if err := checkScheme(u); err != nil {
		return fail(err)
	}
	if u.Host == "" {
		return fail(errors.New("no host in the address"))
	}
	var cached *entry
	if f.cache != nil {
		cached = f.cache.load(addr)
	}
	if f.opt.Offline {
		if cached == nil {
			return fail(ErrOffline)
		}
		return cached.result(addr, true, false), nil
	}
	res, ferr := f.get(ctx, u, addr, cached)
	if ferr == nil {
		return res, nil
	}
	var fe *Error
	useCache := cached != nil && errors.As(ferr, &fe) && (fe.Status == 0 || fe.Status >= 500 || fe.Status == http.StatusTooManyRequests)
	if useCache && ctx.Err() == nil {
		if f.opt.Warn != nil {
			fmt.Fprintf(f.opt.Warn, "briefing: %s; using the cached copy from %s ago\n", ferr, Age(f.opt.Now().Sub(cached.FetchedAt)))
		}
		return cached.result(addr, true, false), nil
	}
	return nil, ferr
}

func (f *Fetcher) get(ctx context.Context, u *url.URL, addr string, cached *entry) (*Result, error) {
	fail := func(status int, err error) (*Result, error) { return nil, &Error{URL: addr, Err: err, Status: status} }
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u.String(), nil)
	if err != nil {
		return fail(0, err)
	}
	req.Header.Set("User-Agent", f.opt.UserAgent)
	req.Header.Set("Accept", "text/html, application/xhtml+xml, text/plain;q=0.9, */*;q=0.1")
	if cached != nil {
		if cached.ETag != "" {
			req.Header.Set("If-None-Match", cached.ETag)
		}
		if cached.LastModified != "" {
			req.Header.Set("If-Modified-Since", cached.LastModified)
		}
	}
	resp, err := f.client.Do(req)
	if err != nil {
		return fail(0, f.cause(err))
	}
	defer resp.Body.Close()
	maxAge := maxAge(resp.Header.Get("Cache-Control"))
	switch {
	case resp.StatusCode == http.StatusNotModified && cached != nil:
		r := cached.result(addr, false, true)
		r.FetchedAt = f.opt.Now()
		r.MaxAge = maxAge
		return r, nil
	case resp.StatusCode < 200 || resp.StatusCode > 299:
		e := &Error{URL: addr, Status: resp.StatusCode, Err: errors.New(resp.Status)}
		if resp.StatusCode == http.StatusTooManyRequests || resp.StatusCode == http.StatusServiceUnavailable {
			e.RetryAfter = retryAfter(resp.Header.Get("Retry-After"), f.opt.Now())
			if e.RetryAfter > 0 {
				e.Err = fmt.Errorf("%s (retry after %s)", resp.Status, Age(e.RetryAfter))
			}
		}
		return nil, e
	}
	ct := resp.Header.Get("Content-Type")
	mt, _, _ := mime.ParseMediaType(ct)
	body, err := io.ReadAll(io.LimitReader(resp.Body, f.opt.MaxBody+1))
	if err != nil {
		return fail(resp.StatusCode, f.cause(err))
	}
	if int64(len(body)) > f.opt.MaxBody {
		return fail(resp.StatusCode, fmt.Errorf("page is over the %d MiB limit", f.opt.MaxBody>>20))
	}
	if mt == "" {
		mt, _, _ = mime.ParseMediaType(http.DetectContentType(body))
		ct = mt
	}
	if !accepted(mt) {
		return fail(resp.StatusCode, fmt.Errorf("unsupported content type %s (want %s)", mt, strings.Join(Accepted, ", ")))
	}
	now := f.opt.Now()
	e := &entry{
		URL: addr, ETag: resp.Header.Get("ETag"), LastModified: resp.Header.Get("Last-Modified"),
		ContentType: ct, FetchedAt: now, Data: body,
	}
	if f.cache != nil {
		f.cache.store(e) // a cache that cannot be written costs the next run a download, nothing more
	}
	r := e.result(addr, false, false)
	r.FinalURL = resp.Request.URL.String()
	r.MaxAge = maxAge
	return r, nil
}

func accepted(mt string) bool {
	for _, a := range Accepted {
		if mt == a {
			return true
		}
	}
	return false
}

// cause words a transport failure as a reader wants it: DNS, TLS,
// refused, timed out; the URL is named once, by Error.
func (f *Fetcher) cause(err error) error {
	var ue *url.Error
	if errors.As(err, &ue) {
		err = ue.Err
	}
	var dns *net.DNSError
	var cert *tls.CertificateVerificationError
	var unknown x509.UnknownAuthorityError
	var host x509.HostnameError
	var inval x509.CertificateInvalidError
	var rec tls.RecordHeaderError
	var ne net.Error
	switch {
	case errors.As(err, &dns):
		if dns.IsNotFound {
			return fmt.Errorf("DNS: no such host %s", dns.Name)
		}
		return fmt.Errorf("DNS: %s", dns.Err)
	case errors.As(err, &cert), errors.As(err, &unknown), errors.As(err, &host), errors.As(err, &inval):
		return fmt.Errorf("TLS: %v", unwrapAll(err))
	case errors.As(err, &rec):
		return errors.New("TLS: the server did not answer with TLS")
	case errors.Is(err, context.DeadlineExceeded), errors.As(err, &ne) && ne.Timeout():
		return fmt.Errorf("timed out after %s", f.opt.Timeout)
	case errors.Is(err, context.Canceled):
		return errors.New("cancelled")
	}
	msg := err.Error()
	if strings.Contains(msg, "connection refused") {
		return errors.New("connection refused")
	}
	return err
}

func unwrapAll(err error) error {
	for {
		u := errors.Unwrap(err)
		if u == nil {
			return err
		}
		err = u
	}
}

// retryAfter reads a Retry-After header: seconds or an HTTP date.
func retryAfter(v string, now time.Time) time.Duration {
	v = strings.TrimSpace(v)
	if v == "" {
		return 0
	}
	if n, err := strconv.Atoi(v); err == nil && n >= 0 {
		return time.Duration(n) * time.Second
	}
	if t, err := http.ParseTime(v); err == nil && t.After(now) {
		return t.Sub(now)
	}
	return 0
}

// maxAge reads Cache-Control's max-age.
func maxAge(cc string) time.Duration {
	for _, part := range strings.Split(cc, ",") {
		k, v, ok := strings.Cut(strings.TrimSpace(part), "=")
		if ok && strings.EqualFold(k, "max-age") {
			if n, err := strconv.Atoi(strings.Trim(v, `"`)); err == nil && n >= 0 {
				return time.Duration(n) * time.Second
			}
		}
	}
	return 0
}

// Age words a duration as a reader says it: "40s", "12m", "3h", "2d".
func Age(d time.Duration) string {
	switch {
	case d < time.Minute:
		return fmt.Sprintf("%ds", max(0, int(d.Seconds())))
	case d < time.Hour:
		return fmt.Sprintf("%dm", int(d.Minutes()))
	case d < 48*time.Hour:
		return fmt.Sprintf("%dh", int(d.Hours()))
	}
	return fmt.Sprintf("%dd", int(d.Hours()/24))
}
