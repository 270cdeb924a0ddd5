package ui

import (
	"bufio"
	"fmt"
	"io"
	"slices"
	"strings"

	"briefing/model"
)

// ExportOptions says which part of a view to export and in which order.
type ExportOptions struct {
	Pane        string // timeline, leaders, guarantees or all ("" = all)
	NewestFirst bool   // timeline posts newest first, as on a live page
	Person      string // leaders: only this person (the TUI's statements drill-down)
}

// Markdown renders a view as a markdown document. It is the one exporter:
// the TUI's `e` key and `briefing export` both call it, so a file written
// from the TUI has the same bytes as the CLI's output for the same filter.
// The output is deterministic, has no trailing spaces and ends with exactly
// one newline.
func Markdown(b *model.Briefing, v model.View, o ExportOptions) string {
	var d expDoc
	markdown(&d, b, v, o)
	return d.String()
}

// WriteMarkdown writes Markdown's document to w a block at a time, so a
// long briefing's export is never held whole in memory.
func WriteMarkdown(w io.Writer, b *model.Briefing, v model.View, o ExportOptions) error {
	bw := bufio.NewWriterSize(w, 64<<10)
	d := expDoc{w: bw}
	markdown(&d, b, v, o)
	return d.flush()
}

func markdown(d *expDoc, b *model.Briefing, v model.View, o ExportOptions) {
	title := b.Title
	if title == "" {
		title = "Briefing"
	}
	d.add("# " + mdHeading(title))
	if f := expFilterLine(b, v); f != "" {
		d.add(f)
	}
	switch o.Pane {
	case "timeline":
		expTimeline(d, b, v, o.NewestFirst)
	case "leaders":
		if o.Person != "" {
			v.People = slices.DeleteFunc(slices.Clone(v.People), func(p *model.Person) bool { return p.ID != o.Person })
		}
		expLeaders(d, b, v)
	case "guarantees":
		expGuarantees(d, b, v)
	default:
		expTimeline(d, b, v, o.NewestFirst)
		expLeaders(d, b, v)
		expGuarantees(d, b, v)
	}
}

// PostMarkdown is one post as the timeline export writes it, for copying a
// single item; its heading is level 3 like in the export.
func PostMarkdown(p *model.Post) string {
	var d expDoc
	expPost(&d, p)
	return d.String()
}

// PersonMarkdown is one person and their statements in v, as the leaders
// export writes them.
func PersonMarkdown(b *model.Briefing, v model.View, p *model.Person) string {
	var d expDoc
	expPerson(&d, b, v, p)
	return d.String()
}

// OptionMarkdown is one option with its mentions, as the guarantees export
// writes it.
func OptionMarkdown(b *model.Briefing, o model.OptionView) string {
	var d expDoc
	expOption(&d, b, o)
	return d.String()
}

// expFilterLine describes the active filter, so an exported file says that it
// is not the whole briefing.
func expFilterLine(b *model.Briefing, v model.View) string {
	if v.Filter.Empty() {
		return ""
	}
	var parts []string
	if len(v.Filter.People) > 0 {
		names := make([]string, 0, len(v.Filter.People))
		for _, id := range v.Filter.People {
			names = append(names, expShortName(b, id))
		}
		parts = append(parts, "leader: "+strings.Join(names, ", "))
	}
	if q := strings.TrimSpace(v.Filter.Query); q != "" {
		parts = append(parts, fmt.Sprintf("search: %q", q))
	}
	parts = append(parts, fmt.Sprintf("%d of %d posts", len(v.Posts), v.TotalPosts))
	return "*Filtered by " + expInline(strings.Join(parts, " · ")) + "*"
}

func expTimeline(d *expDoc, b *model.Briefing, v model.View, newestFirst bool) {
	if len(v.Summary) > 0 {
		d.add("## Summary")
		d.add(expBullets(v.Summary))
	}
	d.add("## Timeline")
	if len(v.Posts) == 0 {
		d.add("*No posts match.*")
		return
	}
	posts := v.Posts
	if newestFirst {
		posts = slices.Clone(posts)
		slices.Reverse(posts)
	}
	for _, p := range posts {
		expPost(d, p)
	}
}

func expPost(d *expDoc, p *model.Post) {
	head := []string{}
	if s := p.Stamp(); s != "" {
		head = append(head, s)
	}
	if p.Label != "" {
		head = append(head, p.Label)
	}
	head = append(head, p.Heading())
	d.add("### " + mdHeading(strings.Join(head, " · ")))
	if by := expByline(p.Author); by != "" {
		d.add("*" + expInline(by) + "*")
	}
	// Consecutive bullets form one list; every other block is its own paragraph.
	var list []string
	flush := func() {
		if len(list) > 0 {
			d.add(expBullets(list))
			list = nil
		}
	}
	for _, bl := range p.Body {
		if bl.Kind == model.BlockBullet {
			list = append(list, bl.Text)
			continue
		}
		flush()
		switch bl.Kind {
		case model.BlockCaption:
			d.add("> " + expPara(bl.Text))
		case model.BlockSubheading:
			d.add("#### " + mdHeading(bl.Text))
		default:
			d.add(expPara(bl.Text))
		}
	}
	flush()
}

func expByline(a model.Author) string {
	switch {
	case a.Name != "" && a.Role != "":
		return a.Name + ", " + a.Role
	default:
		return a.Name + a.Role
	}
}

var expGroups = []struct {
	group model.Group
	title string
}{
	{model.GroupLeader, "Leaders"},
	{model.GroupOfficial, "Officials"},
	{model.GroupCommentator, "Commentators"},
	{model.GroupSource, "Sources"},
}

func expLeaders(d *expDoc, b *model.Briefing, v model.View) {
	d.add("## People") // "Leaders" is the first group's heading
	if len(v.People) == 0 {
		d.add("*No people match.*")
		return
	}
	// Grouped by rank whatever order the view holds, so an export never
	// interleaves officials with leaders; within a group the view's order stands.
	for _, g := range expGroups {
		var ps []*model.Person
		for _, p := range v.People {
			if p.Group.Rank() == g.group.Rank() {
				ps = append(ps, p)
			}
		}
		if len(ps) == 0 {
			continue
		}
		d.add("### " + g.title)
		for _, p := range ps {
			expPerson(d, b, v, p)
		}
	}
}

func expPerson(d *expDoc, b *model.Briefing, v model.View, p *model.Person) {
	head := "#### " + mdHeading(p.Name)
	if p.Role != "" {
		head += " (" + mdHeading(p.Role) + ")"
	}
	d.add(head)
	var items []string
	for _, s := range v.Statements {
		if s.Speaker == p.ID {
			items = append(items, expStatement(b, s))
		}
	}
	if len(items) == 0 {
		d.add("*No statements.*")
		return
	}
	d.add(strings.Join(items, "\n"))
}

// expStatement is one list item: the words, whether they are reported, and
// where they first appear.
func expStatement(b *model.Briefing, s *model.Statement) string {
	var sb strings.Builder
	sb.WriteString("- ")
	if s.Kind == model.Reported {
		sb.WriteString("*Reported:* " + expInline(s.Quote))
	} else {
		sb.WriteString("“" + expInline(s.Quote) + "”")
	}
	if len(s.Citations) > 0 {
		c := s.Citations[0]
		sb.WriteString(" — " + expWhere(b, c.Post, c.Source))
		if n := len(s.Citations) - 1; n > 0 {
			sb.WriteString(fmt.Sprintf(" (and %d more)", n))
		}
	}
	return sb.String()
}

// expWhere names a post for a reader: its time, title and source.
func expWhere(b *model.Briefing, postID, source string) string {
	if postID != "" && postID == b.SummaryPost {
		return "Summary, " + expInline(source)
	}
	p, ok := b.Post(postID)
	if !ok {
		return expInline(source)
	}
	parts := []string{}
	if s := p.Stamp(); s != "" {
		parts = append(parts, s)
	}
	parts = append(parts, "*"+expInline(p.Heading())+"*", expInline(source))
	return strings.Join(parts, ", ")
}

func expGuarantees(d *expDoc, b *model.Briefing, v model.View) {
	d.add("## Guarantees")
	if len(b.Options) == 0 {
		d.add("*This briefing lays out no options.*")
		return
	}
	if len(v.Options) == 0 {
		d.add("*No options match.*")
		return
	}
	for _, o := range v.Options {
		expOption(d, b, o)
	}
}

func expOption(d *expDoc, b *model.Briefing, o model.OptionView) {
	d.add("### " + mdHeading(o.Name))
	var meta []string
	if o.Assessment != "" {
		meta = append(meta, "Assessment: "+expInline(o.Assessment))
	}
	if o.Rank > 0 {
		meta = append(meta, fmt.Sprintf("rank %d of %d", o.Rank, len(b.Options)))
	}
	if len(meta) > 0 {
		d.add("*" + strings.Join(meta, " · ") + "*")
	}
	if o.Description != "" {
		d.add(expPara(o.Description))
	}
	if len(o.Mentions) == 0 {
		d.add("*No mentions.*")
		return
	}
	d.add("#### Mentions")
	items := make([]string, 0, len(o.Mentions))
	for _, m := range o.Mentions {
		var sb strings.Builder
		sb.WriteString("- ")
		if m.Speaker != "" {
			sb.WriteString("**" + expInline(expFullName(b, m.Speaker)) + "**: ")
		}
		if m.Quote != "" {
			sb.WriteString("“" + expInline(m.Quote) + "”")
		} else {
			sb.WriteString(expPara(m.Text))
		}
		sb.WriteString(" — " + expWhere(b, m.Post, m.Source))
		items = append(items, sb.String())
	}
	d.add(strings.Join(items, "\n"))
}

func expShortName(b *model.Briefing, id string) string {
	if p, ok := b.Person(id); ok {
		if p.Short != "" {
			return p.Short
		}
		return p.Name
	}
	return id
}

func expFullName(b *model.Briefing, id string) string {
	if p, ok := b.Person(id); ok {
		return p.Name
	}
	return id
}

func expBullets(items []string) string {
	lines := make([]string, len(items))
	for i, s := range items {
		lines[i] = "- " + expPara(s)
	}
	return strings.Join(lines, "\n")
}

// expPara is text that starts a block (a paragraph, a list item, a quote):
// its first characters cannot be read as markdown structure.
func expPara(s string) string { return mdLine(s) }

// expInline is text inside a markdown line (see mdescape.go).
func expInline(s string) string { return mdInline(s) }
