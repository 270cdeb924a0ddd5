package model

import (
	"slices"
	"testing"
)

// TestMergeBriefing: a re-read that dropped a post, added one (numbered by
// the loader with the dropped post's id) and edited one: the held ids stay,
// the new post takes a free id, the statements cite the merged ids, and
// what was said in the dropped post stays with its speaker.
func TestMergeBriefing(t *testing.T) {
	a := Post{ID: "live/1", Source: "live", Time: "09:00", Title: "A", Mentions: []string{"trump"}}
	bp := Post{ID: "live/2", Source: "live", Time: "10:00", Title: "B", Mentions: []string{"merz"}}
	c := Post{ID: "live/3", Source: "live", Time: "11:00", Title: "C", Body: []Block{{Kind: BlockParagraph, Text: "old"}}}
	held := &Briefing{
		Title: "T", Sources: []Source{{Name: "live", Posts: 3}},
		Posts:  []Post{a, bp, c},
		People: []Person{{ID: "trump", Group: GroupLeader}, {ID: "merz", Group: GroupLeader}},
		Statements: []Statement{
			{Speaker: "merz", Quote: "ceasefire", Kind: Direct, Citations: []Citation{{Post: "live/2", Source: "live"}}},
			{Speaker: "trump", Quote: "very good", Kind: Direct, Citations: []Citation{{Post: "live/3", Source: "live"}}},
		},
		Options: []Option{{Name: "Boots", Post: "live/2", Source: "live"}},
	}
	x := Post{ID: "live/2", Source: "live", Time: "10:30", Title: "X", Mentions: []string{"macron"}}
	c2 := c
	c2.Body = []Block{{Kind: BlockParagraph, Text: "new"}}
	fresh := &Briefing{
		Title: "T", Sources: []Source{{Name: "live", Posts: 3}},
		Posts:  []Post{a, x, {ID: "live/3", Source: "live", Time: "11:00", Title: "C", Body: c2.Body}},
		People: []Person{{ID: "trump", Group: GroupLeader}, {ID: "macron", Group: GroupLeader}},
		Statements: []Statement{
			{Speaker: "macron", Quote: "boots", Kind: Direct, Citations: []Citation{{Post: "live/2", Source: "live"}}},
			{Speaker: "trump", Quote: "very good", Kind: Direct, Citations: []Citation{{Post: "live/3", Source: "live"}}},
		},
	}
	held.Reindex() // the merge reuses the reads' folded text: it must be the right post's
	fresh.Reindex()
	m, r := MergeBriefing(held, fresh)
	if v := m.Apply(Filter{Query: "new"}); len(v.Posts) != 1 || v.Posts[0].Title != "C" {
		t.Errorf("search new: %+v", v.Posts)
	}
	if v := m.Apply(Filter{Query: "ceasefire"}); len(v.Statements) != 1 || v.Statements[0].Speaker != "merz" {
		t.Errorf("search ceasefire: %+v", v.Statements)
	}
	var got []string
	for _, p := range m.Posts {
		got = append(got, p.ID+"="+p.Title)
	}
	if want := []string{"live/1=A", "live/4=X", "live/2=B", "live/3=C"}; !slices.Equal(got, want) {
		t.Fatalf("posts %v, want %v", got, want)
	}
	if !slices.Equal(r.Added, []string{"live/4"}) || !slices.Equal(r.Edited, []string{"live/3"}) {
		t.Fatalf("refresh %+v", r)
	}
	if p, _ := m.Post("live/3"); p.Body[0].Text != "new" {
		t.Fatalf("edit not in place: %+v", p)
	}
	for _, want := range []struct{ who, post string }{{"macron", "live/4"}, {"merz", "live/2"}, {"trump", "live/3"}} {
		ss := m.StatementsBy(want.who)
		if len(ss) != 1 || ss[0].Citations[0].Post != want.post {
			t.Errorf("%s: %+v, want cited in %s", want.who, ss, want.post)
		}
		if _, ok := m.Person(want.who); !ok {
			t.Errorf("%s is not among the people", want.who)
		}
	}
	if len(m.Options) != 1 || m.Options[0].Post != "live/2" {
		t.Errorf("options %+v", m.Options)
	}
	if m.Sources[0].Posts != 4 {
		t.Errorf("source counts %d posts", m.Sources[0].Posts)
	}
	if held.Posts[2].Body[0].Text != "old" || fresh.Posts[1].ID != "live/2" || held.Statements[0].Citations[0].Post != "live/2" {
		t.Error("an argument changed")
	}
	// a second read with nothing new brings nothing and moves nothing
	again, r2 := MergeBriefing(m, fresh)
	if len(r2.Added)+len(r2.Edited) != 0 || len(again.Posts) != 4 || again.Posts[1].ID != "live/4" {
		t.Errorf("again: %+v %+v", r2, again.Posts)
	}
}

// TestMergeTwins: two untitled posts in the same minute are two posts, not
// one post and its edit.
func TestMergeTwins(t *testing.T) {
	p1 := post("s", "", "10:15", "", "first")
	p2 := post("s", "", "10:15", "", "second")
	merged, added, edited := Merge([]Post{p1, p2}, []Post{p1, p2})
	if len(merged) != 2 || len(added) != 0 || len(edited) != 0 {
		t.Fatalf("merged %d, added %v, edited %v", len(merged), added, edited)
	}
	p3 := post("s", "", "10:15", "", "third")
	if merged, added, _ := Merge([]Post{p1, p2}, []Post{p1, p2, p3}); len(merged) != 3 || len(added) != 1 {
		t.Fatalf("a third twin: merged %d, added %v", len(merged), added)
	}
}
