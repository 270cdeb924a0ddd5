package loader

import (
	"slices"
	"strings"
	"testing"

	"briefing/model"
)

const live = "white-house-talks-liveblog"

// livePosts returns the live page's posts in page order (newest first).
func livePosts(b *model.Briefing) []model.Post {
	var ps []model.Post
	for _, p := range b.Posts {
		if p.Source == live {
			ps = append(ps, p)
		}
	}
	slices.Reverse(ps)
	return ps
}

func TestLiveblogPosts(t *testing.T) {
	b := loadSeeds(t)
	ps := livePosts(b)
	// Read off the page, top to bottom.
	want := []struct {
		time, label, title, author, role string
	}{
		{"06:38", "Analysis", "What form could a US security guarantee take?", "Frank Gardner", "Security correspondent"},
		{"06:23", "", "Key takeaways from Ukraine talks in Washington", "", ""},
		{"06:08", "", "Sigh of relief among Nato states, says former deputy secretary general", "", ""},
		{"05:50", "", "Here's what European leaders said about the meeting", "", ""},
		{"05:35", "Analysis", "Zelensky leaves White House unscathed as he buys more time", "Vitaly Shevchenko", "BBC Monitoring's Russia editor"},
		{"05:14", "", "Negotiations on security guarantee will continue today - Starmer", "", ""},
		{"04:55", "", "What did Trump and Zelensky talk about?", "", ""},
		{"04:38", "", "Zelensky goes to Washington: How the visit unfolded", "", ""},
		{"04:19", "", "Zelensky says he's open to bilateral or trilateral meeting involving Putin", "", ""},
		{"04:10", "", "Trump on potential Putin talks and security guarantees", "", ""},
		{"04:03", "", "European leaders meet Trump in Oval Office", "", ""},
		{"03:59", "", "White House meeting is over - now we await details on Zelensky-Putin meeting and security guarantees", "Stuart Lau", "Live page editor"},
	}
	if len(ps) != len(want) {
		t.Fatalf("live page has %d posts, want %d", len(ps), len(want))
	}
	for i, w := range want {
		p := ps[i]
		if p.Page != i+1 || p.Time != w.time || p.Zone != "BST" || p.ZoneName != "British Summer Time" {
			t.Errorf("post %d: page %d time %q zone %q/%q, want page %d %s BST", i+1, p.Page, p.Time, p.Zone, p.ZoneName, i+1, w.time)
		}
		if p.Label != w.label || p.Title != w.title {
			t.Errorf("post %d: label %q title %q, want %q %q", i+1, p.Label, p.Title, w.label, w.title)
		}
		if p.Author.Name != w.author || p.Author.Role != w.role {
			t.Errorf("post %d: author %+v, want %q %q", i+1, p.Author, w.author, w.role)
		}
	}
	// The byline never leaks into the body.
	if first := ps[0].Body[0].Text; !strings.HasPrefix(first, "At the heart of any future permanent peace deal") {
		t.Errorf("analysis body starts %q", first)
	}
}

func TestPostOrderIsPageOrderNotClock(t *testing.T) {
	// A page that runs past midnight: newest first on the page, so 00:05
	// is newer than 23:50 although it sorts earlier as a clock time.
	page := "1. Late news published at 00:05 GMT\nSecond.\n\n2. Evening news published at 23:50 GMT\nFirst.\n"
	b, err := Load(Config{}, Source{Name: "night", Origin: "night.txt", Data: []byte(page)})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, p := range b.Posts {
		got = append(got, p.Time)
	}
	if want := []string{"23:50", "00:05"}; !slices.Equal(got, want) {
		t.Errorf("oldest-first times = %v, want %v", got, want)
	}
	if b.Posts[0].ID != "night/1" || b.Posts[1].ID != "night/2" {
		t.Errorf("ids = %s %s, want night/1 night/2 (counted from the oldest)", b.Posts[0].ID, b.Posts[1].ID)
	}
}

func TestSummary(t *testing.T) {
	b := loadSeeds(t)
	if len(b.Summary) != 6 {
		t.Fatalf("summary has %d bullets, want 6: %q", len(b.Summary), b.Summary)
	}
	if !strings.HasPrefix(b.Summary[0], "Volodymyr Zelensky and European leaders have held talks") ||
		!strings.HasPrefix(b.Summary[5], "UK PM Keir Starmer tells the BBC") {
		t.Errorf("summary = %q", b.Summary)
	}
}

func TestNoPictureDebrisInText(t *testing.T) {
	b := loadSeeds(t)
	captions := 0
	for _, p := range b.Posts {
		if strings.Contains(p.Title, "published at") {
			t.Errorf("%s: title keeps its stamp: %q", p.ID, p.Title)
		}
		for _, bl := range p.Body {
			if bl.Kind == model.BlockCaption {
				captions++
				continue
			}
			for _, junk := range []string{"Image source", "Image caption", "Getty Images", "EPA"} {
				if strings.Contains(bl.Text, junk) {
					t.Errorf("%s: %s block carries %q: %q", p.ID, bl.Kind, junk, bl.Text)
				}
			}
		}
	}
	// "How the visit unfolded" has five pictures, each with its caption.
	unfolded := livePosts(b)[7]
	var caps []string
	for _, bl := range unfolded.Body {
		if bl.Kind == model.BlockCaption {
			caps = append(caps, bl.Text)
		}
	}
	if len(caps) != 5 || !strings.HasPrefix(caps[0], "Zelensky arrived at the White House after a two-hour meeting") {
		t.Errorf("captions of the unfolding post = %q", caps)
	}
	if captions < 8 {
		t.Errorf("only %d caption blocks in the briefing", captions)
	}
}

func TestArticle(t *testing.T) {
	b := loadOne(t, articleFile)
	if len(b.Sources) != 1 || b.Sources[0].Kind != model.KindArticle || len(b.Posts) != 1 {
		t.Fatalf("sources %+v, %d posts; want one article post", b.Sources, len(b.Posts))
	}
	p := b.Posts[0]
	var subs []string
	for _, bl := range p.Body {
		if bl.Kind == model.BlockSubheading {
			subs = append(subs, bl.Text)
		}
	}
	if want := []string{"Trilateral Meeting on the Horizon", "From Clash to Cordiality"}; !slices.Equal(subs, want) {
		t.Errorf("subheadings = %q, want %q", subs, want)
	}
	// The article has no headline line: its source titles it (here the file
	// name, as nothing names it), never its first sentence cut with "…".
	if p.Time != "" || p.Title != "White house talks article" || b.Sources[0].Title != p.Title {
		t.Errorf("article post: time %q title %q, source title %q", p.Time, p.Title, b.Sources[0].Title)
	}
}

// Issue 8: a source is shown by the name its caller gives it, else by the
// page's own title, else by its file name as words; an untitled article
// takes that name as its title.
func TestSourceTitles(t *testing.T) {
	article := []byte("Officials met on Monday to discuss the harbour strike, which has lasted a week.\nThe talks will go on.\n")
	live := []byte("Harbour strike: live updates\n\n10:15\nTalks resume\nThe talks resumed.\n\n09:50\nUnions arrive\nThey arrived.\n")
	b, err := Load(Config{},
		Source{Name: "notes", Origin: "notes.txt", Data: article},
		Source{Name: "named", Title: "Harbour Gazette", Origin: "named.txt", Data: article},
		Source{Name: "strike-live", Origin: "strike-live.txt", Data: live})
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]string{"notes": "Notes", "named": "Harbour Gazette"}
	for _, s := range b.Sources {
		if w, ok := want[s.Name]; ok && s.Title != w {
			t.Errorf("source %s title %q, want %q", s.Name, s.Title, w)
		}
	}
	for _, p := range b.Posts {
		if w, ok := want[p.Source]; ok && p.Title != w {
			t.Errorf("untitled article %s titled %q, want %q (its source's name)", p.Source, p.Title, w)
		}
		if strings.HasSuffix(p.Heading(), "…") {
			t.Errorf("post %s heading %q is a cut sentence", p.ID, p.Heading())
		}
	}
	if got := b.SourceTitle("strike-live"); got == "strike-live" || got == "" {
		t.Errorf("live page's source title %q: want its own title or its name as words", got)
	}
}

func TestBothSeedsMerge(t *testing.T) {
	b := loadSeeds(t)
	if len(b.Sources) != 2 || len(b.Posts) != 13 {
		t.Fatalf("%d sources, %d posts; want 2 and 13", len(b.Sources), len(b.Posts))
	}
	if b.Sources[0].Kind != model.KindLiveblog || b.Sources[0].Posts != 12 || b.Sources[1].Kind != model.KindArticle {
		t.Errorf("sources = %+v", b.Sources)
	}
}

func TestPeople(t *testing.T) {
	b := loadSeeds(t)
	leaders := []string{"zelensky", "trump", "putin", "starmer", "merz", "macron", "stubb", "meloni", "von-der-leyen", "rutte"}
	for _, id := range leaders {
		p, ok := b.Person(id)
		if !ok || p.Group != model.GroupLeader {
			t.Errorf("leader %s: %+v %v", id, p, ok)
		}
	}
	// The quoted non-leaders, found from their titles in the text.
	others := map[string]string{
		"Rose Goettemoeller": "former Nato deputy secretary general",
		"Yuri Ushakov":       "Kremlin aide",
		"Mark Stone":         "US correspondent",
		"Sam Coates":         "Deputy political editor",
	}
	for name, role := range others {
		p, ok := b.FindPerson(name)
		if !ok {
			t.Errorf("%s not found", name)
			continue
		}
		if p.Group == model.GroupLeader || !strings.EqualFold(p.Role, role) {
			t.Errorf("%s: group %s role %q, want official/commentator %q", name, p.Group, p.Role, role)
		}
	}
	if len(b.People) != len(leaders)+len(others) {
		var names []string
		for _, p := range b.People {
			names = append(names, p.Name)
		}
		t.Errorf("people = %q", names)
	}
	for i := 1; i < len(b.People); i++ {
		if b.People[i-1].Group.Rank() > b.People[i].Group.Rank() {
			t.Errorf("%s (%s) listed before %s (%s): leaders come first", b.People[i-1].Name, b.People[i-1].Group, b.People[i].Name, b.People[i].Group)
		}
	}
	// One man, two spellings; names match in any case and on any alias.
	for _, alias := range []string{"Zelensky", "zelenskyy", "Volodymyr Zelenskyy", "MERZ", "von der leyen", "Ursula von der Leyen"} {
		if _, ok := b.FindPerson(alias); !ok {
			t.Errorf("FindPerson(%q) found nobody", alias)
		}
	}
	if z, _ := b.FindPerson("zelenskyy"); z.ID != "zelensky" {
		t.Errorf("zelenskyy resolves to %s", z.ID)
	}
}

// Load frees what it has read: a source's bytes are not held beside its
// text for the rest of the load (a 256 MiB page would be held twice), and
// the caller's own copy of the bytes is left as it was.
func TestLoadConsumesSourceBytes(t *testing.T) {
	data := []byte("Talks end\n\nThe talks ended on Monday.\n")
	keep := append([]byte(nil), data...)
	srcs := []Source{{Name: "a", Origin: "a.txt", Data: data}}
	if _, err := Load(Config{}, srcs...); err != nil {
		t.Fatal(err)
	}
	if srcs[0].Data != nil {
		t.Error("Load kept the source's bytes")
	}
	if string(data) != string(keep) {
		t.Error("Load changed the caller's bytes")
	}
}
