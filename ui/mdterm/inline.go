package mdterm

import (
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/util"

	"briefing/model"
)

// seg is a run of text in one style (an index into the render's styles,
// which keeps a seg small: a document has thousands). A hard line break is
// a seg of its own whose text is "\n"; no other seg holds a newline.
type seg struct {
	text string
	st   styleID
}

type styleID uint16

// seg is text in st, st interned.
func (w *walker) seg(text string, st Style) seg {
	id, ok := w.ids[st]
	if !ok {
		id = styleID(len(w.sgrs))
		w.ids[st] = id
		w.sgrs = append(w.sgrs, st.sgr(w.r.profile))
	}
	return seg{text, id}
}

const hardBreak = "\n"

// inline is n's inline content as runs, st the style around it.
func (w *walker) inline(n ast.Node, st Style) []seg {
	var out []seg
	w.inlines(n, st, &out)
	return out
}

func (w *walker) inlines(n ast.Node, st Style, out *[]seg) {
	t := &w.r.theme
	add := func(s string, st Style) {
		if s != "" {
			*out = append(*out, w.seg(s, st))
		}
	}
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		switch c := c.(type) {
		case *ast.Text:
			v := c.Segment.Value(w.src)
			if c.IsRaw() {
				add(clean(string(v)), st)
			} else {
				add(clean(decode(v)), st)
			}
			switch {
			case c.HardLineBreak():
				add(hardBreak, st)
			case c.SoftLineBreak():
				add(" ", st)
			}
		case *ast.String:
			if c.IsRaw() || c.IsCode() {
				add(clean(string(c.Value)), st)
			} else {
				add(clean(decode(c.Value)), st)
			}
		case *ast.CodeSpan:
			cs := st.over(t.Code)
			for g := c.FirstChild(); g != nil; g = g.NextSibling() {
				if tx, ok := g.(*ast.Text); ok {
					add(clean(string(tx.Segment.Value(w.src))), cs) // a code span's text is literal
					if tx.SoftLineBreak() {
						add(" ", cs)
					}
				}
			}
		case *ast.Emphasis:
			es := st.over(t.Emph)
			if c.Level >= 2 {
				es = st.over(t.Strong)
			}
			w.inlines(c, es, out)
		case *ast.Link:
			from := len(*out)
			w.inlines(c, st.over(t.LinkText), out)
			w.address(clean(decode(c.Destination)), *out, from, st, out)
		case *ast.Image:
			add("Image: ", st)
			from := len(*out)
			w.inlines(c, st.over(t.LinkText), out)
			w.address(clean(decode(c.Destination)), *out, from, st, out)
		case *ast.AutoLink:
			add(clean(string(c.Label(w.src))), st.over(t.URL))
		case *ast.RawHTML:
			// shown as the text it is, never interpreted
			for i := 0; i < c.Segments.Len(); i++ {
				s := c.Segments.At(i)
				add(clean(string(s.Value(w.src))), st)
			}
		default:
			w.inlines(c, st, out)
		}
	}
}

// address writes a link's address after its text (the runs from from on),
// in the URL style, unless the text already is the address.
func (w *walker) address(dest string, runs []seg, from int, st Style, out *[]seg) {
	if dest == "" {
		return
	}
	var label strings.Builder
	for _, s := range runs[from:] {
		label.WriteString(s.text)
	}
	if strings.TrimSpace(label.String()) == dest {
		return
	}
	*out = append(*out, w.seg(" ", st), w.seg(dest, st.over(w.r.theme.URL)))
}

// clean is s without control characters (escape sequences cannot start
// without ESC or C1), valid UTF-8, with tabs and line ends as spaces.
func clean(s string) string {
	ok := utf8.ValidString(s)
	for i := 0; ok && i < len(s); i++ {
		if c := s[i]; c < 0x20 || c == 0x7f || c >= 0x80 {
			ok = false
		}
	}
	if ok {
		return s // plain ASCII text, the common case
	}
	return strings.Map(func(r rune) rune {
		switch {
		case r == '\t', r == '\n', r == '\r':
			return ' '
		case model.IsControl(r):
			return -1
		}
		return r
	}, s)
}

// decode is text as CommonMark reads it: a backslash before ASCII
// punctuation escapes it, and an entity or numeric character reference is
// the character it names (an invalid or zero code point is U+FFFD). What
// it yields may be a control character (&#27;): clean it after.
func decode(v []byte) string {
	if !strings.ContainsAny(string(v), `\&`) {
		return string(v)
	}
	var sb strings.Builder
	sb.Grow(len(v))
	for i := 0; i < len(v); i++ {
		c := v[i]
		switch {
		case c == '\\' && i+1 < len(v) && util.IsPunct(v[i+1]):
			sb.WriteByte(v[i+1])
			i++
		case c == '&':
			if s, n := reference(v[i:]); n > 0 {
				sb.WriteString(s)
				i += n - 1
				continue
			}
			sb.WriteByte(c)
		default:
			sb.WriteByte(c)
		}
	}
	return sb.String()
}

// reference reads a character reference at the start of v ("&amp;",
// "&#27;", "&#x1b;"): what it stands for and its length, 0 when v does not
// start with one.
func reference(v []byte) (string, int) {
	end := -1
	for i := 1; i < len(v) && i < 40; i++ {
		if v[i] == ';' {
			end = i
			break
		}
	}
	if end < 2 {
		return "", 0
	}
	body := string(v[1:end])
	if body[0] == '#' {
		digits, base := body[1:], 10
		if len(digits) > 0 && (digits[0] == 'x' || digits[0] == 'X') {
			digits, base = digits[1:], 16
		}
		if digits == "" || (base == 10 && len(digits) > 7) || (base == 16 && len(digits) > 6) {
			return "", 0
		}
		n, err := strconv.ParseUint(digits, base, 32)
		if err != nil {
			return "", 0
		}
		return string(util.ToValidRune(rune(n))), end + 1
	}
	for _, r := range body {
		if !('a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9') {
			return "", 0
		}
	}
	if e, ok := util.LookUpHTML5EntityByName(body); ok {
		return string(e.Characters), end + 1
	}
	return "", 0
}
