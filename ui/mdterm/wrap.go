package mdterm

import (
	"strings"

	"github.com/charmbracelet/x/ansi"
)

// word is what a line may not break inside: the runs between two spaces.
type word struct {
	parts []seg
	w     int   // cells
	gap   bool  // a space before it, dropped at the start of a line
	gapSt Style // the space's style (a space inside a link is the link's)
	hard  bool  // a hard line break before it
}

// words splits runs at their spaces (a run of spaces is one) and hard
// breaks.
func words(runs []seg) []word {
	var out []word
	var cur word
	gap, hard := false, false
	var gapSt Style
	flush := func() {
		if len(cur.parts) > 0 {
			out = append(out, cur)
		}
		cur = word{}
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
			if len(cur.parts) == 0 {
				cur.gap, cur.gapSt, cur.hard = gap, gapSt, hard && len(out) > 0
				gap, hard = false, false
			}
			cur.parts = append(cur.parts, seg{piece, r.st})
			cur.w += ansi.StringWidth(piece)
		}
	}
	flush()
	return out
}

// row builds one line, merging neighbouring runs of one style.
type row struct {
	segs []seg
	w    int
}

func (r *row) add(text string, st Style, w int) {
	if n := len(r.segs); n > 0 && r.segs[n-1].st == st {
		r.segs[n-1].text += text
	} else {
		r.segs = append(r.segs, seg{text, st})
	}
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
	for _, wd := range words(runs) {
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
			for _, p := range wd.parts {
				cur.add(p.text, p.st, 0)
			}
			cur.w += wd.w
			continue
		}
		for _, p := range wd.parts {
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
	for s := p.text; s != ""; {
		c, cw := ansi.FirstGraphemeCluster(s, ansi.GraphemeWidth)
		s = s[len(c):]
		if cw > width {
			c, cw = "…", 1
		}
		if cur.w > 0 && cur.w+cw > width {
			*lines = append(*lines, cur.segs)
			*cur = row{}
		}
		cur.add(c, p.st, cw)
	}
}

// breakText is preformatted text: one line broken between grapheme
// clusters wherever it is wider than width, spaces kept.
func breakText(s string, width int, st Style) [][]seg {
	width = max(width, 1)
	if s == "" {
		return [][]seg{nil}
	}
	var lines [][]seg
	var cur row
	breakInto(&cur, seg{s, st}, width, &lines)
	return append(lines, cur.segs)
}
