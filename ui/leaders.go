package ui

import (
	"strconv"

	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/list"
	tea "github.com/charmbracelet/bubbletea"

	"briefing/model"
)

// leadersPane lists people grouped (leaders, officials, commentators) with
// their statement counts. enter on a person drills into a list of their
// statements; enter on a statement jumps to its post in the Timeline.
type leadersPane struct {
	browser             // people
	stmts   browser     // the chosen person's statements
	person  *personItem // set while drilled in
}

func newLeaders(sh *shared) component {
	return &leadersPane{browser: newBrowser(sh, true, "person", "people"), stmts: newBrowser(sh, true, "statement", "statements")}
}

func (p *leadersPane) name() string  { return "leaders" }
func (p *leadersPane) title() string { return "Leaders" }

// clone copies both lists; person is never changed through, only replaced.
func (p *leadersPane) clone() component { c := *p; return &c }

func (p *leadersPane) drilled() bool { return p.person != nil }

// update goes in and out of the drill-down itself; every other key (and
// the mouse, below the breadcrumb while drilled in) goes to the list the
// reader is on. enter on an open statement reports a jump (jumpToPostMsg):
// only the root switches panes.
func (p *leadersPane) update(sh *shared, msg tea.Msg) tea.Cmd {
	switch msg := msg.(type) {
	case tea.KeyMsg:
		switch {
		case key.Matches(msg, sh.keys.Open):
			return p.open(sh)
		case key.Matches(msg, sh.keys.Back) && p.back():
			return nil
		}
	case tea.MouseMsg:
		if p.drilled() {
			msg.Y-- // the breadcrumb line
		}
		return p.current().update(sh, msg)
	}
	return p.current().update(sh, msg)
}

func (p *leadersPane) setSize(w, h int, narrow bool) {
	p.browser.setSize(w, h, narrow)
	p.stmts.setSize(w, h-1, narrow) // one line for the breadcrumb
	p.stmts.h = h
}

func (p *leadersPane) setView(sh *shared) {
	v := &sh.view
	by := make(map[string][]*model.Statement, len(v.People))
	for _, s := range v.Statements {
		by[s.Speaker] = append(by[s.Speaker], s)
	}
	items := make([]list.Item, 0, len(v.People))
	for _, person := range v.People {
		items = append(items, personItem{p: person, count: v.Counts[person.ID], stmts: by[person.ID]})
	}
	p.setItems(items)
	if p.person == nil {
		return
	}
	// Stay drilled in only while the person survives the filter.
	if r, ok := p.selected().(personItem); ok && r.p.ID == p.person.p.ID {
		p.drill(sh, r)
		return
	}
	p.person = nil
}

func (p *leadersPane) drill(sh *shared, it personItem) {
	p.person = &it
	items := make([]list.Item, 0, len(it.stmts))
	for _, s := range it.stmts {
		post, _ := sh.b.Post(s.Citations[0].Post)
		items = append(items, statementItem{s: s, post: post})
	}
	p.stmts.setItems(items)
}

// open goes one level in: a person to their statements, a statement to
// its detail (its context and citations, which a narrow window only shows
// this way), and from there to its post.
func (p *leadersPane) open(sh *shared) tea.Cmd {
	if !p.drilled() {
		if it, ok := p.selected().(personItem); ok && len(it.stmts) > 0 {
			p.drill(sh, it)
			p.stmts.list.Select(0)
		}
		return nil
	}
	it, ok := p.stmts.selected().(statementItem)
	if !ok {
		return nil
	}
	if !p.stmts.inDetail {
		p.stmts.inDetail = true
		return nil
	}
	return emit(jumpToPostMsg{post: it.s.Citations[0].Post, quote: it.s.Quote})
}

// back goes one level out: from a statement's detail to the statements,
// from there to the people.
func (p *leadersPane) back() bool {
	switch {
	case p.drilled() && p.stmts.inDetail:
		p.stmts.inDetail = false
	case p.drilled():
		p.person = nil
	default:
		return false
	}
	return true
}

// backOut leaves the drill-down altogether, to the people.
func (p *leadersPane) backOut() bool {
	was := p.drilled()
	p.person = nil
	p.stmts.inDetail = false
	return was
}

// current is the browser the keys go to.
func (p *leadersPane) current() *browser {
	if p.drilled() {
		return &p.stmts
	}
	return &p.browser
}

func (p *leadersPane) top() *browser     { return &p.browser }
func (p *leadersPane) lists() []*browser { return []*browser{&p.browser, &p.stmts} }

// ShortHelp: open on a row; back from a detail or the drill-down.
func (p *leadersPane) ShortHelp() []key.Binding {
	h := p.current().ShortHelp()
	if p.drilled() && !p.stmts.inDetail {
		h = append(h, p.keys.Back)
	}
	return h
}

// sync brings both lists' highlight up to date and, on the pane on
// screen, renders the selected person or statement.
func (p *leadersPane) sync(sh *shared, active bool) {
	p.browser.setDelegate(sh, true, sh.query())
	p.stmts.setDelegate(sh, true, sh.query())
	if active {
		p.current().showSelected(sh, sh.query(), false)
	}
}

func (p *leadersPane) count(sh *shared) int { return len(sh.view.People) }

// countText is the status bar's count: the people shown of the briefing's,
// or the statements of the person drilled into.
func (p *leadersPane) countText(sh *shared) string {
	if p.drilled() {
		return p.person.p.Name + ": " + plural(len(p.person.stmts), "statement", "statements")
	}
	return strconv.Itoa(len(sh.view.People)) + "/" + strconv.Itoa(len(sh.b.People)) + " people"
}

// exportOptions is what e writes from here: the people shown, or the one
// person whose statements are open.
func (p *leadersPane) exportOptions(sh *shared) ExportOptions {
	o := ExportOptions{Pane: p.name(), NewestFirst: sh.newestFirst}
	if p.drilled() {
		o.Person = p.person.p.ID
	}
	return o
}

func (p *leadersPane) view(sh *shared) string {
	if !p.drilled() {
		return p.browser.draw(sh, "")
	}
	n := len(p.stmts.list.Items())
	head := sh.styles.Header.Render(plain(p.person.p.Name)) + sh.styles.Dim.Render(" · "+plural(n, "statement", "statements")+" · esc back")
	return p.stmts.draw(sh, head)
}

// quoteText is the words as the reader should see them: exact words in
// quote marks, reported speech as the clause.
func quoteText(s *model.Statement) string {
	if s.Kind == model.Direct {
		return "“" + s.Quote + "”"
	}
	return s.Quote
}
