package loader

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// The progress of a match or a race can stamp its posts instead of a
// clock: the minute of play ("90 mins"), the lap ("Lap 35/71 Mercedes are
// ..."), the round ("Round 3"). Each reading takes three such lines or
// more, running one way, so a stray line that happens to look like one is
// no stamp.

// withMinutes adds the posts of a match report that stamps each with the
// minute of play, alone on its line: "90 mins", "45+2 min", "86'". The
// minute is the post's label, as the page shows it. It takes three such
// lines or more, running one way, so a stray "10 mins" line is no stamp.
func withMinutes(lines []string, heads []head) []head {
	var found []head
	var mins []int
	for i, l := range lines {
		l = strings.TrimSpace(l)
		if n, ok := matchMinute(l); ok {
			found = append(found, head{start: i, body: i + 1, label: l, titleFromBody: true})
			mins = append(mins, n)
		}
	}
	if len(found) < 3 {
		return heads
	}
	if up, down := steps(mins); down < len(mins)-2 && up < len(mins)-2 {
		return heads // minutes all over the place: no match report's
	}
	return mergeHeads(heads, found)
}

// matchMinute reads a minute of play alone on a line: "90 mins", "90+4
// min", "86'", "45+2'". n is the minute, added time included.
func matchMinute(l string) (n int, ok bool) {
	if len(l) < 2 || len(l) > 12 || !isDigit(l[0]) {
		return 0, false
	}
	i := 0
	for i < len(l) && isDigit(l[i]) {
		i++
	}
	if i > 3 {
		return 0, false
	}
	n, _ = strconv.Atoi(l[:i])
	if i < len(l) && l[i] == '+' {
		j := i + 1
		for j < len(l) && isDigit(l[j]) {
			j++
		}
		if j == i+1 || j-i > 3 {
			return 0, false
		}
		extra, _ := strconv.Atoi(l[i+1 : j])
		n += extra
		i = j
	}
	switch strings.TrimSpace(l[i:]) {
	case "'", "’", "min", "mins", "min.", "mins.", "minutes":
		return n, n <= 130
	}
	return 0, false
}

// withBalls adds the posts of a ball-by-ball commentary: each line opens
// with the over and the ball, maybe "overs" and the runs in brackets, then
// the commentary ("14.6 overs (1 Run) Shortish and just outside off").
// The count is the post's label. It takes three such lines or more, most
// a ball apart.
func withBalls(lines []string, heads []head) []head {
	var found []head
	var balls []int
	for i, l := range lines {
		if n, label, rest, ok := matchBall(strings.TrimSpace(l)); ok {
			found = append(found, head{start: i, body: i + 1, label: label, first: rest})
			balls = append(balls, n)
		}
	}
	if len(found) < 3 {
		return heads
	}
	if !countsOff(balls) {
		return heads // "1.2 Million ...", "3.4 Billion ...": figures, not balls a step apart
	}
	return mergeHeads(heads, found)
}

// matchBall reads a ball's count at the start of a line: "14.6 overs (1
// Run)", "14.6", then the commentary. n counts balls from the start.
func matchBall(l string) (n int, label, rest string, ok bool) {
	i := 0
	for i < len(l) && i < 2 && isDigit(l[i]) {
		i++
	}
	if i == 0 || i+2 > len(l) || l[i] != '.' || !isDigit(l[i+1]) {
		return 0, "", "", false
	}
	over, _ := strconv.Atoi(l[:i])
	ball := int(l[i+1] - '0')
	end := i + 2
	if end < len(l) && isDigit(l[end]) {
		return 0, "", "", false // "14.65": a number, not a ball
	}
	for _, w := range []string{" overs", " over", " ov"} {
		if strings.HasPrefix(l[end:], w) && (end+len(w) == len(l) || l[end+len(w)] == ' ') {
			end += len(w)
			break
		}
	}
	if t := strings.TrimLeft(l[end:], " "); strings.HasPrefix(t, "(") {
		if c := strings.IndexByte(t, ')'); c > 0 && c < 24 {
			end = len(l) - len(t) + c + 1
		}
	}
	label = l[:end]
	rest = strings.TrimSpace(strings.TrimLeft(l[end:], " :-–"))
	if !strings.Contains(label, " ") && !strings.HasPrefix(l[end:], " ") && !strings.HasPrefix(l[end:], ":") {
		return 0, "", "", false
	}
	if wordCount(rest) < 3 || !unicode.IsUpper(firstRune(rest)) {
		return 0, "", "", false
	}
	return over*6 + ball, label, rest, true
}

// withScores adds the posts of a page that heads each with the score: one
// headline, alone on its line over text, written again and again with
// only its numbers changed ("5th set, Federer 12-12 Djokovic", then
// "5th set, Federer 11-12 Djokovic"). Three such lines or more are the
// posts' titles.
func withScores(lines []string, heads []head) []head {
	taken := headLines(heads)
	bySkeleton := map[string][]head{}
	for i, l := range lines {
		l = strings.TrimSpace(l)
		if taken[i] || len(l) > 80 || strings.IndexFunc(l, unicode.IsDigit) < 0 || !unicode.IsUpper(firstRune(l)) && !unicode.IsDigit(firstRune(l)) || endsSentence(l) {
			continue
		}
		if j := nextText(lines, i+1); j < 0 || !paragraphLike(lines[j]) {
			continue
		}
		if _, ok := clockLine(l); ok || dateLike(l) {
			continue // "3/20/2013 12:33:42 PM": a stamp, not a score
		}
		if _, ok := relativeLine(l); ok {
			continue // "1 month ago"
		}
		if nameWords(l) < 2 {
			continue // "1. 12:06:27 BST": a numbered stamp; a score names its sides
		}
		sk := skeleton(l)
		bySkeleton[sk] = append(bySkeleton[sk], head{start: i, body: i + 1, title: l})
	}
	var found []head
	for _, hs := range bySkeleton {
		if len(hs) >= 3 {
			found = append(found, hs...)
		}
	}
	if len(found) == 0 {
		return heads
	}
	return mergeHeads(heads, found)
}

// nameWords counts the words of three letters or more in l that are no zone
// or month: "5th set, Federer 12-12 Djokovic" has three.
func nameWords(l string) int {
	n := 0
	for _, w := range strings.FieldsFunc(l, func(r rune) bool { return !unicode.IsLetter(r) }) {
		if len(w) >= 3 && !knownZone(w) && !months.has(strings.ToLower(w)) {
			n++
		}
	}
	return n
}

// headLines are the lines heads already start at: a reading that adds
// heads leaves them to the reading that found them.
func headLines(heads []head) map[int]bool {
	taken := make(map[int]bool, len(heads))
	for _, h := range heads {
		taken[h.start] = true
	}
	return taken
}

// skeleton is a line with each run of digits written as one '#'.
func skeleton(l string) string {
	var b strings.Builder
	digits := false
	for _, r := range l {
		if unicode.IsDigit(r) {
			if !digits {
				b.WriteByte('#')
			}
			digits = true
			continue
		}
		digits = false
		b.WriteRune(r)
	}
	return b.String()
}

// withCounters adds the posts of a page that counts its posts off with a
// word and a number at the start of a line: "Lap 35/71 Mercedes are
// struggling here ..." (the counter is the post's label, the rest its
// text) or "Round 3" alone over the round's text (the post's title). It
// takes one word counting three lines or more, most a step of one apart,
// so an article's "Phase 1" and "Phase 2" are no posts.
func withCounters(lines []string, heads []head) []head {
	byWord := map[string][]head{}
	nums := map[string][]int{}
	taken := headLines(heads)
	for i, l := range lines {
		if taken[i] {
			continue
		}
		c, ok := matchCounter(strings.TrimSpace(l))
		if !ok {
			continue
		}
		h := head{start: i, body: i + 1}
		if c.rest == "" {
			h.title = c.label
		} else {
			h.label, h.first = c.label, c.rest
		}
		byWord[c.word] = append(byWord[c.word], h)
		nums[c.word] = append(nums[c.word], c.n)
	}
	for w, found := range byWord {
		if len(found) >= 3 && countsOff(nums[w]) {
			heads = mergeHeads(heads, found)
		}
	}
	return heads
}

// countsOff reports numbers that count one way, most of them a step of
// one from the last: 35, 34, 33 or 1, 2, 3, 5.
func countsOff(ns []int) bool {
	ones, up, down := 0, 0, 0
	for k := 1; k < len(ns); k++ {
		switch d := ns[k] - ns[k-1]; {
		case d > 0:
			up++
			ones += btoi(d == 1)
		case d < 0:
			down++
			ones += btoi(d == -1)
		}
	}
	steps := len(ns) - 1
	return (up == steps || down == steps) && 3*ones >= 2*steps
}

func btoi(b bool) int {
	if b {
		return 1
	}
	return 0
}

// lapOf reads a lap with no word before it, "33/50 Leclerc is not happy
// with his car": the lap, its total, then the text.
func lapOf(l string) (counter, bool) {
	i := 0
	for i < len(l) && i < 3 && isDigit(l[i]) {
		i++
	}
	if i == len(l) || l[i] != '/' {
		return counter{}, false
	}
	j := i + 1
	for j < len(l) && j < i+4 && isDigit(l[j]) {
		j++
	}
	if j == i+1 || j == len(l) || l[j] != ' ' {
		return counter{}, false
	}
	n, _ := strconv.Atoi(l[:i])
	total, _ := strconv.Atoi(l[i+1 : j])
	rest := strings.TrimSpace(l[j:])
	if n > total || wordCount(rest) < 3 || !unicode.IsUpper(firstRune(rest)) {
		return counter{}, false // "9/11 Attacks ...", a date: no lap past the last
	}
	return counter{word: "/" + l[i+1:j], label: l[:j], rest: rest, n: n}, true
}

// counter is one line's count: its word, its number, the label as
// written ("Lap 35/71") and the text after it.
type counter struct {
	word, label, rest string
	n                 int
}

// matchCounter reads a counter at the start of a line: a capitalised
// word, a number ("Round 3", "Lap 35/71", "Over 12 of 50"), then the end
// of the line or, after a space or a mark, text that opens with a capital,
// a digit or a quote. Months and weekdays are dates, not counts.
func matchCounter(l string) (counter, bool) {
	if len(l) > 4 && isDigit(l[0]) {
		return lapOf(l)
	}
	sp := strings.IndexByte(l, ' ')
	if sp < 2 || sp > 12 {
		return counter{}, false
	}
	word := l[:sp]
	r, _ := utf8.DecodeRuneInString(word)
	if !unicode.IsUpper(r) || strings.IndexFunc(word, func(r rune) bool { return !unicode.IsLetter(r) }) >= 0 {
		return counter{}, false
	}
	if low := strings.ToLower(word); months.has(low) || weekdays.has(low) {
		return counter{}, false
	}
	i := sp + 1
	j := i
	for j < len(l) && isDigit(l[j]) {
		j++
	}
	if j == i || j-i > 3 {
		return counter{}, false
	}
	n, _ := strconv.Atoi(l[i:j])
	end := j
	if end < len(l) && l[end] == '/' {
		k := end + 1
		for k < len(l) && isDigit(l[k]) {
			k++
		}
		if k == end+1 {
			return counter{}, false
		}
		end = k
	} else if t, ok := strings.CutPrefix(l[end:], " of "); ok {
		k := 0
		for k < len(t) && isDigit(t[k]) {
			k++
		}
		if k > 0 {
			end += len(" of ") + k
		}
	}
	c := counter{word: word, label: l[:end], n: n}
	rest := l[end:]
	if rest == "" {
		return c, true
	}
	if r, _ := utf8.DecodeRuneInString(rest); r != ' ' && !strings.ContainsRune(":.–—-", r) {
		return counter{}, false // "Lap 3s" or "Round 1,"
	}
	rest = strings.TrimSpace(strings.TrimLeft(rest, " :.–—-"))
	if r := firstRune(rest); rest == "" || !unicode.IsUpper(r) && !unicode.IsDigit(r) && !isOpenMark(r) && r != '“' {
		return counter{}, false
	}
	if wordCount(rest) < 2 && !strings.HasSuffix(rest, ":") {
		return counter{}, false // "Round 1 Berto" is no post's text; "Standings:" is
	}
	c.rest = rest
	return c, true
}
