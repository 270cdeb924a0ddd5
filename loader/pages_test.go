package loader

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"

	"briefing/model"
)

// The real-page corpus (testdata/pages, see its README) scored against its
// hand-written gold. The floors below are what the loader reaches today;
// they only ever go up. DESIGN §6 asks for titles 0.95, recall 0.90,
// precision 0.95 and no wrong speaker or trap.
const (
	floorTitles    = 0.83
	floorRecall    = 0.49
	floorPrecision = 0.94
	maxWrong       = 0
	maxTraps       = 0
	maxChrome      = 10
)

type goldPage struct {
	URL    string `json:"url"`
	Outlet string `json:"outlet"`
	Year   int    `json:"year"`
	Shape  string `json:"shape"`
	Posts  []struct {
		Title  string `json:"title"`
		Label  string `json:"label"`
		Time   string `json:"time"`
		Zone   string `json:"zone"`
		Date   string `json:"date"`
		When   string `json:"when"`
		Author string `json:"author"`
	} `json:"posts"`
	Quotes []struct {
		Text    string `json:"text"`
		Speaker string `json:"speaker"`
	} `json:"quotes"`
	Traps []struct {
		Text string `json:"text"`
		Not  string `json:"not"`
	} `json:"traps"`
	Chrome []string `json:"chrome"`
}

// pageScore is one page's counts.
type pageScore struct {
	posts, titles, timed, timesOK, labels, labelsOK, authors, authorsOK int
	quotes, found, right, wrong, unsure, extra, traps, chrome           int
	shape                                                               string
}

func (s *pageScore) add(o pageScore) {
	s.posts += o.posts
	s.titles += o.titles
	s.timed += o.timed
	s.timesOK += o.timesOK
	s.labels += o.labels
	s.labelsOK += o.labelsOK
	s.authors += o.authors
	s.authorsOK += o.authorsOK
	s.quotes += o.quotes
	s.found += o.found
	s.right += o.right
	s.wrong += o.wrong
	s.unsure += o.unsure
	s.extra += o.extra
	s.traps += o.traps
	s.chrome += o.chrome
}

func TestPages(t *testing.T) {
	golds, err := filepath.Glob("testdata/pages/*.gold.json")
	if err != nil || len(golds) == 0 {
		t.Fatalf("no gold pages: %v", err)
	}
	people := seedBytes(t, "people.json")
	var total pageScore
	outlets := map[string]*pageScore{}
	t.Logf("%-44s %-10s %-10s %5s %6s %5s %5s %5s %5s %5s %5s %5s %5s", "page", "shape", "gold", "posts", "titles", "times", "quote", "found", "right", "wrong", "extra", "traps", "chrom")
	for _, gf := range golds {
		base := strings.TrimSuffix(gf, ".gold.json")
		var g goldPage
		raw, err := os.ReadFile(gf)
		if err != nil {
			t.Fatal(err)
		}
		if err := json.Unmarshal(raw, &g); err != nil {
			t.Fatalf("%s: %v", gf, err)
		}
		data, err := os.ReadFile(base + ".txt")
		if err != nil {
			t.Fatal(err)
		}
		b, err := Load(Config{People: people}, Source{Name: "page", Origin: base + ".txt", Data: data})
		if err != nil {
			t.Errorf("%s: %v", base, err)
			continue
		}
		s := scorePage(t, filepath.Base(base), &g, b)
		total.add(s)
		if outlets[g.Outlet] == nil {
			outlets[g.Outlet] = &pageScore{}
		}
		outlets[g.Outlet].add(s)
		t.Logf("%-44s %-10s %-10s %5d %6d %5s %5d %5d %5d %5d %5d %5d %5d", filepath.Base(base), s.shape, g.Shape,
			s.posts, s.titles, fmt.Sprintf("%d/%d", s.timesOK, s.timed), s.quotes, s.found, s.right, s.wrong, s.extra, s.traps, s.chrome)
	}
	titles := ratio(total.titles, total.posts)
	recall := ratio(total.right, total.quotes)
	precision := ratio(total.right, total.right+total.wrong+total.extra)
	t.Logf("ALL: %d pages, %d outlets; titles %.2f, times %d/%d, labels %d/%d, authors %d/%d; quotes %d: recall %.2f, precision %.2f (%d right, %d wrong speaker, %d unattributed, %d not in gold), traps %d, chrome %d",
		len(golds), len(outlets), titles, total.timesOK, total.timed, total.labelsOK, total.labels, total.authorsOK, total.authors,
		total.quotes, recall, precision, total.right, total.wrong, total.unsure, total.extra, total.traps, total.chrome)
	if titles < floorTitles {
		t.Errorf("titles %.2f, the floor is %.2f", titles, floorTitles)
	}
	if recall < floorRecall {
		t.Errorf("quote recall %.2f, the floor is %.2f", recall, floorRecall)
	}
	if precision < floorPrecision {
		t.Errorf("quote precision %.2f, the floor is %.2f", precision, floorPrecision)
	}
	if total.wrong > maxWrong {
		t.Errorf("%d quotes went to the wrong speaker, at most %d", total.wrong, maxWrong)
	}
	if total.traps > maxTraps {
		t.Errorf("%d traps sprung, at most %d", total.traps, maxTraps)
	}
	if total.chrome > maxChrome {
		t.Errorf("%d pieces of page furniture in paragraphs, at most %d", total.chrome, maxChrome)
	}
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 1
	}
	return float64(a) / float64(b)
}

// scorePage compares one loaded page with its gold, reporting each miss
// with -v so a failing rule can be traced to the page and the post.
func scorePage(t *testing.T, name string, g *goldPage, b *model.Briefing) pageScore {
	s := pageScore{posts: len(g.Posts), shape: b.Sources[0].Shape}
	// page order: the model keeps posts oldest first
	var posts []model.Post
	for i := len(b.Posts) - 1; i >= 0; i-- {
		posts = append(posts, b.Posts[i])
	}
	next := 0
	for _, gp := range g.Posts {
		found := -1
		for j := next; j < len(posts); j++ {
			if norm(posts[j].Title) == norm(gp.Title) {
				found = j
				break
			}
		}
		if found < 0 {
			if testing.Verbose() {
				t.Logf("  %s: no post titled %q", name, gp.Title)
			}
			continue
		}
		next = found + 1
		s.titles++
		p := posts[found]
		if gp.Time != "" || gp.When != "" {
			s.timed++
			if norm(gp.Time) == norm(p.Time) && norm(gp.When) == norm(p.When) {
				s.timesOK++
			} else if testing.Verbose() {
				t.Logf("  %s: %q time %q%q, want %q%q", name, gp.Title, p.Time, p.When, gp.Time, gp.When)
			}
		}
		if gp.Label != "" || p.Label != "" {
			s.labels++
			if strings.EqualFold(gp.Label, p.Label) {
				s.labelsOK++
			}
		}
		if gp.Author != "" || p.Author.Name != "" {
			s.authors++
			if norm(gp.Author) == norm(p.Author.Name) {
				s.authorsOK++
			} else if testing.Verbose() {
				t.Logf("  %s: %q author %q, want %q", name, gp.Title, p.Author.Name, gp.Author)
			}
		}
	}

	speaker := func(st model.Statement) string {
		if p, ok := b.Person(st.Speaker); ok {
			return p.Name
		}
		return st.Speaker
	}
	// the gold lists direct quotes; reported clauses are not scored
	var direct []model.Statement
	for _, st := range b.Statements {
		if st.Kind == model.Direct {
			direct = append(direct, st)
		}
	}
	b = &model.Briefing{Posts: b.Posts, People: b.People, Statements: direct, Sources: b.Sources}
	b.Reindex()
	matched := make([]bool, len(b.Statements))
	for _, q := range g.Quotes {
		if q.Speaker != "" {
			s.quotes++
		}
		got := -1
		for i, st := range b.Statements {
			if sameQuote(st.Quote, q.Text) {
				got = i
				break
			}
		}
		if got < 0 {
			if q.Speaker != "" && testing.Verbose() {
				t.Logf("  %s: missed %q (%s)", name, clip(q.Text), q.Speaker)
			}
			continue
		}
		matched[got] = true
		st := b.Statements[got]
		who := speaker(st)
		switch {
		case q.Speaker == "":
			s.unsure++
			if who != "" {
				s.wrong++
				if testing.Verbose() {
					t.Logf("  %s: %q given to %s; the text does not say who", name, clip(q.Text), who)
				}
			}
		case sameSpeaker(who, q.Speaker):
			s.found++
			s.right++
		default:
			s.found++
			s.wrong++
			if testing.Verbose() {
				t.Logf("  %s: %q given to %s, want %s", name, clip(q.Text), who, q.Speaker)
			}
		}
	}
	for i, st := range b.Statements {
		if matched[i] {
			continue
		}
		sprung := false
		for _, tr := range g.Traps {
			if sameQuote(st.Quote, tr.Text) && sameSpeaker(speaker(st), tr.Not) {
				sprung = true
			}
		}
		if sprung {
			continue // counted below
		}
		s.extra++
		if testing.Verbose() {
			t.Logf("  %s: not in gold: %q to %s", name, clip(st.Quote), speaker(st))
		}
	}
	for _, tr := range g.Traps {
		for _, st := range b.Statements {
			if sameQuote(st.Quote, tr.Text) && sameSpeaker(speaker(st), tr.Not) {
				s.traps++
				if testing.Verbose() {
					t.Logf("  %s: trap: %q given to %s", name, clip(tr.Text), tr.Not)
				}
				break
			}
		}
	}
	for _, p := range b.Posts {
		for _, bl := range p.Body {
			if bl.Kind == model.BlockCaption {
				continue
			}
			for _, c := range g.Chrome {
				if strings.Contains(bl.Text, c) {
					s.chrome++
					if testing.Verbose() {
						t.Logf("  %s: furniture %q in a %s: %q", name, c, bl.Kind, clip(bl.Text))
					}
				}
			}
		}
	}
	return s
}

// norm folds case, quote marks and spacing for comparing titles and names.
func norm(s string) string {
	s = strings.Map(func(r rune) rune {
		switch r {
		case '‘', '’', '`', '´':
			return '\''
		case '“', '”':
			return '"'
		}
		return unicode.ToLower(r)
	}, s)
	return strings.Join(strings.Fields(s), " ")
}

// sameQuote reports a statement holding a gold quote's words, or most of
// them: a statement of four words or more that makes up at least half of
// the gold quote (a quote cut where the page breaks it into two).
func sameQuote(got, want string) bool {
	g, w := bare(got), bare(want)
	if g == "" || w == "" {
		return false
	}
	return strings.Contains(g, w) || len(strings.Fields(g)) >= 4 && 2*len(g) >= len(w) && strings.Contains(w, g)
}

// bare keeps a quote's words: letters, digits and single spaces.
func bare(s string) string {
	s = strings.Map(func(r rune) rune {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return unicode.ToLower(r)
		}
		return ' '
	}, s)
	return strings.Join(strings.Fields(s), " ")
}

// sameSpeaker matches a found speaker with the gold's: the same name, the
// same surname, or one description inside the other ("Downing Street
// spokesman" and "a Downing Street spokesman").
func sameSpeaker(got, want string) bool {
	g, w := bare(got), bare(want)
	if g == "" || w == "" {
		return false
	}
	for _, art := range []string{"a ", "an ", "the "} {
		g, w = strings.TrimPrefix(g, art), strings.TrimPrefix(w, art)
	}
	if g == w || strings.Contains(g, w) || strings.Contains(w, g) {
		return true
	}
	gf, wf := strings.Fields(g), strings.Fields(w)
	return gf[len(gf)-1] == wf[len(wf)-1]
}

func clip(s string) string {
	if len(s) > 60 {
		return s[:60] + "…"
	}
	return s
}
