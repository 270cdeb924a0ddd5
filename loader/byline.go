package loader

import (
	"strings"
	"unicode"

	"briefing/model"
)

// readByline takes a post's byline from the top of its body, in the forms
// live pages write it:
//
//	Frank Gardner            a name line, then a role line
//	Security correspondent
//	From CNN's Daniella Diaz
//	By Clare Richardson on Feb 28, 2013 at 3:34 PM
//	Allen Cook / BBC News
//
// A time in the byline is returned for posts whose header had none.
func readByline(body []string) (a model.Author, at stamp, rest []string) {
	i := nextText(body, 0)
	if i < 0 {
		return a, at, body
	}
	l := strings.TrimSpace(body[i])
	if name, role, st, ok := bylineLine(l); ok {
		return model.Author{Name: name, Role: role}, st, body[i+1:]
	}
	if j := nextText(body, i+1); j >= 0 {
		role := strings.TrimSpace(body[j])
		if nameLike(l) && roleLike(role) && !headlineLike(role) || nameLike(l) && roleLike(role) && roleWords(role) {
			return model.Author{Name: l, Role: role}, at, body[j+1:]
		}
	}
	return a, at, body
}

// roleWords reports a role line a headline test would also pass:
// "Transport producer", "BBC News, Kyiv".
func roleWords(s string) bool {
	f := strings.Fields(strings.ToLower(s))
	if len(f) > 6 {
		return false
	}
	for _, w := range f {
		w = strings.Trim(w, ",")
		if isRoleWord(w) || w == "correspondent" || w == "producer" || w == "reporter" || w == "editor" || w == "news" {
			return true
		}
	}
	return false
}

// bylineLine reads a one-line byline.
func bylineLine(l string) (name, role string, at stamp, ok bool) {
	if len(l) > 120 {
		return "", "", at, false
	}
	low := strings.ToLower(l)
	switch {
	case strings.HasPrefix(low, "from ") && (strings.Contains(l, "'s ") || strings.Contains(l, "’s ")):
		// From CNN's Daniella Diaz and Kevin Liptak
		k := strings.Index(l, "'s ")
		if k < 0 {
			k = strings.Index(l, "’s ")
		}
		outlet := strings.TrimSpace(l[len("from "):k])
		_, after, _ := strings.Cut(l[k:], " ")
		who := strings.TrimSpace(after)
		if wordCount(outlet) > 3 || !namesLike(who) {
			return "", "", at, false
		}
		return who, "", at, true
	case strings.HasPrefix(low, "by ") || strings.HasPrefix(low, "posted by "):
		rest := l[strings.Index(low, "by ")+3:]
		who := rest
		if k := strings.Index(rest, " on "); k > 0 {
			who = rest[:k]
			at = bylineDate(rest[k+4:])
		} else if k := strings.Index(rest, " at "); k > 0 {
			who = rest[:k]
			at = bylineDate(rest[k+1:])
		}
		who = strings.TrimSpace(strings.TrimRight(who, ","))
		if namesLike(who) {
			return who, "", at, true
		}
		// "By Mark Stone, US correspondent": the name, then its role
		if n, r, cut := strings.Cut(who, ", "); cut && nameLike(n) && roleWords(r) {
			return strings.TrimSpace(n), strings.TrimSpace(r), at, true
		}
		return "", "", at, false
	}
	for _, sep := range []string{" / ", " | "} {
		if who, org, found := strings.Cut(l, sep); found && nameLike(who) && wordCount(org) <= 4 && !endsSentence(org) {
			return strings.TrimSpace(who), strings.TrimSpace(org), at, true
		}
	}
	if name, role, ok := nameThenRole(l); ok {
		return name, role, at, true
	}
	if n := wordCount(l); n >= 2 && n <= 5 && (strings.HasSuffix(l, " Staff") || strings.HasSuffix(l, " staff")) && unicode.IsUpper(firstRune(l)) {
		return l, "", at, true // "The New Arab Staff", "Reuters staff": the desk writes
	}
	return "", "", at, false
}

// nameThenRole reads a byline that runs the writer's name into a
// capitalised newsroom role with no mark between them, the BBC's way:
// "Ian Pollock Business reporter, BBC News". The role must name a
// newsroom job, so "Boris Johnson Prime Minister" is no byline.
func nameThenRole(l string) (name, role string, ok bool) {
	if !newsroomJob(l) {
		return "", "", false // the common case, told without splitting
	}
	f := strings.Fields(l)
	if len(f) < 4 || len(f) > 9 || endsSentence(l) {
		return "", "", false
	}
	for k := 2; k <= 3 && k < len(f); k++ {
		name, role = strings.Join(f[:k], " "), strings.Join(f[k:], " ")
		if !nameLike(name) || !unicode.IsUpper(firstRune(role)) {
			continue
		}
		job, _, _ := strings.Cut(role, ",")
		for _, w := range strings.Fields(strings.ToLower(job)) {
			if newsroomJobs.has(w) {
				return name, role, true
			}
		}
	}
	return "", "", false
}

// newsroomJobs are the jobs a byline's role names.
var newsroomJobs = set("reporter", "correspondent", "editor", "producer", "presenter", "journalist")

// newsroomJob reports a line naming a newsroom job anywhere in it, a
// cheap first look before the line is split into words.
func newsroomJob(l string) bool {
	for j := range newsroomJobs.words {
		if containsFold(l, j) {
			return true
		}
	}
	return false
}

// namesLike reports one or more names joined by "and" or commas.
func namesLike(s string) bool {
	s = strings.ReplaceAll(s, ", and ", ", ")
	for _, part := range strings.FieldsFunc(s, func(r rune) bool { return r == ',' }) {
		for _, n := range strings.Split(part, " and ") {
			n = strings.TrimSpace(n)
			if n == "" {
				continue
			}
			if !nameLike(n) && !(wordCount(n) == 1 && len(n) > 1 && n[0] >= 'A' && n[0] <= 'Z') {
				return false
			}
		}
	}
	return s != ""
}

// bylineDate reads "Feb 28, 2013 at 3:34 PM" or "3:34 PM".
func bylineDate(s string) stamp {
	s = strings.TrimSpace(s)
	date, clock, found := strings.Cut(s, " at ")
	if !found {
		if k := strings.Index(s, "at "); k == 0 {
			clock = s[3:]
		} else {
			clock, date = s, ""
		}
	}
	var st stamp
	if c, ok := clockLine(clock); ok {
		st = c
	}
	if date != "" && dateLike(date) {
		st.date = strings.TrimSpace(date)
	}
	return st
}

// signOff reads a post signed at its foot, "- Jordain Carney" or "—
// Daniella Diaz": the writer's name after a dash on the last line. It
// returns the name and the body without that line.
func signOff(body []string) (string, []string, bool) {
	i := len(body) - 1
	for i >= 0 && strings.TrimSpace(body[i]) == "" {
		i--
	}
	if i < 1 {
		return "", body, false
	}
	l := strings.TrimSpace(body[i])
	if name, _, _, ok := bylineLine(l); ok && strings.HasPrefix(strings.ToLower(l), "by ") {
		return name, body[:i], true // "By Felicia Sonmez" under the post
	}
	for _, dash := range []string{"-- ", "- ", "– ", "— "} {
		if name, ok := strings.CutPrefix(l, dash); ok {
			if name = strings.TrimSpace(name); wordCount(name) >= 2 && wordCount(name) <= 4 && nameLike(name) {
				return name, body[:i], true
			}
		}
	}
	return "", body, false
}

// writesSignOff reads the writer a post's paragraph names as it ends or
// opens: "..., Sid Maher writes.", "Harry McGee writes...". It returns
// the name, or "".
func writesSignOff(body []string) string {
	for n, l := range body {
		if n > 3 {
			break
		}
		l = strings.TrimSpace(l)
		if l == "" {
			continue
		}
		for _, end := range []string{" writes.", " reports.", " writes:", " reports:"} {
			if i := strings.LastIndex(l, ", "); i >= 0 && strings.HasSuffix(l, end) {
				// "..., The Canadian Press reports.": an agency is the
				// source of the report, not the post's writer
				if name := strings.TrimSpace(l[i+2 : len(l)-len(end)]); wordCount(name) >= 2 && wordCount(name) <= 3 && nameLike(name) && !strings.HasPrefix(name, "The ") {
					return name
				}
			}
		}
		for _, mid := range []string{" writes...", " writes…", " writes:", " reports:"} {
			if i := strings.Index(l, mid); i > 0 && strings.HasSuffix(l, mid) {
				if name := l[:i]; wordCount(name) >= 2 && wordCount(name) <= 3 && nameLike(name) {
					return name
				}
			}
		}
		return ""
	}
	return ""
}
