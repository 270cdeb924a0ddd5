package loader

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// token is one word of a block, with where it sits.
type token struct {
	text       string // as written, without a possessive 's
	lower      string
	start, end int  // byte offsets in the block text
	poss       bool // written with 's: "Merz's"
	inQuote    bool // inside quote marks
	upper      bool // starts with a capital letter
}

// tokenize splits text into words. Apostrophes and hyphens inside a word
// stay in it ("can't", "Vice-President"); a trailing 's is the possessive.
func tokenize(s string, qs []quote) []token {
	var toks []token
	qi := 0
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if !isWordRune(r) {
			i += size
			continue
		}
		start := i
		for i < len(s) {
			r, size = utf8.DecodeRuneInString(s[i:])
			if isWordRune(r) {
				i += size
				continue
			}
			if (r == '\'' || r == '’' || r == '-' || r == '.') && i+size < len(s) {
				nr, _ := utf8.DecodeRuneInString(s[i+size:])
				if isWordRune(nr) && (r != '.' || (i-start == 1 && unicode.IsUpper(firstRune(s[start:])))) {
					i += size
					continue
				}
			}
			break
		}
		t := token{text: s[start:i], start: start, end: i}
		for _, suf := range []string{"'s", "’s"} {
			if len(t.text) > len(suf) && strings.HasSuffix(t.text, suf) {
				t.text = t.text[:len(t.text)-len(suf)]
				t.poss = true
			}
		}
		t.lower = strings.ToLower(t.text)
		t.upper = unicode.IsUpper(firstRune(t.text))
		for qi < len(qs) && qs[qi].end <= start {
			qi++
		}
		t.inQuote = qi < len(qs) && qs[qi].open <= start && start < qs[qi].end
		toks = append(toks, t)
	}
	return toks
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
}

func (q quote) text(s string) string { return s[q.cs:q.ce] }

// findQuotes finds quoted spans. Curly and straight double quotes and
// guillemets count; an apostrophe never does. A straight quote opens when
// it follows a space and precedes a word, closes the other way round; an
// opening mark inside an open quote closes the first one (the writer forgot
// it), and a quote still open at the end of the block closes there.
func findQuotes(s string) []quote {
	var qs []quote
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
		r, size := utf8.DecodeRuneInString(s[i:])
		var opener, closer bool
		switch r {
		case '“', '«', '„':
			opener = true
		case '”', '»':
			closer = true
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
	}
	return qs
}

// sentence is a byte range of a block.
type sentence struct{ start, end int }

// abbreviations that end with a dot but not a sentence.
var abbrev = map[string]bool{"mr": true, "mrs": true, "ms": true, "dr": true, "st": true, "sen": true, "gen": true, "gov": true, "lt": true, "col": true, "no": true, "vs": true, "prof": true, "rep": true, "jr": true, "sr": true, "u.s": true, "u.k": true}

// splitSentences cuts a block at sentence ends outside quotes, and after a
// quote whose words end a sentence when a new sentence follows it.
func splitSentences(s string, qs []quote) []sentence {
	var out []sentence
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
	w := strings.ToLower(s[j:dot])
	return abbrev[w] || utf8.RuneCountInString(w) == 1
}
