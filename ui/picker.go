package ui

import (
	"slices"
	"strconv"
	"strings"

	"github.com/charmbracelet/bubbles/cursor"
	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/list"
	"github.com/charmbracelet/bubbles/textinput"
	tea "github.com/charmbracelet/bubbletea"

	"briefing/model"
)

// picker chooses the people of the leader filter: typing narrows the list,
// space toggles, enter applies the toggled people (or the highlighted one
// when none is toggled), esc cancels.
type picker struct {
	list    rowList
	input   textinput.Model
	toggled []string // person ids in the order they were toggled
	touched bool     // something was toggled since open: an empty toggled means everyone
	w, h    int
}

// everyoneItem is the picker's first row: no leader filter.
type everyoneItem struct{ on bool }

func (everyoneItem) FilterValue() string { return "" }
func (everyoneItem) key() string         { return "pick:*" }
func (i everyoneItem) title() string {
	if i.on {
		return "[x] Everyone"
	}
	return "[ ] Everyone"
}
func (everyoneItem) right() string { return "" }
func (everyoneItem) meta() string  { return "    no leader filter" }

type pickItem struct {
	p  *model.Person
	on bool
}

func (pickItem) FilterValue() string { return "" }
func (i pickItem) key() string       { return "pick:" + i.p.ID }
func (i pickItem) title() string {
	if i.on {
		return "[x] " + i.p.Name
	}
	return "[ ] " + i.p.Name
}
func (i pickItem) right() string { return groupName(i.p.Group) }
func (i pickItem) meta() string  { return "    " + i.p.Role }

// pickerAppliedMsg carries the chosen people; nil ids means cancelled.
type pickerAppliedMsg struct {
	ids    []string
	cancel bool
}

func newPicker(sh *shared) picker {
	in := textinput.New()
	in.Prompt = "> "
	in.Placeholder = "type to narrow"
	in.CharLimit = 128                     // no name is longer; bounds each key's matching work
	in.Cursor.SetMode(cursor.CursorStatic) // no blink ticks: steady goldens, no idle redraws
	l := newList(*sh.keys, rowDelegate{st: sh.styles, two: true})
	l.SetStatusBarItemName("person", "people") // "No people." when nothing matches
	return picker{list: l, input: in}
}

func (p *picker) open(b *model.Briefing, f model.Filter) tea.Cmd {
	p.toggled = slices.Clone(f.People)
	p.touched = false
	p.input.Reset()
	p.refresh(b)
	p.list.Select(0) // Everyone, or the first person already in the filter
	for i, it := range p.list.Items() {
		if pi, ok := it.(pickItem); ok && pi.on {
			p.list.Select(i)
			break
		}
	}
	return p.input.Focus()
}

// close lets go of the typing focus: the picker is no longer on screen.
func (p *picker) close() { p.input.Blur() }

func (p *picker) setSize(w, h int) {
	p.w, p.h = w, h
	p.input.Width = max(1, w-4)
	p.list.SetSize(w, max(0, h-2)) // header and input lines
}

// refresh lists the people whose names contain the typed text, the best
// matches first: "mer" puts Merz above Starmer.
func (p *picker) refresh(b *model.Briefing) {
	q := strings.ToLower(strings.TrimSpace(p.input.Value()))
	type ranked struct {
		item pickItem
		rank int
	}
	var found []ranked
	for i := range b.People {
		person := &b.People[i]
		r := matchRank(person, q)
		if r < 0 {
			continue
		}
		found = append(found, ranked{pickItem{p: person, on: slices.Contains(p.toggled, person.ID)}, r})
	}
	slices.SortStableFunc(found, func(x, y ranked) int { return x.rank - y.rank })
	items := make([]list.Item, 0, len(found)+1)
	if q == "" {
		items = append(items, everyoneItem{on: len(p.toggled) == 0})
	}
	for _, f := range found {
		items = append(items, f.item)
	}
	idx := p.list.Index()
	p.list.SetItems(items)
	p.list.Select(min(idx, max(0, len(items)-1)))
}

// matchRank says how well q names the person: 0 a whole name, 1 the start
// of a word in a name, 2 anywhere in it, -1 not at all.
func matchRank(p *model.Person, q string) int {
	if q == "" {
		return 0
	}
	best := -1
	for _, n := range append(p.Names(), p.ID) {
		n = strings.ToLower(n)
		r := -1
		switch i := strings.Index(n, q); {
		case n == q:
			r = 0
		case i == 0, i > 0 && strings.Contains(n, " "+q), strings.Contains(n, "-"+q):
			r = 1
		case i > 0:
			r = 2
		}
		if r >= 0 && (best < 0 || r < best) {
			best = r
		}
	}
	return best
}

func (p picker) update(b *model.Briefing, k keyMap, msg tea.KeyMsg) (picker, tea.Cmd) {
	switch {
	case key.Matches(msg, k.Cancel):
		return p, emit(pickerAppliedMsg{cancel: true})
	case key.Matches(msg, k.Apply):
		ids := p.toggled
		if it, ok := p.list.SelectedItem().(pickItem); ok && len(ids) == 0 && !p.touched {
			ids = []string{it.p.ID}
		}
		if _, all := p.list.SelectedItem().(everyoneItem); all {
			ids = nil
		}
		return p, emit(pickerAppliedMsg{ids: ids})
	case key.Matches(msg, k.Toggle) && !p.typesSpace(b, msg):
		switch it := p.list.SelectedItem().(type) {
		case pickItem:
			p.toggled = model.Filter{People: p.toggled}.Toggle(it.p.ID).People
		case everyoneItem:
			p.toggled = nil
		}
		p.touched = true
		p.refresh(b)
		return p, nil
	case key.Matches(msg, k.PickMove):
		p.list, _ = p.list.Update(msg) // letters go to the input, so only the arrows move
		return p, nil
	}
	if msg.Type == tea.KeySpace { // typed as text (typesSpace said so)
		msg = tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune{' '}}
	}
	var cmd tea.Cmd
	before := p.input.Value()
	p.input, cmd = p.input.Update(msg)
	if p.input.Value() != before {
		p.list.Select(0) // new text, new best match on top
	}
	p.refresh(b)
	return p, cmd
}

// typesSpace: a space goes into the text, not the toggle, when the text
// with it still names someone ("von " of "von der Leyen").
func (p picker) typesSpace(b *model.Briefing, msg tea.KeyMsg) bool {
	if msg.Type != tea.KeySpace || strings.TrimSpace(p.input.Value()) == "" {
		return false
	}
	q := strings.ToLower(strings.TrimLeft(p.input.Value(), " ")) + " "
	for i := range b.People {
		for _, n := range b.People[i].Names() {
			if strings.Contains(strings.ToLower(n), q) {
				return true
			}
		}
	}
	return false
}

func (p picker) view(st *Styles) string {
	head := st.Header.Render("Filter by leader") +
		st.Dim.Render("  "+strconv.Itoa(len(p.toggled))+" toggled · "+plural(len(p.list.Items()), "match", "matches"))
	return box(head+"\n"+p.input.View()+"\n"+p.list.View(), p.w, p.h)
}
