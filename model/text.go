package model

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// lower folds text for case-insensitive search. ToLower keeps byte offsets
// stable enough for substring tests, which is all search needs.
func lower(s string) string { return strings.ToLower(s) }

// appendLower appends the lower-case form of s to dst, as lower would
// return it, without an intermediate string: the index folds every post.
func appendLower(dst []byte, s string) []byte {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			dst = append(dst, c)
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			dst = append(dst, "\uFFFD"...) // as strings.ToLower maps invalid bytes
		} else {
			dst = utf8.AppendRune(dst, unicode.ToLower(r))
		}
		i += size
	}
	return dst
}

// StripControls drops what IsControl reports and makes s valid UTF-8: the
// last guard for text that did not come through the loader.
func StripControls(s string) string {
	if utf8.ValidString(s) && strings.IndexFunc(s, IsControl) < 0 {
		return s
	}
	return strings.Map(func(r rune) rune {
		if IsControl(r) {
			return -1
		}
		return r
	}, strings.ToValidUTF8(s, "\uFFFD"))
}

// IsControl reports whether a terminal would act on r rather than show it:
// C0 controls other than tab and newline, DEL, C1 controls, and the bidi
// embeddings, overrides and isolates that reorder what follows. The loader
// drops them from every source; the ui and the CLI's error line keep them
// off the screen should text reach them another way.
func IsControl(r rune) bool {
	return r < 0x20 && r != '\n' && r != '\t' || r >= 0x7f && r <= 0x9f ||
		r >= 0x202a && r <= 0x202e || r >= 0x2066 && r <= 0x2069
}

// Slug is s as an id or a file-name part: its letters and digits in lower
// case, each run of anything else one "-", none at the ends ("Ursula von
// der Leyen" is "ursula-von-der-leyen"). The loader makes person ids with
// it and the ui the export's default file name, so the two agree.
func Slug(s string) string {
	var sb strings.Builder
	dash := false
	for _, r := range strings.ToLower(s) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			if dash && sb.Len() > 0 {
				sb.WriteByte('-')
			}
			sb.WriteRune(r)
			dash = false
		} else {
			dash = true
		}
	}
	return sb.String()
}
