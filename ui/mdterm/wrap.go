package mdterm

import (
	"strings"

	"github.com/charmbracelet/x/ansi"
)

// word is what a line may not break inside: the runs between two spaces,
// pieces[from:to] of what words returns.
type word struct {
	from, to int
	w        int     // cells
	gap      bool    // a space before it, dropped at the start of a line
	gapSt    styleID // the space's style (a space inside a link is the link's)
	hard     bool    // a hard line break before it
}

// words splits runs at their spaces (a run of spaces is one) and hard
// breaks: the words, and the pieces of run they are made of.
func words(runs []seg) ([]word, []seg) {
	n := len(runs)
	for _, r := range runs {
		n += strings.Count(r.text, " ")
	}
	out := make([]word, 0, n)
	pieces := make([]seg, 0, n)
	var cur word
	gap, hard := false, false
	var gapSt styleID
	flush := func() {
		if cur.to > cur.from {
			out = append(out, cur)
		}
		cur = word{from: len(pieces), to: len(pieces)}
	}
	for _, r := range runs {
		if r.text == hardBreak {
			flush()
			hard, gap = true, false
			continue
		}
		for t := r.text; t != ""; {
			if t[0] == ' ' {
				flush()
				if !hard && len(out) > 0 {
					gap, gapSt = true, r.st
				}
				t = strings.TrimLeft(t, " ")
				continue
			}
			piece := t
			if i := strings.IndexByte(t, ' '); i > 0 {
				piece = t[:i]
			}
			t = t[len(piece):]
			if cur.to == cur.from {
				cur.gap, cur.gapSt, cur.hard = gap, gapSt, hard && len(out) > 0
				gap, hard = false, false
			}
			pieces = append(pieces, seg{piece, r.st})
			cur.to++
			cur.w += ansi.StringWidth(piece)
		}
	}
	flush()
	return out, pieces
}

// row builds one line (emit merges neighbouring runs of one style).
type row struct {
	segs []seg
	w    int
}

func (r *row) add(text string, st styleID, w int) {
	r.segs = append(r.segs, seg{text, st})
	r.w += w
}

// flow breaks runs into lines of at most width cells, greedily: each line
// takes every word that still fits after it, so no line ends where the
// next word would have fitted. A word wider than a whole line starts on a
// line of its own and is broken between grapheme clusters.
func flow(runs []seg, width int) [][]seg {
	width = max(width, 1)
	var lines [][]seg
	var cur row
	next := func() {
		lines = append(lines, cur.segs)
		cur = row{}
	}
	ws, pieces := words(runs)
	for _, wd := range ws {
		if wd.hard {
			next()
		}
		gap := 0
		if len(cur.segs) > 0 && wd.gap {
			gap = 1
		}
		if len(cur.segs) > 0 && cur.w+gap+wd.w > width {
			next()
			gap = 0
		}
		if gap == 1 {
			cur.add(" ", wd.gapSt, 1)
		}
		if wd.w <= width {
			cur.segs = append(cur.segs, pieces[wd.from:wd.to]...)
			cur.w += wd.w
			continue
		}
		for _, p := range pieces[wd.from:wd.to] {
			breakInto(&cur, p, width, &lines)
		}
	}
	if len(cur.segs) > 0 || len(lines) == 0 {
		next()
	}
	return lines
}

// breakInto adds p to cur cluster by cluster, starting a new line in
// *lines whenever the next cluster would not fit. A cluster wider than
// the whole width (a wide rune at width 1) is shown as "…".
func breakInto(cur *row, p seg, width int, lines *[][]seg) {
	var chunk strings.Builder
	cw := 0 // the chunk's cells, not yet in cur
	for s := p.text; s != ""; {
		c, w := ansi.FirstGraphemeCluster(s, ansi.GraphemeWidth)
		s = s[len(c):]
		if w > width {
			c, w = "…", 1
		}
		if cur.w+cw > 0 && cur.w+cw+w > width {
			if cw > 0 {
				cur.add(chunk.String(), p.st, cw)
				chunk.Reset()
				cw = 0
			}
			*lines = append(*lines, cur.segs)
			*cur = row{}
		}
		chunk.WriteString(c)
		cw += w
	}
	if chunk.Len() > 0 {
		cur.add(chunk.String(), p.st, cw)
	}
}

// breakText is preformatted text: one line broken between grapheme
// clusters wherever it is wider than width, spaces kept.
func breakText(s string, width int, st styleID) [][]seg {
	width = max(width, 1)
	if s == "" {
		return [][]seg{nil}
	}
	var lines [][]seg
	var cur row
	breakInto(&cur, seg{s, st}, width, &lines)
	return append(lines, cur.segs)
}
