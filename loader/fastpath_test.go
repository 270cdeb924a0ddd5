package loader

import (
	"math/rand/v2"
	"reflect"
	"regexp"
	"runtime"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"briefing/loader/loadertest"
)

// The fast paths (ASCII shortcuts, hand-written matchers, buffers reused,
// work shared between cores) must answer exactly as the plain code they
// replaced. These tests hold them to that plain code, kept here, on
// generated text full of the cases the shortcuts step around.

// pieces are what generated text is made of.
var pieces = []string{
	"a", "e", "s", "x", "A", "S", "Z", "0", "7", "42", " ", " ", " ", "  ", "\t", "\n", ".", ",", "!", "?", ";", ":",
	"'", "'s", "’", "’s", "-", "—", "–", "(", ")", "/", "\"", "“", "”", "‘", "«", "»", "„", "…",
	"é", "É", "ß", "ſ", "\u212a", "İ", "ı", "Σ", "\u0301", "\u00a0", "\u202f", "\u2003", "٣", "Ａ",
	"said", "says", "told", "he", "she", "Mr", "Ms", "mrs", "Sir", "President", "PRESIDENT", "vice-president",
	"Kremlin aide", "PRESİDENT Yuri Ushakov", "spo\u212aesman Ann Lee,", "Mİss Ann", "deputy secretary general", "and", "by", "the", "so-called", "So Called", "Trump", "Merz",
	"U.S.", "U.K", "U.\u212a.", "Dr.", "no.", "Prof. Ng", "GEN. Lee", "published at 06:38 British Summer Time", "PUBLISHED AT 6.05", "publiſhed at 1:2",
	"published at  12:345", "publiſhed at 10:20 BST", "x ſix ſcenarios", "1.", "2. Analysis", "123456.", "1234567.", "four possibilities", "Two possible outcomes",
	"three quick options", "ſix ways", "10 routes", "x2 models", "likely", "Image source", "\x1b[31m", "\x1b]0;t\x07",
	"\r\n", "\r", "\x01", "\x7f", "\u0085", "\u009b2J", "\u202e", "\ufeff", "\xff", "\xe2\x80", "\xc3",
}

func genText(r *rand.Rand, n int) string {
	var sb strings.Builder
	for range r.IntN(n) + 1 {
		sb.WriteString(pieces[r.IntN(len(pieces))])
	}
	return sb.String()
}

// forTexts calls f with generated texts: raw bytes and, cleaned, block text.
func forTexts(t *testing.T, f func(raw, text string)) {
	t.Helper()
	r := rand.New(rand.NewPCG(1, 2))
	for range 1500 {
		raw := genText(r, 60)
		f(raw, clean([]byte(raw)))
	}
	for _, name := range []string{liveFile, articleFile} {
		for _, l := range strings.Split(string(seedBytes(t, name)), "\n") {
			f(l, clean([]byte(l)))
		}
	}
}

func TestCleanAsPlain(t *testing.T) {
	forTexts(t, func(raw, text string) {
		if want := refClean([]byte(raw)); text != want {
			t.Fatalf("clean(%q) = %q, want %q", raw, text, want)
		}
	})
}

func TestTokenizeAsPlain(t *testing.T) {
	lc := newLowerCache() // one for all texts: hits, misses and collisions
	forTexts(t, func(_, s string) {
		qs := appendQuotes(nil, s)
		if want := refFindQuotes(s); !reflect.DeepEqual(qs, want) && len(qs)+len(want) > 0 {
			t.Fatalf("quotes of %q = %v, want %v", s, qs, want)
		}
		got, want := appendTokens(nil, s, qs, lc), refTokenize(s, qs)
		if len(got) != len(want) {
			t.Fatalf("%q: %d tokens, want %d", s, len(got), len(want))
		}
		for i, w := range want {
			g := got[i]
			if g.text(s) != w.text || g.lower != w.lower || g.start != w.start || g.end != w.end ||
				g.poss != w.poss || g.inQuote != w.inQuote || g.upper != w.upper {
				t.Fatalf("%q: token %d = %+v %q, want %+v", s, i, g, g.text(s), w)
			}
		}
		if got, want := appendSentences(nil, s, qs), refSplitSentences(s, qs); !reflect.DeepEqual(got, want) && len(got)+len(want) > 0 {
			t.Fatalf("sentences of %q = %v, want %v", s, got, want)
		}
		if got, want := wordCount(s), len(strings.Fields(s)); got != want {
			t.Fatalf("wordCount(%q) = %d, want %d", s, got, want)
		}
		for _, w := range []string{"so-called", "so called"} {
			if got, want := containsFold(s, w), strings.Contains(strings.ToLower(s), w); got != want {
				t.Fatalf("containsFold(%q, %q) = %v", s, w, got)
			}
		}
		st := &statements{}
		if got, want := string(st.partKey("x", s)), "x\x00"+refNormQuote(s); got != want {
			t.Fatalf("partKey(%q) = %q, want %q", s, got, want)
		}
		if !mayTitle(s) {
			found, honor := map[string]*found{}, map[string]string{}
			if findTitled(s, appendTokens(nil, s, qs, nil), found, honor); len(found)+len(honor) > 0 {
				t.Fatalf("mayTitle(%q) is false, but it names %v %v", s, found, honor)
			}
		}
	})
}

var (
	refStampRE    = regexp.MustCompile(`(?i)\s*published at\s*(\d{1,2}[:.]\d{2})\s*(.*)$`)
	refNumberRE   = regexp.MustCompile(`^(\d{1,6})\.(?:\s+(.*))?$`)
	refAnnounceRE = regexp.MustCompile(`(?i)\b(two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(?:[a-z-]+\s+){0,2}?(possibilities|options|scenarios|outcomes|paths|routes|ways|models|forms|choices|approaches|possible\s+\w+)\b`)
)

func TestMatchersAsRegexps(t *testing.T) {
	forTexts(t, func(_, text string) {
		for _, l := range strings.Split(text, "\n") {
			loc, ok := matchStamp(l)
			if want := refStampRE.FindStringSubmatchIndex(l); ok != (want != nil) || ok && !reflect.DeepEqual(loc[:], want) {
				t.Fatalf("matchStamp(%q) = %v %v, want %v", l, loc, ok, want)
			}
			label, ok := matchNumber(l)
			if m := refNumberRE.FindStringSubmatch(l); ok != (m != nil) || ok && label != m[2] {
				t.Fatalf("matchNumber(%q) = %q %v, want %q", l, label, ok, m)
			}
		}
		num, ok := findAnnounce(text)
		if m := refAnnounceRE.FindStringSubmatch(text); ok != (m != nil) || ok && num != m[1] {
			t.Fatalf("findAnnounce(%q) = %q %v, want %q", text, num, ok, m)
		}
	})
}

// Posts are read on all cores; the briefing must not depend on how many.
func TestLoadSameOnAnyCores(t *testing.T) {
	data := loadertest.LiveBlog(seedBytes(t, liveFile), 150)
	load := func(procs int) any {
		defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(procs))
		b, err := Load(Config{People: seedBytes(t, "people.json")}, Source{Name: "live", Origin: "live", Data: data}, seedSource(t, articleFile))
		if err != nil {
			t.Fatal(err)
		}
		// what the briefing holds, not its index (built the same way from it)
		return []any{b.Title, b.Sources, b.Summary, b.SummaryPost, b.Posts, b.People, b.Statements, b.Options}
	}
	one := load(1)
	for _, procs := range []int{2, 5} {
		if !reflect.DeepEqual(load(procs), one) {
			t.Errorf("the briefing read on %d cores differs from the one read on one", procs)
		}
	}
}

// The plain code.

func refClean(data []byte) string {
	var sb strings.Builder
	for i := 0; i < len(data); {
		r, size := utf8.DecodeRune(data[i:])
		switch {
		case r == utf8.RuneError && size <= 1:
			sb.WriteRune(utf8.RuneError)
			i++
			continue
		case r == 0x1b:
			i = skipEscape(data, i+1)
			continue
		case r == 0x9b:
			i = skipCSI(data, i+size)
			continue
		case r == 0x9d || r == 0x90 || r == 0x98 || r == 0x9e || r == 0x9f:
			i = skipString(data, i+size)
			continue
		case r == '\r':
			sb.WriteByte('\n')
			if i+1 < len(data) && data[i+1] == '\n' {
				i++
			}
		case r == '\n' || r == '\t':
			sb.WriteRune(r)
		case r < 0x20 || r == 0x7f || (r >= 0x80 && r <= 0x9f):
		case r >= 0x202a && r <= 0x202e, r >= 0x2066 && r <= 0x2069, r == 0xfeff:
		case r == 0xa0 || r == 0x202f:
			sb.WriteByte(' ')
		default:
			sb.WriteString(string(data[i : i+size]))
		}
		i += size
	}
	return sb.String()
}

type refToken struct {
	text, lower          string
	start, end           int
	poss, inQuote, upper bool
}

func refTokenize(s string, qs []quote) []refToken {
	var toks []refToken
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
		t := refToken{text: s[start:i], start: start, end: i}
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

func refFindQuotes(s string) []quote {
	var qs []quote
	open, openW := -1, 0
	closeAt := func(contentEnd, end int, implicit bool) {
		cs, ce := open+openW, contentEnd
		for cs < ce && s[cs] == ' ' {
			cs++
		}
		for ce > cs && (s[ce-1] == ' ' || s[ce-1] == '\n') {
			ce--
		}
		if implicit {
			end = ce
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
		case '‘', '’':
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
		// still open where the block stops mid-word: cut short
		if n := len(qs); n > 0 && strings.TrimRight(s, " \n") == s[:qs[n-1].ce] {
			qs[n-1].cut = regexp.MustCompile(`[\p{L}\p{N}]$`).MatchString(s[:qs[n-1].ce])
		}
	}
	return qs
}

func refSplitSentences(s string, qs []quote) []sentence {
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
		if (c == '.' || c == '!' || c == '?') && startsSentence(s, i+1) && !refAbbreviated(s, i) {
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

func refAbbreviated(s string, dot int) bool {
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

func refNormQuote(s string) string {
	s = strings.ToLower(strings.Join(strings.Fields(s), " "))
	s = strings.NewReplacer("’", "'", "‘", "'", "“", "\"", "”", "\"").Replace(s)
	return strings.TrimRight(s, " ,.;:!?…-—")
}
