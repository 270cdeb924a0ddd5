package main

import (
	"bytes"
	"io"
	"os"
	"strconv"
	"time"

	"golang.org/x/term"
)

// bgTimeout bounds the one background-colour query the TUI makes (issue 9,
// silent terminals): termenv waits 5 s for a terminal that never answers.
const bgTimeout = 300 * time.Millisecond

// Queries: OSC 11 asks for the background colour; DA1, which every
// terminal answers, fences it, so a terminal that answers DA1 but not
// OSC 11 ends the wait at once instead of at the bound.
const (
	oscBackground = "\x1b]11;?\x07"
	da1           = "\x1b[c"
)

// ttyBackground asks the controlling terminal once, in raw mode and
// within bgTimeout, whether its background is dark. ok is false when it
// cannot tell (no tty, no answer, an answer it cannot parse); the caller
// then assumes dark.
func ttyBackground() (dark, ok bool) {
	tty, err := os.OpenFile("/dev/tty", os.O_RDWR, 0)
	if err != nil {
		return false, false
	}
	defer tty.Close()
	// Not tty.Fd(): it puts the file in blocking mode, and then the read
	// deadline no longer bounds anything.
	sc, err := tty.SyscallConn()
	if err != nil {
		return false, false
	}
	fd := -1
	sc.Control(func(u uintptr) { fd = int(u) })
	if fd < 0 || !term.IsTerminal(fd) {
		return false, false
	}
	old, err := term.MakeRaw(fd)
	if err != nil {
		return false, false
	}
	defer term.Restore(fd, old)
	return queryBackground(tty, tty, bgTimeout)
}

// deadliner is a reader whose reads can be bounded (a tty opened with
// os.OpenFile, an os.Pipe).
type deadliner interface {
	io.Reader
	SetReadDeadline(time.Time) error
}

// queryBackground writes the queries to w and reads the replies from r
// until the DA1 reply ends them or the bound passes. It reads one byte at
// a time and stops right after the DA1 reply, so keys typed after the
// terminal answered stay queued for the program. Bytes that arrive
// before or between the replies (keys typed in those few milliseconds)
// are read and dropped: a tty cannot be unread.
func queryBackground(r deadliner, w io.Writer, bound time.Duration) (dark, ok bool) {
	if err := r.SetReadDeadline(time.Now().Add(bound)); err != nil {
		return false, false // an unbounded read could wait forever
	}
	defer r.SetReadDeadline(time.Time{})
	if _, err := io.WriteString(w, oscBackground+da1); err != nil {
		return false, false
	}
	var buf []byte
	b := make([]byte, 1)
	for len(buf) < 512 {
		n, err := r.Read(b)
		if n == 1 {
			buf = append(buf, b[0])
			if b[0] == 'c' && da1Done(buf) {
				break
			}
		}
		if err != nil {
			break
		}
	}
	return parseBackground(buf)
}

// da1Done says whether buf ends with a DA1 reply, ESC [ ? params c.
func da1Done(buf []byte) bool {
	i := bytes.LastIndex(buf, []byte("\x1b[?"))
	if i < 0 {
		return false
	}
	for _, c := range buf[i+3 : len(buf)-1] {
		if (c < '0' || c > '9') && c != ';' {
			return false
		}
	}
	return true
}

// parseBackground finds an OSC 11 reply, ESC ] 11 ; rgb:R/G/B ended by
// BEL or ST, each component 1 to 4 hex digits, and says whether that
// colour is dark (perceived luminance under one half).
func parseBackground(buf []byte) (dark, ok bool) {
	i := bytes.Index(buf, []byte("\x1b]11;rgb:"))
	if i < 0 {
		return false, false
	}
	rest := buf[i+len("\x1b]11;rgb:"):]
	end := bytes.IndexAny(rest, "\x07\x1b")
	if end < 0 {
		return false, false
	}
	parts := bytes.Split(rest[:end], []byte("/"))
	if len(parts) != 3 {
		return false, false
	}
	var c [3]float64
	for k, p := range parts {
		if len(p) < 1 || len(p) > 4 {
			return false, false
		}
		v, err := strconv.ParseUint(string(p), 16, 16)
		if err != nil {
			return false, false
		}
		c[k] = float64(v) / float64(uint64(1)<<(4*len(p))-1)
	}
	lum := 0.2126*c[0] + 0.7152*c[1] + 0.0722*c[2]
	return lum < 0.5, true
}
