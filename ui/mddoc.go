package ui

import "strings"

// mdDoc collects blocks and joins them with blank lines. It trims trailing
// spaces per line and ends with one newline, whatever the blocks hold.
type mdDoc struct{ blocks []string }

func (d *mdDoc) add(block string) { d.blocks = append(d.blocks, block) }

// String joins the blocks with blank lines, trims trailing blanks from each
// line and ends with one newline. It sizes its buffer once and copies no
// intermediate: a 10,000-post export is tens of megabytes.
func (d *mdDoc) String() string {
	n := 1
	for _, bl := range d.blocks {
		n += len(bl) + 2
	}
	var sb strings.Builder
	sb.Grow(n)
	for i, bl := range d.blocks {
		if i > 0 {
			sb.WriteString("\n\n")
		}
		for j := 0; ; j++ {
			line, rest, more := strings.Cut(bl, "\n")
			if j > 0 {
				sb.WriteByte('\n')
			}
			sb.WriteString(strings.TrimRight(line, " \t"))
			if !more {
				break
			}
			bl = rest
		}
	}
	s := sb.String()
	if end := len(strings.TrimRight(s, "\n")); end < len(s) {
		return s[:end+1]
	}
	sb.WriteByte('\n')
	return sb.String()
}
