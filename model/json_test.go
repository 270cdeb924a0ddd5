package model

import (
	"encoding/json"
	"slices"
	"strings"
	"testing"
)

// twoPostBriefing is a small hand-built briefing: a live page with two posts
// (oldest first) and an article, two speakers and one option.
func twoPostBriefing() *Briefing {
	b := &Briefing{
		Title: "Talks",
		Sources: []Source{
			{Name: "live", Kind: KindLiveblog, Origin: "live.txt", Posts: 2},
			{Name: "art", Kind: KindArticle, Origin: "art.txt", Posts: 1},
		},
		Summary:     []string{"Leaders met", "A ceasefire was discussed"},
		SummaryPost: "live/summary",
		Posts: []Post{
			{ID: "live/1", Source: "live", Page: 2, Time: "23:50", Zone: "BST", Title: "Merz speaks",
				Body: []Block{{Kind: BlockParagraph, Text: `"No meeting without a ceasefire," said Merz.`}}, Mentions: []string{"merz"}},
			{ID: "live/2", Source: "live", Page: 1, Time: "00:10", Zone: "BST", Label: "Analysis", Title: "Options",
				Author: Author{Name: "Frank Gardner", Role: "Security correspondent"},
				Body:   []Block{{Kind: BlockBullet, Text: "Boots on the ground - least likely"}}},
			{ID: "art/1", Source: "art", Page: 1, Title: "Article", Mentions: []string{"macron"},
				Body: []Block{{Kind: BlockSubheading, Text: "Next"}, {Kind: BlockParagraph, Text: `Macron wants "boots on the ground".`}}},
		},
		People: []Person{
			{ID: "merz", Name: "Friedrich Merz", Short: "Merz", Role: "German Chancellor", Group: GroupLeader},
			{ID: "macron", Name: "Emmanuel Macron", Short: "Macron", Role: "French President", Group: GroupLeader, Aliases: []string{"President Macron"}},
		},
		Statements: []Statement{
			{Speaker: "merz", Quote: "No meeting without a ceasefire,", Kind: Direct, Sentence: `"No meeting without a ceasefire," said Merz.`,
				Citations: []Citation{{Post: "live/1", Source: "live"}}},
			{Speaker: "macron", Quote: "boots on the ground", Kind: Direct, Sentence: `Macron wants "boots on the ground".`,
				Citations: []Citation{{Post: "art/1", Source: "art"}}},
		},
		Options: []Option{
			{Name: "Boots on the ground", Assessment: "least likely", Rank: 1, Post: "live/2", Source: "live",
				Mentions: []Mention{{Post: "art/1", Source: "art", Speaker: "macron", Quote: "boots on the ground", Text: `Macron wants "boots on the ground".`}}},
		},
	}
	b.Reindex()
	return b
}

func TestJSONShape(t *testing.T) {
	b := twoPostBriefing()
	raw, err := json.Marshal(b.JSON(b.Apply(Filter{})))
	if err != nil {
		t.Fatal(err)
	}
	var doc map[string]json.RawMessage
	if err := json.Unmarshal(raw, &doc); err != nil {
		t.Fatal(err)
	}
	// The keys of DESIGN §5, per object: renaming any of them breaks users.
	want := map[string][]string{
		"":           {"sources", "summary", "posts", "people", "statements", "options"},
		"sources":    {"name", "kind", "posts"},
		"posts":      {"id", "source", "time", "zone", "label", "title", "author", "body"},
		"people":     {"id", "name", "role", "group", "aliases"},
		"statements": {"speaker", "quote", "kind", "sentence", "citations"},
		"options":    {"name", "assessment", "rank", "description", "mentions"},
	}
	for list, keys := range want {
		obj := doc
		if list != "" {
			var items []map[string]json.RawMessage
			if err := json.Unmarshal(doc[list], &items); err != nil || len(items) == 0 {
				t.Fatalf("%s: want a non-empty list, got %s (%v)", list, doc[list], err)
			}
			obj = items[0]
		}
		for _, k := range keys {
			if _, ok := obj[k]; !ok {
				t.Errorf("%q object lacks key %q", list, k)
			}
		}
	}
	var posts []struct {
		Author map[string]string `json:"author"`
		Body   []map[string]string
	}
	if err := json.Unmarshal(doc["posts"], &posts); err != nil {
		t.Fatal(err)
	}
	if _, ok := posts[1].Author["role"]; !ok || posts[1].Author["name"] != "Frank Gardner" {
		t.Errorf("author = %v, want name and role", posts[1].Author)
	}
	if posts[0].Body[0]["kind"] != "paragraph" || posts[0].Body[0]["text"] == "" {
		t.Errorf("body block = %v, want {kind, text}", posts[0].Body[0])
	}
}

func TestJSONReflectsView(t *testing.T) {
	b := twoPostBriefing()
	tests := []struct {
		name       string
		filter     Filter
		posts      []string
		speakers   []string
		mentions   int
		sourcePost map[string]int
	}{
		{"everything, oldest first", Filter{}, []string{"live/1", "live/2", "art/1"}, []string{"merz", "macron"}, 1,
			map[string]int{"live": 2, "art": 1}},
		{"one leader", Filter{People: []string{"macron"}}, []string{"art/1"}, []string{"macron"}, 1,
			map[string]int{"live": 0, "art": 1}},
		{"search", Filter{Query: "ceasefire"}, []string{"live/1"}, []string{"merz"}, 0,
			map[string]int{"live": 1, "art": 0}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := b.JSON(b.Apply(tt.filter))
			var ids []string
			for _, p := range d.Posts {
				ids = append(ids, p.ID)
			}
			if !slices.Equal(ids, tt.posts) {
				t.Errorf("posts = %v, want %v", ids, tt.posts)
			}
			var who []string
			for _, s := range d.Statements {
				who = append(who, s.Speaker)
			}
			if !slices.Equal(who, tt.speakers) {
				t.Errorf("statements by %v, want %v", who, tt.speakers)
			}
			n := 0
			for _, o := range d.Options {
				n += len(o.Mentions)
			}
			if n != tt.mentions {
				t.Errorf("option mentions = %d, want %d", n, tt.mentions)
			}
			if len(d.Sources) != 2 {
				t.Fatalf("sources = %d, want both listed", len(d.Sources))
			}
			for _, s := range d.Sources {
				if s.Posts != tt.sourcePost[s.Name] {
					t.Errorf("source %s posts = %d, want %d", s.Name, s.Posts, tt.sourcePost[s.Name])
				}
			}
			if d.TotalPosts != 3 {
				t.Errorf("total_posts = %d, want 3", d.TotalPosts)
			}
		})
	}
}

func TestJSONEmptyListsAreArrays(t *testing.T) {
	b := twoPostBriefing()
	raw, err := json.Marshal(b.JSON(b.Apply(Filter{Query: "no such words anywhere"})))
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(string(raw), "null") {
		t.Errorf("empty view encodes null: %s", raw)
	}
	for _, k := range []string{`"summary":[]`, `"posts":[]`, `"statements":[]`, `"options":[]`} {
		if !strings.Contains(string(raw), k) {
			t.Errorf("want %s in %s", k, raw)
		}
	}
	// Zero-valued inner lists too: a post without mentions, a person without aliases.
	raw, _ = json.Marshal(b.JSON(b.Apply(Filter{})))
	if strings.Contains(string(raw), "null") {
		t.Errorf("full view encodes null: %s", raw)
	}
}

// A query from anywhere (the TUI's prompt) reaches the JSON and the view
// without control or bidi characters.
func TestApplyCleansTheQuery(t *testing.T) {
	b := &Briefing{Posts: []Post{{ID: "s/1", Source: "s", Title: "Trump speaks"}}}
	b.Reindex()
	v := b.Apply(Filter{Query: "\u202etru\x1b[2Jmp\xff"})
	if v.Filter.Query != "tru[2Jmp\uFFFD" {
		t.Errorf("query = %q", v.Filter.Query)
	}
	if q := b.JSON(b.Apply(Filter{Query: "\u202etrump"})).Filter.Query; q != "trump" {
		t.Errorf("JSON filter.query = %q", q)
	}
	if v := b.Apply(Filter{Query: "\u202etrump"}); len(v.Posts) != 1 {
		t.Errorf("a bidi control in the query stops it matching: %d posts", len(v.Posts))
	}
}
