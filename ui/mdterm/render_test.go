package mdterm

import (
	"fmt"
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/charmbracelet/x/ansi"
	"github.com/muesli/termenv"

	"briefing/model"
)

var sgrRe = regexp.MustCompile(`\x1b\[[0-9;]*m`)

// shown is what a reader sees of rendered lines: the text, no styling.
func shown(lines []string) string { return ansi.Strip(strings.Join(lines, "\n")) }

func render(theme, src string, width int) []string {
	return New(theme, termenv.ANSI256, false).Render(src, width).Lines
}

// widthInputs are documents that are hard to fit: long words and
// addresses, wide runes, emoji, combining marks, deep nesting, long
// numbers, preformatted lines.
var widthInputs = []string{
	"# A heading long enough to wrap at every width below sixty columns or so\n\nAnd a paragraph after it that goes on for a while, with *emphasis* and **strong** words.",
	"Supercalifragilisticexpialidocious-antidisestablishmentarianism-pneumonoultramicroscopic",
	"See https://www.example.com/news/live/a-very-long-address-with-no-spaces-in-it?query=1&x=2 for more.",
	"[the live page](https://www.example.com/news/live/harbour-strike-and-more-words) and <https://x.test/autolink/that/is/long>",
	"中文文本没有空格所以必须在字符之间断开，每个字符占两个单元格。日本語も同じです。",
	"Emoji 👍🏽 👩‍💻 🧑‍🤝‍🧑 ☺️ 🇺🇦 in a sentence 👍👍👍👍👍👍👍👍👍👍👍👍👍👍👍👍👍👍👍👍",
	"प्रधानमंत्री मोदी ने कहा कि बातचीत जारी रहेगी और समझौता जल्द होगा",
	"Cafe\u0301 na\u0308ive combining marks e\u0301e\u0301e\u0301e\u0301e\u0301e\u0301e\u0301e\u0301e\u0301e\u0301e\u0301",
	"> a quote\n> > nested in a quote\n> > > and again, with words that wrap\n\n- a list\n  - nested\n    - deeper still, with words that wrap around\n      1. ordered inside",
	"1. one\n2. two\n3. three\n4. four\n5. five\n6. six\n7. seven\n8. eight\n9. nine\n10. ten, the widest marker, with text that wraps",
	"123456789. a number nine digits long",
	"```\nfunc main() {\n\tfmt.Println(\"a preformatted line longer than the narrow widths, not wrapped at words\")\n}\n```\n\n    indented code",
	"<div>\n<p>an HTML block, shown as the text it is, on a line long enough to be broken</p>\n</div>\n\ninline <b>html</b> <span class=\"x\">too</span>",
	"a line with a hard break  \nthen the next line\\\nand a backslash break",
	"---\n\n***\n\n___",
	"`a code span with spaces inside it` and ``double `backticks` code``",
	"x",
	"",
}

// No line is wider than the width, at every width from 1 to 200, in a
// theme with a padded title and in a plain one; and the layout itself
// fits, without Render's last-resort truncation.
func TestWidthNeverExceeded(t *testing.T) {
	for _, theme := range []string{Dark, NoTTY, ASCII} {
		r := New(theme, termenv.TrueColor, false)
		for i, src := range widthInputs {
			for w := 1; w <= 200; w++ {
				for j, l := range r.layout(src, w) {
					if got := ansi.StringWidth(l.s); got > w {
						t.Fatalf("%s, input %d, width %d: line %d is %d cells: %q", theme, i, w, j, got, ansi.Strip(l.s))
					}
				}
				for j, l := range r.Render(src, w).Lines {
					if got := ansi.StringWidth(l); got > w {
						t.Fatalf("%s, input %d, width %d: line %d is %d cells: %q", theme, i, w, j, got, ansi.Strip(l))
					}
				}
			}
		}
	}
}

// Nothing of the text is lost at a width it fits: every word appears.
func TestWrapKeepsEveryWord(t *testing.T) {
	src := "Ukrainian President Volodymyr Zelensky said today's talks were the best so far and that he was \"ready for a bilateral with Putin\"."
	for w := 20; w <= 120; w++ {
		got := strings.Fields(shown(render(NoTTY, src, w)))
		if want := strings.Fields(src); strings.Join(got, " ") != strings.Join(want, " ") {
			t.Fatalf("width %d: words %q, want %q", w, got, want)
		}
	}
}

// Greedy filling: a line never ends where the next word would have fitted.
func TestNoRaggedLines(t *testing.T) {
	src := strings.Repeat("The talks in Washington were the best so far, said the Ukrainian president. ", 8)
	for w := 24; w <= 200; w++ {
		lines := strings.Split(shown(render(NoTTY, src, w)), "\n")
		for j := 0; j+1 < len(lines); j++ {
			next := strings.Fields(lines[j+1])[0]
			if ansi.StringWidth(lines[j])+1+ansi.StringWidth(next) <= w-2 {
				t.Fatalf("width %d: %q ends early, %q fits:\n%s", w, lines[j], next, strings.Join(lines, "\n"))
			}
		}
	}
}

// A word longer than the line is broken between clusters, not cut off.
func TestLongWordIsBroken(t *testing.T) {
	word := "https://www.example.com/news/live/a-very-long-address"
	got := shown(render(NoTTY, "see "+word, 20))
	if !strings.Contains(strings.ReplaceAll(strings.ReplaceAll(got, "\n", ""), " ", ""), word) {
		t.Fatalf("the address is not all there:\n%s", got)
	}
	lines := strings.Split(got, "\n")
	if strings.TrimSpace(lines[0]) != "see" {
		t.Errorf("the long word does not start a line of its own:\n%s", got)
	}
}

func TestHeadingsAreNotLiteral(t *testing.T) {
	src := "# Title\n\n## In context\n\n### Cited in\n\n###### Six\n\ntext"
	for _, theme := range Names() {
		lines := render(theme, src, 60)
		if s := shown(lines); strings.Contains(s, "#") || !strings.Contains(s, "In context") {
			t.Errorf("%s: headings drawn with their markup:\n%s", theme, s)
		}
		for _, l := range lines {
			if strings.Contains(l, "In context") && !strings.Contains(l, "\x1b[1") {
				t.Errorf("%s: a heading is not bold: %q", theme, l)
			}
		}
	}
}

func TestBlockQuoteBar(t *testing.T) {
	src := "> Leaders stand in a row at the White House to pose for a photo\n>\n> after the talks"
	for theme, bar := range map[string]string{Dark: "▏ ", NoTTY: "▏ ", ASCII: "| "} {
		lines := strings.Split(shown(render(theme, src, 30)), "\n")
		if len(lines) < 4 {
			t.Fatalf("%s: the quote did not wrap:\n%s", theme, strings.Join(lines, "\n"))
		}
		for _, l := range lines {
			if !strings.HasPrefix(l+" ", "  "+bar) {
				t.Errorf("%s: quote line %q lacks the bar %q", theme, l, bar)
			}
		}
	}
}

func TestListHangingIndent(t *testing.T) {
	src := "- Zelensky says the talks with Trump were the best so far and Trump calls them very good\n- short"
	p := New(NoTTY, termenv.Ascii, false).Render(src, 40)
	lines := p.Lines
	if !strings.HasPrefix(lines[0], "  • Zelensky") {
		t.Fatalf("first line %q", lines[0])
	}
	for j := 1; j < len(lines)-1; j++ {
		if !strings.HasPrefix(lines[j], "    ") || lines[j][4] == ' ' || p.Text[j] != 4 {
			t.Errorf("continuation %q is not under the item's text (text at %d)", lines[j], p.Text[j])
		}
	}
	if last := lines[len(lines)-1]; last != "  • short" {
		t.Errorf("second item %q", last)
	}
	ordered := strings.Split(shown(render(NoTTY, "8. eight\n9. nine\n10. ten, with text that goes on to wrap under its number", 30)), "\n")
	want := []string{"   8. eight", "   9. nine", "  10. ten, with text that", "      goes on to wrap under", "      its number"}
	if strings.Join(ordered, "\n") != strings.Join(want, "\n") {
		t.Errorf("ordered list:\n%s\nwant:\n%s", strings.Join(ordered, "\n"), strings.Join(want, "\n"))
	}
}

func TestEscapesRenderAsTheCharacter(t *testing.T) {
	for src, want := range map[string]string{
		`\*not emphasis\*`:         "*not emphasis*",
		`\# not a heading`:         "# not a heading",
		`\- not a list`:            "- not a list",
		`1\. not a list`:           "1. not a list",
		`\[not\](a link)`:          "[not](a link)",
		`\<b\>`:                    "<b>",
		"&amp; &lt; &#126; &#61;":  "& < ~ =",
		`a \\ backslash`:           `a \ backslash`,
		"&copy; &eacute; &#x263a;": "© é ☺",
		"&nosuch; & alone":         "&nosuch; & alone",
	} {
		if got := strings.TrimSpace(shown(render(NoTTY, src, 100))); got != want {
			t.Errorf("%q shows as %q, want %q", src, got, want)
		}
	}
}

// hostile holds control characters and escape sequences in every place a
// document can carry text, raw and as references.
var hostile = []string{
	"text \x1b[2J clears \x1b]0;title\x07 and \x9b31m C1",
	"&#27;[2J &#x1b;]52;c;aGk=&#x07; &#155;31m &#0; &#x202e;RLO",
	"# head \x1b[31m &#27;[5m",
	"> quote &#27;]0;t&#7;\n\n- item &#x1b;[1m\n\n1. num \x07",
	"`code &#27; \x1b[31m`",
	"[link &#27;[2J](https://x.test/&#27;[2J \"t&#27;\") <https://x.test/\x1b[31m>",
	"![alt &#27;](https://x.test/&#x9b;)",
	"<b onclick=\"&#27;\">raw \x1b[1m</b>\n\n<div>\n\x1b]8;;https://x.test\x1b\\link\n</div>",
	"```\n\x1b[31mcode block &#27;\n\t\x00tab\n```",
	"bidi \u202a\u202b\u202c\u202d\u2066\u2067\u2068\u2069 and \u0085 NEL",
}

// checkOutput fails unless every escape sequence in lines is an SGR the
// renderer wrote and no other control character is left.
func checkOutput(t *testing.T, what string, lines []string) {
	t.Helper()
	for _, l := range lines {
		if !utf8.ValidString(l) {
			t.Fatalf("%s: invalid UTF-8 %q", what, l)
		}
		for _, r := range sgrRe.ReplaceAllString(l, "") {
			if model.IsControl(r) || r == '\t' || r == '\n' {
				t.Fatalf("%s: control character %U in %q", what, r, l)
			}
		}
	}
}

func TestControlsNeverReachTheOutput(t *testing.T) {
	for _, theme := range []string{Dark, NoTTY} {
		for _, p := range []termenv.Profile{termenv.TrueColor, termenv.Ascii} {
			r := New(theme, p, false)
			for _, src := range hostile {
				checkOutput(t, fmt.Sprintf("%s %q", theme, src), r.Render(src, 60).Lines)
			}
		}
	}
	// Ascii: no escape at all
	for _, src := range hostile {
		if out := strings.Join(New(Dark, termenv.Ascii, false).Render(src, 60).Lines, ""); strings.ContainsRune(out, '\x1b') {
			t.Errorf("Ascii profile wrote an escape for %q: %q", src, out)
		}
	}
}

// sgrParams are the parameters of every SGR sequence in s.
func sgrParams(s string) []string {
	var out []string
	for _, m := range sgrRe.FindAllString(s, -1) {
		out = append(out, strings.Split(strings.TrimSuffix(strings.TrimPrefix(m, "\x1b["), "m"), ";")...)
	}
	return out
}

// NO_COLOR: the themes lose their colours, not their attributes.
func TestNoColorKeepsAttributes(t *testing.T) {
	src := "# Title\n\n## Heading\n\n*em* **strong** `code` [link](https://x.test)\n\n> quote\n\n---"
	for _, theme := range Names() {
		out := strings.Join(New(theme, termenv.TrueColor, true).Render(src, 60).Lines, "\n")
		seen := map[string]bool{}
		for _, p := range sgrParams(out) {
			switch p {
			case "0", "1", "2", "3", "4", "7", "9":
				seen[p] = true
			default:
				t.Fatalf("%s without colour: SGR parameter %q in %q", theme, p, out)
			}
		}
		if !seen["1"] || !seen["4"] {
			t.Errorf("%s without colour: no bold or underline left: %q", theme, out)
		}
	}
	// and the coloured themes do have colour
	if out := strings.Join(render(Dark, src, 60), ""); !strings.Contains(out, "38;5;") {
		t.Errorf("dark has no colour: %q", out)
	}
}

func TestLinksShowTheirAddress(t *testing.T) {
	got := shown(render(NoTTY, "[the live page](https://x.test/live) and <https://x.test/auto> and [https://x.test/same](https://x.test/same)", 200))
	want := "the live page https://x.test/live and https://x.test/auto and https://x.test/same"
	if strings.TrimSpace(got) != want {
		t.Errorf("links: %q, want %q", got, want)
	}
}

func TestHTMLIsText(t *testing.T) {
	r := New(Dark, termenv.TrueColor, false)
	out := strings.Join(r.Render("a <b>bold</b> word\n\n<script>alert(1)</script>", 80).Lines, "\n")
	if s := ansi.Strip(out); !strings.Contains(s, "a <b>bold</b> word") || !strings.Contains(s, "<script>alert(1)</script>") {
		t.Errorf("HTML not shown as written:\n%s", s)
	}
	if strings.Contains(out, "\x1b[1m") || strings.Contains(out, ";1m") || strings.Contains(out, "[1;") {
		t.Errorf("<b> was interpreted: %q", out)
	}
}

func TestCodeBlockIsPreformatted(t *testing.T) {
	got := strings.Split(shown(render(NoTTY, "```\nif x {\n    y()\n}\n```", 40)), "\n")
	want := []string{"    if x {", "        y()", "    }"}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("code block:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// Text reports where each line's text begins, after the decoration.
func TestTextColumns(t *testing.T) {
	p := New(Dark, termenv.Ascii, false).Render("# T\n\n> q\n\n- i\n\np", 40)
	want := []int{3, 0, 4, 0, 4, 0, 2}
	if fmt.Sprint(p.Text) != fmt.Sprint(want) {
		t.Errorf("text columns %v, want %v\n%s", p.Text, want, strings.Join(p.Lines, "\n"))
	}
}

func TestUnknownThemeIsPlain(t *testing.T) {
	if out := strings.Join(New("/some/style.json", termenv.TrueColor, false).Render("# T\n\ntext", 40).Lines, ""); strings.Contains(out, "38;") {
		t.Errorf("an unknown theme has colour: %q", out)
	}
}
