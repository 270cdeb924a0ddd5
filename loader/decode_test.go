package loader

import (
	"bytes"
	"errors"
	"strings"
	"testing"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
)

func utf16Bytes(t testing.TB, s string, order unicode.Endianness, bom unicode.BOMPolicy) []byte {
	t.Helper()
	b, err := unicode.UTF16(order, bom).NewEncoder().Bytes([]byte(s))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestDecode(t *testing.T) {
	const text = "Volodymyr Zelenskyy – “Zelenský” said: “We want peace.”\n"
	latin, err := charmap.Windows1252.NewEncoder().String("Volodymyr Zelenský met Macron – “peace”, 5 €.\n")
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, in, want, enc string
	}{
		{"UTF-8 as it is", text, text, ""},
		{"UTF-16LE with BOM", string(utf16Bytes(t, text, unicode.LittleEndian, unicode.UseBOM)), text, EncodingUTF16LE},
		{"UTF-16BE with BOM", string(utf16Bytes(t, text, unicode.BigEndian, unicode.UseBOM)), text, EncodingUTF16BE},
		{"UTF-16LE without BOM", string(utf16Bytes(t, text, unicode.LittleEndian, unicode.IgnoreBOM)), text, EncodingUTF16LE},
		{"UTF-16BE without BOM", string(utf16Bytes(t, text, unicode.BigEndian, unicode.IgnoreBOM)), text, EncodingUTF16BE},
		{"Windows-1252", latin, "Volodymyr Zelenský met Macron – “peace”, 5 €.\n", EncodingWindows1252},
		{"Latin-1", "Zelensk\xfd caf\xe9\n", "Zelenský café\n", EncodingWindows1252},
		{"UTF-8 with one stray byte stays UTF-8", "Zelenský café \xff naïve\n", "Zelenský café \xff naïve\n", ""},
		{"all NUL is not UTF-16", "\x00\x00\x00\x00\x00\x00", "\x00\x00\x00\x00\x00\x00", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, enc := decode([]byte(tt.in))
			if string(got) != tt.want || enc != tt.enc {
				t.Errorf("decode = %q, %q; want %q, %q", got, enc, tt.want, tt.enc)
			}
		})
	}
}

// A UTF-16 or Windows-1252 page reads as the same briefing as its UTF-8
// original, and its source says how it was read; /dev/zero's first block
// is binary.
func TestLoadEncodings(t *testing.T) {
	page := seedBytes(t, articleFile)
	want, err := Load(Config{}, Source{Name: "a", Origin: "a.txt", Data: page})
	if err != nil {
		t.Fatal(err)
	}
	latin, err := charmap.Windows1252.NewEncoder().Bytes(bytes.ReplaceAll(page, []byte("Zelensky"), []byte("Zelenský")))
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		data []byte
		enc  string
	}{
		{utf16Bytes(t, string(page), unicode.LittleEndian, unicode.UseBOM), EncodingUTF16LE},
		{utf16Bytes(t, string(page), unicode.BigEndian, unicode.IgnoreBOM), EncodingUTF16BE},
		{latin, EncodingWindows1252},
	} {
		got, err := Load(Config{}, Source{Name: "a", Origin: "a.txt", Data: tt.data})
		if err != nil {
			t.Fatalf("%s: %v", tt.enc, err)
		}
		wantTitle := want.Posts[0].Title
		if tt.enc == EncodingWindows1252 {
			wantTitle = strings.ReplaceAll(wantTitle, "Zelensky", "Zelenský")
		}
		if got.Sources[0].Encoding != tt.enc || len(got.Posts) != len(want.Posts) || got.Posts[0].Title != wantTitle {
			t.Errorf("%s: encoding %q, %d posts (want %d), first %q", tt.enc, got.Sources[0].Encoding, len(got.Posts), len(want.Posts), got.Posts[0].Title)
		}
		if tt.enc == EncodingWindows1252 && !strings.Contains(citedText(got, got.Posts[0].ID), "Zelenský") {
			t.Errorf("Windows-1252: no Zelenský in the post: %q", citedText(got, got.Posts[0].ID))
		}
	}
	if err := Sniff(make([]byte, 64<<10)); !errors.Is(err, ErrBinary) {
		t.Errorf("Sniff(64 KiB of NUL) = %v, want ErrBinary", err)
	}
	if err := Sniff(utf16Bytes(t, string(page[:4096]), unicode.LittleEndian, unicode.IgnoreBOM)); err != nil {
		t.Errorf("Sniff(UTF-16 text) = %v, want nil", err)
	}
}
