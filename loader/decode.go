package loader

import (
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
)

// Encodings decode names on a source when its bytes were not UTF-8.
const (
	EncodingUTF16LE     = "UTF-16LE"
	EncodingUTF16BE     = "UTF-16BE"
	EncodingWindows1252 = "Windows-1252"
)

// decode turns a source's bytes into UTF-8 before anything reads them,
// and says which encoding it read ("" for UTF-8). UTF-16 (with a BOM, or
// without one when every other byte is NUL, as ASCII text in UTF-16 is) is
// decoded, so it is not taken for binary data. Bytes that are not UTF-8
// and hold no UTF-8 sequence at all are an 8-bit page (Latin-1 or its
// Windows superset), decoded as Windows-1252 rather than left as U+FFFD
// soup ("Volodymyr Zel\uFFFDnskyy"). Text that is mostly UTF-8 with a few
// broken bytes stays UTF-8: clean turns those into U+FFFD.
func decode(data []byte) ([]byte, string) {
	if enc, bom := utf16Order(data); enc != "" {
		e := unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM)
		if enc == EncodingUTF16BE {
			e = unicode.UTF16(unicode.BigEndian, unicode.IgnoreBOM)
		}
		if out, err := e.NewDecoder().Bytes(data[bom:]); err == nil {
			return out, enc
		}
	}
	if utf8.Valid(data) || !eightBit(data) {
		return data, ""
	}
	if out, err := charmap.Windows1252.NewDecoder().Bytes(data); err == nil {
		return out, EncodingWindows1252
	}
	return data, ""
}

// utf16Order tells UTF-16 by its BOM, or without one by the NUL bytes ASCII
// text has in every other place: in the high byte of each unit, at odd
// offsets little-endian, at even offsets big-endian. bom is the BOM's length.
func utf16Order(data []byte) (enc string, bom int) {
	switch {
	case len(data) >= 2 && data[0] == 0xff && data[1] == 0xfe:
		return EncodingUTF16LE, 2
	case len(data) >= 2 && data[0] == 0xfe && data[1] == 0xff:
		return EncodingUTF16BE, 2
	}
	sample := data[:min(len(data), 4096)&^1]
	units := len(sample) / 2
	if units < 2 {
		return "", 0
	}
	even, odd := 0, 0
	for i := 0; i < len(sample); i += 2 {
		if sample[i] == 0 {
			even++
		}
		if sample[i+1] == 0 {
			odd++
		}
	}
	// Mostly NUL on one side and almost none on the other: all-NUL data
	// (/dev/zero) is neither, and stays binary.
	switch {
	case odd*10 >= units*3 && even*20 < units:
		return EncodingUTF16LE, 0
	case even*10 >= units*3 && odd*20 < units:
		return EncodingUTF16BE, 0
	}
	return "", 0
}

// eightBit reports bytes that are not UTF-8 in an 8-bit encoding's way:
// over twenty times more bytes invalid as UTF-8 than valid multi-byte
// sequences. A Latin-1 page has accented letters that are each an invalid
// byte, and a valid two-byte pair only by chance ("Ã©"); a UTF-8 page with
// broken or hostile bytes still has its bullets and curly quotes, and
// decoding it as Windows-1252 would turn them into "â€¢".
func eightBit(data []byte) bool {
	bad, multi := 0, 0
	for i := 0; i < len(data); {
		if data[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, size := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && size == 1 {
			bad++
		} else {
			multi++
		}
		i += size
	}
	return bad > 20*multi
}

// Sniff reports ErrBinary when the first block of a source (what the first
// reads return, some tens of KiB) is no text, after decoding as parse
// would: a device or a disk image is refused before it is read to its end.
func Sniff(block []byte) error {
	if data, _ := decode(block); looksBinary(data) {
		return ErrBinary
	}
	return nil
}
