package loader

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"briefing/model"
)

// timeFirstShape reads posts that open with a line holding only a time,
// the Guardian's and many regional pages' way:
//
//	12.28pm BST
//	Starmer replies to Sunak
//	The prime minister says ...
//
// The line under the time is the title when it reads as a headline with
// text under it; otherwise the post is untitled.
type timeFirstShape struct{}

func (timeFirstShape) name() string { return "time-first" }

func (timeFirstShape) score(lines []string) int { return len(timeHeads(lines)) }

func (timeFirstShape) read(lines []string) page {
	heads := timeHeads(lines)
	if closing(lines, heads) {
		heads = closingHeads(lines, heads)
	} else {
		titlesAbove(lines, heads)
	}
	return readPosts(lines, heads, true)
}

// titlesAbove moves the title of each post to the headline right above
// its stamp, on pages that write a post as headline, time, text (The
// Hill's "Senate adjourns until Sunday afternoon" then "7:54 p.m."). The
// sign is most stamps standing between a headline and a paragraph; on the
// usual time, headline, text page the line above a stamp is the last of
// the post before.
func titlesAbove(lines []string, heads []head) {
	above := make([]int, len(heads))
	n, stamps := 0, 0
	for k, h := range heads {
		above[k] = -1
		inline := h.first != "" && h.title == "" && h.by.Name == ""
		if !h.titleFromBody && !inline {
			continue
		}
		stamps++
		a := prevText(lines, h.start-1)
		if a < 0 || (k > 0 && a < heads[k-1].body) || !headlineLike(lines[a]) || isChrome(lines[a]) {
			continue // "Related: ..." above a stamp links elsewhere
		}
		if inline {
			// "Aurora votes for change" over "9:54 p.m.: Incumbent Mayor
			// Phyllis Morris ...": the stamp runs into the post's text. The
			// headline stands apart, blank lines around it, and is no
			// line of a list ("Waiariki - Labour Tamati Coffey") or a link
			// run on from the post before ("Also read: ...")
			if !paragraphLike(h.first) || a+1 >= h.start || a == 0 || strings.TrimSpace(lines[a-1]) != "" {
				continue
			}
			if b := prevText(lines, a-1); b >= 0 && headlineLike(lines[b]) {
				continue
			}
			above[k] = a
			n++
			continue
		}
		j := nextText(lines, h.body)
		if j < 0 || !paragraphLike(lines[j]) || headlineLike(lines[j]) && textUnder(lines, j) {
			continue
		}
		above[k] = a
		n++
	}
	if n < 2 || 2*n < stamps {
		return
	}
	for k := range heads {
		if a := above[k]; a >= 0 {
			heads[k].start, heads[k].title, heads[k].titleFromBody = a, strings.TrimSpace(lines[a]), false
		}
	}
}

// prevText is the last line at or above i with text, -1 when none.
func prevText(lines []string, i int) int {
	for ; i >= 0; i-- {
		if strings.TrimSpace(lines[i]) != "" {
			return i
		}
	}
	return -1
}

// closing reports a page whose stamps close their posts rather than open
// them, as NPR's early web logs did:
//
//	Hastert Softens Comments on New Orleans
//	House Speaker Dennis Hastert ...
//	10:26 p.m. EDT | Sept. 1, 2005 | permalink
//
// The signs are a blog footer's furniture on the stamp lines ("|
// permalink", "| Comments"), a whole post, headline and text, above the
// first stamp, and headlines right under most stamps. A page's lead above
// stamps that open posts is no sign on its own.
func closing(lines []string, heads []head) bool {
	if len(heads) == 0 {
		return false
	}
	footers := 0
	for _, h := range heads {
		low := strings.ToLower(lines[h.start])
		if strings.Contains(low, "| permalink") || strings.Contains(low, "| comment") {
			footers++
		}
	}
	if 2*footers < len(heads) {
		return false
	}
	first := firstPostLine(lines, 0)
	above := false
	for i := first; i < heads[0].start; i++ {
		if headlineLike(lines[i]) && textUnder(lines, i) {
			above = true
			break
		}
	}
	if !above {
		return false
	}
	titled := 0
	for _, h := range heads {
		if j := nextText(lines, h.body); j >= 0 && headlineLike(lines[j]) && textUnder(lines, j) {
			titled++
		}
	}
	return 2*titled >= len(heads)
}

// closingHeads turns stamps that close posts into heads that open them:
// each post runs from the line after the previous stamp to its own.
func closingHeads(lines []string, stamps []head) []head {
	heads := make([]head, 0, len(stamps))
	start := firstPostLine(lines, 0)
	if len(stamps) > 0 {
		// The first post is the headline nearest above the first stamp:
		// the page's title, standfirst and dateline above it are its header.
		for i := stamps[0].start - 1; i > start; i-- {
			if headlineLike(lines[i]) && textUnder(lines, i) {
				start = i
				break
			}
		}
	}
	for _, st := range stamps {
		if j := nextText(lines, start); j >= 0 && j < st.start {
			heads = append(heads, head{start: j, body: j, stamp: st.stamp, label: st.label, titleFromBody: true})
		}
		start = st.start + 1
	}
	return heads
}

func timeHeads(lines []string) []head {
	var heads []head
	top := -2 // the outermost bullets' indent, found at the first indented clock; -1: no bullets
	// inline stamps with a mark before their text and without one, and
	// the unmarked ones that carry a headline over text
	marks, plain, headlines := 0, 0, []int(nil)
	// marked stamps titled by their headline, and the marked headlines
	// with the next stamp right under them
	titled, lone := 0, []int(nil)
	for i, l := range lines {
		// a clock within the first 40 bytes: "• SEP 09, 2021 07:50 AM IST" puts the date first
		if !hasDigitColon(l[:min(len(l), 40)]) && !militaryStart(l) && !epochStart(l) && (len(l) <= 40 || !hasDigitColon(l[len(l)-24:])) {
			continue
		}
		st, ok := clockLine(l)
		if !ok {
			// "UPDATE: 4/17/13 1:50 PM ET": the stamp after its word
			if u := cutUpdateWord(strings.TrimSpace(l)); u != strings.TrimSpace(l) {
				st, ok = clockLine(u)
			}
		}
		if ok && len(l) <= 70 {
			if in := len(l) - len(strings.TrimLeft(l, " \t")); in > 0 {
				if top == -2 {
					top = bulletIndent(lines)
				}
				if _, bullet := cutBullet(strings.TrimSpace(l)); top >= 0 && in > top && !bullet {
					// "  • MAN CITY 0-0 LIVERPOOL" then, indented under it,
					// its text and "12/26/2013 5:30:11 PM": the stamp is
					// the bullet's, closing it, not a post of its own
					continue
				}
			}
			if n := len(heads); n > 0 && heads[n-1].titleFromBody && nextText(lines, heads[n-1].body) == i && sameTime(heads[n-1].time, st.time) {
				// a second clock right under a stamp is the same time again,
				// "8.23pm BST" then "20:23": the first, as the page shows it,
				// stands, and the post starts under both
				heads[n-1].body = i + 1
				continue
			}
			heads = append(heads, head{start: i, body: i + 1, stamp: st, label: st.label, titleFromBody: true})
		} else if st, by, ok := clockSigned(l); ok {
			// "22:32 , Daniel Keane": the Standard's and the Independent's
			// stamp, its writer after a comma
			heads = append(heads, head{start: i, body: i + 1, stamp: st, by: model.Author{Name: by}, titleFromBody: true})
		} else if st, ok := gluedTrailingClock(l); ok {
			// "... before Spurs v Chelsea11.29pm GMT": a run of links with
			// the next post's stamp glued to its end; the links go
			heads = append(heads, head{start: i, body: i + 1, stamp: st, label: st.label, titleFromBody: true})
		} else if title, st, rest, ok := capsClock(l); ok {
			// "OUTRAGE! 06:06: Radio 5 live": the post's headline in
			// capitals before its time, and the source it came from after
			h := head{start: i, body: i + 1, stamp: st, title: title}
			if wordCount(rest) <= 4 && !endsSentence(rest) {
				h.by.Name = rest
			} else {
				h.first = rest
			}
			heads = append(heads, h)
		} else if by, st, title, ok := signedClock(l); ok {
			// "Joe Kelly 12.18am: Campaign tactics hailed": the writer, the
			// time and the post's headline on one line
			heads = append(heads, head{start: i, body: i + 1, stamp: st, by: model.Author{Name: by}, title: title})
		} else if by, st, rest, ok := signedStamp(l); ok {
			// "Shara Tibken 9/7/2016 4:57:09 PMNow that I've posted ...":
			// the writer, the date and time, and the post's text on one line
			heads = append(heads, head{start: i, body: i + 1, stamp: st, by: model.Author{Name: by}, first: rest})
		} else if st, rest, ok := datedInline(l); ok {
			// "Jul 25, 2018 9:11 pm (IST) PTI chief Imran Khan leading ...":
			// the date, the time, then the post's text
			heads = append(heads, head{start: i, body: i + 1, stamp: st, first: rest})
		} else if st, rest, marked, ok := inlineClockMarked(l); ok {
			if in := len(l) - len(strings.TrimLeft(l, " \t")); in > 0 {
				if top == -2 {
					top = bulletIndent(lines)
				}
				if _, bullet := cutBullet(strings.TrimSpace(l)); top >= 0 && in > top && !bullet {
					// "  • 10:42" then, indented under it, "7am: Ministers
					// arrived ...": a timetable inside the post
					continue
				}
			}
			if marked {
				marks++
			} else {
				plain++
			}
			if t, body, ok := dashTitle(rest); marked && ok {
				heads = append(heads, head{start: i, body: i + 1, stamp: st, label: st.label, title: t, first: body})
				continue
			}
			t := rest
			if c, ok := strings.CutSuffix(rest, "):"); ok {
				t = c + ")" // the source's tag and a colon, not a lead-in's "said:"
			}
			headline := headlineLike(t) || titleCased(t)
			alone := nextStamped(lines, i) // the next stamp is no text under it
			if marked && headline && !alone && (textUnder(lines, i) || listUnder(lines, i)) {
				// "12.45pm: Fiscal rules met" over its text: a title, and
				// "3:02 am EST: Siege at hotel over, officials say (BBC):"
				// announcing the text under it
				heads = append(heads, head{start: i, body: i + 1, stamp: st, label: st.label, title: t})
				titled++
				continue
			}
			// a sentence run on from an inline stamp is the post's text
			if !marked && headlineLike(rest) && (textUnder(lines, i) || listUnder(lines, i)) {
				headlines = append(headlines, len(heads))
			} else if marked && headline && alone {
				lone = append(lone, len(heads))
			}
			heads = append(heads, head{start: i, body: i + 1, stamp: st, first: rest})
		}
	}
	if marks <= plain {
		// "9.06pm - Party vote tight ..." then "8.52pm Labour hopeful of
		// turning Waitaki": only on a page that marks its headlines off
		// its clocks is one it forgot to mark still a title
		headlines = nil
	}
	if titled >= 2 {
		// "9:57 p.m. — Amendment X, Industrial Hemp Definition: APPROVED"
		// and the next stamp at once: on a page that titles its posts,
		// a post that is only its headline
		headlines = append(headlines, lone...)
	}
	for _, k := range headlines {
		heads[k].title, heads[k].first = heads[k].first, ""
	}
	heads = withoutPageDate(heads)
	for _, with := range moreHeads {
		heads = with(lines, heads)
	}
	return heads
}

// moreHeads are the readings that add heads to the clocks' or date them,
// in the order they run: a day above a clock, dated leads, glued clocks,
// then the progress of play (minutes, counters, balls), date-only stamps
// and score headings.
var moreHeads = []func(lines []string, heads []head) []head{
	withDayAbove, withDatedLeads, withGluedClocks, withMinutes, withCounters, withBalls, withDates, withScores,
}

// withoutPageDate drops a first stamp that is the page's own: a date and
// a 24-hour clock alone on a line ("Saturday 15 July 2017 17:19") over
// posts stamped every one without a date and in am and pm ("4.00pm BST").
// It dates the page, above its standfirst; the posts start under it.
func withoutPageDate(heads []head) []head {
	if len(heads) < 4 || !heads[0].titleFromBody || heads[0].date == "" || saysHalf(heads[0].time) {
		return heads
	}
	for _, h := range heads[1:] {
		if h.date != "" || !saysHalf(h.time) {
			return heads
		}
	}
	return heads[1:]
}

// withDates reads a page whose stamps are dates alone, the copy having
// dropped the times the page showed beside them ("28 April 2019" over
// each post): three date lines or more, on a page with no clock, open
// posts of that day. A date right under another is the same stamp again.
func withDates(lines []string, heads []head) []head {
	if len(heads) > 0 {
		return heads
	}
	var found []head
	for i := 0; i < len(lines); i++ {
		d, ok := dateOnly(lines[i])
		if !ok || !dateLike(d) || !isDigit(d[len(d)-1]) {
			continue // "28 April 2019"; a weekday alone names no post
		}
		h := head{start: i, body: i + 1, stamp: stamp{date: d}, titleFromBody: true}
		for j := nextText(lines, i+1); j >= 0; j = nextText(lines, j+1) {
			if e, ok := dateOnly(lines[j]); !ok || e != d {
				break
			}
			h.body, i = j+1, j
		}
		found = append(found, h)
	}
	if len(found) < 3 {
		return heads
	}
	return found
}

// withDayAbove takes a line holding only a date right above a clock as
// the post's day: "17 Dec 2022" then "10:36AM" open one post, and the date
// is neither the title of the post nor the last line of the one before.
func withDayAbove(lines []string, heads []head) []head {
	for k := range heads {
		h := &heads[k]
		if !h.titleFromBody || h.stamp.date != "" {
			continue
		}
		a := prevText(lines, h.start-1)
		if a < 0 || k > 0 && a < heads[k-1].body {
			continue
		}
		l := strings.TrimSpace(lines[a])
		if _, ok := clockLine(l); ok || !dateLike(l) || !unicode.IsDigit(firstRune(l)) && !months.has(strings.ToLower(strings.Trim(strings.Fields(l)[0], ",."))) {
			continue
		}
		h.start, h.stamp.date = a, l
	}
	return heads
}

// withGluedClocks adds the posts of a page that glues a four-digit 24-hour
// time to each post's first words, RTÉ's way: "2033 The Dáil has
// adjourned", or with a colon, "1632: According to ...". A year opens
// lines that way too ("2019 was a year"), so it takes three lines or more
// whose times run one way, newest first or oldest first, across more than
// one hour.
func withGluedClocks(lines []string, heads []head) []head {
	var glued []head
	var times []int
	dashed := 0 // times set off by a dash, as no year opening a sentence is
	for i, l := range lines {
		l = strings.TrimSpace(l)
		if len(l) < 12 || !isDigit(l[0]) || !isDigit(l[1]) || !isDigit(l[2]) || !isDigit(l[3]) || l[4] != ' ' && (l[4] != ':' || l[5] != ' ') {
			continue
		}
		h, m := atoi2(l[:2]), atoi2(l[2:4])
		text := strings.TrimSpace(l[5:])
		for _, dash := range []string{"– ", "— ", "- "} {
			if t, ok := strings.CutPrefix(text, dash); ok {
				text = t // "2350 – DONE DEAL – Kilmarnock have signed ..."
				dashed++
			}
		}
		if h > 23 || m > 59 || wordCount(text) < 5 || !unicode.IsUpper(firstRune(text)) {
			continue
		}
		label := ""
		if lb, rest, ok := strings.Cut(text, " – "); ok && capsLabel(lb) {
			label, text = lb, rest // "DONE DEAL – Kilmarnock have signed ..."
		}
		glued = append(glued, head{start: i, body: i + 1, stamp: stamp{time: l[:4]}, label: label, first: text})
		times = append(times, h*60+m)
	}
	// the glued times are the page's shape when they are most of its
	// stamps ("1632: According to ..." over one ticker's "15:25 14/11/24")
	if len(glued) < 3 || len(glued) <= 2*len(heads) {
		return withColonClocks(lines, heads, glued, times)
	}
	// they run one way, newest first or oldest first, but for one post
	// out of place, across more than one hour
	hours := map[int]bool{}
	for _, t := range times {
		hours[t/60] = true
	}
	down, up := steps(times) // page order: newest first falls
	// within one hour the times could be years ("2019 was ...", "2020
	// Mustang ..."), unless a dash sets them off or no year is that
	// hour: "1458 Dublin Mid West declaration", "1453 The quota ..."
	yearHour := hours[19] || hours[20]
	if down > 1 && up > 1 || len(hours) < 2 && dashed < len(glued) && yearHour {
		return heads
	}
	return glued // the few other clocks are furniture in their posts
}

// withColonClocks adds the few glued times written with a colon, "0600:
// Ian Pollock Business reporter, BBC News", to a page whose other stamps
// are clocks ("BUDGET 06:03:") within an hour of them: a year opening a
// sentence ("2014: the year ...") is no clock of that morning.
func withColonClocks(lines []string, heads, glued []head, times []int) []head {
	if len(heads) < 2 || len(glued) == 0 {
		return heads
	}
	lo, hi := 24*60, -1
	for _, h := range heads {
		hh, mm, ok := hourMinute(h.time)
		if !ok {
			return heads
		}
		lo, hi = min(lo, hh*60+mm), max(hi, hh*60+mm)
	}
	var add []head
	for k, g := range glued {
		l := strings.TrimSpace(lines[g.start])
		if l[4] == ':' && times[k] >= lo-60 && times[k] <= hi+60 && !slices.ContainsFunc(heads, func(h head) bool { return h.start == g.start }) {
			add = append(add, g)
		}
	}
	if len(add) == 0 {
		return heads
	}
	return mergeHeads(heads, add)
}

// withDatedLeads adds the posts of a page that opens each with its day,
// "Sunday, March 6: Civil Defence has ...", "Thursday 4.15pm: The search
// ...", when two lines or more do: one such line is a sentence.
func withDatedLeads(lines []string, heads []head) []head {
	at := make(map[int]bool, len(heads))
	for _, h := range heads {
		at[h.start] = true
	}
	var dated []head
	for i, l := range lines {
		if at[i] || len(l) < 12 {
			continue
		}
		if st, text, ok := datedLead(l); ok {
			dated = append(dated, head{start: i, body: i + 1, stamp: st, first: text})
		}
	}
	if len(dated) < 2 {
		return heads
	}
	return mergeHeads(heads, dated)
}

// mergeHeads adds the heads another reading found, in page order.
func mergeHeads(heads, add []head) []head {
	heads = append(heads, add...)
	slices.SortFunc(heads, func(a, b head) int { return a.start - b.start })
	// a head added inside another's header (its title line, its stamp)
	// is that post's, not a post of its own
	out := heads[:0]
	for _, h := range heads {
		if n := len(out); n > 0 && h.start < out[n-1].body {
			continue
		}
		out = append(out, h)
	}
	return out
}

// steps counts how a run of times moves from one to the next: rises (or
// stays) and falls (or stays).
func steps(times []int) (rises, falls int) {
	for k := 1; k < len(times); k++ {
		if times[k] >= times[k-1] {
			rises++
		}
		if times[k] <= times[k-1] {
			falls++
		}
	}
	return rises, falls
}

// datedLead reads "Sunday, March 6: text" and "Thursday 4.15pm: text": a
// date naming a day or a month, maybe a time, a colon, then prose.
func datedLead(line string) (stamp, string, bool) {
	l := strings.TrimSpace(line)
	head, text, ok := strings.Cut(l, ": ")
	if !ok || len(head) > 30 || wordCount(text) < 4 || !unicode.IsUpper(firstRune(text)) {
		return stamp{}, "", false
	}
	var st stamp
	if c, ok := datedClock(head); ok {
		st = c
	} else {
		first, _, _ := strings.Cut(head, " ")
		if !dateLike(head) || !months.has(strings.ToLower(strings.Trim(first, ","))) {
			return stamp{}, "", false
		}
		st.date = head
	}
	return st, text, true
}

// datedInline reads a post that opens with its date and time on the same
// line as its text: "Jul 25, 2018 9:11 pm (IST) PTI chief ...".
func datedInline(line string) (st stamp, rest string, ok bool) {
	l := strings.TrimSpace(line)
	if l == "" || isDigit(l[0]) || !unicode.IsUpper(firstRune(l)) {
		return st, "", false
	}
	for i := 5; i+1 < len(l) && i < 26; i++ {
		if l[i] != ' ' || !isDigit(l[i+1]) || !dateLike(l[:i]) {
			continue
		}
		if c, text, _, ok := inlineClockMarked(l[i+1:]); ok && c.time != "" && text != "" {
			c.date = l[:i]
			return c, text, true
		}
	}
	return st, "", false
}

// inlineClock reads a post that opens with its time on the same line:
// "9.00pm: And that's a wrap", "0107 GMT: Fox News reports", "15.35 – The
// polls", "18:57: The minister".
func inlineClock(line string) (stamp, string, bool) {
	st, rest, _, ok := inlineClockMarked(line)
	return st, rest, ok
}

// inlineClockMarked is inlineClock, also telling whether a mark (":",
// "–", "|") parts the time from the text: only then can the text be a
// title.
func inlineClockMarked(line string) (st stamp, text string, marked, ok bool) {
	l := strings.TrimSpace(line)
	if t, ok := cutBullet(l); ok {
		l = t
	}
	if st, rest, ok := bracketStamp(l); ok {
		// "[Update 11:02 p.m.]  Superstorm Sandy continues ...": the
		// brackets mark the stamp off the text
		return st, rest, true, true
	}
	l = cutUpdateWord(l)
	l = cutDateline(l)
	if lb, r := splitLabel(l); lb != "" && r != "" && isDigit(r[0]) {
		// "LATEST: 11.55pm: Seventy-five per cent ..."
		st.label, l = lb, r
	}
	var rest string
	if t, r, ok := cutClock(l); ok {
		st.time, rest = t, r
	} else if len(l) > 5 && isDigit(l[0]) && isDigit(l[1]) && isDigit(l[2]) && isDigit(l[3]) && l[4] == ' ' {
		// military time, "0107 GMT:", only with its zone
		z, r, ok := cutZone(l[5:])
		if !ok || atoi2(l[:2]) > 24 || atoi2(l[2:4]) > 59 {
			return st, "", false, false
		}
		st.time, st.zone, rest = l[:4], z, r
	} else {
		return st, "", false, false
	}
	raw := rest // the gap after the clock, as written
	rest = strings.TrimLeft(rest, " ")
	if st.zone == "" {
		// "10:35 UN secretary general ...": capitals after a clock are a
		// zone when they are one, or when a mark follows them
		if z, r, ok := cutZone(rest); ok && (knownZone(z) || strings.HasPrefix(strings.TrimLeft(r, " "), ":") || strings.TrimSpace(r) == "") {
			st.zone, rest = z, r
			raw = ""
		}
	}
	rest = strings.TrimLeft(rest, " ")
	for _, sep := range []string{":", "–", "—", "-", "|"} {
		if strings.HasPrefix(rest, sep) {
			text := strings.TrimSpace(rest[len(sep):])
			if wordCount(text) >= 3 || headlineLike(text) {
				return st, text, true, true // "12.39: Driver shortages" too
			}
		}
	}
	// "23:55   Islamic State chief ... killed: Report": a wide gap sets
	// a headline apart from its stamp as a mark would
	if gap := len(raw) - len(strings.TrimLeft(raw, " \t")); gap >= 2 && headlineLike(rest) {
		return st, rest, true, true
	}
	// "10.45am BST Israel says Gaza deal to take effect only after
	// receiving cabinet approval": a zone ends the stamp as a mark would
	if st.zone != "" && headlineLike(rest) {
		return st, rest, true, true
	}
	// "8.52pm Labour hopeful of turning Waitaki": a clock that says am or
	// pm ends where a short headline starts; timeHeads asks the page
	// whether it is a title
	if r := firstRune(rest); saysHalf(st.time) && (unicode.IsLetter(r) || isOpenMark(r) || r == '“') && headlineLike(rest) {
		return st, rest, false, true
	}
	// "21:25 A new range of cameras ...": no mark at all, but a sentence
	// that starts with a capital and runs on, or a quote: `10:21 "I've
	// watched this replay ...," says ...`
	if r := firstRune(rest); (unicode.IsUpper(r) || isOpenMark(r) || r == '“') && wordCount(rest) >= 6 {
		return st, rest, false, true
	}
	return st, "", false, false
}

// titleCased reports a headline written in title case that ends as a
// headline would not: "That's It For Live Updates, Folks...". Every word
// of four letters or more opens with a capital.
func titleCased(l string) bool {
	l = strings.TrimRight(strings.TrimSpace(l), ".…")
	words := strings.Fields(l)
	if len(words) < 3 || len(words) > 14 || !unicode.IsUpper(firstRune(l)) {
		return false
	}
	long := 0
	for _, w := range words {
		w = strings.Trim(w, ",;:\"'“”‘’()")
		if utf8.RuneCountInString(w) < 4 {
			continue
		}
		long++
		if !unicode.IsUpper(firstRune(w)) {
			return false
		}
	}
	return long >= 2
}

// nextStamped reports a stamp line as the next text under line i: the
// post at i is its one line.
func nextStamped(lines []string, i int) bool {
	j := nextText(lines, i+1)
	if j < 0 {
		return false
	}
	if _, ok := clockLine(lines[j]); ok {
		return true
	}
	_, _, _, ok := inlineClockMarked(lines[j])
	return ok
}

// saysHalf reports a clock with its minutes and its am or pm: "8.52pm",
// "11:05 a.m.".
func saysHalf(clock string) bool {
	i := strings.IndexAny(clock, ".:")
	if i < 0 {
		return false
	}
	j := i + 1
	for j < len(clock) && isDigit(clock[j]) {
		j++
	}
	return j < len(clock) && meridiem(clock[skipSpace(clock, j):]) > 0
}

// listUnder reports a list under the headline at i: two lines or more of
// a few words each before a blank line's paragraph or the next stamp, the
// way a results post runs ("11.58pm: Further electorate results", then
// "Bay of Plenty - National Todd Muller", ...).
func listUnder(lines []string, i int) bool {
	n := 0
	for j := nextText(lines, i+1); j >= 0 && n < 2; j = nextText(lines, j+1) {
		l := strings.TrimSpace(lines[j])
		if _, _, _, ok := inlineClockMarked(l); ok || wordCount(l) > 10 || isChrome(l) {
			return false
		}
		if _, ok := clockLine(l); ok {
			return false
		}
		n++
	}
	return n == 2
}

// bracketStamp reads a stamp in brackets opening a line, maybe with its
// update word, and the text after it: "[Update 11:02 p.m.] Superstorm
// Sandy continues to weaken", "(10:15 GMT) Talks resume".
func bracketStamp(l string) (stamp, string, bool) {
	if len(l) < 4 || l[0] != '[' && l[0] != '(' {
		return stamp{}, "", false
	}
	closer := byte(']')
	if l[0] == '(' {
		closer = ')'
	}
	e := strings.IndexByte(l, closer)
	if e < 0 || e > 40 {
		return stamp{}, "", false
	}
	st, ok := clockLine(cutUpdateWord(strings.TrimSpace(l[1:e])))
	rest := strings.TrimSpace(l[e+1:])
	if !ok || wordCount(rest) < 3 && !headlineLike(rest) {
		return stamp{}, "", false
	}
	return st, rest, true
}

// sameTime reports two clocks that show one time, "8.23pm" and "20:23";
// "00.19" then "00.18" are two posts, the first with no text.
func sameTime(a, b string) bool {
	ha, ma, okA := hourMinute(a)
	hb, mb, okB := hourMinute(b)
	return okA && okB && ha == hb && ma == mb
}

// hourMinute reads a clock as written into a 24-hour hour and a minute.
func hourMinute(c string) (h, m int, ok bool) {
	i := 0
	for i < len(c) && isDigit(c[i]) {
		i++
	}
	if i == 0 || i > 2 {
		return 0, 0, false
	}
	h = atoi2(c[:i])
	if i+3 <= len(c) && (c[i] == ':' || c[i] == '.') && isDigit(c[i+1]) && isDigit(c[i+2]) {
		m = atoi2(c[i+1 : i+3])
	}
	low := strings.ToLower(c)
	switch pm := strings.Contains(low, "p"); {
	case pm && h < 12:
		h += 12
	case !pm && strings.Contains(low, "a") && h == 12:
		h = 0
	}
	return h, m, true
}

// signedStamp reads a line that opens with the writer's name, then the
// date and the time, the text glued after: "Scott Stein 9/7/2016 4:57:41
// PMBest comment I just read".
func signedStamp(l string) (name string, st stamp, text string, ok bool) {
	f := strings.SplitN(strings.TrimSpace(l), " ", 6)
	for k := 2; k <= 3 && k+1 < len(f); k++ {
		name = strings.Join(f[:k], " ")
		if !nameLike(name) || !dateLike(f[k]) || !isDigit(f[k][0]) {
			continue
		}
		rest := strings.Join(f[k+1:], " ")
		t, r, cut := cutClock(rest)
		if !cut {
			return "", stamp{}, "", false
		}
		return name, stamp{time: t, date: f[k]}, strings.TrimSpace(r), true
	}
	return "", stamp{}, "", false
}

// cutDateline drops an agency's dateline before a stamp: "Hong Kong (AFP)
// - 10:52 GMT - ...". Only a place and a bracketed capitals credit, then
// a dash and a digit.
func cutDateline(l string) string {
	i := strings.Index(l, ") ")
	if i < 0 || i > 40 {
		return l
	}
	j := strings.LastIndexByte(l[:i], '(')
	if j < 1 || l[j-1] != ' ' {
		return l
	}
	for _, c := range l[j+1 : i] {
		if c < 'A' || c > 'Z' {
			return l
		}
	}
	rest := strings.TrimLeft(l[i+2:], "-–— ")
	if len(rest) < len(l[i+2:]) && rest != "" && isDigit(rest[0]) {
		return rest
	}
	return l
}

// dashTitle splits "Protests relatively orderly so far - A number of
// tweets point to ...", the AFP way of running a title into its text on
// the stamp's line: a headline, a dash, then prose.
func dashTitle(s string) (title, text string, ok bool) {
	for _, d := range []string{" - ", " – ", " — "} {
		if t, rest, cut := strings.Cut(s, d); cut && headlineLike(t) && wordCount(t) <= 14 && wordCount(rest) >= 3 && unicode.IsUpper(firstRune(rest)) {
			return strings.TrimSpace(t), strings.TrimSpace(rest), true
		}
	}
	return "", "", false
}

// cutUpdateWord drops the word a page puts before each stamp, "Update -
// 3:33 PM ET: ...", "UPDATE: 10:15", when a time follows it.
func cutUpdateWord(l string) string {
	w, rest, ok := strings.Cut(l, " ")
	if !ok {
		return l
	}
	switch strings.ToLower(strings.TrimRight(w, ":")) {
	case "update", "updates", "updated":
	default:
		return l
	}
	rest = strings.TrimLeft(rest, " -–—:")
	if rest != "" && isDigit(rest[0]) {
		return rest
	}
	return l
}

// militaryStart is a cheap first look for "0107 GMT:" and "1750gmt".
func militaryStart(l string) bool {
	l = strings.TrimLeft(l, " \t")
	return len(l) > 5 && isDigit(l[0]) && isDigit(l[1]) && isDigit(l[2]) && isDigit(l[3]) && (l[4] == ' ' || isLetter(l[4]))
}

// hasDigitColon is a cheap first look for a clock: a digit then ':' or
// '.', or an hour then a or p ("6 p.m.", "11am").
func hasDigitColon(l string) bool {
	for i := 0; i+1 < len(l); i++ {
		if !isDigit(l[i]) {
			continue
		}
		switch c := l[i+1]; {
		case c == ':' || c == '.':
			return true
		case c == ' ' && i+2 < len(l):
			c = l[i+2] | 0x20
			if c == 'a' || c == 'p' {
				return true
			}
		case c|0x20 == 'a' || c|0x20 == 'p':
			return true
		}
	}
	return false
}

// gluedTrailingClock reads a stamp glued to the end of a line's text, a
// letter right before its first digit: "...Spurs v Chelsea11.29pm GMT".
func gluedTrailingClock(l string) (stamp, bool) {
	l = strings.TrimRight(l, " ")
	for i := max(1, len(l)-24); i < len(l); i++ {
		if !isDigit(l[i]) || !isLetter(l[i-1]) {
			continue
		}
		if st, ok := clockLine(l[i:]); ok && st.date == "" && (st.zone != "" || strings.ContainsAny(l[i:], "apAP")) {
			return st, true
		}
		return stamp{}, false
	}
	return stamp{}, false
}

// signedClock reads "Joe Kelly 12.18am: Campaign tactics hailed": a name of
// two or three words, a clock, a colon or dash, and a headline.
func signedClock(l string) (name string, st stamp, title string, ok bool) {
	l = strings.TrimSpace(l)
	if !unicode.IsUpper(firstRune(l)) {
		return "", stamp{}, "", false
	}
	f := strings.Fields(l)
	for k := 2; k <= 3 && k < len(f); k++ {
		name = strings.Join(f[:k], " ")
		if !nameLike(name) || !isDigit(f[k][0]) {
			continue
		}
		t, rest, cut := cutClock(strings.Join(f[k:], " "))
		if !cut {
			return "", stamp{}, "", false
		}
		rest = strings.TrimSpace(rest)
		for _, sep := range []string{":", "–", "—", "-"} {
			if r, found := strings.CutPrefix(rest, sep); found {
				if title = strings.TrimSpace(r); headlineLike(title) {
					return name, stamp{time: t}, title, true
				}
			}
		}
		return "", stamp{}, "", false
	}
	return "", stamp{}, "", false
}

// clockSigned reads a stamp line closed by its writer's name after a
// comma: "22:32 , Daniel Keane", "9:15am, Jane Smith".
func clockSigned(l string) (st stamp, by string, ok bool) {
	l = strings.TrimSpace(l)
	if len(l) > 60 || l == "" || !isDigit(l[0]) {
		return st, "", false
	}
	t, rest, cut := cutClock(l)
	rest = strings.TrimLeft(rest, " ")
	if !cut || !strings.HasPrefix(rest, ",") {
		return st, "", false
	}
	if who := strings.TrimSpace(rest[1:]); nameLike(who) && wordCount(who) <= 4 {
		return stamp{time: t}, who, true
	}
	return st, "", false
}

// capsClock reads a headline in capitals before the post's time and a
// colon, the BBC's 2014 way: "BUDGET 06:03:", "NEW POUND COIN 06:10:",
// "OUTRAGE! 06:06: Radio 5 live". rest is what follows the colon.
func capsClock(l string) (title string, st stamp, rest string, ok bool) {
	l = strings.TrimSpace(l)
	k := strings.IndexFunc(l, func(r rune) bool { return r >= '0' && r <= '9' })
	if k < 4 || k > 40 || l[k-1] != ' ' {
		return "", st, "", false
	}
	title = strings.TrimSpace(l[:k])
	if strings.ContainsAny(title, ":-–—|") {
		return "", st, "", false // "LATEST: 11.55pm: ...": a label, then the stamp
	}
	if wordCount(title) > 5 || capsLetters(title) < 3 {
		return "", st, "", false
	}
	t, after, cut := cutClock(l[k:])
	after, colon := strings.CutPrefix(strings.TrimLeft(after, " "), ":")
	if !cut || !colon {
		return "", st, "", false
	}
	return title, stamp{time: t}, strings.TrimSpace(after), true
}

// capsLetters counts the capitals of words written in capitals only,
// "NEW POUND COIN", "GOAL!"; -1 when a lower-case letter is among them.
func capsLetters(s string) int {
	letters := 0
	for _, r := range s {
		if unicode.IsLower(r) {
			return -1
		}
		if unicode.IsUpper(r) {
			letters++
		}
	}
	return letters
}

// capsLabel reports a label written in capitals, one to three words:
// "DONE DEAL", "BREAKING", "RUMOUR MILL".
func capsLabel(s string) bool {
	n := wordCount(s)
	return n >= 1 && n <= 3 && len(s) <= 30 && capsLetters(s) >= 4
}
