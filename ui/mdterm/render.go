package mdterm

import (
	"strconv"
	"strings"

	"github.com/charmbracelet/x/ansi"
	"github.com/muesli/termenv"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
)

// Renderer renders markdown in one theme and colour profile. It keeps only
// its configuration and a parser between renders; use it from one
// goroutine at a time.
type Renderer struct {
	theme   Theme
	profile termenv.Profile
	parser  parser.Parser
}

// New is a renderer for the named theme (an unknown name renders as
// notty, the plain theme) in profile, which decides which sequences a
// style becomes (Ascii: none at all). noColor drops the theme's colours
// and keeps its attributes.
func New(theme string, profile termenv.Profile, noColor bool) *Renderer {
	t, ok := Lookup(theme)
	if !ok {
		t = themes[NoTTY]
	}
	if noColor {
		t = t.withoutColour()
	}
	// CommonMark, no extensions: the documents are the export's, which
	// escapes everything a GFM reader would also take for markup.
	p := parser.NewParser(parser.WithBlockParsers(parser.DefaultBlockParsers()...),
		parser.WithInlineParsers(parser.DefaultInlineParsers()...),
		parser.WithParagraphTransformers(parser.DefaultParagraphTransformers()...))
	return &Renderer{theme: t, profile: profile, parser: p}
}

// Page is a rendered document.
type Page struct {
	// Lines are the document's lines, none wider than the width asked for
	// (measured as x/ansi's StringWidth does) and without trailing blanks.
	Lines []string
	// Text holds, for each line, the cell column its text starts at: the
	// cells before it are decoration (the margin, a quote's bar, a list's
	// bullet or indent, a title's padding).
	Text []int
}

// The margins either side of the document, as glamour's: two cells, when
// the width leaves room for text.
func margins(width int) (left, right int) {
	switch {
	case width >= 24:
		return 2, 2
	case width >= 8:
		return 2, 0
	}
	return 0, 0
}

// Render lays src out at width cells (at least 1).
func (r *Renderer) Render(src string, width int) Page {
	width = max(width, 1)
	body := r.layout(src, width)
	page := Page{Lines: make([]string, 0, len(body)), Text: make([]int, 0, len(body))}
	for _, l := range body {
		if ansi.StringWidth(l.s) > width {
			// not reached by the layout, which measures every piece; a
			// cluster formed across two runs is the one thing it cannot see
			l.s = ansi.Truncate(l.s, width, "") + reset
		}
		page.Lines = append(page.Lines, l.s)
		page.Text = append(page.Text, min(l.text, width))
	}
	if len(page.Lines) == 0 {
		page.Lines, page.Text = []string{""}, []int{0}
	}
	return page
}

// layout is src's lines at width, inside the margins.
func (r *Renderer) layout(src string, width int) []line {
	left, right := margins(width)
	b := []byte(src)
	w := walker{r: r, src: b, ids: map[Style]styleID{}}
	body := w.blocks(r.parser.Parse(text.NewReader(b)), width-left-right, r.theme.Text, false)
	pad := strings.Repeat(" ", left)
	for i, l := range body {
		if l.s != "" {
			body[i] = line{s: pad + l.s, text: l.text + left}
		} else {
			body[i] = line{}
		}
	}
	return body
}

const reset = "\x1b[0m"

// line is one output line and where its text starts.
type line struct {
	s    string
	text int
}

// walker renders one document.
type walker struct {
	r    *Renderer
	src  []byte
	ids  map[Style]styleID // the styles used so far, and
	sgrs []string          // the sequence of each
}

// blocks renders parent's children one after another at width, a blank
// line between two blocks unless tight (a tight list's item).
func (w *walker) blocks(parent ast.Node, width int, ctx Style, tight bool) []line {
	var lines []line
	for c := parent.FirstChild(); c != nil; c = c.NextSibling() {
		b := w.block(c, width, ctx)
		if len(b) == 0 {
			continue
		}
		if len(lines) > 0 && !tight {
			lines = append(lines, line{})
		}
		lines = append(lines, b...)
	}
	return lines
}

func (w *walker) block(n ast.Node, width int, ctx Style) []line {
	t := &w.r.theme
	switch n := n.(type) {
	case *ast.Paragraph, *ast.TextBlock:
		return w.lines(flow(w.inline(n, ctx), width), 0)
	case *ast.Heading:
		st := ctx.over(t.Heading)
		if n.Level == 1 {
			st = ctx.over(t.Title)
		}
		runs := w.inline(n, st)
		if n.Level == 1 && t.TitlePad && width >= 3 {
			return w.titleLines(runs, width, st)
		}
		return w.lines(flow(runs, width), 0)
	case *ast.ThematicBreak:
		return w.lines([][]seg{{w.seg(strings.Repeat(t.RuleGlyph, min(8, width)), ctx.over(t.Rule))}}, 0)
	case *ast.Blockquote:
		return w.quote(n, width, ctx)
	case *ast.List:
		return w.list(n, width, ctx)
	case *ast.FencedCodeBlock, *ast.CodeBlock:
		indent := 2
		if width < 8 {
			indent = 0
		}
		return w.pre(n.Lines(), nil, width, indent, ctx.over(t.CodeBlock))
	case *ast.HTMLBlock:
		var closure *text.Segment
		if n.HasClosure() {
			closure = &n.ClosureLine
		}
		return w.pre(n.Lines(), closure, width, 0, ctx)
	}
	if n.HasChildren() {
		return w.blocks(n, width, ctx, false)
	}
	return nil
}

// titleLines is a first-level heading drawn on its background with a
// cell of it either side of each line.
func (w *walker) titleLines(runs []seg, width int, st Style) []line {
	rows := flow(runs, width-2)
	for i, r := range rows {
		rows[i] = append(append([]seg{w.seg(" ", st)}, r...), w.seg(" ", st))
	}
	return w.lines(rows, 1)
}

// quote is a block quote: its blocks behind a bar, one cell and a space.
func (w *walker) quote(n *ast.Blockquote, width int, ctx Style) []line {
	t := &w.r.theme
	if width < 3 {
		return w.blocks(n, width, ctx.over(t.Quote), false) // no room for a bar
	}
	inner := w.blocks(n, width-2, ctx.over(t.Quote), false)
	bar := w.emit([]seg{w.seg(t.BarGlyph, ctx.over(t.Bar))})
	out := make([]line, len(inner))
	for i, l := range inner {
		if l.s == "" {
			out[i] = line{s: bar, text: 1}
			continue
		}
		out[i] = line{s: bar + " " + l.s, text: 2 + l.text}
	}
	return out
}

// list is a list, each item's blocks after its bullet or number and
// indented under it (the hanging indent).
func (w *walker) list(n *ast.List, width int, ctx Style) []line {
	t := &w.r.theme
	var marks []string
	num := n.Start
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		if n.IsOrdered() {
			marks = append(marks, strconv.Itoa(num)+string(n.Marker))
			num++
		} else {
			marks = append(marks, t.BulletGlyph)
		}
	}
	mw := 0
	for _, m := range marks {
		mw = max(mw, len(m)) // ASCII digits, or a one-cell bullet
	}
	if n.IsOrdered() {
		for i, m := range marks { // numbers right-aligned: " 9." over "10."
			marks[i] = strings.Repeat(" ", mw-len(m)) + m
		}
	} else {
		mw = 1
	}
	mw++ // the space after the marker
	if width-mw < 1 {
		mw = 0 // no room for markers: the items' text alone
	}
	indent := strings.Repeat(" ", mw)
	var out []line
	i := 0
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		body := w.blocks(c, width-mw, ctx, n.IsTight)
		if len(body) == 0 {
			body = []line{{}} // an empty item still shows its marker
		}
		if len(out) > 0 && !n.IsTight {
			out = append(out, line{})
		}
		for j, l := range body {
			switch {
			case j == 0 && mw > 0 && l.s == "":
				out = append(out, line{s: w.emit([]seg{w.seg(marks[i], ctx.over(t.Marker))}), text: mw})
			case j == 0 && mw > 0:
				out = append(out, line{s: w.emit([]seg{w.seg(marks[i], ctx.over(t.Marker))}) + " " + l.s, text: mw + l.text})
			case l.s == "":
				out = append(out, line{})
			default:
				out = append(out, line{s: indent + l.s, text: mw + l.text})
			}
		}
		i++
	}
	return out
}

// pre is preformatted text (a code block, raw HTML): each source line as
// it is, indented, broken where it is wider than the width.
func (w *walker) pre(segs *text.Segments, closure *text.Segment, width, indent int, st Style) []line {
	var src []string
	for i := 0; i < segs.Len(); i++ {
		s := segs.At(i)
		src = append(src, string(s.Value(w.src)))
	}
	if closure != nil {
		src = append(src, string(closure.Value(w.src)))
	}
	pad := strings.Repeat(" ", indent)
	var out []line
	for _, s := range src {
		s = strings.ReplaceAll(strings.TrimRight(s, "\r\n"), "\t", "    ")
		for _, row := range breakText(clean(s), width-indent, w.seg("", st).st) {
			l := w.emit(row)
			if l != "" {
				l = pad + l
			}
			out = append(out, line{s: l, text: indent})
		}
	}
	// blank lines at the end are the block's separation, not its text
	for len(out) > 0 && out[len(out)-1].s == "" {
		out = out[:len(out)-1]
	}
	return out
}

// lines emits rows whose text starts at column at.
func (w *walker) lines(rows [][]seg, at int) []line {
	out := make([]line, len(rows))
	for i, r := range rows {
		out[i] = line{s: w.emit(r), text: at}
	}
	return out
}

// emit writes a row's runs, each style's sequence once where it starts and
// a reset where it ends, so every line stands alone.
func (w *walker) emit(row []seg) string {
	var sb strings.Builder
	open := ""
	for _, s := range row {
		if q := w.sgrs[s.st]; q != open {
			if open != "" {
				sb.WriteString(reset)
			}
			sb.WriteString(q)
			open = q
		}
		sb.WriteString(s.text)
	}
	if open != "" {
		sb.WriteString(reset)
	}
	return sb.String()
}
