package loader

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Single quote marks quote too on older British and Irish pages ("saying
// it 'would do little to support struggling small businesses'", "joked:
// ‘Just like the old days’"), but the same marks are apostrophes: don't,
// players' union, the '90s, rock 'n' roll. A single-quoted span counts only
// when its opening mark starts a word after a space and its closing mark
// ends one before a space, punctuation or the end; and it must hold at
// least three words, or stand right after a speech verb or a colon, or
// right before a speech verb, so a stray apostrophe pair never makes a
// quote. A span left open at the end
// of the block counts only after a speech verb ("saying that 'it should
// ..."). Single-quoted words inside double quotes are the outer quote's.

// minSingleWords is the fewest words a single-quoted span needs unless a
// speech verb or a colon announces it.
const minSingleWords = 3

// appendSingleQuotes adds the single-quoted spans of s to qs, which holds
// s's double-quoted spans, keeping them in order.
func appendSingleQuotes(qs []quote, s string) []quote {
	if strings.IndexByte(s, '\'') < 0 && !strings.Contains(s, "‘") {
		return qs
	}
	doubles := len(qs)
	curly := -1 // offset of the next ‘ at or after i, len(s) when none
	for i := 0; i < len(s); {
		// jump to the next mark: most of a block is neither
		if curly < i {
			curly = len(s)
			if c := strings.Index(s[i:], "‘"); c >= 0 {
				curly = i + c
			}
		}
		next := curly
		if j := strings.IndexByte(s[i:curly], '\''); j >= 0 {
			next = i + j
		}
		if next >= len(s) {
			break
		}
		i = next
		r, size := utf8.DecodeRuneInString(s[i:])
		if (r != '\'' && r != '‘') || !singleOpens(s, i, size) || inSpans(qs[:doubles], i) {
			i += size
			continue
		}
		cs := i + size
		announced := announcedAt(s, i)
		ce, end := singleClose(s, cs)
		// a ‘ closed by ” is a quote whatever its length: the writer mixed
		// the marks ("congratulated him on his ‘big night.”"); no apostrophe
		// pair looks like that
		mixed := ce >= 0 && strings.HasPrefix(s[ce:], "”")
		implicit := false
		if ce < 0 {
			if !announced {
				i += size
				continue
			}
			ce, end, implicit = len(s), len(s), true
		}
		words := strings.TrimSpace(s[cs:ce])
		if words != "" && hasLetter(words) && (announced || mixed || wordCount(words) >= minSingleWords || !implicit && len(words) >= 3 && (inReportedClause(s, i) || verbAfter(s, end))) && !overlaps(qs[:doubles], i, end) {
			c := cs
			for c < ce && s[c] == ' ' {
				c++
			}
			e := ce
			for e > c && (s[e-1] == ' ' || s[e-1] == '\n') {
				e--
			}
			if implicit {
				end = e
			}
			qs = append(qs, quote{open: i, cs: c, ce: e, end: end, implicit: implicit})
			i = end
			continue
		}
		i += size
	}
	if len(qs) > doubles {
		slices.SortFunc(qs, func(a, b quote) int { return a.open - b.open })
	}
	return qs
}

// verbAfter reports a speech verb right after a span that ends at end:
// "proceeding 'very smoothly' says AEC boss Tom Rogers".
func verbAfter(s string, end int) bool {
	rest := strings.TrimLeft(s[end:], ", ")
	w, _, _ := strings.Cut(rest, " ")
	return end < len(s) && s[end] != '\'' && speechVerbs.has(strings.ToLower(w))
}

// singleOpens reports a mark at s[i] that opens: at the start or after a
// space or bracket, before a letter; a straight one before a digit is an
// elision ('90s).
func singleOpens(s string, i, size int) bool {
	if i > 0 {
		p, _ := utf8.DecodeLastRuneInString(s[:i])
		if !unicode.IsSpace(p) && !strings.ContainsRune("([—–", p) {
			return false
		}
	}
	if i+size >= len(s) {
		return false
	}
	n, _ := utf8.DecodeRuneInString(s[i+size:])
	return unicode.IsLetter(n) || unicode.IsDigit(n) && s[i] != '\''
}

// singleClose finds the mark closing a span whose words start at cs: a
// ’ or ' after a non-space, before a space, punctuation or the end. A
// plural possessive ("the players' union") is an apostrophe: an s, the
// mark, then a lower-case word, unless no other mark closes the span
// ("‘... the old days’ and sat down"). It returns where the words end and
// the span does, or -1.
func singleClose(s string, cs int) (int, int) {
	maybe, maybeEnd := -1, -1
	fallback := func() (int, int) { return maybe, maybeEnd }
	for j := cs; j < len(s); {
		r, size := utf8.DecodeRuneInString(s[j:])
		if r == '”' && j > cs && s[cs] != ' ' {
			// ‘big night.”: mixed marks, closing where a word ends
			if p, _ := utf8.DecodeLastRuneInString(s[:j]); !unicode.IsSpace(p) {
				if next := j + size; next == len(s) || strings.ContainsRune(" \n.,;:!?)", rune(s[next])) {
					return j, next
				}
			}
		}
		if r == '"' || r == '“' || r == '”' || r == '\n' {
			return fallback()
		}
		if (r != '’' && r != '\'') || j == cs {
			j += size
			continue
		}
		p, _ := utf8.DecodeLastRuneInString(s[:j])
		next := j + size
		if unicode.IsSpace(p) {
			j = next
			continue
		}
		if next < len(s) {
			n, _ := utf8.DecodeRuneInString(s[next:])
			if !unicode.IsSpace(n) && !strings.ContainsRune(".,;:!?)—–", n) {
				j = next // an apostrophe inside a word: don't, it’s
				continue
			}
			if p == 's' && n == ' ' && next+1 < len(s) {
				if w, _ := utf8.DecodeRuneInString(s[next+1:]); unicode.IsLower(w) {
					if maybe < 0 {
						maybe, maybeEnd = j, next
					}
					j = next // the players' union
					continue
				}
			}
		}
		return j, next
	}
	return fallback()
}

// announcedAt reports a speech verb or a colon right before the mark at
// s[i], maybe with "that" or "it" between: "saying that 'it ...", "joked:
// ‘...".
func announcedAt(s string, i int) bool {
	before := strings.TrimRight(s[:i], " ")
	if strings.HasSuffix(before, ":") {
		return true
	}
	if f := strings.Fields(before[max(0, len(before)-80):]); len(f) >= 3 && f[len(f)-1] == "as" {
		// "described the penalty as 'soft'", "branded it as 'a disgrace'":
		// the verb of calling a few words back announces the words
		for _, w := range f[max(0, len(f)-5) : len(f)-1] {
			if callingVerbs.has(strings.ToLower(w)) {
				return true
			}
		}
		return false
	}
	for n := 0; n < 2; n++ {
		k := strings.LastIndexByte(before, ' ')
		w := strings.ToLower(before[k+1:])
		if speechVerbs.has(w) {
			return true
		}
		if w != "that" && w != "it" || k < 0 {
			return false
		}
		before = strings.TrimRight(before[:k], " ")
	}
	return false
}

// inReportedClause reports a mark at s[i] inside the clause a speech verb
// and "that" report, a few words back in the same sentence: "INRIX says
// that traffic is now ‘easing’". A closed single-quoted word there is the
// speaker's, as a double-quoted one would be; its caller asks three
// letters of it, so rock 'n' roll stays an elision.
func inReportedClause(s string, i int) bool {
	before := s[max(0, i-100):i]
	if k := strings.LastIndexAny(before, ".!?;:\"“”"); k >= 0 {
		before = before[k+1:]
	}
	f := strings.Fields(before)
	if len(f) > 0 && determiners.has(strings.ToLower(f[len(f)-1])) {
		return false // "saying that the 'London Plan' of ...": a thing's name
	}
	for m := len(f) - 2; m >= 0 && m >= len(f)-10; m-- {
		if f[m+1] == "that" && speechVerbs.has(strings.ToLower(f[m])) && (m == 0 || !determiners.has(strings.ToLower(f[m-1]))) {
			return true
		}
	}
	return false
}

// callingVerbs name what someone called a thing: "described it as".
var callingVerbs = set("described", "describes", "describing", "branded", "brands", "dubbed", "dubs",
	"labelled", "labeled", "characterised", "characterized", "called", "calls", "hailed", "hails", "denounced", "slammed")

func inSpans(qs []quote, off int) bool {
	for _, q := range qs {
		if q.open <= off && off < q.end {
			return true
		}
	}
	return false
}

func overlaps(qs []quote, from, to int) bool {
	for _, q := range qs {
		if q.open < to && from < q.end {
			return true
		}
	}
	return false
}
