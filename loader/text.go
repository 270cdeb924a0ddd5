package loader

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// token is one word of a block, with where it sits.
type token struct {
	lower      string // as written, lower-cased, without a possessive 's
	start, end int    // byte offsets in the block text
	size       int32  // the word as written, without 's, is s[start:start+size]
	poss       bool   // written with 's: "Merz's"
	inQuote    bool   // inside quote marks
	upper      bool   // starts with a capital letter
}

// text is the word as written in s, the text it was read from, without 's.
func (t *token) text(s string) string { return s[t.start : t.start+int(t.size)] }

// asciiWord marks the ASCII bytes isWordRune accepts, so plain text never
// goes through the unicode tables.
var asciiWord = func() (t [utf8.RuneSelf]bool) {
	for c := range t {
		t[c] = isWordRune(rune(c))
	}
	return t
}()

// wordAt reports whether a word rune starts at s[i], and its size.
func wordAt(s string, i int) (bool, int) {
	if c := s[i]; c < utf8.RuneSelf {
		return asciiWord[c], 1
	}
	r, size := utf8.DecodeRuneInString(s[i:])
	return isWordRune(r), size
}

// tokenize splits text into words. Apostrophes and hyphens inside a word
// stay in it ("can't", "Vice-President"); a trailing 's is the possessive.
func tokenize(s string, qs []quote) []token { return appendTokens(nil, s, qs, nil) }

// appendTokens is tokenize appending to dst; lc, when set, spares
// allocating the lower-case form of capitalised words. It reads ASCII a
// byte at a time and decodes only other runes: a long page is mostly ASCII.
func appendTokens(dst []token, s string, qs []quote, lc *lowerCache) []token {
	// Words take five or more bytes with their space: growing once up front spares a
	// megabyte-long block a cascade of copies.
	dst = slices.Grow(dst, len(s)/4)
	qi := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if !asciiWord[c] {
				i++
				continue
			}
		} else if ok, size := wordAt(s, i); !ok {
			i += size
			continue
		}
		start := i
		fold := false // a capital or a non-ASCII rune: lower-casing may change it
		for i < len(s) {
			c := s[i]
			if c < utf8.RuneSelf {
				if asciiWord[c] {
					fold = fold || 'A' <= c && c <= 'Z'
					i++
					continue
				}
				// an apostrophe, hyphen or (in "U.S.") dot inside a word
				if (c == '\'' || c == '-' || c == '.' && i-start == 1 && 'A' <= s[start] && s[start] <= 'Z') && i+1 < len(s) {
					if ok, _ := wordAt(s, i+1); ok {
						i++
						continue
					}
				}
				break
			}
			ok, size := wordAt(s, i)
			if !ok && strings.HasPrefix(s[i:], "’") && i+size < len(s) {
				ok, _ = wordAt(s, i+size)
			}
			if !ok {
				break
			}
			fold = true
			i += size
		}
		t := token{start: start, end: i}
		text := s[start:i]
		if n := len(text); n > 2 && text[n-2:] == "'s" {
			text, t.poss = text[:n-2], true
		}
		if n := len(text); n > 4 && text[n-4:] == "’s" {
			text, t.poss = text[:n-4], true
		}
		t.size = int32(len(text))
		t.lower = text
		if fold {
			t.lower = lc.lower(text)
		}
		if c := text[0]; c < utf8.RuneSelf {
			t.upper = 'A' <= c && c <= 'Z'
		} else {
			t.upper = unicode.IsUpper(firstRune(text))
		}
		for qi < len(qs) && qs[qi].end <= start {
			qi++
		}
		t.inQuote = qi < len(qs) && qs[qi].open <= start && start < qs[qi].end
		dst = append(dst, t)
	}
	return dst
}

// lowerCache interns the lower-case forms of capitalised words, which recur
// (names, sentence openings): tokenizing a long page then allocates next to
// nothing. A table indexed by a hash of the word, grown with the words
// seen, answers most lookups before the map. One goroutine's; a nil cache
// just calls strings.ToLower.
type lowerCache struct {
	recent []struct{ word, lower string } // a power of two long
	m      map[string]string
	buf    []byte
}

func newLowerCache() *lowerCache { return &lowerCache{m: map[string]string{}} }

// lower is strings.ToLower(w).
func (c *lowerCache) lower(w string) string {
	if c == nil {
		return strings.ToLower(w)
	}
	if len(c.recent) < min(2*len(c.m), 1<<12) || len(c.recent) == 0 {
		c.recent = make([]struct{ word, lower string }, max(1<<8, 2*len(c.recent)))
	}
	h := uint32(2166136261) // FNV-1a
	for i := 0; i < len(w); i++ {
		h = (h ^ uint32(w[i])) * 16777619
	}
	e := &c.recent[h&uint32(len(c.recent)-1)]
	if e.word == w {
		return e.lower
	}
	l := c.intern(w)
	e.word, e.lower = w, l
	return l
}

func (c *lowerCache) intern(w string) string {
	ascii, upper := true, false
	for i := 0; i < len(w); i++ {
		b := w[i]
		if b >= utf8.RuneSelf {
			ascii = false
			break
		}
		upper = upper || ('A' <= b && b <= 'Z')
	}
	if ascii && !upper {
		return w
	}
	c.buf = c.buf[:0]
	if ascii {
		for i := 0; i < len(w); i++ {
			b := w[i]
			if 'A' <= b && b <= 'Z' {
				b += 'a' - 'A'
			}
			c.buf = append(c.buf, b)
		}
	} else {
		// strings.ToLower maps rune by rune once the text is not ASCII
		for _, r := range w {
			c.buf = utf8.AppendRune(c.buf, unicode.ToLower(r))
		}
		if string(c.buf) == w {
			return w
		}
	}
	if l, ok := c.m[string(c.buf)]; ok {
		return l
	}
	l := string(c.buf)
	c.m[l] = l
	return l
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r) }

func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

// quote is one quoted span in a block: marks at open and (if written) close.
type quote struct {
	open     int // offset of the opening mark
	cs, ce   int // content, trimmed
	end      int // offset just past the closing mark (or the content when it was never closed)
	implicit bool
	// cut: never closed, and the block stops mid-word ("Cynne: "Al"), as a
	// text copied or stored cut short does: nobody's words, as far as it goes
	cut bool
}

func (q quote) text(s string) string { return s[q.cs:q.ce] }

// quoteLead marks the bytes a quote mark can start with: '"', and the lead
// bytes of “ ” „ (E2) and « » (C2). Every other byte is skipped unread.
var quoteLead = [256]bool{'"': true, 0xe2: true, 0xc2: true}

// plain8 reports that s[i:i+8] holds neither '"' nor a byte above ASCII,
// eight bytes in one test (x has a zero byte where s has '"').
func plain8(s string, i int) bool {
	b := s[i : i+8]
	v := uint64(b[0]) | uint64(b[1])<<8 | uint64(b[2])<<16 | uint64(b[3])<<24 |
		uint64(b[4])<<32 | uint64(b[5])<<40 | uint64(b[6])<<48 | uint64(b[7])<<56
	x := v ^ 0x2222222222222222
	return (v|((x-0x0101010101010101)&^x))&0x8080808080808080 == 0
}

// appendQuotes appends the quoted spans of s to dst. Curly and straight double quotes and
// guillemets count; an apostrophe never does. A straight quote opens when
// it follows a space and precedes a word, closes the other way round; an
// opening mark inside an open quote closes the first one (the writer forgot
// it), and a quote still open at the end of the block closes there.
func appendQuotes(dst []quote, s string) []quote {
	qs := dst
	open := -1 // offset of the open mark, -1 when none
	openW := 0
	closeAt := func(contentEnd, end int, implicit bool) {
		cs := open + openW
		ce := contentEnd
		for cs < ce && s[cs] == ' ' {
			cs++
		}
		for ce > cs && (s[ce-1] == ' ' || s[ce-1] == '\n') {
			ce--
		}
		if implicit {
			end = ce // an unclosed quote ends with its last word
		}
		if ce > cs {
			qs = append(qs, quote{open: open, cs: cs, ce: ce, end: end, implicit: implicit})
		}
		open = -1
	}
	for i := 0; i < len(s); {
		for i+8 <= len(s) && plain8(s, i) {
			i += 8
		}
		if i == len(s) {
			break
		}
		if !quoteLead[s[i]] {
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		var opener, closer bool
		switch r {
		case '“', '«', '„':
			opener = true
		case '”', '»':
			closer = true
		case '‘', '’':
			// doubled single marks stand for double ones: "‘‘That’s all
			// the brands ...’’" (a single one is appendSingleQuotes')
			if next, n := utf8.DecodeRuneInString(s[i+size:]); next == r {
				opener, closer = r == '‘', r == '’'
				size += n
			}
		case '"':
			prev, next := ' ', ' '
			if i > 0 {
				prev, _ = utf8.DecodeLastRuneInString(s[:i])
			}
			if i+size < len(s) {
				next, _ = utf8.DecodeRuneInString(s[i+size:])
			}
			openLike := (unicode.IsSpace(prev) || strings.ContainsRune("([{—–-/", prev)) && !unicode.IsSpace(next)
			closeLike := !unicode.IsSpace(prev) && (unicode.IsSpace(next) || unicode.IsPunct(next) || i+size == len(s))
			switch {
			case openLike && !closeLike:
				opener = true
			case closeLike && !openLike:
				closer = true
			default:
				closer = open >= 0
				opener = open < 0 && !unicode.IsSpace(next)
			}
		}
		switch {
		case opener && open >= 0:
			closeAt(i, i, true)
			open, openW = i, size
		case opener:
			open, openW = i, size
		case closer && open >= 0:
			closeAt(i, i+size, false)
		}
		i += size
	}
	if open >= 0 {
		closeAt(len(s), len(s), true)
		if n := len(qs); n > 0 && qs[n-1].implicit && qs[n-1].ce == len(strings.TrimRight(s, " \n")) {
			last, _ := utf8.DecodeLastRuneInString(s[:qs[n-1].ce])
			qs[n-1].cut = unicode.IsLetter(last) || unicode.IsDigit(last)
		}
	}
	return qs
}

// sentence is a byte range of a block.
type sentence struct{ start, end int }

// abbreviations that end with a dot but not a sentence.
var abbrev = map[string]bool{"mr": true, "mrs": true, "ms": true, "dr": true, "st": true, "sen": true, "gen": true, "gov": true, "lt": true, "col": true, "no": true, "vs": true, "prof": true, "rep": true, "jr": true, "sr": true, "pres": true, "sec": true, "sgt": true, "det": true, "supt": true, "cllr": true, "u.s": true, "u.k": true}

// splitSentences cuts a block at sentence ends outside quotes, and after a
// quote whose words end a sentence when a new sentence follows it.
func splitSentences(s string, qs []quote) []sentence { return appendSentences(nil, s, qs) }

// appendSentences is splitSentences appending to dst.
func appendSentences(dst []sentence, s string, qs []quote) []sentence {
	out := dst
	start, qi := 0, 0
	for i := 0; i < len(s); {
		if qi < len(qs) && i == qs[qi].open {
			q := qs[qi]
			qi++
			i = max(q.end, i+1)
			last, _ := utf8.DecodeLastRuneInString(s[q.cs:q.ce])
			if (last == '.' || last == '!' || last == '?') && startsSentence(s, i) {
				out = append(out, sentence{start, i})
				start = i
			}
			continue
		}
		stop := len(s)
		if qi < len(qs) && qs[qi].open > i {
			stop = qs[qi].open
		}
		for i < stop && s[i] != '.' && s[i] != '!' && s[i] != '?' {
			i++
		}
		if i == stop {
			continue
		}
		c := s[i]
		if (c == '.' || c == '!' || c == '?') && startsSentence(s, i+1) && !abbreviated(s, i) {
			out = append(out, sentence{start, i + 1})
			start = i + 1
		}
		i++
	}
	if strings.TrimSpace(s[start:]) != "" {
		out = append(out, sentence{start, len(s)})
	}
	return out
}

// startsSentence: whitespace, then a capital, digit or opening quote.
func startsSentence(s string, i int) bool {
	if i >= len(s) || s[i] != ' ' {
		return false
	}
	for i < len(s) && s[i] == ' ' {
		i++
	}
	if i >= len(s) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return unicode.IsUpper(r) || unicode.IsDigit(r) || r == '"' || r == '“' || r == '«'
}

func abbreviated(s string, dot int) bool {
	j := dot
	for j > 0 {
		r, size := utf8.DecodeLastRuneInString(s[:j])
		if !unicode.IsLetter(r) && r != '.' {
			break
		}
		j -= size
	}
	w := s[j:dot]
	if utf8.RuneCountInString(w) == 1 {
		return true
	}
	var buf [4]byte // the longest abbreviation; lower-casing ASCII keeps lengths
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf {
			return abbrev[strings.ToLower(w)]
		}
		if i == len(buf) {
			return false
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return abbrev[string(buf[:len(w)])]
}
