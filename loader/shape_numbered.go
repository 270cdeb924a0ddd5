package loader

import "strings"

// numberedShape reads numbered posts without a glued stamp, as older BBC
// live pages copy:
//
//  1. BreakingBA pilots vote to strike
//     Simon Browning
//     Transport producer
//     Posted at 12:34
//
// A numbered list inside a post ("1. Going to work;" line after line) is
// not posts: a post number has text under it before the next number.
type numberedShape struct{}

func (numberedShape) name() string { return "numbered" }

func (numberedShape) score(lines []string) int { return len(numberedHeads(lines)) }

func (numberedShape) read(lines []string) page {
	return readPosts(lines, numberedHeads(lines), true)
}

func numberedHeads(lines []string) []head {
	var heads []head
	want := 0 // the number the next post should carry; 0 before the first
	for i := 0; i < len(lines); i++ {
		l := strings.TrimSpace(lines[i])
		if l == "" || !isDigit(l[0]) {
			continue
		}
		n, rest, ok := cutPostNumber(l)
		if !ok || (want > 0 && n != want) || (want == 0 && n > 2) {
			if ok && want > 0 && n > want && n <= want+2 && len(heads) > 0 && heads[len(heads)-1].stamp.time != "" {
				// "1. 2033:" then "3. 2020:": the copy dropped an item the
				// page did not number (a quote box, a picture); stamped
				// posts go on past the gap
			} else {
				continue
			}
		}
		h := head{start: i, body: i + 1}
		st, ok := clockLine(rest)
		if !ok {
			st, ok = hourMinuteColon(rest) // "1. 2033:", the BBC's 2013 stamp
		}
		if ok && rest != "" {
			// "1. 19:44:" then the post, BBC Sport's older commentary: the
			// number and the stamp, the title (if any) on the next line
			if j := nextText(lines, i+1); j < 0 {
				continue
			} else if _, _, next := cutPostNumber(strings.TrimSpace(lines[j])); next {
				continue
			}
			h.stamp, h.titleFromBody = st, true
			heads = append(heads, h)
			want = n + 1
			continue
		}
		if rest == "" {
			// "1." alone: the title is the next line
			j := nextText(lines, i+1)
			if j < 0 {
				continue
			}
			rest, h.body = strings.TrimSpace(lines[j]), j+1
		}
		if lb, ok := labelLine(rest); ok {
			// "1. Analysis" then the title on its own line
			j := nextText(lines, h.body)
			if j < 0 {
				continue
			}
			h.label, rest, h.body = lb, strings.TrimSpace(lines[j]), j+1
		}
		if strings.HasSuffix(rest, ";") || strings.HasSuffix(rest, ",") || wordCount(rest) > 25 {
			continue // a list item
		}
		// the next numbered line must not follow at once: that is a list
		j := nextText(lines, h.body)
		if j >= 0 {
			if _, _, next := cutPostNumber(strings.TrimSpace(lines[j])); next {
				continue
			}
			if st, ok := postedAt(lines[j]); ok {
				h.stamp, h.body = st, j+1
			}
		}
		h.title = rest
		heads = append(heads, h)
		want = n + 1
	}
	return heads
}

// hourMinuteColon reads a four-digit 24-hour time closed by a colon,
// "2033:", as a numbered post's stamp.
func hourMinuteColon(l string) (stamp, bool) {
	if len(l) != 5 || l[4] != ':' || !isDigit(l[0]) || !isDigit(l[1]) || !isDigit(l[2]) || !isDigit(l[3]) || atoi2(l[:2]) > 23 || atoi2(l[2:4]) > 59 {
		return stamp{}, false
	}
	return stamp{time: l[:4]}, true
}

// cutPostNumber reads "12. rest" or "12." at the start of a line.
func cutPostNumber(l string) (n int, rest string, ok bool) {
	i := 0
	for i < len(l) && i < 4 && isDigit(l[i]) {
		n = n*10 + int(l[i]-'0')
		i++
	}
	if i == 0 || i >= len(l) || l[i] != '.' {
		return 0, "", false
	}
	rest = l[i+1:]
	if rest != "" && !isSpace(rest[0]) {
		return 0, "", false
	}
	return n, strings.TrimSpace(rest), true
}

// postedAt reads the older BBC stamp line "Posted at 12:34" (also
// "Published at", "Updated at").
func postedAt(l string) (stamp, bool) {
	l = strings.TrimSpace(l)
	for _, p := range []string{"posted at ", "published at ", "updated at "} {
		if len(l) > len(p) && strings.EqualFold(l[:len(p)], p) {
			return clockLine(l[len(p):])
		}
	}
	return stamp{}, false
}
