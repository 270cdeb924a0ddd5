package loader

import (
	"regexp"
	"strings"

	"briefing/model"
)

// stampRE finds the "published at 06:38 British Summer Time" that ends a
// live post's title line; the title may be glued to it with no space.
var stampRE = regexp.MustCompile(`(?i)\s*published at\s*(\d{1,2}[:.]\d{2})\s*(.*)$`)

// numberRE is a post's number on the page, with an optional label: "1. Analysis".
var numberRE = regexp.MustCompile(`^(\d{1,6})\.(?:\s+(.*))?$`)

// isLiveblog reports a live page: at least one stamped title line.
func isLiveblog(lines []string) bool {
	for _, l := range lines {
		if strings.Contains(l, "ublished at") && stampRE.MatchString(l) {
			return true
		}
	}
	return false
}

// header is where one post's title block sits among the lines.
type header struct {
	start, end int // lines [start, end] are the number, label and title
	label      string
	title      string
	time, zone string
}

// parseLiveblog reads the summary and the posts in page order.
func parseLiveblog(lines []string) (summary []string, posts []rawPost) {
	heads := findHeaders(lines)
	first := len(lines)
	if len(heads) > 0 {
		first = heads[0].start
	}
	summary = readSummary(lines[:first])
	for i, h := range heads {
		end := len(lines)
		if i+1 < len(heads) {
			end = heads[i+1].start
		}
		p := rawPost{page: i + 1, time: strings.Replace(h.time, ".", ":", 1), zoneName: h.zone, label: h.label, title: h.title}
		body := lines[h.end+1 : end]
		p.author, body = readByline(body)
		bb := newBlockBuilder(true)
		for _, l := range body {
			bb.add(l)
		}
		p.blocks = bb.done()
		posts = append(posts, p)
	}
	return summary, posts
}

// findHeaders locates every stamped title line and the number/label lines
// just above it.
func findHeaders(lines []string) []header {
	var heads []header
	for i, raw := range lines {
		if !strings.Contains(raw, "ublished at") {
			continue
		}
		loc := stampRE.FindStringSubmatchIndex(raw)
		if loc == nil {
			continue
		}
		h := header{start: i, end: i,
			time: raw[loc[2]:loc[3]], zone: strings.TrimSpace(raw[loc[4]:loc[5]])}
		title := strings.TrimSpace(raw[:loc[0]])
		if m := numberRE.FindStringSubmatch(title); m != nil {
			title = strings.TrimSpace(m[2])
		} else if j := prevNonBlank(lines, i); j >= 0 && (len(heads) == 0 || j > heads[len(heads)-1].end) {
			if m := numberRE.FindStringSubmatch(strings.TrimSpace(lines[j])); m != nil {
				h.start = j
				h.label = strings.TrimSpace(m[2])
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

// readByline takes a name line and a role line directly under the title.
func readByline(body []string) (a model.Author, rest []string) {
	i := 0
	for i < len(body) && strings.TrimSpace(body[i]) == "" {
		i++
	}
	if i+1 < len(body) {
		name, role := strings.TrimSpace(body[i]), strings.TrimSpace(body[i+1])
		if nameLike(name) && roleLike(role) {
			a.Name, a.Role = name, role
			return a, body[i+2:]
		}
	}
	return a, body
}
