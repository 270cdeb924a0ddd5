package ui

import (
	"fmt"
	"strings"

	"briefing/model"
)

// itemDoc writes one item (a post, the summary, a person, a statement, an
// option) as markdown. It is the only place an item becomes markdown: the
// detail view renders it, `y` copies it and the export strings items
// together with it, so the three always say the same thing. Only the
// heading level differs: an item on its own starts at "#", inside an
// export it sits under the export's sections.
type itemDoc struct {
	b     *model.Briefing // may be nil (a post printed by follow): no cross-references then
	level int             // heading level of the item's title; 1 when the item stands alone
	limit int             // most list entries written before "… and N more"; 0 writes all
}

// heading is a heading rel levels below the item's title.
func (o itemDoc) heading(rel int, text string) string {
	return strings.Repeat("#", o.level+rel) + " " + mdHeading(text)
}

// more caps a list: it reports whether entry i is past the limit, and
// then writes how many are left out.
func (o itemDoc) more(d *mdDoc, i, n int) bool {
	if o.limit <= 0 || i < o.limit {
		return false
	}
	d.add(fmt.Sprintf("*… and %d more*", n-i))
	return true
}

// summary is the live page's summary bullets.
func (o itemDoc) summary(d *mdDoc, bullets []string) {
	d.add(o.heading(0, "Summary"))
	d.add(mdBullets(bullets))
}

// post is a post: time, label and title in the heading, the byline, then
// the body with captions quoted so they read as set apart from the text.
func (o itemDoc) post(d *mdDoc, p *model.Post) {
	head := make([]string, 0, 3)
	if s := p.Stamp(); s != "" {
		head = append(head, s)
	}
	if p.Label != "" {
		head = append(head, p.Label)
	}
	head = append(head, p.Heading())
	d.add(o.heading(0, strings.Join(head, " · ")))
	if by := o.byline(p); by != "" {
		d.add("*" + mdInline(by) + "*")
	}
	// Consecutive bullets form one list; every other block is its own paragraph.
	var list []string
	flush := func() {
		if len(list) > 0 {
			d.add(mdBullets(list))
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
			d.add("> " + mdLine(bl.Text))
		case model.BlockSubheading:
			d.add(o.heading(1, bl.Text))
		default:
			d.add(mdLine(bl.Text))
		}
	}
	flush()
}

// byline is the author, and the source when the briefing has several (with
// one, naming it on every post says nothing).
func (o itemDoc) byline(p *model.Post) string {
	var parts []string
	switch a := p.Author; {
	case a.Name != "" && a.Role != "":
		parts = append(parts, a.Name+", "+a.Role)
	case a.Name+a.Role != "":
		parts = append(parts, a.Name+a.Role)
	}
	if o.b != nil && len(o.b.Sources) > 1 {
		if src := o.b.SourceTitle(p.Source); src != p.Heading() {
			parts = append(parts, src)
		}
	}
	return strings.Join(parts, " · ")
}

// person is a person and their statements, one list item each.
func (o itemDoc) person(d *mdDoc, p *model.Person, stmts []*model.Statement) {
	head := o.heading(0, p.Name)
	if p.Role != "" {
		head += " (" + mdHeading(p.Role) + ")"
	}
	d.add(head)
	if len(stmts) == 0 {
		d.add("*No statements.*")
		return
	}
	items := make([]string, 0, len(stmts))
	for i, s := range stmts {
		if o.limit > 0 && i == o.limit {
			break
		}
		items = append(items, "- "+o.statementLine(s))
	}
	d.add(strings.Join(items, "\n"))
	o.more(d, len(items), len(stmts))
}

// statementLine is the words, whether they are reported, and where they
// first appear.
func (o itemDoc) statementLine(s *model.Statement) string {
	var sb strings.Builder
	if s.Kind == model.Reported {
		sb.WriteString("*Reported:* " + mdInline(s.Quote))
	} else {
		sb.WriteString("“" + mdInline(s.Quote) + "”")
	}
	if len(s.Citations) > 0 {
		c := s.Citations[0]
		sb.WriteString(" — " + o.where(c.Post, c.Source))
		if n := len(s.Citations) - 1; n > 0 {
			sb.WriteString(fmt.Sprintf(" (and %d more)", n))
		}
	}
	return sb.String()
}

// statement is one statement on its own: who, the words, the sentence
// they were found in, and every post that cites them.
func (o itemDoc) statement(d *mdDoc, s *model.Statement) {
	d.add(o.heading(0, o.fullName(s.Speaker)))
	d.add("> " + mdLine(quoteText(s)))
	d.add("*" + string(s.Kind) + "*")
	if s.Sentence != "" && s.Sentence != s.Quote {
		d.add(o.heading(1, "In context"))
		d.add(mdLine(s.Sentence))
	}
	d.add(o.heading(1, "Cited in"))
	items := make([]string, 0, len(s.Citations))
	for _, c := range s.Citations {
		items = append(items, "- "+o.where(c.Post, c.Source))
	}
	d.add(strings.Join(items, "\n"))
}

// option is an option: the analyst's assessment and its rank, the
// description, and who mentioned it where.
func (o itemDoc) option(d *mdDoc, opt model.OptionView) {
	d.add(o.heading(0, opt.Name))
	var meta []string
	if opt.Assessment != "" {
		meta = append(meta, "Assessment: "+mdInline(opt.Assessment))
	}
	if r := o.rank(opt); r != "" {
		meta = append(meta, r)
	}
	if len(meta) > 0 {
		d.add("*" + strings.Join(meta, " · ") + "*")
	}
	if opt.Description != "" {
		d.add(mdLine(opt.Description))
	}
	if len(opt.Mentions) == 0 {
		d.add("*No mentions.*")
		return
	}
	d.add(o.heading(1, "Mentions"))
	items := make([]string, 0, len(opt.Mentions))
	for i, m := range opt.Mentions {
		if o.limit > 0 && i == o.limit {
			break
		}
		var sb strings.Builder
		sb.WriteString("- ")
		if m.Speaker != "" {
			sb.WriteString("**" + mdInline(o.fullName(m.Speaker)) + "**: ")
		}
		if m.Quote != "" {
			sb.WriteString("“" + mdInline(m.Quote) + "”")
		} else {
			sb.WriteString(mdLine(m.Text))
		}
		sb.WriteString(" — " + o.where(m.Post, m.Source))
		items = append(items, sb.String())
	}
	d.add(strings.Join(items, "\n"))
	o.more(d, len(items), len(opt.Mentions))
}

// rank says what the rank ranks: the loader orders the options by how
// likely the analyst judges each (1 = most likely), so an option the
// analysis gives no judgement has no rank to show.
func (o itemDoc) rank(opt model.OptionView) string {
	if opt.Rank <= 0 || opt.Assessment == "" || o.b == nil {
		return ""
	}
	return fmt.Sprintf("rank %d of %d by likelihood (1 = most likely)", opt.Rank, len(o.b.Options))
}

// where names a post for a reader: its time, title and source.
func (o itemDoc) where(postID, source string) string {
	if o.b == nil {
		return mdInline(source)
	}
	src := o.b.SourceTitle(source)
	if postID != "" && postID == o.b.SummaryPost {
		return "Summary, " + mdInline(src)
	}
	p, ok := o.b.Post(postID)
	if !ok {
		return mdInline(src)
	}
	parts := []string{}
	if s := p.Stamp(); s != "" {
		parts = append(parts, s)
	}
	parts = append(parts, "*"+mdInline(p.Heading())+"*")
	if src != p.Heading() { // an untitled article is titled by its source
		parts = append(parts, mdInline(src))
	}
	return strings.Join(parts, ", ")
}

func (o itemDoc) fullName(id string) string {
	if o.b != nil {
		if p, ok := o.b.Person(id); ok {
			return p.Name
		}
	}
	return id
}

func mdBullets(items []string) string {
	lines := make([]string, len(items))
	for i, s := range items {
		lines[i] = "- " + mdLine(s)
	}
	return strings.Join(lines, "\n")
}

// rowMarkdown is the document of one list row, its title at "#": what the
// detail renders and what `y` copies. limit caps long lists (rendering
// thousands of quotes in the detail costs frames); 0 writes them all.
func rowMarkdown(b *model.Briefing, r row, limit int) string {
	o := itemDoc{b: b, level: 1, limit: limit}
	var d mdDoc
	switch it := r.(type) {
	case summaryItem:
		o.summary(&d, it.bullets)
	case postItem:
		o.post(&d, it.p)
	case personItem:
		o.person(&d, it.p, it.stmts)
	case statementItem:
		o.statement(&d, it.s)
	case optionItem:
		o.option(&d, it.o)
	default:
		return ""
	}
	return d.String()
}
