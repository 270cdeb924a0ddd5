package ui

import (
	"io"
	"strconv"
	"strings"

	"github.com/charmbracelet/bubbles/list"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/ansi"

	"briefing/model"
)

// row is what every list in the ui shows: a title with something on the
// right, and an optional second line. The model types stay free of Charm
// imports; these adapters wrap them.
type row interface {
	list.Item
	key() string // stable id, the cache key for its markdown
	title() string
	right() string
	meta() string
}

type summaryItem struct{ bullets []string }

func (summaryItem) FilterValue() string { return "" }
func (summaryItem) key() string         { return "summary" }
func (summaryItem) title() string       { return "Summary" }
func (summaryItem) right() string       { return "" }
func (s summaryItem) meta() string      { return plural(len(s.bullets), "point", "points") }

type postItem struct{ p *model.Post }

func (postItem) FilterValue() string { return "" }
func (i postItem) key() string       { return "post:" + i.p.ID }
func (i postItem) title() string     { return i.p.Heading() }
func (i postItem) right() string { // the clock time, else a relative "1 hr 8 min ago"
	if i.p.Time != "" {
		return i.p.Time
	}
	if i.p.When == "" && len(i.p.Label) <= maxRightLabel && strings.ContainsAny(i.p.Label, "0123456789") {
		return i.p.Label // a race's or a match's own clock: "Lap 35/71", "88 mins"; not "Breaking"
	}
	return i.p.When
}

// maxRightLabel is the longest label that stands in the time's column for
// a post with no time: "Lap 35/71", "90+4 mins".
const maxRightLabel = 12

func (i postItem) meta() string {
	parts := make([]string, 0, 3)
	if i.p.Label != "" {
		parts = append(parts, i.p.Label)
	}
	if i.p.Author.Name != "" {
		parts = append(parts, i.p.Author.Name)
	}
	if len(parts) == 0 {
		for _, bl := range i.p.Body { // no byline: the opening words say more than the source name
			if bl.Kind == model.BlockParagraph && !strings.HasPrefix(bl.Text, strings.TrimSuffix(i.p.Heading(), "…")) {
				return bl.Text
			}
		}
		if i.p.Time == "" { // an article whose title is its opening line
			return "Article"
		}
	}
	return strings.Join(parts, " · ")
}

type personItem struct {
	p     *model.Person
	count int
	stmts []*model.Statement // those that pass the filter
}

func (personItem) FilterValue() string { return "" }
func (i personItem) key() string       { return "person:" + i.p.ID }
func (i personItem) title() string     { return i.p.Name }
func (i personItem) right() string     { return plural(i.count, "statement", "statements") }

// meta is the person's group and role; a person the page gives no role
// shows the group alone, without a dangling separator.
func (i personItem) meta() string {
	if i.p.Role == "" {
		return groupName(i.p.Group)
	}
	return groupName(i.p.Group) + " · " + i.p.Role
}

type statementItem struct {
	s    *model.Statement
	post *model.Post // first citation, nil for the summary
}

func (statementItem) FilterValue() string { return "" }
func (i statementItem) key() string {
	return "stmt:" + i.s.Speaker + ":" + i.s.Citations[0].Post + ":" + i.s.Quote
}
func (i statementItem) title() string { return quoteText(i.s) }
func (i statementItem) right() string {
	if i.post != nil {
		return i.post.Time
	}
	return ""
}
func (i statementItem) meta() string {
	if i.post == nil {
		return string(i.s.Kind) + " · summary"
	}
	return string(i.s.Kind) + " · " + i.post.Heading()
}

type optionItem struct{ o model.OptionView }

func (optionItem) FilterValue() string { return "" }
func (i optionItem) key() string       { return "option:" + i.o.Name }
func (i optionItem) title() string     { return i.o.Name }
func (i optionItem) right() string     { return plural(len(i.o.Mentions), "mention", "mentions") }
func (i optionItem) meta() string      { return i.o.Assessment }

// isNew reports a row that stands for a post a refresh brought and the
// reader has not seen: the post, a statement first cited in it, a person
// with such a statement or an option such a post mentions (where to look
// for it).
func isNew(r row, fresh map[string]bool) bool {
	if len(fresh) == 0 {
		return false
	}
	switch it := r.(type) {
	case postItem:
		return fresh[it.p.ID]
	case statementItem:
		return fresh[it.s.Citations[0].Post]
	case personItem:
		for _, s := range it.stmts {
			if fresh[s.Citations[0].Post] {
				return true
			}
		}
	case optionItem:
		for _, mn := range it.o.Mentions {
			if fresh[mn.Post] { // a new post speaks of this option
				return true
			}
		}
	}
	return false
}

func groupName(g model.Group) string {
	switch g {
	case model.GroupLeader:
		return "Leader"
	case model.GroupOfficial:
		return "Official"
	case model.GroupSource:
		return "Source"
	default:
		return "Commentator"
	}
}

func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return strconv.Itoa(n) + " " + many
}

// rowDelegate draws a row in one or two lines, marks the selection with a
// bar (visible without colour) and highlights the search query.
type rowDelegate struct {
	st    *Styles
	two   bool            // second line with meta
	query string          // lower-cased search text to highlight
	dim   bool            // the list is not focused: draw the selection quieter
	fresh map[string]bool // ids of the posts a refresh brought, marked until seen
	// edited: ids of posts a refresh changed, marked ◦ until seen
	edited map[string]bool
}

func (d rowDelegate) Height() int {
	if d.two {
		return 2
	}
	return 1
}
func (d rowDelegate) Spacing() int                        { return 0 }
func (d rowDelegate) Update(tea.Msg, *list.Model) tea.Cmd { return nil }
func (d rowDelegate) Render(w io.Writer, m list.Model, index int, it list.Item) {
	r, ok := it.(row)
	if !ok {
		return
	}
	width := m.Width()
	sel := index == m.Index()
	st, meta, marker := d.st.Item, d.st.ItemMeta, "  "
	if isNew(r, d.fresh) {
		marker = "• "
	} else if p, ok := r.(postItem); ok && d.edited[p.p.ID] {
		marker = "◦ " // changed on the page since it was seen
	}
	if sel {
		st, meta, marker = d.st.Selected, d.st.SelectedMeta, "▌ "
		if d.dim {
			marker = "│ "
		}
	}
	body := max(0, width-2)
	right := sameWidth(plain(r.right()))
	if ansi.StringWidth(right)+12 > body {
		right = ""
	}
	tw := body
	if right != "" {
		tw = body - ansi.StringWidth(right) - 1
	}
	title, more := splitTitle(sameWidth(plain(r.title())), tw, d.two)
	title = ansi.Truncate(title, tw, "…")
	line := d.st.Marker.Render(marker) + highlight(title, d.query, st, d.st.Match)
	if right != "" {
		pad := max(1, body-ansi.StringWidth(title)-ansi.StringWidth(right))
		line += strings.Repeat(" ", pad) + d.st.ItemRight.Render(right)
	}
	io.WriteString(w, line) //nolint:errcheck // list writes into a strings.Builder
	if !d.two {
		return
	}
	pre := "  "
	if sel {
		pre = d.st.Marker.Render(marker)
	}
	if more != "" { // the title goes on where the meta would be: it says more
		more = ansi.Truncate(more, body, "…")
		io.WriteString(w, "\n"+pre+highlight(more, d.query, st, d.st.Match)) //nolint:errcheck
		return
	}
	m2 := ansi.Truncate(sameWidth(plain(r.meta())), body, "…")
	io.WriteString(w, "\n"+pre+highlight(m2, d.query, meta, d.st.Match)) //nolint:errcheck
}

// splitTitle breaks a title too long for its w cells at a word, so that a
// two-line row shows it on both lines instead of cutting it at the list's
// width; rest is "" when it fits (or the row has one line), and is cut
// with "…" by the caller when even two lines are too few.
func splitTitle(title string, w int, two bool) (first, rest string) {
	if !two || w <= 0 || ansi.StringWidth(title) <= w {
		return title, ""
	}
	first, _, _ = strings.Cut(ansi.Wordwrap(title, w, ""), "\n")
	first = strings.TrimRight(first, " ")
	if ansi.StringWidth(first) > w || !strings.HasPrefix(title, first) { // one word longer than the line: cut it
		return title, ""
	}
	return first, strings.TrimSpace(title[len(first):])
}

// highlight styles plain text s with base and every case-insensitive
// occurrence of q with hi. s is source text already cleaned by the loader;
// nothing here adds anything but the styles' own sequences.
func highlight(s, q string, base, hi lipgloss.Style) string {
	if q == "" || s == "" {
		return base.Render(s)
	}
	q = sameWidth(q) // s went through it: Devanagari has its cluster breaks
	ls := strings.ToLower(s)
	if len(ls) != len(s) { // folding changed byte offsets: draw unhighlighted
		return base.Render(s)
	}
	var sb strings.Builder
	for {
		i := strings.Index(ls, q)
		if i < 0 {
			break
		}
		if i > 0 {
			sb.WriteString(base.Render(s[:i]))
		}
		sb.WriteString(hi.Render(s[i : i+len(q)]))
		s, ls = s[i+len(q):], ls[i+len(q):]
	}
	if s != "" {
		sb.WriteString(base.Render(s))
	}
	return sb.String()
}

// newList is the one constructor of every bubbles list in the ui: it tames
// the list so that it only moves (STYLE 3.2 rule 6). Search, help and quit
// belong to the app.
func newList(k keyMap, d list.ItemDelegate) rowList {
	l := rowList{Model: list.New(nil, d, 0, 0), d: d, pageUp: k.PageUp, pageDown: k.PageDown}
	l.SetShowHelp(false)
	l.SetShowTitle(false)
	l.SetFilteringEnabled(false)
	l.SetShowStatusBar(false)
	l.SetShowPagination(false)
	l.DisableQuitKeybindings()
	l.KeyMap = k.listKeys()
	l.InfiniteScrolling = false
	return l
}
