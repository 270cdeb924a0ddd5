package fetch

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"os"
	"path/filepath"
	"time"
)

// cache keeps one file per address: a line of JSON (the address, its
// validators, type, time and length) and then the body as it came. A file
// that does not read back whole is ignored, and replaced by the next fetch.
type cache struct{ dir string }

type entry struct {
	URL          string    `json:"url"`
	ETag         string    `json:"etag,omitempty"`
	LastModified string    `json:"last_modified,omitempty"`
	ContentType  string    `json:"content_type"`
	FetchedAt    time.Time `json:"fetched_at"`
	Len          int       `json:"len"`
	Data         []byte    `json:"-"`
}

func (e *entry) result(addr string, fromCache, notModified bool) *Result {
	return &Result{URL: addr, FinalURL: addr, Data: e.Data, ContentType: e.ContentType, FetchedAt: e.FetchedAt,
		FromCache: fromCache, NotModified: notModified}
}

func (c *cache) path(addr string) string {
	sum := sha256.Sum256([]byte(addr))
	return filepath.Join(c.dir, hex.EncodeToString(sum[:16])+".page")
}

// load returns the cached copy of an address, or nil when there is none
// or it is damaged.
func (c *cache) load(addr string) *entry {
	data, err := os.ReadFile(c.path(addr))
	if err != nil {
		return nil
	}
	head, body, ok := bytes.Cut(data, []byte("\n"))
	if !ok {
		return nil
	}
	var e entry
	if json.Unmarshal(head, &e) != nil || e.URL != addr || e.Len != len(body) {
		return nil
	}
	e.Data = body
	return &e
}

// store writes an entry atomically: a temporary file in the same directory,
// renamed over the old one.
func (c *cache) store(e *entry) error {
	if err := os.MkdirAll(c.dir, 0o700); err != nil {
		return err
	}
	e.Len = len(e.Data)
	head, err := json.Marshal(e)
	if err != nil {
		return err
	}
	tmp, err := os.CreateTemp(c.dir, ".tmp-*")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name()) // gone after the rename; a leftover on failure
	_, err = tmp.Write(append(head, '\n'))
	if err == nil {
		_, err = tmp.Write(e.Data)
	}
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return err
	}
	return os.Rename(tmp.Name(), c.path(e.URL))
}
