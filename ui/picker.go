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
	w, h    int
}

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
	in.Cursor.SetMode(cursor.CursorStatic) // no blink ticks: steady goldens, no idle redraws
	l := newList(sh.keys, rowDelegate{st: &sh.styles, two: true})
	l.SetStatusBarItemName("person", "people") // "No people." when nothing matches
	return picker{list: l, input: in}
}

func (p *picker) open(b *model.Briefing, f model.Filter) tea.Cmd {
	p.toggled = slices.Clone(f.People)
	p.input.Reset()
	p.refresh(b)
	p.list.Select(0)
	return p.input.Focus()
}

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
	items := make([]list.Item, len(found))
	for i, f := range found {
		items[i] = f.item
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
		if it, ok := p.list.SelectedItem().(pickItem); ok && len(ids) == 0 {
			ids = []string{it.p.ID}
		}
		return p, emit(pickerAppliedMsg{ids: ids})
	case key.Matches(msg, k.Toggle):
		if it, ok := p.list.SelectedItem().(pickItem); ok {
			p.toggled = model.Filter{People: p.toggled}.Toggle(it.p.ID).People
			p.refresh(b)
		}
		return p, nil
	case key.Matches(msg, k.PickMove):
		p.list, _ = p.list.Update(msg) // letters go to the input, so only the arrows move
		return p, nil
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

func (p picker) view(st *Styles) string {
	head := st.Header.Render("Filter by leader") +
		st.Dim.Render("  "+strconv.Itoa(len(p.toggled))+" toggled · "+plural(len(p.list.Items()), "match", "matches"))
	return box(head+"\n"+p.input.View()+"\n"+p.list.View(), p.w, p.h)
}

func emit(msg tea.Msg) tea.Cmd { return func() tea.Msg { return msg } }
