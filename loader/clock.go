package loader

import (
	"strconv"
	"strings"
	"time"
	"unicode"
)

// stamp is a time as a page writes it on a line of its own: a clock time
// with its zone and date, or a relative time ("1 hr 8 min ago").
type stamp struct {
	time, zone, date, when string
	label                  string // "Punjab | 11:45 am": the line's label
}

// clockLine reads a line that holds only a time: "12.28pm BST", "• 09:23",
// "14:36:05", "3:34 PM", "16:45 4 October 2016". Nothing is converted: the
// page's own writing is kept.
func clockLine(line string) (stamp, bool) {
	l := strings.TrimSpace(line)
	if t, ok := cutBullet(l); ok {
		l = t
	}
	if len(l) > 60 {
		return stamp{}, false
	}
	if strings.Contains(l, " | ") {
		return barredClock(l)
	}
	if st, ok := isoLine(l); ok {
		return st, true
	}
	if st, ok := epochLine(l); ok {
		return st, true
	}
	t, rest, ok := cutClock(l)
	if !ok {
		if st, ok := zonedMilitary(l); ok {
			return st, true
		}
		return datedClock(l)
	}
	st := stamp{time: t}
	rest = strings.TrimLeft(rest, " ,")
	if rest == "" || rest == ":" {
		return st, true // "11:40:" alone on its line too
	}
	if day, r, ok := cutWeekday(rest); ok {
		// "11:15 p.m. Wednesday local Tokyo time": the day, then the zone
		if z, ok := placeTime(r); ok || strings.TrimSpace(r) == "" {
			st.date, st.zone = day, z
			return st, true
		}
	}
	if z, ok := placeTime(rest); ok {
		st.zone = z // "9.30am local time", "14:00 Kyiv time"
		return st, true
	}
	// a zone first ("BST", "ET"), then a date
	if z, r, ok := cutZone(rest); ok {
		st.zone = z
		rest = strings.TrimLeft(r, " ,")
	}
	if rest == "" {
		return st, true
	}
	if dateLike(rest) {
		st.date = rest
		return st, true
	}
	return stamp{}, false
}

// zonedMilitary reads a four-digit 24-hour time glued to its zone, alone
// on a line: "1750gmt", "0930BST", "2215 GMT".
func zonedMilitary(l string) (stamp, bool) {
	if len(l) < 7 || len(l) > 9 || !isDigit(l[0]) || !isDigit(l[1]) || !isDigit(l[2]) || !isDigit(l[3]) {
		return stamp{}, false
	}
	if atoi2(l[:2]) > 23 || atoi2(l[2:4]) > 59 {
		return stamp{}, false
	}
	if z := strings.TrimSpace(l[4:]); knownZone(strings.ToUpper(z)) {
		return stamp{time: l[:4], zone: z}, true
	}
	return stamp{}, false
}

// knownZone reports a time zone's abbreviation as pages print them.
func knownZone(z string) bool {
	base, _, _ := strings.Cut(strings.Trim(z, "()"), "+")
	switch base {
	case "GMT", "BST", "UTC", "CET", "CEST", "EET", "EEST", "WET", "WEST", "MSK", "IST", "PKT", "JST", "KST", "HKT", "SGT", "AEST", "AEDT",
		"ACST", "ACDT", "AWST", "NZST", "NZDT", "ET", "EST", "EDT", "CT", "CST", "CDT", "MT", "MST", "MDT", "PT", "PST", "PDT", "AKST",
		"HST", "WAT", "CAT", "EAT", "SAST", "GST", "AST", "ICT", "WIB", "PHT":
		return true
	}
	return false
}

// datedClock reads a stamp line that gives the date first: "SEP 09, 2021
// 07:50 AM IST", "Sept. 1, 2005 10:26 p.m.".
func datedClock(l string) (stamp, bool) {
	for i := 1; i < len(l)-3; i++ {
		if l[i-1] != ' ' || !isDigit(l[i]) {
			continue
		}
		date := strings.TrimRight(l[:i-1], " ,")
		if !dateLike(date) {
			continue
		}
		st, ok := clockLine(l[i:])
		if !ok || st.date != "" {
			continue // "Sept. 1, 2005 …": the day is no clock
		}
		st.date = date
		return st, true
	}
	return stamp{}, false
}

// isoLine reads an ISO 8601 time printed as text, kept as written:
// "2021-12-28T16:27:36.505Z", "2024-07-05T03:39:00+01:00". parseISO (the
// structured-data reader's) says whether it is one.
func isoLine(l string) (stamp, bool) {
	if len(l) < 16 || l[10] != 'T' {
		return stamp{}, false
	}
	if _, ok := parseISO(l); !ok {
		return stamp{}, false
	}
	clock, zone := l[11:], ""
	if i := strings.LastIndexAny(clock, "Z+-"); i > 0 {
		clock, zone = clock[:i], clock[i:]
	}
	return stamp{time: clock, zone: zone, date: l[:10]}, true
}

// barredClock reads a stamp line in parts: "Punjab | 11:45 am", "10:26
// p.m. EDT | Sept. 1, 2005 | permalink". One part is the time; a short part
// before it is a label, a date after it the date.
func barredClock(l string) (stamp, bool) {
	parts := strings.Split(l, " | ")
	at := -1
	var st stamp
	for i, p := range parts {
		if c, ok := clockLine(p); ok && at < 0 {
			st, at = c, i
		}
	}
	if at < 0 {
		return stamp{}, false
	}
	for i, p := range parts {
		p = strings.TrimSpace(p)
		switch {
		case i == at:
		case wordCount(p) > 3:
			return stamp{}, false
		case i < at && st.label == "":
			st.label = p
		case i > at && st.date == "" && dateLike(p):
			st.date = p
		}
	}
	return st, true
}

// cutClock reads "9:23", "12.28pm", "14:36:05", "3:34 PM", "10.05 a.m." at
// the start of s.
func cutClock(s string) (clock, rest string, ok bool) {
	i := 0
	for i < len(s) && i < 2 && isDigit(s[i]) {
		i++
	}
	if i > 0 && atoi2(s[:i]) >= 1 && atoi2(s[:i]) <= 12 {
		// an hour alone, only with its a.m. or p.m.: "6 p.m.", "11am"
		if m := meridiem(s[skipSpace(s, i):]); m > 0 {
			end := skipSpace(s, i) + m
			return s[:end], s[end:], true
		}
	}
	if i == 0 || i+3 > len(s) || (s[i] != ':' && s[i] != '.') || !isDigit(s[i+1]) || !isDigit(s[i+2]) {
		return "", "", false
	}
	if h := atoi2(s[:i]); h > 24 || atoi2(s[i+1:i+3]) > 59 {
		return "", "", false
	}
	i += 3
	if i+3 <= len(s) && s[i] == ':' && isDigit(s[i+1]) && isDigit(s[i+2]) {
		i += 3 // seconds
	}
	if i < len(s) && isDigit(s[i]) {
		return "", "", false // "12.345": a number, not a time
	}
	end := i
	j := skipSpace(s, i)
	if m := meridiem(s[j:]); m > 0 {
		end = j + m
	}
	return s[:end], s[end:], true
}

// meridiem is the length of the "a.m.", "pm" or "AM" s opens with, 0 if none.
func meridiem(s string) int {
	for _, m := range []string{"a.m.", "p.m.", "am", "pm", "AM", "PM", "A.M.", "P.M.", "a.m", "p.m"} {
		// "PMNow that I've posted": CNET glues the text to an upper-case PM
		glued := len(s) > len(m) && m[0] >= 'A' && m[0] <= 'Z' && s[len(m)] >= 'A' && s[len(m)] <= 'Z' && len(m) == 2
		if strings.HasPrefix(s, m) && (len(s) == len(m) || !isLetter(s[len(m)]) || glued) {
			return len(m)
		}
	}
	return 0
}

func isLetter(c byte) bool { return 'a' <= c|0x20 && c|0x20 <= 'z' }

// cutZone reads a time zone as pages write them after a time: an
// abbreviation ("BST", "ET", "GMT+1") or a spelt-out zone ("British Summer
// Time", "UK time", "local time").
func cutZone(s string) (zone, rest string, ok bool) {
	for _, z := range []string{"British Summer Time", "Greenwich Mean Time", "UK time", "local time", "Eastern Time"} {
		if len(s) >= len(z) && strings.EqualFold(s[:len(z)], z) {
			return s[:len(z)], s[len(z):], true
		}
	}
	f, r, _ := strings.Cut(s, " ")
	if z, ok := strings.CutSuffix(f, ":"); ok {
		// "GMT: Fox News reports": the colon goes back to the rest
		f, r = z, ": "+r
	}
	f = strings.TrimRight(f, ",")
	if len(f) > 2 && f[0] == '(' && f[len(f)-1] == ')' {
		f = f[1 : len(f)-1] // "00:12 (IST) : ...": the zone in brackets
	}
	base, _, _ := strings.Cut(f, "+")
	if len(base) < 2 || len(base) > 5 {
		return "", "", false
	}
	for i := 0; i < len(base); i++ {
		if base[i] < 'A' || base[i] > 'Z' {
			return "", "", false
		}
	}
	return f, r, true
}

var months = set("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
	"january", "february", "march", "april", "june", "july", "august", "september", "october", "november", "december",
	"mon", "tue", "wed", "thu", "fri", "sat", "sun",
	"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday")

// dateLike reports a short date as written: "4 October 2016", "July 17,
// 2020", "Fri, May 31", "3/1/2013".
func dateLike(s string) bool {
	f := strings.FieldsFunc(s, func(r rune) bool { return r == ' ' || r == ',' })
	if len(f) == 0 || len(f) > 5 {
		return false
	}
	named := false
	for _, w := range f {
		lw := strings.ToLower(strings.TrimRight(w, "."))
		switch {
		case months.has(lw):
			named = true
		case strings.IndexFunc(w, func(r rune) bool { return !unicode.IsDigit(r) && r != '/' && r != '-' && r != '.' }) < 0:
			// digits: a day, a year, 3/1/2013
		case strings.TrimLeft(lw, "0123456789") == "st" || strings.TrimLeft(lw, "0123456789") == "nd" ||
			strings.TrimLeft(lw, "0123456789") == "rd" || strings.TrimLeft(lw, "0123456789") == "th":
		default:
			return false
		}
	}
	return named || strings.ContainsAny(s, "/-")
}

var relUnits = set("s", "sec", "secs", "second", "seconds", "m", "min", "mins", "minute", "minutes",
	"h", "hr", "hrs", "hour", "hours", "d", "day", "days", "w", "wk", "wks", "week", "weeks",
	"mo", "mos", "month", "months", "y", "yr", "yrs", "year", "years")

// relativeLine reads a line that holds only a relative time: "1 hr 8 min
// ago", "2 hours ago", "an hour ago", "Updated 5m ago", "Just now".
func relativeLine(line string) (string, bool) {
	l := strings.TrimSpace(line)
	if t, ok := cutBullet(l); ok {
		l = t
	}
	if i := strings.Index(l, " ("); i > 0 && strings.HasSuffix(l, ")") {
		l = l[:i] // "2m ago (11:00 GMT)": relativeStamp reads the clock
	}
	if len(l) > 40 {
		return "", false
	}
	low := strings.ToLower(l)
	if low == "just now" || low == "moments ago" {
		return l, true
	}
	f := strings.Fields(low)
	if len(f) > 0 && (f[0] == "updated" || f[0] == "posted") {
		f = f[1:]
	}
	if len(f) < 2 || f[len(f)-1] != "ago" {
		return "", false
	}
	f = f[:len(f)-1]
	// pairs of amount and unit: "1 hr 8 min", "5m", "an hour"
	for len(f) > 0 {
		w := f[0]
		if n := strings.TrimLeft(w, "0123456789"); n != w && n != "" {
			if !relUnits.has(n) {
				return "", false
			}
			f = f[1:]
			continue
		}
		if len(f) < 2 || !(w == "a" || w == "an" || w == "one" || strings.TrimLeft(w, "0123456789") == "") || !relUnits.has(f[1]) {
			return "", false
		}
		f = f[2:]
	}
	return l, true
}

// atoi2 reads one or two ASCII digits.
func atoi2(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		n = n*10 + int(s[i]-'0')
	}
	return n
}

// relativeStamp reads a relative time with the clock time a page gives
// beside it: "2m ago (11:00 GMT)".
func relativeStamp(line string) (stamp, bool) {
	label := ""
	if w, lb, ok := strings.Cut(line, " | "); ok && strings.TrimSpace(lb) != "" && wordCount(lb) <= 5 {
		// "2 mins ago | Inside the courthouse": the time, then the label
		line, label = w, strings.TrimSpace(lb)
	}
	var clock stamp
	if w, c, ok := strings.Cut(line, " / "); ok {
		// "5 years ago / 12:51 AM EST": NBC's relative time and its clock
		if st, ok := clockLine(c); ok {
			line, clock = w, st
		}
	}
	w, ok := relativeLine(line)
	if !ok {
		return stamp{}, false
	}
	st := stamp{when: w, label: label, time: clock.time, zone: clock.zone, date: clock.date}
	l := strings.TrimSpace(line)
	if i := strings.Index(l, " ("); i > 0 && strings.HasSuffix(l, ")") {
		if c, ok := clockLine(l[i+2 : len(l)-1]); ok {
			st.time, st.zone, st.date = c.time, c.zone, c.date
		}
	}
	return st, true
}

// dateOnly reads a line that is only a date, maybe written twice glued,
// as a page's two renderings copy: "September 13, 2025",
// "09/13/2025September 13, 2025". It returns the date as a reader would
// write it (the words over the digits).
func dateOnly(l string) (string, bool) {
	l = strings.TrimSpace(l)
	if l == "" || len(l) > 48 {
		return "", false
	}
	if _, ok := clockLine(l); ok {
		return "", false
	}
	if !unicode.IsDigit(firstRune(l)) && !months.has(strings.ToLower(strings.Trim(strings.Fields(l)[0], ",."))) {
		return "", false
	}
	if dateLike(l) {
		return l, true
	}
	for i := 1; i < len(l); i++ {
		if isDigit(l[i-1]) && isLetter(l[i]) && dateLike(l[:i]) && dateLike(l[i:]) {
			return l[i:], true
		}
	}
	return "", false
}

// weekdays name a post's day: "Wednesday".
var weekdays = set("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")

// cutWeekday cuts a day's name off the front of s.
func cutWeekday(s string) (day, rest string, ok bool) {
	w, r, _ := strings.Cut(strings.TrimSpace(s), " ")
	if !weekdays.has(strings.ToLower(strings.TrimRight(w, ","))) {
		return "", s, false
	}
	return strings.TrimRight(w, ","), r, true
}

// placeTime reads a zone written as a place's time, the whole rest of a
// stamp line: "local Tokyo time", "Kyiv time", "local time". Up to four
// capitalised or "local" words before "time".
func placeTime(s string) (string, bool) {
	s = strings.TrimSpace(s)
	f := strings.Fields(s)
	if len(f) < 2 || len(f) > 5 || strings.ToLower(f[len(f)-1]) != "time" {
		return "", false
	}
	for _, w := range f[:len(f)-1] {
		if w != "local" && w != "Local" && !unicode.IsUpper(firstRune(w)) {
			return "", false
		}
	}
	return s, true
}

// epochLine reads a machine's stamp a copied page kept as text, seconds
// since 1970 on a line of their own, The Independent's way: "1602181899".
// Ten digits from 2001 to 2033 only; it is shown as the UTC time it is
// ("18:31", "UTC", "8 October 2020"), since no reader can read the number.
func epochLine(l string) (stamp, bool) {
	if len(l) != 10 || l[0] != '1' {
		return stamp{}, false
	}
	n, err := strconv.ParseInt(l, 10, 64)
	if err != nil || n < 1_000_000_000 {
		return stamp{}, false
	}
	t := time.Unix(n, 0).UTC()
	return stamp{time: t.Format("15:04"), zone: "UTC", date: t.Format("2 January 2006")}, true
}

// epochStart reports a line that may be an epochLine, for cheap scans.
func epochStart(l string) bool {
	l = strings.TrimSpace(l)
	return len(l) == 10 && l[0] == '1' && isDigit(l[9])
}
