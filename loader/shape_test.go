package loader

import (
	"testing"

	"briefing/model"
)

// Another live page of the same shape, with nobody from the reference list:
// people, times, labels and options all come from its own text.
func TestAnotherLiveblog(t *testing.T) {
	b, err := Load(Config{People: seedBytes(t, "people.json")}, Source{Name: "harbour", Origin: "testdata/harbour-strike.txt", Data: readTestdata(t, "harbour-strike.txt")})
	if err != nil {
		t.Fatal(err)
	}
	if len(b.Posts) != 3 || len(b.Summary) != 2 {
		t.Fatalf("%d posts, %d summary bullets; want 3 and 2", len(b.Posts), len(b.Summary))
	}
	// Oldest first; the page crosses midnight.
	wantTimes := []string{"22:10", "23:55", "00:20"}
	for i, p := range b.Posts {
		if p.Time != wantTimes[i] || p.Zone != "CEST" {
			t.Errorf("post %d: %s %s, want %s CEST", i, p.Time, p.Zone, wantTimes[i])
		}
	}
	if p := b.Posts[2]; p.Label != "Breaking" || p.Title != "Talks collapse after midnight" {
		t.Errorf("newest post: label %q title %q", p.Label, p.Title)
	}
	if a := b.Posts[1].Author; a.Name != "Marta Lis" || a.Role != "Economics correspondent" {
		t.Errorf("analysis byline = %+v", a)
	}
	if bl := b.Posts[0].Body[0]; bl.Kind != model.BlockCaption || bl.Text != "Workers gathered at the main gate" {
		t.Errorf("first block of the oldest post = %+v, want its caption", bl)
	}

	says := map[string]string{
		"There is nothing left to discuss":         "ewa-zielinska",
		"We will stay out until the offer changes": "ewa-zielinska",
		"illegal and irresponsible":                "piotr-nowak",
		"The port will stay open.":                 "piotr-nowak",
		"not be held hostage":                      "piotr-nowak",
		"illegal":                                  "piotr-nowak",
	}
	for frag, who := range says {
		ss := findStmt(b, frag)
		if len(ss) == 0 || ss[0].Speaker != who {
			t.Errorf("%q: %+v, want %s", frag, ss, who)
		}
	}
	if ss := findStmt(b, "strike committee"); len(ss) != 0 {
		t.Errorf("so-called scare quote became %+v", ss)
	}
	// "She said that pickets ..." is Zielinska's reported speech.
	if ss := findStmt(b, "pickets would return at dawn"); len(ss) != 1 || ss[0].Speaker != "ewa-zielinska" || ss[0].Kind != model.Reported {
		t.Errorf("reported: %+v", ss)
	}
	for id, group := range map[string]model.Group{"ewa-zielinska": model.GroupOfficial, "piotr-nowak": model.GroupOfficial} {
		if p, ok := b.Person(id); !ok || p.Group != group {
			t.Errorf("%s: %+v", id, p)
		}
	}

	if len(b.Options) != 3 {
		t.Fatalf("options = %+v", b.Options)
	}
	wantOpts := []struct {
		name, assess string
		rank         int
	}{
		{"Arbitration", "the most likely route", 1},
		{"A new offer", "Less likely", 2},
		{"Sitting it out", "Considered unlikely given the backlog of ships", 3},
	}
	for i, w := range wantOpts {
		o := b.Options[i]
		if o.Name != w.name || o.Assessment != w.assess || o.Rank != w.rank {
			t.Errorf("option %d = %q %q %d, want %q %q %d", i, o.Name, o.Assessment, o.Rank, w.name, w.assess, w.rank)
		}
	}
}
