package ui

import (
	"bytes"
	"fmt"
	"html"
	"strings"
	"testing"

	"github.com/muesli/termenv"
	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	"github.com/yuin/goldmark/text"

	"briefing/model"
)

// hostileTexts would each be markdown structure, markup or, once a
// renderer decodes a reference, a terminal escape, if written as they are.
var hostileTexts = []string{
	"# heading", "###### six", "## closed ##", "title ##", "> quote", ">", "#",
	"- item", "-", "+ item", "* item", "1. item", "1.", "12) item", "---", "***", "___", "===", "= x",
	": definition", "~~strike~~", "~strike~", "~~~", "```", "`code`", "**strong** *em* _em_ __x__",
	"&#27;[2J", "&#x1b;]0;T&#x07;", "&amp; &lt;b&gt; &copy;", "<b>html</b>", "<!-- c -->", "<https://x.test>",
	"[link](https://x.test)", "![img](x.png)", "[ref]: /url", "| a | b |", "|---|---|", `\`, `trailing \`,
	"    indented", "a  \nhard break", "line\n- list\n# head\n> quote\n\n: def",
	"\x1b[31mred\x1b[0m", "\u202eRLO\u202c", "\u009b2J", "\x00nul\x07bel",
}

// textBriefing is a briefing whose every text field is t(): a title, a
// summary, post titles, labels, authors, each kind of block, people,
// statements, options and mentions, and the source's name.
func textBriefing(t string) *model.Briefing {
	src := t
	cite := []model.Citation{{Post: "live/1", Source: src}}
	b := &model.Briefing{
		Title:       t,
		Sources:     []model.Source{{Name: src, Kind: model.KindLiveblog, Posts: 2}},
		Summary:     []string{t, t},
		SummaryPost: "live/summary",
		Posts: []model.Post{
			{ID: "live/1", Source: src, Time: "10:00", Zone: "BST", Label: t, Title: t,
				Author: model.Author{Name: t, Role: t},
				Body: []model.Block{
					{Kind: model.BlockParagraph, Text: t}, {Kind: model.BlockCaption, Text: t},
					{Kind: model.BlockSubheading, Text: t}, {Kind: model.BlockBullet, Text: t},
					{Kind: model.BlockBullet, Text: t}, {Kind: model.BlockParagraph, Text: t},
				}},
			{ID: "live/2", Source: src, Time: "11:00", Zone: "BST", Title: t,
				Body: []model.Block{{Kind: model.BlockParagraph, Text: t}}},
		},
		People: []model.Person{
			{ID: "p1", Name: t, Short: t, Role: t, Group: model.GroupLeader},
			{ID: "p2", Name: t, Role: t, Group: model.GroupOfficial},
		},
		Statements: []model.Statement{
			{Speaker: "p1", Quote: t, Kind: model.Direct, Citations: cite},
			{Speaker: "p2", Quote: t, Kind: model.Reported, Citations: append(cite, model.Citation{Post: "live/summary", Source: src})},
		},
		Options: []model.Option{{Name: t, Assessment: t, Rank: 1, Description: t, Post: "live/2", Source: src,
			Mentions: []model.Mention{
				{Post: "live/1", Source: src, Speaker: "p1", Quote: t},
				{Post: "live/2", Source: src, Text: t},
			}}},
	}
	b.Reindex()
	return b
}

// glow's and glamour's parser: GFM (tables, strikethrough, autolinks, task lists) and
// definition lists.
var gfm = goldmark.New(goldmark.WithExtensions(extension.GFM, extension.DefinitionList))

// mdShape is the export's node tree without its text: what it is made of.
// A bare address stays an autolink (GFM's linkify), which is text a reader
// can follow, not structure, and is left out like text.
func mdShape(src string) string {
	doc := gfm.Parser().Parse(text.NewReader([]byte(src)))
	var sb strings.Builder
	depth := 0
	_ = ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			depth--
			return ast.WalkContinue, nil
		}
		depth++
		switch n.Kind() {
		case ast.KindText, ast.KindString, ast.KindAutoLink:
			return ast.WalkContinue, nil
		}
		fmt.Fprintf(&sb, "%s%s", strings.Repeat(" ", depth), n.Kind())
		if h, ok := n.(*ast.Heading); ok {
			fmt.Fprintf(&sb, "%d", h.Level)
		}
		sb.WriteByte('\n')
		return ast.WalkContinue, nil
	})
	return sb.String()
}

// The export's structure is only the exporter's: a briefing whose every
// text is hostile parses into the same tree of headings, lists, quotes and
// emphasis as the same briefing with plain words, in every pane and with a
// hostile search; and the text a renderer shows holds no control character
// once it decodes character references.
func TestMarkdownStructureIsTheExporters(t *testing.T) {
	texts := append(slices0(hostileTexts), strings.Join(hostileTexts, "\n"), strings.Join(hostileTexts, " "))
	for _, h := range texts {
		plainB, hostileB := textBriefing("word"), textBriefing(h)
		for _, pane := range []string{"all", "timeline", "leaders", "guarantees"} {
			for _, query := range []bool{false, true} {
				pf, hf := model.Filter{}, model.Filter{}
				if query {
					pf.Query, hf.Query = "word", h
				}
				hv := hostileB.Apply(hf)
				if len(hv.Posts) == 0 {
					// Apply drops the query's controls, which the texts here
					// keep: then it matches nothing, and neither must "word"'s.
					pf.Query = "no such word"
				}
				want := mdShape(Markdown(plainB, plainB.Apply(pf), ExportOptions{Pane: pane}))
				md := Markdown(hostileB, hv, ExportOptions{Pane: pane})
				if got := mdShape(md); got != want {
					t.Errorf("text %q, pane %s, search %v: the export's structure changed:\n%s\nwant:\n%s\nmarkdown:\n%s", h, pane, query, got, want, md)
					continue
				}
				var out bytes.Buffer
				if err := gfm.Convert([]byte(md), &out); err != nil {
					t.Fatal(err)
				}
				if i := strings.IndexFunc(html.UnescapeString(out.String()), model.IsControl); i >= 0 {
					t.Errorf("text %q, pane %s: rendered text holds a control character:\n%q", h, pane, out.String())
				}
			}
		}
	}
}

func slices0(s []string) []string { return append([]string(nil), s...) }

func TestMDEscapers(t *testing.T) {
	tests := []struct {
		fn       func(string) string
		name     string
		in, want string
	}{
		{mdInline, "inline", "plain words", "plain words"},
		{mdInline, "inline", "a *b* _c_ `d` [e](f) <g>", "a \\*b\\* \\_c\\_ \\`d\\` \\[e\\](f) \\<g>"},
		{mdInline, "inline", "~~x~~", "&#126;&#126;x&#126;&#126;"},
		{mdInline, "inline", "&#27;[2J", "&amp;\\#27;\\[2J"},
		{mdInline, "inline", "Q&A", "Q&amp;A"},
		{mdInline, "inline", "a | b", `a \| b`},
		{mdInline, "inline", "- not at the start - 1. either", "- not at the start - 1. either"},
		{mdInline, "inline", "a\n\n  b\tc", "a b c"},
		{mdInline, "inline", "\x1b[2J\u202ex\x07", "\\[2Jx"},
		{mdInline, "inline", `back\slash`, `back\\slash`},
		{mdLine, "line", "# h", `\# h`},
		{mdLine, "line", "> q", `\> q`},
		{mdLine, "line", "- l", `\- l`},
		{mdLine, "line", "+ l", `\+ l`},
		{mdLine, "line", "* l", `\* l`},
		{mdLine, "line", "1. l", `1\. l`},
		{mdLine, "line", "12) l", `12\) l`},
		{mdLine, "line", "1.", `1\.`},
		{mdLine, "line", "---", `\---`},
		{mdLine, "line", "===", "&#61;=="},
		{mdLine, "line", ": def", "&#58; def"},
		{mdLine, "line", "2025 was a year.", "2025 was a year."},
		{mdLine, "line", "it's “curly” - fine", "it's “curly” - fine"},
		{mdLine, "line", "", ""},
		{mdHeading, "heading", "title ##", `title \#\#`},
		{mdCell, "cell", "a|b", `a\|b`},
	}
	for _, tt := range tests {
		if got := tt.fn(tt.in); got != tt.want {
			t.Errorf("md%s(%q) = %q, want %q", tt.name, tt.in, got, tt.want)
		}
	}
}

// What a reader sees in the detail is the text as written, without a
// backslash or reference showing: the escapes cost nothing on screen.
func TestMDEscapeRendersAsWritten(t *testing.T) {
	c := newMDCache("notty", termenv.Ascii, false)
	for i, h := range hostileTexts {
		want := strings.Join(strings.Fields(plain(h)), " ")
		got := strings.TrimSpace(strings.Join(c.render(fmt.Sprint(i), mdLine(h), 1000).Lines, "\n"))
		if got != want {
			t.Errorf("the detail shows mdLine(%q) as %q, want %q", h, got, want)
		}
	}
}
