package ui

import (
	"bytes"
	"encoding/base64"
	"strings"
	"testing"

	"briefing/model"
)

func TestMarkdownTimeline(t *testing.T) {
	b := exportBriefing()
	got := Markdown(b, b.Apply(model.Filter{}), ExportOptions{Pane: "timeline", NewestFirst: true})
	want := `# Test talks

## Summary

- Leaders met in Washington
- Merz wants a ceasefire

## Timeline

### 06:38 BST · Analysis · What form could a guarantee take?

*Frank Gardner, Security correspondent*

There are broadly two possibilities:

- Boots on the ground - This is considered the least likely
- Intelligence - the US would probably be happy to assist

#### What next

\- not a list, and \*not\* emphasis

### 05:50 BST · What the leaders said

> Leaders stand in a row

"I can't imagine that the next meeting would take place without a ceasefire," said German Chancellor Friedrich Merz.

Putin had agreed to a bilateral meeting, Merz said.

Macron wants "boots on the ground".

### 03:59 BST · Meeting is over

*Ann Editor, Live editor*

Trump said the talks were "very good".

Kremlin aide Yuri Ushakov said it was "worthwhile".
`
	if got != want {
		t.Errorf("timeline export:\n%s\nwant:\n%s", got, want)
	}
}

func TestMarkdownOrder(t *testing.T) {
	b := exportBriefing()
	tests := []struct {
		newest bool
		first  string
	}{
		{true, "### 06:38 BST"},
		{false, "### 03:59 BST"},
	}
	for _, tt := range tests {
		got := Markdown(b, b.Apply(model.Filter{}), ExportOptions{Pane: "timeline", NewestFirst: tt.newest})
		i := strings.Index(got, "### ")
		if i < 0 || !strings.HasPrefix(got[i:], tt.first) {
			t.Errorf("NewestFirst=%v: first post heading %q, want %q", tt.newest, firstLine(got[max(i, 0):]), tt.first)
		}
	}
}

func TestMarkdownFilterLine(t *testing.T) {
	b := exportBriefing()
	tests := []struct {
		name   string
		filter model.Filter
		want   string // "" = no filter line at all
	}{
		{"none", model.Filter{}, ""},
		{"leaders by short name, in order of choice", model.Filter{People: []string{"merz", "macron"}},
			"*Filtered by leader: Merz, Macron · 2 of 3 posts*"},
		{"search", model.Filter{Query: "ceasefire"}, `*Filtered by search: "ceasefire" · 1 of 3 posts*`},
		{"no short name falls back to the full name", model.Filter{People: []string{"ushakov"}, Query: "day"},
			`*Filtered by leader: Yuri Ushakov · search: "day" · 0 of 3 posts*`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Markdown(b, b.Apply(tt.filter), ExportOptions{Pane: "leaders"})
			lines := strings.Split(got, "\n")
			if tt.want == "" {
				if lines[2] != "## People" {
					t.Errorf("unfiltered export has a filter line: %q", lines[2])
				}
				return
			}
			if lines[2] != tt.want {
				t.Errorf("filter line = %q, want %q", lines[2], tt.want)
			}
		})
	}
}

func TestMarkdownLeaders(t *testing.T) {
	b := exportBriefing()
	got := Markdown(b, b.Apply(model.Filter{}), ExportOptions{Pane: "leaders"})
	want := `# Test talks

## People

### Leaders

#### Donald Trump (US President)

- “very good” — 03:59 BST, *Meeting is over*, live

#### Friedrich Merz (German Chancellor)

- “I can't imagine that the next meeting would take place without a ceasefire,” — 05:50 BST, *What the leaders said*, live
- *Reported:* Putin had agreed to a bilateral meeting — 05:50 BST, *What the leaders said*, live

#### Emmanuel Macron (French President)

- “boots on the ground” — 05:50 BST, *What the leaders said*, live (and 1 more)

### Officials

#### Yuri Ushakov (Kremlin aide)

- “worthwhile” — 03:59 BST, *Meeting is over*, live

### Commentators

#### Frank Gardner (Security correspondent)

*No statements.*
`
	if got != want {
		t.Errorf("leaders export:\n%s\nwant:\n%s", got, want)
	}

	merz := Markdown(b, b.Apply(model.Filter{People: []string{"merz"}}), ExportOptions{Pane: "leaders"})
	if !strings.Contains(merz, "I can't imagine") || strings.Contains(merz, "boots on the ground") ||
		strings.Contains(merz, "### Officials") {
		t.Errorf("leaders export filtered to Merz shows others:\n%s", merz)
	}
}

func TestMarkdownGuarantees(t *testing.T) {
	b := exportBriefing()
	got := Markdown(b, b.Apply(model.Filter{}), ExportOptions{Pane: "guarantees"})
	want := `# Test talks

## Guarantees

### Boots on the ground

*Assessment: considered the least likely · rank 2 of 2 by likelihood (1 = most likely)*

Troops deployed in Ukraine

#### Mentions

- **Emmanuel Macron**: “boots on the ground” — 05:50 BST, *What the leaders said*, live

### Intelligence

*Assessment: probably be happy to assist · rank 1 of 2 by likelihood (1 = most likely)*

Satellite and aerial intelligence

*No mentions.*
`
	if got != want {
		t.Errorf("guarantees export:\n%s\nwant:\n%s", got, want)
	}

	none := &model.Briefing{Title: "Empty"}
	if got := Markdown(none, none.Apply(model.Filter{}), ExportOptions{Pane: "guarantees"}); !strings.Contains(got, "*This briefing lays out no options.*") {
		t.Errorf("briefing without options:\n%s", got)
	}
}

func TestMarkdownAll(t *testing.T) {
	b := exportBriefing()
	v := b.Apply(model.Filter{})
	all := Markdown(b, v, ExportOptions{NewestFirst: true})
	if again := Markdown(b, v, ExportOptions{Pane: "all", NewestFirst: true}); again != all {
		t.Errorf(`Pane "" and "all" differ`)
	}
	// "all" is the three panes in order, under one title.
	var want strings.Builder
	want.WriteString(Markdown(b, v, ExportOptions{Pane: "timeline", NewestFirst: true}))
	for _, pane := range []string{"leaders", "guarantees"} {
		one := Markdown(b, v, ExportOptions{Pane: pane})
		want.WriteString("\n" + strings.TrimPrefix(one, "# Test talks\n\n"))
	}
	if all != want.String() {
		t.Errorf("all export is not timeline+leaders+guarantees:\n%s", all)
	}
}

func TestMarkdownWellFormed(t *testing.T) {
	b := exportBriefing()
	b.Posts[0].Body = append(b.Posts[0].Body, model.Block{Kind: model.BlockParagraph, Text: "line one   \n\n  line two  "})
	b.Reindex()
	filters := []model.Filter{{}, {People: []string{"merz"}}, {Query: "ceasefire"}, {Query: "nothing matches this"}}
	for _, f := range filters {
		for _, pane := range []string{"timeline", "leaders", "guarantees", "all"} {
			got := Markdown(b, b.Apply(f), ExportOptions{Pane: pane})
			if got != Markdown(b, b.Apply(f), ExportOptions{Pane: pane}) {
				t.Errorf("%s %+v: not deterministic", pane, f)
			}
			if !strings.HasSuffix(got, "\n") || strings.HasSuffix(got, "\n\n") {
				t.Errorf("%s %+v: does not end with exactly one newline", pane, f)
			}
			for i, l := range strings.Split(got, "\n") {
				if strings.TrimRight(l, " \t") != l {
					t.Errorf("%s %+v: line %d has trailing space: %q", pane, f, i+1, l)
				}
			}
			if strings.Contains(got, "\n\n\n") {
				t.Errorf("%s %+v: more than one blank line in a row", pane, f)
			}
		}
	}
	got := Markdown(b, b.Apply(model.Filter{}), ExportOptions{Pane: "timeline"})
	if !strings.Contains(got, "\nline one line two\n") {
		t.Errorf("a block with newlines is not kept as one paragraph:\n%s", got)
	}
	if got := Markdown(b, b.Apply(model.Filter{Query: "nothing matches this"}), ExportOptions{Pane: "timeline"}); !strings.Contains(got, "*No posts match.*") {
		t.Errorf("empty timeline does not say so:\n%s", got)
	}
}

func TestMarkdownEscapes(t *testing.T) {
	tests := []struct{ in, want string }{
		{"plain words", "plain words"},
		{"a *b* _c_ `d` [e](f) <g>", `a \*b\* \_c\_ \` + "`d\\`" + ` \[e\](f) \<g>`},
		{"# not a heading", `\# not a heading`},
		{"> not a quote", `\> not a quote`},
		{"+ not a list", `\+ not a list`},
		{"12. not a list", `12\. not a list`},
		{"2025 was a year.", "2025 was a year."},
		{"it's “curly” - fine", "it's “curly” - fine"},
	}
	for _, tt := range tests {
		if got := mdLine(tt.in); got != tt.want {
			t.Errorf("mdLine(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// Issue 8: one document per item. The detail renders it, y copies it and
// the export holds it, headings shifted under the export's sections: a
// reader who copies a post gets what they read, and what the file says.
func TestItemMarkdownIsOneDocument(t *testing.T) {
	b := exportBriefing()
	var buf bytes.Buffer
	opts := testOptions()
	opts.Clipboard = &buf
	m := press(New(b, opts), size(120, 40))
	export := Markdown(b, b.Apply(model.Filter{}), ExportOptions{NewestFirst: true})
	check := func(what string, m Model, level int) {
		t.Helper()
		r := m.activeBrowser().selected()
		_, detail := docOf(m.sh, r)
		buf.Reset()
		_, cmd := m.Update(runes("y"))
		cmd()
		copied := osc52Payload(t, buf.String())
		if !strings.HasPrefix(detail, copied) {
			t.Errorf("%s: the detail is not the copied document:\ndetail:\n%s\ncopied:\n%s", what, detail, copied)
		}
		if !strings.HasPrefix(copied, "# ") {
			t.Errorf("%s: a copied item is a document of its own, its title at #:\n%s", what, copied)
		}
		if in := shiftHeadings(copied, level-1); !strings.Contains(export, in) {
			t.Errorf("%s: the export does not hold the item's document:\n%s\nexport:\n%s", what, in, export)
		}
	}
	check("summary", m, 2)
	check("post", press(m.clone(), runes("j")), 3)
	check("person", press(m.clone(), runes("2")), 4)
	check("option", press(m.clone(), runes("3")), 3)
	check("option with mentions", press(m.clone(), runes("3"), runes("j")), 3)
}

// The export never repeats its section's heading one level down (it wrote
// "## Leaders" then "### Leaders").
func TestExportHeadingsNotRepeated(t *testing.T) {
	b := loadSeed(t)
	md := Markdown(b, b.Apply(model.Filter{}), ExportOptions{})
	var parents []string // parents[i]: the last heading at level i+1
	for _, l := range strings.Split(md, "\n") {
		n := len(l) - len(strings.TrimLeft(l, "#"))
		if n == 0 || !strings.HasPrefix(l[n:], " ") {
			continue
		}
		text := l[n+1:]
		if n >= 2 && len(parents) >= n-1 && parents[n-2] == text {
			t.Errorf("%q repeats its parent heading", l)
		}
		parents = append(parents[:min(len(parents), n-1)], text)
	}
}

// shiftHeadings moves every ATX heading of an item's document n levels down.
func shiftHeadings(doc string, n int) string {
	lines := strings.Split(doc, "\n")
	for i, l := range lines {
		if strings.HasPrefix(l, "#") {
			lines[i] = strings.Repeat("#", n) + l
		}
	}
	return strings.Join(lines, "\n")
}

// osc52Payload decodes what an OSC 52 copy sequence puts on the clipboard.
func osc52Payload(t *testing.T, seq string) string {
	t.Helper()
	rest, ok := strings.CutPrefix(seq, "\x1b]52;c;")
	if !ok {
		t.Fatalf("not an OSC 52 sequence: %q", seq)
	}
	rest = strings.TrimSuffix(strings.TrimSuffix(rest, "\a"), "\x1b\\")
	data, err := base64.StdEncoding.DecodeString(rest)
	if err != nil {
		t.Fatalf("OSC 52 payload %q: %v", rest, err)
	}
	return string(data)
}

func firstLine(s string) string {
	line, _, _ := strings.Cut(s, "\n")
	return line
}
