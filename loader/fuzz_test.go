package loader

import (
	"fmt"
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"

	"briefing/model"
)

// FuzzLoad feeds arbitrary bytes to Load, alone and beside the article seed,
// under an arbitrary file name, and searches the result for arbitrary text
// as the CLI's --search does. Whatever comes in, Load must not panic; an
// error is one clean line; and a briefing and the searched view have no
// control character, escape or bidi override in any string, only valid
// UTF-8, and every direct quote in the text it cites.
func FuzzLoad(f *testing.F) {
	people := seedBytes(f, "people.json")
	f.Add(seedBytes(f, liveFile), "white-house-talks-liveblog", "ceasefire")
	f.Add(seedBytes(f, articleFile), "ris\x1b#8\x1bc", "\u202etrump")
	f.Add(readTestdata(f, "harbour-strike.txt"), "harbour\u202estrike", "strike\x1b[2J")
	f.Add([]byte("Summary\n\n    • A \x1b[2Jpoint \"quoted\x1b]52;c;aGk=\x07\" he said\n\n  1. Title \u202eevil published at 10:00 BST\n\n    Trump said \"yes\xff\xfe\".\n"), "fuzz", "")
	f.Add([]byte("Text \"unbalanced, \"she said\". \"\"\"\" \u009b31m red \u0085 NEL \x00"), "\x00\xff", "\x9b")
	f.Add([]byte("  1. published at published at 09:00\n\n  2. No title\n\n    By Someone\n"), "", "  ")
	f.Add([]byte("\xff\xfeT\x00a\x00l\x00k\x00s\x00\n\x00"), "utf16", "talks")
	f.Fuzz(func(t *testing.T, data []byte, name, search string) {
		b, err := Load(Config{People: people}, Source{Name: name, Origin: name + ".txt", Data: data})
		if err != nil {
			msg := err.Error()
			// The CLI shows an error's file name through its one-line
			// guard; the cause itself must be clean.
			msg = strings.TrimPrefix(msg, name+".txt: ")
			if strings.ContainsAny(msg, "\n\r") || badRune(msg) >= 0 {
				t.Fatalf("error is not one clean line: %q", msg)
			}
			return
		}
		checkStrings(t, reflect.ValueOf(b).Elem(), "Briefing")
		checkQuotes(t, b)
		v := b.Apply(model.Filter{Query: CleanLine(search)})
		checkStrings(t, reflect.ValueOf(b.JSON(v)), "View")
	})
}

// checkStrings walks every string the model holds.
func checkStrings(t *testing.T, v reflect.Value, path string) {
	t.Helper()
	switch v.Kind() {
	case reflect.String:
		s := v.String()
		if !utf8.ValidString(s) {
			t.Fatalf("%s is not valid UTF-8: %q", path, s)
		}
		if i := badRune(s); i >= 0 {
			t.Fatalf("%s holds control rune %U: %q", path, []rune(s)[i], s)
		}
	case reflect.Struct:
		for i := range v.NumField() {
			checkStrings(t, v.Field(i), path+"."+v.Type().Field(i).Name)
		}
	case reflect.Slice, reflect.Array:
		for i := range v.Len() {
			checkStrings(t, v.Index(i), fmt.Sprintf("%s[%d]", path, i))
		}
	case reflect.Map:
		for _, k := range v.MapKeys() {
			checkStrings(t, k, path+" key")
			checkStrings(t, v.MapIndex(k), path+"["+k.String()+"]")
		}
	case reflect.Pointer, reflect.Interface:
		if !v.IsNil() {
			checkStrings(t, v.Elem(), path)
		}
	}
}

// badRune is the index (in runes) of the first rune a terminal would act
// on: C0 other than tab and newline, DEL, C1, bidi controls; -1 if none.
func badRune(s string) int {
	i := 0
	for _, r := range s {
		switch {
		case r == '\n' || r == '\t':
		case r < 0x20, r == 0x7f, r >= 0x80 && r <= 0x9f,
			r >= 0x202a && r <= 0x202e, r >= 0x2066 && r <= 0x2069:
			return i
		}
		i++
	}
	return -1
}

// checkQuotes: the exact words of a direct statement are in a post it cites.
func checkQuotes(t *testing.T, b *model.Briefing) {
	t.Helper()
	for _, s := range b.Statements {
		if s.Kind != model.Direct {
			continue
		}
		for _, part := range s.Parts {
			found := false
			for _, c := range s.Citations {
				if strings.Contains(citedText(b, c.Post), part) {
					found = true
					break
				}
			}
			if !found {
				t.Fatalf("direct quote %q by %s is in none of %v", part, s.Speaker, s.Citations)
			}
		}
	}
}
