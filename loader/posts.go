package loader

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"briefing/internal/par"
	"briefing/model"
)

// head is where a post begins, as a shape reader found it: the lines of
// its header, and what the header says.
type head struct {
	start, body  int // the header's first line; the body's first line
	label, title string
	stamp
	// untitled posts whose first line may be a headline ask the body for one
	titleFromBody bool
	// by is a byline that came above the title ("By Bridget Judd")
	by model.Author
	// first is text the header line carries after its stamp ("9.00pm: And
	// that's a wrap"): the body's first line
	first string
	// last is the page's last post, which a page stored cut short may
	// stop in the middle of
	last bool
	// bulleted is a stamp line the copy put a bullet before, as it did
	// before every line of the post ("• 8m ago", "• Twitter access ..."):
	// the bullets are the copy's, not a list
	bulleted bool
}

// readPosts reads each head's body, up to the next head, in parallel: a
// long page is read on every core. The lines above the first head are the
// page's header.
func readPosts(lines []string, heads []head, live bool) page {
	first := len(lines)
	if len(heads) > 0 {
		first = heads[0].start
	}
	pg := page{live: live}
	pg.title, pg.summary = readHeader(lines[:first])
	pg.posts = make([]rawPost, len(heads))
	par.Do(len(heads), 64, func(lo, hi int) {
		for i := lo; i < hi; i++ {
			end := len(lines)
			if i+1 < len(heads) {
				end = heads[i+1].start
			}
			h := heads[i]
			h.last = i+1 == len(heads)
			pg.posts[i] = readPostAt(lines[h.body:end], h, i+1, live)
		}
	})
	return pg
}

// namedBelow reports a name the post's text goes on to name: the person
// pictured or speaking ("Emma Little-Pengelly" over "Emma Little-Pengelly
// adds that ..."), not the writer, who does not write of themselves.
func namedBelow(body []string, name string) bool {
	for _, l := range body {
		if strings.Contains(l, name) {
			return true
		}
	}
	return false
}

// allBulleted reports a body whose every line with text opens with a
// bullet.
func allBulleted(body []string) bool {
	n := 0
	for _, l := range body {
		if strings.TrimSpace(l) == "" {
			continue
		}
		if _, ok := cutBullet(strings.TrimSpace(l)); !ok {
			return false
		}
		n++
	}
	return n >= 2
}

// lonelyHeadline reports a post's one line that may be its headline under
// a clock: not a cry ("... chants of 'Workers' Party'!"), not a line that
// points at something the copy left out ("Here's our guide to ..."), and
// not the last line of a page stored cut short, which may stop mid-word.
func lonelyHeadline(l string, last bool) bool {
	l = strings.TrimSpace(l)
	if last || strings.HasSuffix(l, "!") {
		return false
	}
	for _, p := range []string{"Here's ", "Here’s ", "Here is ", "Here are ", "This is ", "Watch ", "Listen "} {
		if strings.HasPrefix(l, p) {
			return false
		}
	}
	return true
}

func readPostAt(body []string, h head, n int, live bool) rawPost {
	label, title := splitLabel(h.title)
	if h.label != "" {
		label = h.label
	}
	p := rawPost{page: n, time: h.time, zoneName: h.zone, date: h.date, when: h.when, label: label, title: title}
	if h.first != "" {
		body = append([]string{h.first}, body...)
	}
	closed := false // the post closed on its stamp
	if p.time == "" && p.when == "" {
		// the stamp a post opens or closes on, with its date, before the
		// furniture goes (a stamp alone in a body is furniture):
		// "• 12/26/2013 5:25:00 PM" over the post, "12/26/2013 4:21:33 PM"
		// or "by backlon via twitter 5/28/2015 4:29:03 PM -" under it
		if i := nextText(body, 0); i >= 0 {
			if st, ok := clockLine(body[i]); ok && st.date != "" {
				p.time, p.zoneName, p.date, body = st.time, st.zone, st.date, body[i+1:]
			} else if d, ok := dateOnly(unbulleted(body[i])); ok && p.date == "" && nextText(body, i+1) >= 0 {
				p.date, body = d, body[i+1:] // "• January 26" over the post's headline
			}
		}
		if p.time == "" {
			if by, st, rest, ok := closingStamp(body); ok {
				closed = true
				p.time, p.zoneName, p.date, body = st.time, st.zone, st.date, rest
				if h.by.Name == "" {
					p.author.Name = by
				}
			}
		}
	}
	if h.bulleted && allBulleted(body) {
		un := make([]string, len(body))
		for i, l := range body {
			un[i] = unbulleted(l)
		}
		body = un
	}
	if p.time == "" && p.when != "" {
		// "• 8m ago" then "• (05:55 GMT)": the clock in brackets under the
		// relative time is the post's
		if i := nextText(body, 0); i >= 0 {
			if l := unbulleted(body[i]); strings.HasPrefix(l, "(") && strings.HasSuffix(l, ")") {
				if st, ok := clockLine(l[1 : len(l)-1]); ok {
					p.time, p.zoneName, body = st.time, st.zone, body[i+1:]
				}
			}
		}
	}
	body = dropChrome(body)
	if h.start == h.body && len(body) > 0 {
		// the post opens on its bullet: "• A nightclub fire killed ..."
		if t, ok := cutBullet(strings.TrimSpace(body[0])); ok {
			body = append([]string{t}, body[1:]...)
		}
	}
	if h.titleFromBody && p.title == "" {
		if i := nextText(body, 0); i >= 0 && isByline(body[i]) {
			// "11:42 PM", "The New Arab Staff", then the headline: the
			// writer stands between the stamp and the title
			if name, role, _, ok := bylineLine(strings.TrimSpace(body[i])); ok {
				p.author = model.Author{Name: name, Role: role}
				body = body[i+1:]
			}
		}
		body = splitIconTag(body)
		p.title, body = titleFromBody(body)
		if i := nextText(body, 0); p.title == "" && i >= 0 && nextText(body, i+1) < 0 && headlineLike(body[i]) && wordCount(body[i]) >= 4 &&
			(closed || h.stamp.when != "" || (h.time != "" || h.label != "") && lonelyHeadline(body[i], h.last)) {
			// "• GOAL! BLACKPOOL 0-1 LEEDS (Peltier)" over its stamp alone,
			// "5 years ago / 12:31 AM EST" over "Voters waited at least 5
			// hours", "8:05 p.m." over "16 Liberals leading or elected": a
			// headline with nothing under it but the time
			p.title, body = strings.TrimSpace(body[i]), nil
		}
		if p.label == "" {
			p.label, p.title = splitLabel(p.title)
		}
	}
	p.title = dropIconTags(p.title)
	if i := nextText(body, 0); i >= 0 && p.title != "" && strings.EqualFold(strings.TrimSpace(body[i]), p.title) && nextText(body, i+1) >= 0 {
		// "NEW POUND COIN 06:10:" then "New pound coin": the picture's
		// caption repeats the headline over the text
		body = body[i+1:]
	}
	var by stamp
	signed := p.author.Name
	p.author, by, body = readByline(body)
	if p.author.Name == "" && p.title != "" {
		// "John Rieti" alone under the headline, then the text: its writer
		if i := nextText(body, 0); i >= 0 {
			if l := strings.TrimSpace(body[i]); nameLike(l) && wordCount(l) <= 3 && !isChrome(l) && !namedBelow(body[i+1:], l) {
				if j := nextText(body, i+1); j >= 0 && (paragraphLike(body[j]) || captionLike(body[j])) {
					p.author.Name, body = l, body[i+1:]
				}
			}
		}
	}
	if p.author.Name == "" {
		p.author = h.by
	}
	if p.author.Name == "" {
		p.author.Name = signed
	}
	if p.author.Name == "" {
		if name, rest, ok := signOff(body); ok {
			p.author.Name, body = name, rest
		}
	}
	if p.author.Name == "" {
		p.author.Name = writesSignOff(body) // "..., Sid Maher writes."
	}
	if p.time == "" && p.when == "" && by.time != "" {
		p.time, p.zoneName, p.date = by.time, by.zone, by.date
	}
	bb := newBlockBuilder(live)
	for _, l := range body {
		bb.add(l)
	}
	p.blocks = bb.done()
	return p
}

// readHeader reads what sits above the first post: the page's title (its
// first line that is not furniture) and the key points, its bullets.
func readHeader(lines []string) (title string, summary []string) {
	strong := false // title has three words or more
	for _, l := range lines {
		l = strings.TrimSpace(l)
		if l == "" || isChrome(l) {
			continue
		}
		if vocabulary().summary.has(l) {
			continue
		}
		if t, ok := cutBullet(l); ok {
			if t != "" {
				summary = append(summary, t)
			}
			continue
		}
		if _, _, _, by := bylineLine(l); by || strings.Contains(l, " (now)") {
			// the page's authors: "By Mary-Ann Russon and Howard Mustoe",
			// "Amy Sedghi (now); Chris Stein and Sam Levin (earlier)"
			continue
		}
		if title != "" && liveTitle(l) && !liveTitle(title) && !endsSentence(l) && wordCount(l) <= 30 {
			// the line that says it is live is the page's headline, over
			// the outlet's name above it: "US election 2024 live: ..."
			title, strong = strings.TrimSpace(l), true
			continue
		}
		if (paragraphLike(l) && wordCount(l) >= 8 || strong && wordCount(l) >= 15) && !captionLike(l) && !strings.HasSuffix(l, ":") {
			// the page's lead, its standfirst and opening paragraphs: what
			// it says (and quotes) before the first post is the summary.
			// Some pages print them without a full stop; below the title, a
			// long line is one all the same.
			summary = append(summary, l)
			continue
		}
		if !endsSentence(l) && wordCount(l) <= 25 {
			t := strings.TrimSuffix(strings.TrimSpace(strings.TrimSuffix(l, "|")), " -")
			// the first line of three words or more: "US", "Live TV" and
			// "Follow CNN" above it are the site's menu
			switch {
			case title == "":
				title = t
			case wordCount(title) < 3 && wordCount(t) >= 3 && !strong:
				title = t
			}
			strong = strong || wordCount(title) >= 3
		}
	}
	return title, summary
}

// isChrome reports a line of page furniture: "Share", "Comment ()", "View
// more on twitter". The list is data (vocab/chrome.txt).
func isChrome(line string) bool {
	l := strings.TrimSpace(line)
	if tweetMeta(l) {
		return true
	}
	if t, ok := cutBullet(l); ok {
		l = t
	}
	if _, t, ok := cutPostNumber(l); ok && t != "" {
		l = t // "2. Skip to main menu": a page's numbered links
	}
	if l == "" || len(l) > 120 {
		return false
	}
	if separatorLine(l) {
		return true // "-", "* * *": a rule between posts, not text
	}
	if linkLabel(l) {
		return true
	}
	if c := l[len(l)-1]; len(l) > 24 && endsSentence(l) && c != '.' && c != '?' && c != ':' && c != ')' {
		return false // furniture is short, or closes with a full stop, a question, a colon or a credit's bracket
	}
	if (strings.HasPrefix(l, "https://") || strings.HasPrefix(l, "http://")) && !strings.ContainsRune(l, ' ') {
		return true // a bare link: the address of a post or a video
	}
	if _, ok := clockLine(l); ok && len(l) < 70 {
		return true // a stamp left in a body: a post's stamp that closed it
	}
	return vocabulary().chrome.has(l) || tweetMeta(l)
}

// linkLabel reports a line that is only a link's text: the BBC marks a link
// off its site by ", external" after the link's words, and a line that is
// one short sentence closed by that mark ("Read more of the analysis here,
// external.") is there to carry the link, which a copied page has lost. A
// link inside a longer sentence ("The FT is reporting, external that ...")
// is the sentence's, and stays.
func linkLabel(l string) bool {
	rest, ok := strings.CutSuffix(strings.TrimSuffix(l, "."), ", external")
	if !ok || wordCount(rest) > 12 {
		return false
	}
	return !strings.ContainsAny(rest, ".!?:;") // one sentence, the label alone
}

// credits close a picture's caption: "... Credit: PA", "... Getty Images",
// "REUTERS/Jason Lee".
var credits = []string{"Credit:", "Photo:", "Photograph:", "Image:", "Picture:", "Pic:", "Getty Images", "REUTERS/", "Reuters/", "AP Photo", "AFP", "EPA", "PA Media", "PA Wire", "Shutterstock", "Alamy"}

// captionLike reports a picture's caption ending in its credit.
func captionLike(l string) bool {
	l = strings.TrimSpace(l)
	if len(l) > 400 || l == "" {
		return false
	}
	if c := l[len(l)-1]; c == '.' || c == '"' || c == '?' || c == '!' || c == ';' || c == ',' {
		return false // prose; a credit ends with a name
	}
	tail := l[max(0, len(l)-48):]
	for _, c := range credits {
		if i := strings.LastIndex(tail, c); i >= 0 {
			// the credit closes the line: nothing after it but a name
			rest := strings.TrimSpace(tail[i+len(c):])
			if wordCount(rest) <= 4 && !endsSentence(rest) || rest == "" {
				return true
			}
		}
	}
	return strings.HasPrefix(l, "(Image:") || strings.HasPrefix(l, "(Photo:") || photoCredit(l)
}

// photoCredit reports a line closed by a picture's credit in brackets:
// "... in Mumbai. (PTI Photo)", "(AP Photo/Miguel Tovar)".
func photoCredit(l string) bool {
	if !strings.HasSuffix(l, ")") {
		return false
	}
	i := strings.LastIndexByte(l, '(')
	if i < 0 || len(l)-i > 60 {
		return false
	}
	c := l[i:]
	if strings.Contains(c, "Photo") || strings.Contains(c, "Image") || strings.Contains(c, "Picture") {
		return true
	}
	// "(Joe Giddens/PA)", "(AAP: Dan Peled)": a photographer's name and
	// an agency, parted by a slash or after the agency's colon, closing
	// a caption or alone on its line
	in := c[1 : len(c)-1]
	if who, agency, ok := strings.Cut(in, "/"); ok {
		return nameLike(who) && agencyLike(agency)
	}
	if agency, who, ok := strings.Cut(in, ": "); ok {
		return agencyLike(agency) && nameLike(who)
	}
	return false
}

// agencyLike reports a picture agency's short name in a credit: "PA",
// "AAP", "Getty Images", "Reuters".
func agencyLike(s string) bool {
	n := wordCount(s)
	if n < 1 || n > 4 || len(s) > 24 {
		return false
	}
	for rest := s; ; {
		rest = strings.TrimLeft(rest, " ")
		if rest == "" {
			return true
		}
		w, r, _ := strings.Cut(rest, " ")
		if !unicode.IsUpper(firstRune(w)) && w != "of" && w != "the" {
			return false // "Times of Israel"
		}
		rest = r
	}
}

// tweetMeta reports an embedded post's signature line: "— Jane Doe
// (@jdoe) March 3, 2020" or "pic.twitter.com/abc".
func tweetMeta(l string) bool {
	if strings.HasPrefix(l, "pic.twitter.com/") {
		return true
	}
	if !strings.HasPrefix(l, "—") && !strings.HasPrefix(l, "- ") && !strings.HasPrefix(l, "– ") {
		return false
	}
	i := strings.Index(l, "(@")
	return i > 0 && strings.Contains(l[i:], ")")
}

// dropChrome removes furniture lines from a post's body.
func dropChrome(body []string) []string {
	i := slices.IndexFunc(body, isChrome)
	if i < 0 {
		return body // most posts have none: no copy
	}
	keep := slices.Clone(body[:i])
	for _, l := range body[i:] {
		if isChrome(l) {
			continue
		}
		keep = append(keep, l)
	}
	return keep
}

// titleFromBody takes a post's first line as its title when it reads as a
// headline with more text under it.
func titleFromBody(body []string) (string, []string) {
	i := nextText(body, 0)
	if i < 0 {
		return "", body
	}
	j := nextText(body, i+1)
	if j < 0 {
		return "", body
	}
	l := strings.TrimSpace(body[i])
	if _, bullet := cutBullet(l); bullet || !headlineLike(l) {
		return "", body
	}
	return l, body[i+1:]
}

// nextText is the index of the first non-blank line at or after i, or -1.
func nextText(lines []string, i int) int {
	for ; i < len(lines); i++ {
		if strings.TrimSpace(lines[i]) != "" {
			return i
		}
	}
	return -1
}

// headlineLike reports a line that reads as a headline: short, one
// clause, not closed like a sentence (a question or an exclamation may
// be), starting with a capital, a digit or a quote.
func headlineLike(l string) bool {
	l = strings.TrimSpace(l)
	n := wordCount(l)
	if n < 2 || n > 22 || len(l) > 180 {
		return false
	}
	r, _ := utf8.DecodeRuneInString(l)
	if !unicode.IsUpper(r) && !unicode.IsDigit(r) && !strings.ContainsRune("'‘\"“", r) {
		return false
	}
	if _, ok := dateOnly(l); ok {
		return false // "September 13, 2025": a post's day, not its headline
	}
	last, _ := utf8.DecodeLastRuneInString(strings.TrimRight(l, "\"'’”»"))
	switch last {
	case '.', ',', ';', ':', '…':
		return false
	case ')':
		if !nameInBrackets(l) {
			return false // a caption's "(Photo: ...)" ends this way too
		}
	}
	return !twoSentences(l)
}

// nameInBrackets reports a line ending in a short bracket that is no
// picture's credit: "GOAL! BLACKPOOL 0-1 LEEDS (Peltier)", "... TCU (from
// San Francisco)", not "... (Photo: Getty)" or "(AP Photo/Evan Vucci)".
func nameInBrackets(l string) bool {
	o := strings.LastIndexByte(l, '(')
	if o <= 0 || !strings.HasSuffix(l, ")") {
		return false
	}
	inner := l[o+1 : len(l)-1]
	if inner == "" || wordCount(inner) > 4 || strings.ContainsAny(inner, ":/©%") {
		return false
	}
	for _, w := range strings.Fields(strings.ToLower(inner)) {
		switch strings.Trim(w, ".,") {
		case "photo", "photos", "image", "images", "picture", "pictured", "credit", "file", "video", "getty", "reuters", "ap", "afp", "pa", "epa", "left", "right", "centre", "center":
			return false
		}
	}
	return true
}

// twoSentences reports a full stop inside a line that is not an
// abbreviation's: "U.S. to send", "Gov. Lee", "St. Louis" stay one clause.
func twoSentences(l string) bool {
	for i := strings.Index(l, ". "); i >= 0; {
		w := l[:i]
		if k := strings.LastIndexAny(w, " (\"'‘“"); k >= 0 {
			w = w[k+1:]
		}
		if !(strings.Contains(w, ".") || len(w) <= 3 && w != "" && w[0] >= 'A' && w[0] <= 'Z' || abbreviations.has(strings.ToLower(w))) {
			return true
		}
		next := strings.Index(l[i+2:], ". ")
		if next < 0 {
			break
		}
		i += 2 + next
	}
	return false
}

var abbreviations = set("gov", "sen", "rep", "gen", "col", "lt", "sgt", "capt", "prof", "rev", "hon", "pres", "jr", "sr", "no", "vs", "st", "ft", "mt", "dept", "govt", "approx", "est", "inc", "corp", "ltd", "co")

// splitLabel parts a label from a title: "BreakingBA pilots vote to
// strike", "Analysis: What next", "Watch: ..." (the labels are data).
func splitLabel(title string) (label, rest string) {
	title = strings.TrimSpace(title)
	best := ""
	for _, lb := range vocabulary().labels {
		if len(title) <= len(lb) || !strings.EqualFold(title[:len(lb)], lb) || len(lb) <= len(best) {
			continue
		}
		next := title[len(lb)]
		switch {
		case next == ':':
			best = title[:len(lb)]
		case labelMark(title[len(lb):]) > 0:
			best = title[:len(lb)] // "WATCH — Autoland's reckoning", "Watch | Videos show ..."
		case next >= 'A' && next <= 'Z' && title[:len(lb)] == lb:
			// glued: "BreakingBA ..."; a word such as "Liverpool" continues in lower case
			best = lb
		case title[:len(lb)] == lb && strings.ContainsRune("'‘\"“", firstRune(title[len(lb):])):
			best = lb // "Breaking'Missing man' prompts security alert"
		}
	}
	if best == "" {
		return "", title
	}
	rest = title[len(best):]
	if n := labelMark(rest); n > 0 {
		rest = rest[n:]
	}
	rest = strings.TrimSpace(strings.TrimPrefix(rest, ":"))
	if rest == "" {
		return "", title
	}
	return best, rest
}

// labelMark measures the mark a label is set off with from the title
// after it: " — ", " – ", " - ", " | ".
func labelMark(s string) int {
	for _, m := range []string{" — ", " – ", " - ", " | "} {
		if strings.HasPrefix(s, m) {
			return len(m)
		}
	}
	return 0
}

// labelLine reports a line that is only a label ("Analysis" above a title).
func labelLine(l string) (string, bool) {
	l = strings.TrimSpace(l)
	for _, lb := range vocabulary().labels {
		if strings.EqualFold(l, lb) {
			return lb, true
		}
	}
	return "", false
}

// closingStamp reads the stamp a post's last line gives it, with its
// date, as live-blog platforms print one under each post: "12/26/2013
// 4:21:33 PM", "by backlon via twitter 5/28/2015 4:29:03 PM -". It returns
// the writer when the line names one, and the body without the line.
func closingStamp(body []string) (by string, st stamp, rest []string, ok bool) {
	i := len(body) - 1
	for i >= 0 && strings.TrimSpace(body[i]) == "" {
		i--
	}
	if i < 1 {
		return "", stamp{}, body, false
	}
	by, st, ok = closingStampLine(body[i])
	if !ok {
		return "", stamp{}, body, false
	}
	return by, st, body[:i], true
}

// closingStampLine reads one closing stamp line, "12/26/2013 4:21:33 PM"
// or "by backlon via twitter 5/28/2015 4:29:03 PM -": a time with its
// date, maybe its writer first and a rule after.
func closingStampLine(l string) (by string, st stamp, ok bool) {
	l = strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(l), " -"))
	if name, r, ok := strings.Cut(l, " via "); ok && strings.HasPrefix(name, "by ") {
		// "by backlon via twitter 5/28/2015 ...": the writer and the channel
		by = strings.TrimSpace(name[3:])
		if _, r, ok = strings.Cut(r, " "); !ok || strings.ContainsRune(by, ' ') && !nameLike(by) {
			return "", stamp{}, false
		}
		l = r
	}
	st, ok = clockLine(l)
	if !ok || st.date == "" {
		return "", stamp{}, false
	}
	return by, st, true
}

// splitIconTag parts a title from the text glued to it after an icon's
// alt text: "FLASH! MAN CITY 0-0 LIVERPOOL [football]Negredo struts his
// stuff ..." is the title, then the text; "[goal] GOAL! ..." loses its
// icon.
func splitIconTag(body []string) []string {
	i := nextText(body, 0)
	if i < 0 {
		return body
	}
	l := dropIconTags(strings.TrimSpace(body[i]))
	o := strings.LastIndex(l, " [")
	if o < 0 {
		out := append([]string{}, body[:i]...)
		return append(append(out, l), body[i+1:]...)
	}
	c := strings.IndexByte(l[o:], ']')
	if c < 0 || !iconTag(l[o+1:o+c+1]) || o+c+1 >= len(l) {
		return body
	}
	rest := l[o+c+1:]
	if r, _ := utf8.DecodeRuneInString(rest); !unicode.IsUpper(r) {
		return body
	}
	out := append([]string{}, body[:i]...)
	return append(append(out, l[:o], rest), body[i+1:]...)
}

// dropIconTags drops the alt text of icons a copied title keeps: "[post]
// MAN CITY 0-0 LIVERPOOL", "MAN CITY v LIVERPOOL [football]".
func dropIconTags(t string) string {
	for {
		if strings.HasPrefix(t, "[") {
			if c := strings.IndexByte(t, ']'); c > 0 && iconTag(t[:c+1]) && strings.TrimSpace(t[c+1:]) != "" {
				t = strings.TrimSpace(t[c+1:])
				continue
			}
		}
		if strings.HasSuffix(t, "]") {
			if o := strings.LastIndex(t, " ["); o > 0 && iconTag(t[o+1:]) {
				t = strings.TrimSpace(t[:o])
				continue
			}
		}
		return t
	}
}

// iconTag reports "[football]": one lower-case word in brackets, the alt
// text an icon leaves in copied text.
func iconTag(s string) bool {
	if len(s) < 3 || len(s) > 24 || s[0] != '[' || s[len(s)-1] != ']' {
		return false
	}
	for _, c := range s[1 : len(s)-1] {
		if c < 'a' || c > 'z' {
			return false
		}
	}
	return true
}

// unbulleted is a line without its bullet mark.
func unbulleted(l string) string {
	l = strings.TrimSpace(l)
	if t, ok := cutBullet(l); ok {
		return t
	}
	return l
}
