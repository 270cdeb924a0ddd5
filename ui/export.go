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
	var d mdDoc
	markdown(&d, b, v, o)
	return d.String()
}

// WriteMarkdown writes Markdown's document to w a block at a time, so a
// long briefing's export is never held whole in memory.
func WriteMarkdown(w io.Writer, b *model.Briefing, v model.View, o ExportOptions) error {
	d := mdDoc{w: bufio.NewWriterSize(w, 64<<10)}
	markdown(&d, b, v, o)
	return d.flush()
}

func markdown(d *mdDoc, b *model.Briefing, v model.View, o ExportOptions) {
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

// PostMarkdown is one post as the timeline export writes it, for printing
// a single post (briefing follow); its heading is level 3 like in the export.
func PostMarkdown(p *model.Post) string {
	var d mdDoc
	itemDoc{level: 3}.post(&d, p)
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
			names = append(names, b.ShortName(id))
		}
		parts = append(parts, "leader: "+strings.Join(names, ", "))
	}
	if q := v.Filter.Text(); q != "" {
		parts = append(parts, fmt.Sprintf("search: %q", q))
	}
	parts = append(parts, fmt.Sprintf("%d of %d posts", len(v.Posts), v.TotalPosts))
	return "*Filtered by " + mdInline(strings.Join(parts, " · ")) + "*"
}

// The export's sections: a "##" per pane, and each item written by itemDoc
// at the level below its section's headings.

func expTimeline(d *mdDoc, b *model.Briefing, v model.View, newestFirst bool) {
	if len(v.Summary) > 0 {
		itemDoc{b: b, level: 2}.summary(d, v.Summary)
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
	o := itemDoc{b: b, level: 3}
	for _, p := range posts {
		o.post(d, p)
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

func expLeaders(d *mdDoc, b *model.Briefing, v model.View) {
	d.add("## People") // not "Leaders": that is the first group's heading
	if len(v.People) == 0 {
		d.add("*No people match.*")
		return
	}
	by := make(map[string][]*model.Statement, len(v.People))
	for _, s := range v.Statements {
		by[s.Speaker] = append(by[s.Speaker], s)
	}
	o := itemDoc{b: b, level: 4}
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
			o.person(d, p, by[p.ID])
		}
	}
}

func expGuarantees(d *mdDoc, b *model.Briefing, v model.View) {
	d.add("## Guarantees")
	if len(b.Options) == 0 {
		d.add("*This briefing lays out no options.*")
		return
	}
	if len(v.Options) == 0 {
		d.add("*No options match.*")
		return
	}
	o := itemDoc{b: b, level: 3}
	for _, opt := range v.Options {
		o.option(d, opt)
	}
}
