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
	list    list.Model
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
	return picker{list: newList(sh.keys, rowDelegate{st: &sh.styles, two: true}), input: in}
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

// refresh lists the people whose names contain the typed text.
func (p *picker) refresh(b *model.Briefing) {
	q := strings.ToLower(strings.TrimSpace(p.input.Value()))
	items := make([]list.Item, 0, len(b.People))
	for i := range b.People {
		person := &b.People[i]
		if q != "" && !nameContains(person, q) {
			continue
		}
		items = append(items, pickItem{p: person, on: slices.Contains(p.toggled, person.ID)})
	}
	idx := p.list.Index()
	p.list.SetItems(items)
	p.list.Select(min(idx, max(0, len(items)-1)))
}

func nameContains(p *model.Person, q string) bool {
	if strings.Contains(strings.ToLower(p.ID), q) {
		return true
	}
	for _, n := range p.Names() {
		if strings.Contains(strings.ToLower(n), q) {
			return true
		}
	}
	return false
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
	p.input, cmd = p.input.Update(msg)
	p.refresh(b)
	return p, cmd
}

func (p picker) view(st *Styles) string {
	head := st.Header.Render("Filter by leader") +
		st.Dim.Render("  "+strconv.Itoa(len(p.toggled))+" toggled · "+plural(len(p.list.Items()), "match", "matches"))
	return box(head+"\n"+p.input.View()+"\n"+p.list.View(), p.w, p.h)
}

func emit(msg tea.Msg) tea.Cmd { return func() tea.Msg { return msg } }
