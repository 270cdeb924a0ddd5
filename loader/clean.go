package loader

import (
	"bytes"
	"encoding/binary"
	"strings"
	"unicode/utf8"

	"briefing/model"
)

// clean makes source bytes safe to show and to parse, once, at the door:
// invalid UTF-8 becomes U+FFFD; escape sequences (CSI, OSC, DCS and the
// 8-bit C1 forms), C0 and C1 controls other than tab and newline, and bidi
// overrides are dropped; CRLF and lone CR become LF; no-break spaces become
// spaces so the parser sees one kind of blank.
func clean(data []byte) string {
	var sb strings.Builder
	sb.Grow(len(data))
	kept := 0 // data[kept:i] passes through unchanged: copied in one go
	for i := 0; i < len(data); {
		for i+8 <= len(data) && printable8(data[i:]) {
			i += 8
		}
		if i == len(data) {
			break
		}
		if c := data[i]; c < utf8.RuneSelf {
			if c >= 0x20 && c != 0x7f || c == '\n' || c == '\t' {
				i++
				continue
			}
		} else if r, size := utf8.DecodeRune(data[i:]); !(r == utf8.RuneError && size <= 1) && r > 0xa0 &&
			r != 0x202f && r != 0xfeff && !model.IsControl(r) {
			i += size
			continue
		}
		sb.Write(data[kept:i])
		i = cleanRune(&sb, data, i)
		kept = i
	}
	sb.Write(data[kept:])
	return sb.String()
}

// CleanLine is clean for a one-line string that comes from outside a
// source's contents (a file name, a flag, a manifest's title, an address):
// the same cleaning, and every run of blanks, newlines included, becomes one
// space, since such a string names something on one line.
func CleanLine(s string) string {
	return strings.Join(strings.Fields(clean([]byte(s))), " ")
}

// printable8 reports that b's first eight bytes are all printable ASCII
// (0x20-0x7e), in one test: v has a high bit set, v-0x20 borrows, or x
// has a zero byte (v holds 0x7f) where a byte is not.
func printable8(b []byte) bool {
	v := binary.LittleEndian.Uint64(b)
	x := v ^ 0x7f7f7f7f7f7f7f7f
	return (v|((v-0x2020202020202020)&^v)|((x-0x0101010101010101)&^x))&0x8080808080808080 == 0
}

// cleanRune writes what becomes of the rune at data[i], which is not plain
// text, and returns where reading goes on.
func cleanRune(sb *strings.Builder, data []byte, i int) int {
	r, size := utf8.DecodeRune(data[i:])
	switch {
	case r == utf8.RuneError && size <= 1:
		sb.WriteRune(utf8.RuneError)
		return i + 1
	case r == 0x1b: // ESC
		return skipEscape(data, i+1)
	case r == 0x9b: // 8-bit CSI
		return skipCSI(data, i+size)
	case r == 0x9d || r == 0x90 || r == 0x98 || r == 0x9e || r == 0x9f: // OSC, DCS, SOS, PM, APC
		return skipString(data, i+size)
	case r == '\r':
		sb.WriteByte('\n')
		if i+1 < len(data) && data[i+1] == '\n' {
			i++
		}
	case r == '\n' || r == '\t':
		sb.WriteRune(r)
	case model.IsControl(r), r == 0xfeff:
		// other C0/C1 controls, bidi controls and the BOM: dropped
	case r == 0xa0 || r == 0x202f:
		sb.WriteByte(' ')
	default:
		sb.Write(data[i : i+size])
	}
	return i + size
}

// skipEscape skips what follows an ESC: a CSI, an OSC/DCS/SOS/PM/APC string,
// an nF sequence (intermediates 0x20-0x2f then a final byte, as in ESC # 8,
// which fills the screen with E), or a single character of a two-byte
// sequence.
func skipEscape(data []byte, i int) int {
	if i >= len(data) {
		return i
	}
	switch data[i] {
	case '[':
		return skipCSI(data, i+1)
	case ']', 'P', 'X', '^', '_':
		return skipString(data, i+1)
	}
	if j := i; data[j] >= 0x20 && data[j] <= 0x2f {
		for j < len(data) && data[j] >= 0x20 && data[j] <= 0x2f {
			j++
		}
		if j < len(data) && data[j] >= 0x30 && data[j] <= 0x7e {
			j++
		}
		return j
	}
	_, size := utf8.DecodeRune(data[i:])
	return i + size
}

// skipCSI skips parameter and intermediate bytes up to and including the
// final byte (0x40-0x7e). A sequence cut short by a non-CSI byte ends there.
func skipCSI(data []byte, i int) int {
	for i < len(data) {
		c := data[i]
		switch {
		case c >= 0x20 && c <= 0x3f:
			i++
		case c >= 0x40 && c <= 0x7e:
			return i + 1
		default:
			return i
		}
	}
	return i
}

// skipString skips a control string up to BEL, ESC \ or the 8-bit ST. An
// unterminated string runs to the end of the line so it cannot swallow the
// rest of the document.
func skipString(data []byte, i int) int {
	for i < len(data) {
		c := data[i]
		switch {
		case c == 0x07:
			return i + 1
		case c == 0x1b:
			if i+1 < len(data) && data[i+1] == '\\' {
				return i + 2
			}
			return i + 1
		case c == '\n':
			return i
		case c == 0xc2 && i+1 < len(data) && data[i+1] == 0x9c: // U+009C ST
			return i + 2
		}
		i++
	}
	return i
}

// looksBinary reports data a reader would not call text: any NUL byte, or
// more than one in ten runes invalid or control.
func looksBinary(data []byte) bool {
	sample := data
	if len(sample) > 64<<10 {
		sample = sample[:64<<10]
	}
	bad, n := 0, 0
	for i := 0; i < len(sample); {
		r, size := utf8.DecodeRune(sample[i:])
		i += size
		n++
		if r == 0 {
			return true
		}
		if (r == utf8.RuneError && size <= 1 && i < len(sample)-3) || (r < 0x20 && r != '\n' && r != '\t' && r != '\r' && r != 0x1b) {
			bad++
		}
	}
	if len(data) > len(sample) && bytesHasNUL(data[len(sample):]) {
		return true
	}
	return n > 0 && bad*10 > n
}

func bytesHasNUL(b []byte) bool { return bytes.IndexByte(b, 0) >= 0 }
