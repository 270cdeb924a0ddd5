package loader

import (
	"strings"
	"unicode"

	"briefing/model"
)

// relativeShape reads posts stamped with a relative time, as CNN's and
// other pages render them for the reader's clock:
//
//	1 hr 8 min ago
//	Senate votes on the package
//	From CNN's Daniella Diaz
//
// The time stays relative (Post.When); it is never turned into a clock time.
type relativeShape struct{}

func (relativeShape) name() string { return "relative" }

func (relativeShape) score(lines []string) int { return len(relativeHeads(lines)) }

func (relativeShape) read(lines []string) page {
	return readPosts(lines, relativeHeads(lines), true)
}

func relativeHeads(lines []string) []head {
	var heads []head
	for i, l := range lines {
		if st, title, rest, ok := gluedRelative(l); ok {
			h := head{start: i, body: i + 1, stamp: st, title: title, first: rest}
			h.titleFromBody = title == ""
			heads = append(heads, h)
			continue
		}
		if len(l) > 96 || !strings.Contains(l, "ago") && !strings.Contains(l, "now") {
			continue
		}
		if st, ok := relativeStamp(l); ok {
			_, bulleted := cutBullet(strings.TrimSpace(l))
			heads = append(heads, head{start: i, body: i + 1, stamp: st, label: st.label, titleFromBody: true, bulleted: bulleted})
		} else if by, st, ok := signedRelative(l); ok {
			// "Harry McGee - 10 days ago": the writer, then when
			heads = append(heads, head{start: i, body: i + 1, stamp: st, by: model.Author{Name: by}, titleFromBody: true})
		}
	}
	return heads
}

// signedRelative reads a writer's name and a relative time on one line,
// The Irish Times's way: "Harry McGee - 10 days ago".
func signedRelative(l string) (by string, st stamp, ok bool) {
	name, when, found := strings.Cut(strings.TrimSpace(l), " - ")
	if !found || !nameLike(name) || wordCount(name) > 4 {
		return "", stamp{}, false
	}
	st, ok = relativeStamp(when)
	return name, st, ok
}

// gluedRelative reads a post copied as one line, Al Jazeera's way: the
// relative time and its clock, then the headline glued to the text,
// "• 2m ago (06:00 GMT)Photos: Syrians in quake-hit Gaziantep displaced
// againGaziantep, Turkey – For many ...". The headline ends where a
// lower-case letter runs into a capital with no space.
func gluedRelative(l string) (st stamp, title, rest string, ok bool) {
	l = strings.TrimSpace(l)
	if t, ok := cutBullet(l); ok {
		l = t
	}
	open := strings.Index(l[:min(len(l), 40)], "ago (")
	if open < 0 {
		return st, "", "", false
	}
	end := strings.IndexByte(l[open:], ')')
	if end < 0 || end > 24 {
		return st, "", "", false
	}
	end += open + 1
	rest = l[end:]
	if rest == "" || !unicode.IsUpper(firstRune(rest)) {
		return st, "", "", false
	}
	if st, ok = relativeStamp(l[:end]); !ok {
		return st, "", "", false
	}
	for k := 1; k+1 < len(rest) && k < 160; k++ {
		if c := rest[k]; 'a' <= c && c <= 'z' && 'A' <= rest[k+1] && rest[k+1] <= 'Z' {
			if n := wordCount(rest[:k+1]); n >= 3 && n <= 20 {
				return st, rest[:k+1], rest[k+1:], true
			}
			break
		}
	}
	return st, "", rest, true
}
