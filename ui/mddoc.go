package ui

import (
	"bufio"
	"strings"
)

// mdDoc writes blocks separated by blank lines, trims trailing spaces
// per line and ends with exactly one newline, whatever the blocks hold.
// It streams: newlines are held back until text follows them, so trailing
// blank lines never need to be taken back, and nothing is kept but the
// writer's buffer. The zero value writes into a string (String).
type mdDoc struct {
	w       *bufio.Writer // nil: write into sb
	sb      strings.Builder
	blocks  int
	pending int // newlines owed before the next text
	err     error
}

func (d *mdDoc) add(block string) {
	if d.blocks > 0 {
		d.pending += 2
	}
	d.blocks++
	for j := 0; ; j++ {
		line, rest, more := strings.Cut(block, "\n")
		if j > 0 {
			d.pending++
		}
		if line = strings.TrimRight(line, " \t"); line != "" {
			d.newlines()
			d.write(line)
		}
		if !more {
			return
		}
		block = rest
	}
}

// newlines writes the newlines owed; they are rarely more than two.
func (d *mdDoc) newlines() {
	const nl = "\n\n\n\n\n\n\n\n"
	for ; d.pending > len(nl); d.pending -= len(nl) {
		d.write(nl)
	}
	d.write(nl[:d.pending])
	d.pending = 0
}

func (d *mdDoc) write(s string) {
	switch {
	case s == "" || d.err != nil:
	case d.w != nil:
		_, d.err = d.w.WriteString(s)
	default:
		d.sb.WriteString(s)
	}
}

// String ends a document written into a string and returns it.
func (d *mdDoc) String() string {
	d.pending = 0
	d.write("\n")
	return d.sb.String()
}

// flush ends a streamed document and reports the first write error.
func (d *mdDoc) flush() error {
	d.pending = 0
	d.write("\n")
	if d.err != nil {
		return d.err
	}
	return d.w.Flush()
}
