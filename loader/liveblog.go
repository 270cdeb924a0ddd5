package loader

import (
	"strings"

	"briefing/internal/par"
)

// A live post's title line ends with its stamp, "published at 06:38 British
// Summer Time", the title maybe glued to it with no space. matchStamp reads
// it as the regexp `(?i)\s*published at\s*(\d{1,2}[:.]\d{2})\s*(.*)$` did
// (fastpath_test.go holds them to the same answers); just above, the post's
// number on the page and an optional label ("1. Analysis") as matchNumber
// reads `^(\d{1,6})\.(?:\s+(.*))?$`.

// matchStamp is the stamp regexp's FindStringSubmatchIndex on a line (no
// newline), written out: the regexp tried every offset of every title line
// and was most of the cost of finding the posts.
func matchStamp(l string) (loc [6]int, ok bool) {
	for q := 0; q < len(l); q++ {
		if l[q] != 'p' && l[q] != 'P' {
			continue
		}
		k, ok := foldPrefix(l[q:], "published at")
		if !ok {
			continue
		}
		k = skipSpace(l, q+k)
		g1 := k
		if k < len(l) && isDigit(l[k]) {
			k++
			if k < len(l) && isDigit(l[k]) {
				k++
			}
		} else {
			continue
		}
		if k+2 >= len(l) || (l[k] != ':' && l[k] != '.') || !isDigit(l[k+1]) || !isDigit(l[k+2]) {
			continue
		}
		k += 3
		start := q
		for start > 0 && isSpace(l[start-1]) {
			start--
		}
		g2 := skipSpace(l, k)
		return [6]int{start, len(l), g1, k, g2, len(l)}, true
	}
	return loc, false
}

// foldPrefix matches an ASCII lower-case word at the start of s as (?i)
// does, where 's' also matches 'ſ' (U+017F); it returns the bytes used.
func foldPrefix(s, word string) (int, bool) {
	i := 0
	for j := 0; j < len(word); j++ {
		w := word[j]
		switch {
		case i < len(s) && (s[i] == w || 'a' <= w && w <= 'z' && s[i] == w-('a'-'A')):
			i++
		case w == 's' && strings.HasPrefix(s[i:], "ſ"):
			i += len("ſ")
		case w == 'k' && strings.HasPrefix(s[i:], "\u212a"):
			i += len("\u212a")
		default:
			return 0, false
		}
	}
	return i, true
}

// isSpace is the regexp \s: ASCII blanks only.
func isSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r' }

func skipSpace(s string, i int) int {
	for i < len(s) && isSpace(s[i]) {
		i++
	}
	return i
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

// matchNumber is the number regexp's FindStringSubmatch: ok, and the label (m[2]).
func matchNumber(s string) (label string, ok bool) {
	n := 0
	for n < len(s) && isDigit(s[n]) && n < 7 {
		n++
	}
	if n == 0 || n > 6 || n >= len(s) || s[n] != '.' {
		return "", false
	}
	rest := s[n+1:]
	if rest == "" {
		return "", true
	}
	if !isSpace(rest[0]) {
		return "", false
	}
	return rest[skipSpace(rest, 0):], true
}

// header is where one post's title block sits among the lines.
type header struct {
	start, end int // lines [start, end] are the number, label and title
	label      string
	title      string
	time, zone string
	date       string
}

// parseLiveblog reads the summary and the posts in page order. Posts are
// read apart from one another, so a long page is read on all cores.
func parseLiveblog(lines []string) (summary []string, posts []rawPost) {
	heads := findHeaders(lines)
	first := len(lines)
	if len(heads) > 0 {
		first = heads[0].start
		posts = make([]rawPost, len(heads))
	}
	summary = readSummary(lines[:first])
	par.Do(len(heads), 64, func(lo, hi int) {
		for i := lo; i < hi; i++ {
			posts[i] = readPost(lines, heads, i)
		}
	})
	return summary, posts
}

// readPost reads the post under heads[i].
func readPost(lines []string, heads []header, i int) rawPost {
	h := heads[i]
	end := len(lines)
	if i+1 < len(heads) {
		end = heads[i+1].start
	}
	p := rawPost{page: i + 1, time: strings.Replace(h.time, ".", ":", 1), zoneName: h.zone, date: h.date, label: h.label, title: h.title}
	body := lines[h.end+1 : end]
	p.author, _, body = readByline(dropChrome(body))
	bb := newBlockBuilder(true)
	for _, l := range body {
		bb.add(l)
	}
	p.blocks = bb.done()
	return p
}

// stampAt is a stamped title line.
type stampAt struct {
	line int
	loc  [6]int
}

// findHeaders locates every stamped title line and the number/label lines
// just above it. The stamps are looked for in parallel, each line apart.
func findHeaders(lines []string) []header {
	var stamps []stampAt
	par.Chunks(len(lines), 4096, func() struct{} { return struct{}{} },
		func(_ struct{}, lo, hi int) []stampAt {
			var found []stampAt
			for i, raw := range lines[lo:hi] {
				if !strings.Contains(raw, "ublished at") {
					continue
				}
				if loc, ok := matchStamp(raw); ok {
					found = append(found, stampAt{lo + i, loc})
				}
			}
			return found
		},
		func(found []stampAt) { stamps = append(stamps, found...) })
	var heads []header
	for _, st := range stamps {
		i, raw, loc := st.line, lines[st.line], st.loc
		h := header{start: i, end: i,
			time: raw[loc[2]:loc[3]]}
		h.zone, h.date = splitZoneDate(strings.TrimSpace(raw[loc[4]:loc[5]]))
		title := strings.TrimSpace(raw[:loc[0]])
		if t, ok := cutBullet(title); ok {
			title = t // "• Title published at ...": bullet-marked posts
		}
		if label, ok := matchNumber(title); ok {
			title = strings.TrimSpace(label)
		} else if j := prevNonBlank(lines, i); j >= 0 && (len(heads) == 0 || j > heads[len(heads)-1].end) {
			if label, ok := matchNumber(strings.TrimSpace(lines[j])); ok {
				h.start = j
				h.label = strings.TrimSpace(label)
			}
		}
		h.title = title
		heads = append(heads, h)
	}
	return heads
}

func prevNonBlank(lines []string, i int) int {
	for j := i - 1; j >= 0; j-- {
		if strings.TrimSpace(lines[j]) != "" {
			return j
		}
	}
	return -1
}

// readSummary takes the bullets (or lines) before the first post, without
// a "Summary" heading.
func readSummary(lines []string) []string {
	var out []string
	for _, l := range lines {
		l = strings.TrimSpace(l)
		if l == "" || strings.EqualFold(l, "summary") || strings.EqualFold(l, "key points") {
			continue
		}
		if t, ok := cutBullet(l); ok {
			l = t
		}
		if l != "" {
			out = append(out, l)
		}
	}
	return out
}

// splitZoneDate parts "British Summer Time 4 October 2016" into the zone
// and the date the stamp carries after it.
func splitZoneDate(z string) (zone, date string) {
	f := strings.Fields(z)
	if len(f) > 8 {
		return z, "" // no zone and date run that long: a title full of stamps
	}
	for k := range f {
		if isDigit(f[k][0]) || months.has(strings.ToLower(strings.TrimRight(f[k], ","))) {
			if rest := strings.Join(f[k:], " "); dateLike(rest) {
				return strings.TrimRight(strings.Join(f[:k], " "), ","), rest
			}
		}
	}
	return z, ""
}
