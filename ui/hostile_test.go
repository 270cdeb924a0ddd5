package ui

import (
	"bytes"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"

	tea "github.com/charmbracelet/bubbletea"

	"briefing/loader"
	"briefing/model"
	"briefing/seeds"
)

// attacks are the terminal controls a web page can carry, by name.
var attacks = map[string]string{
	"CSI clear screen":    "\x1b[2J\x1b[H",
	"CSI colour":          "\x1b[31;1m",
	"OSC 52 clipboard":    "\x1b]52;c;cm0gLXJmIH4K\x07",
	"OSC 0 title":         "\x1b]0;pwned\x1b\\",
	"OSC 8 link":          "\x1b]8;;https://evil.example\x07link\x1b]8;;\x07",
	"DCS":                 "\x1bPq#0;2;0;0;0\x1b\\",
	"C1 CSI (U+009B)":     "\u009b2J",
	"C1 NEL and OSC":      "\u0085\u009d0;title\u009c",
	"8-bit CSI byte":      "\x9b2J",
	"BEL":                 "\a\a",
	"backspace":           "abc\b\b\bxyz",
	"DEL and C0":          "\x7f\x01\x02\x0e\x0f\x1f",
	"bidi override (RLO)": "\u202egnp.exe",
	"bidi isolates":       "\u2066\u2067\u2068x\u2069",
	"invalid UTF-8":       "\xff\xfe\xc0\xaf",
}

// hostilePage is a live page with the attack in every place text lands: the
// summary, a title, a byline, a caption, a quote and the analysis options.
func hostilePage(a string) []byte {
	return []byte(fmt.Sprintf(`Summary

    • Talks resumed %[1]s in Geneva

  2. Analysis%[1]s
  What next for the talks?%[1]s published at 10:15 BST

    Jane Doe%[1]s
    Security correspondent

    There are three possible outcomes:%[1]s

    • Truce - This is considered the most likely%[1]s
    • Stalemate - This is more conceivable
    • Collapse - This is the least likely

  1. Leaders arrive published at 09:50 BST

    Image caption, Leaders arrive%[1]s

    "We want peace%[1]s now," said Donald Trump. Zelensky called the talks "a truce%[1]s".
`, a))
}

// forbidden finds what must never leave the program as text: ESC, BEL,
// NUL, other C0 but tab and newline, DEL, C1 and bidi controls, and
// invalid UTF-8.
func forbidden(s string) string {
	if !utf8.ValidString(s) {
		return "invalid UTF-8"
	}
	for _, r := range s {
		switch {
		case r == '\n' || r == '\t':
		case r < 0x20, r == 0x7f, r >= 0x80 && r <= 0x9f,
			r >= 0x202a && r <= 0x202e, r >= 0x2066 && r <= 0x2069:
			return fmt.Sprintf("%U", r)
		}
	}
	return ""
}

func TestHostileTextNeverLeaves(t *testing.T) {
	for name, attack := range attacks {
		t.Run(name, func(t *testing.T) {
			if forbidden(string(hostilePage(attack))) == "" {
				t.Fatal("the check would not see this attack") // keeps the test honest
			}
			b, err := loader.Load(loader.Config{People: seeds.People()},
				loader.Source{Name: "page", Origin: "page.txt", Data: hostilePage(attack)})
			if err != nil {
				t.Fatalf("load: %v", err)
			}
			if len(b.Posts) != 2 || len(b.Options) != 3 || len(b.Statements) == 0 {
				t.Fatalf("the page did not load as a page: %d posts, %d options, %d statements",
					len(b.Posts), len(b.Options), len(b.Statements))
			}
			check := func(where, s string) {
				t.Helper()
				if bad := forbidden(s); bad != "" {
					t.Errorf("%s carries %s: %q", where, bad, s)
				}
			}

			v := b.Apply(model.Filter{})
			js, err := json.Marshal(b.JSON(v))
			if err != nil {
				t.Fatal(err)
			}
			var back any // the JSON escapes controls as \u001b: check the decoded strings
			if err := json.Unmarshal(js, &back); err != nil {
				t.Fatal(err)
			}
			check("JSON", fmt.Sprint(back))
			for _, pane := range []string{"timeline", "leaders", "guarantees", "all"} {
				check("markdown "+pane, Markdown(b, v, ExportOptions{Pane: pane, NewestFirst: true}))
			}

			var clip bytes.Buffer
			opts := testOptions()
			opts.Clipboard = &clip
			m := press(New(b, opts), size(120, 40))
			screens := [][]tea.Msg{
				nil,
				{runes("j")}, {runes("j"), runes("j")},
				{runes("2")}, {runes("2"), special(tea.KeyEnter)},
				{runes("3")}, {runes("3"), runes("j")},
				append([]tea.Msg{runes("/")}, typed("truce")...),
				{runes("L")},
			}
			for _, keys := range screens {
				s := press(m.clone(), keys...)
				check(fmt.Sprintf("screen after %v", keys), s.View())
			}
			for _, keys := range [][]tea.Msg{{runes("j")}, {runes("3")}, {runes("2"), special(tea.KeyEnter)}} {
				clip.Reset()
				s := press(m.clone(), keys...)
				_, cmd := s.Update(runes("y"))
				if cmd == nil {
					t.Fatalf("y after %v copied nothing", keys)
				}
				cmd()
				payload, ok := strings.CutPrefix(clip.String(), "\x1b]52;c;")
				payload, ok2 := strings.CutSuffix(payload, "\x07")
				if !ok || !ok2 {
					t.Fatalf("clipboard write is not one OSC 52 sequence: %q", clip.String())
				}
				text, err := base64.StdEncoding.DecodeString(payload)
				if err != nil {
					t.Fatalf("OSC 52 payload: %v", err)
				}
				check(fmt.Sprintf("clipboard after %v", keys), string(text))
			}
		})
	}
}

// A NUL byte marks binary data: the source is refused, with the reason.
func TestNULIsBinary(t *testing.T) {
	_, err := loader.Load(loader.Config{}, loader.Source{Name: "page", Origin: "page.txt", Data: hostilePage("\x00")})
	if err == nil || err.Error() != "page.txt: binary data, not text" {
		t.Fatalf("err = %v", err)
	}
}
