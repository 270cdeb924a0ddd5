package loader

import (
	"errors"
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestClean(t *testing.T) {
	cases := []struct {
		name, in, want string
	}{
		{"plain", "Merz said.", "Merz said."},
		{"CSI clear screen", "a\x1b[2Jb", "ab"},
		{"CSI colour", "\x1b[1;31mred\x1b[0m", "red"},
		{"OSC 52 clipboard with BEL", "x\x1b]52;c;ZXZpbA==\x07y", "xy"},
		{"OSC title with ST", "x\x1b]0;owned\x1b\\y", "xy"},
		{"OSC unterminated stops at line end", "x\x1b]0;owned\nnext", "x\nnext"},
		{"DCS", "a\x1bPq#0;2;0;0;0\x1b\\b", "ab"},
		{"two-byte escape", "a\x1bcb", "ab"},
		{"nF escape with an intermediate", "ris\x1b#8\x1bc", "ris"},
		{"nF escape cut short", "a\x1b(", "a"},
		{"8-bit CSI", "a\u009b2Jb", "ab"},
		{"8-bit OSC", "a\u009d0;t\u0007b", "ab"},
		{"C1 control", "a\u0085b", "ab"},
		{"BEL NUL backspace", "a\x07b\x00c\x08d", "abcd"},
		{"bidi override", "a\u202eevil\u202cb", "aevilb"},
		{"bidi isolate", "a\u2066x\u2069b", "axb"},
		{"invalid UTF-8", "a\xffb", "a\uFFFDb"},
		{"CRLF", "a\r\nb\rc", "a\nb\nc"},
		{"tab and newline kept", "a\tb\nc", "a\tb\nc"},
		{"no-break space", "a\u00a0b", "a b"},
		{"curly quotes kept", "“best”", "“best”"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := clean([]byte(c.in))
			if got != c.want {
				t.Errorf("clean(%q) = %q, want %q", c.in, got, c.want)
			}
			if !utf8.ValidString(got) {
				t.Errorf("clean(%q) is not valid UTF-8", c.in)
			}
		})
	}
}

// A file name, a title and a reference list are cleaned like the bytes:
// they become the title, the source name, post ids and people.
func TestNamesAreCleaned(t *testing.T) {
	people := `{"people":[{"id":"evil","name":"Ev\u001b]0;T\u0007il Person","role":"Pr\u202eesident"}]}`
	b, err := Load(Config{Title: "T\x1b[2Jitle\u202e", People: []byte(people)},
		Source{Name: "ris\x1b#8\x1bc\u202e", Origin: "ris\x1b#8\x1bc\u202e.txt\u009b", Data: seedBytes(t, articleFile)},
		Source{Name: "\x1b\x07", Origin: "\u2066", Data: seedBytes(t, articleFile)})
	if err != nil {
		t.Fatal(err)
	}
	checkStrings(t, reflect.ValueOf(b).Elem(), "Briefing")
	if got := b.Sources[0].Name + " " + b.Sources[0].Origin + " " + b.Sources[1].Name; got != "ris ris.txt source" {
		t.Errorf("names = %q, want %q", got, "ris ris.txt source")
	}
	if b.Title != "Title" || !strings.HasPrefix(b.Posts[0].ID, "ris/") {
		t.Errorf("title %q, first id %q", b.Title, b.Posts[0].ID)
	}
}

// Hostile bytes inside a real post never reach any field of the model.
func TestControlsNeverReachTheModel(t *testing.T) {
	evil := "\x1b[2J\x1b]52;c;ZXZpbA==\x07\u009b31m\u202e\x07\x00"
	page := "Summary\n  • Leaders met" + evil + " today\n\n  1. Talks end" + evil + "published at 06:38 British Summer Time\n\n" +
		"    German Chancellor Friedrich Merz said: \"We" + evil + " want a ceasefire.\"\n"
	_, err := Load(Config{}, Source{Name: "evil", Origin: "evil.txt", Data: []byte(page)})
	if !errors.Is(err, ErrBinary) {
		t.Fatalf("a page with NUL bytes: err = %v, want ErrBinary", err)
	}
	page = strings.ReplaceAll(page, "\x00", "")
	b, err := Load(Config{People: seedBytes(t, "people.json")}, Source{Name: "evil", Origin: "evil.txt", Data: []byte(page)})
	if err != nil {
		t.Fatal(err)
	}
	check := func(where, s string) {
		for _, r := range s {
			if r == 0x1b || r == 0x07 || r == 0 || (r < 0x20 && r != '\n' && r != '\t') || (r >= 0x80 && r <= 0x9f) || (r >= 0x202a && r <= 0x202e) || (r >= 0x2066 && r <= 0x2069) {
				t.Errorf("%s carries %U: %q", where, r, s)
				return
			}
		}
	}
	for _, s := range b.Summary {
		check("summary", s)
	}
	for _, p := range b.Posts {
		check("title", p.Title)
		for _, bl := range p.Body {
			check("body", bl.Text)
		}
	}
	if len(b.Statements) != 1 || b.Statements[0].Speaker != "merz" || b.Statements[0].Quote != "We want a ceasefire." {
		t.Errorf("statements = %+v", b.Statements)
	}
	for _, s := range b.Statements {
		check("quote", s.Quote)
		check("sentence", s.Sentence)
	}
}

func TestLoadErrors(t *testing.T) {
	cases := []struct {
		name string
		data []byte
		want error
	}{
		{"empty", nil, ErrEmpty},
		{"blank lines", []byte(" \n\n\t\n"), ErrEmpty},
		{"NUL bytes", []byte("PK\x03\x04\x00\x00binary"), ErrBinary},
		{"mostly control bytes", []byte("\x01\x02\x03\x04\x05\x06\x07\x08\x0e\x0fab"), ErrBinary},
		{"only escape sequences", []byte("\x1b[2J\x1b[H"), ErrEmpty},
		{"only picture credits", []byte("Image source, Getty Images\n"), ErrNoPosts},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := Load(Config{}, Source{Name: "x", Origin: "notes.txt", Data: c.data})
			if !errors.Is(err, c.want) {
				t.Fatalf("err = %v, want %v", err, c.want)
			}
			if msg := err.Error(); !strings.HasPrefix(msg, "notes.txt: ") || strings.Contains(msg, "\n") {
				t.Errorf("error %q must be one line naming the file", msg)
			}
		})
	}
	if _, err := Load(Config{People: []byte("{not json")}, Source{Name: "x", Origin: "x", Data: []byte("Hello there.")}); !errors.Is(err, ErrPeople) {
		t.Errorf("bad reference list: err = %v", err)
	}
}
