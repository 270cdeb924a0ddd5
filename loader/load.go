package loader

import (
	"bytes"
	"cmp"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"briefing/internal/par"
	"briefing/model"
)

// MaxSize is the largest source Load reads: far above any real page, low
// enough that a mistaken path to a disk image fails fast.
const MaxSize = 256 << 20

// parsed is one source after format detection and parsing.
type parsed struct {
	src     Source
	kind    model.SourceKind
	shape   string // the shape reader that read it
	summary []string
	posts   []rawPost // page order
}

// Load reads the sources into one briefing. Each source is cleaned, its
// format detected (a live page has stamped post titles; anything else is an
// article), and its posts, people, statements and options read. Errors name
// the source: "notes.txt: empty source".
func Load(cfg Config, srcs ...Source) (*model.Briefing, error) {
	if len(srcs) == 0 {
		return nil, errors.New("no sources to read")
	}
	refs, err := parseReference(cfg.People)
	if err != nil {
		return nil, &Error{Origin: "reference list of people", Err: fmt.Errorf("%w: %v", ErrPeople, err)}
	}
	cfg.Title = CleanLine(cfg.Title)
	var ps []parsed
	names := map[string]int{}
	for _, src := range srcs {
		p, err := parse(src)
		if err != nil {
			return nil, err
		}
		// A name or path is no cleaner than the bytes: it becomes the
		// title, post ids and the JSON. Errors above name the raw origin,
		// which the CLI shows safely, so the message names the real file.
		p.src.Name, p.src.Origin = cmp.Or(CleanLine(p.src.Name), "source"), CleanLine(p.src.Origin)
		p.src.Data = nil // read into the posts; the bytes need not stay for the rest of the load
		names[p.src.Name]++
		if n := names[p.src.Name]; n > 1 {
			p.src.Name = fmt.Sprintf("%s-%d", p.src.Name, n)
		}
		ps = append(ps, p)
	}
	b := assemble(cfg, ps)
	analyse(b, ps, refs)
	b.Reindex()
	return b, nil
}

func parse(src Source) (parsed, error) {
	fail := func(err error) (parsed, error) { return parsed{}, &Error{Origin: src.Origin, Err: err} }
	src.Data, src.encoding = decode(src.Data) // UTF-16 and 8-bit pages as UTF-8, before any check
	switch {
	case len(src.Data) > MaxSize:
		return fail(fmt.Errorf("%w: %d MiB, the limit is %d MiB", ErrTooLarge, len(src.Data)>>20, MaxSize>>20))
	case len(bytes.TrimSpace(src.Data)) == 0:
		return fail(ErrEmpty)
	case looksBinary(src.Data):
		return fail(ErrBinary)
	}
	text := clean(src.Data)
	if strings.TrimSpace(text) == "" {
		return fail(ErrEmpty)
	}
	if src.Name == "" {
		src.Name = "source"
	}
	lines := strings.Split(text, "\n")
	p := parsed{src: src}
	if isLiveblog(lines) {
		p.kind, p.shape = model.KindLiveblog, "stamped"
		p.summary, p.posts = parseLiveblog(lines)
	} else {
		p.kind, p.shape = model.KindArticle, "article"
		if a := parseArticle(lines); len(a.blocks) > 0 {
			p.posts = []rawPost{a}
		}
	}
	if len(p.posts) == 0 {
		return fail(ErrNoPosts)
	}
	return p, nil
}

// assemble orders posts oldest first: untimed articles first, as the
// background, then each live page from its bottom post up. Page order, not
// the clock, decides: times wrap past midnight.
func assemble(cfg Config, ps []parsed) *model.Briefing {
	b := &model.Briefing{Title: cfg.Title}
	total := 0
	for _, p := range ps {
		total += len(p.posts)
	}
	b.Posts = make([]model.Post, 0, total)
	zones := map[string]string{} // a page writes one zone or two, post after post
	for _, kind := range []model.SourceKind{model.KindArticle, model.KindLiveblog} {
		for _, p := range ps {
			if p.kind != kind {
				continue
			}
			n := len(p.posts)
			for i := n - 1; i >= 0; i-- {
				rp := p.posts[i]
				zone, ok := zones[rp.zoneName]
				if !ok {
					zone = zoneAbbrev(rp.zoneName)
					zones[rp.zoneName] = zone
				}
				b.Posts = append(b.Posts, model.Post{
					ID: p.src.Name + "/" + strconv.Itoa(n-i), Source: p.src.Name, Page: rp.page,
					Time: rp.time, Zone: zone, ZoneName: rp.zoneName,
					Date: rp.date, When: rp.when, URL: rp.url,
					Label: rp.label, Title: rp.title, Author: rp.author, Body: rp.blocks,
				})
			}
			if kind == model.KindLiveblog && len(p.summary) > 0 {
				if b.SummaryPost == "" {
					b.SummaryPost = p.src.Name + "/summary"
				}
				b.Summary = append(b.Summary, p.summary...)
			}
		}
	}
	for _, p := range ps {
		b.Sources = append(b.Sources, model.Source{Name: p.src.Name, Kind: p.kind, Shape: p.shape, Origin: p.src.Origin, Posts: len(p.posts), Encoding: p.src.encoding})
	}
	if b.Title == "" {
		b.Title = deriveTitle(b, ps)
	}
	return b
}

func deriveTitle(b *model.Briefing, ps []parsed) string {
	for _, p := range b.Posts {
		if p.Time == "" && p.Title != "" {
			return p.Title
		}
	}
	name := strings.ReplaceAll(ps[0].src.Name, "-", " ")
	name = strings.ReplaceAll(name, "_", " ")
	if name == "" {
		return "Briefing"
	}
	return upperFirst(name)
}

// zoneAbbrev shortens a zone as written: "British Summer Time" -> "BST".
func zoneAbbrev(zone string) string {
	f := strings.Fields(zone)
	if len(f) <= 1 {
		return zone
	}
	var sb strings.Builder
	for _, w := range f {
		r := []rune(w)[0]
		sb.WriteString(strings.ToUpper(string(r)))
	}
	return sb.String()
}

// analyse finds people, statements, mentions and options. The units are
// read twice, each time in parallel and merged in document order: once for
// people written with a title, then, with everyone known, for mentions and
// who said what. Nothing of a unit is kept between the two readings.
func analyse(b *model.Briefing, ps []parsed, refs []*person) {
	units := unitsOf(b)

	// Options come from the posts' text alone. An analysis re-posted
	// further down the page lays out the same options again: the first
	// telling stands, so options stay one per name. Knowing them first
	// lets the second reading find the blocks that mention them.
	named := map[string]bool{}
	known := func(name string) bool { return named[strings.ToLower(name)] }
	for i := range b.Posts {
		for _, o := range findOptions(&b.Posts[i], known) {
			if key := strings.ToLower(o.Name); !named[key] {
				named[key] = true
				b.Options = append(b.Options, o)
			}
		}
	}
	phrases := newPhrases(b.Options)

	// people written with a title, then one matcher for everyone
	refMatch := newMatcher(refs)
	titled := map[string]*found{}
	honor := map[string]string{}
	par.Chunks(len(units), chunkUnits, func() *attributor { return newAttributor(nil, nil) },
		func(a *attributor, lo, hi int) titledNames {
			t := titledNames{found: map[string]*found{}, honor: map[string]string{}}
			for _, u := range units[lo:hi] {
				for _, bl := range u.body {
					if mayTitle(bl.Text) {
						a.scan(bl.Text)
						findTitled(bl.Text, a.toks, t.found, t.honor)
					}
				}
			}
			return t
		},
		func(t titledNames) {
			// the first of the longest roles stands; the last honorific
			for name, f := range t.found {
				if g, ok := titled[name]; !ok || len(f.role) > len(g.role) {
					titled[name] = f
				}
			}
			for k, v := range t.honor {
				honor[k] = v
			}
		})
	people := slices.Clone(refs)
	taken := map[string]bool{}
	for _, p := range refs {
		taken[p.ID] = true
	}
	for _, name := range sortedKeys(titled) {
		f := titled[name]
		toks := tokenize(name, nil)
		if ms := refMatch.find(name, toks); len(ms) > 0 {
			continue // a leader written with a title: already known
		}
		id := slug(name)
		if taken[id] || id == "" {
			continue
		}
		taken[id] = true
		surname := toks[len(toks)-1].text(name)
		pron := honor[surname]
		if pron == "" {
			pron = honor[name]
		}
		people = append(people, &person{
			Person:  model.Person{ID: id, Name: name, Short: surname, Role: roleTitle(f.role), Group: groupFor(f.role), Aliases: []string{surname}},
			pronoun: pron,
		})
	}
	m := newMatcher(people)
	byID := map[string]*person{}
	for _, p := range people {
		byID[p.ID] = p
	}

	st := &statements{byPart: map[string]int{}, uniquePosts: uniquePosts(units)}
	mentioned := map[string]bool{}
	var optMentions []optionMention
	par.Chunks(len(units), chunkUnits, func() *attributor { return newAttributor(m, byID) },
		func(a *attributor, lo, hi int) readUnits {
			r := readUnits{mentioned: map[string]bool{}}
			a.rec = nil // the chunk's own: it goes out with the result
			for ui := lo; ui < hi; ui++ {
				u := &units[ui]
				clear(a.seen)
				un := &unit{cite: model.Citation{Post: u.post, Source: u.source}, history: a.history[:0], cont: -1}
				if u.title != "" {
					a.names(u.title) // names in titles are mentions; titles quote nobody
				}
				for _, bl := range u.body {
					a.scan(bl.Text)
					a.block(un)
					if phrases.anyIn(a.toks) {
						r.optMentions = a.findOptionMentions(r.optMentions, ui, u, bl.Kind, b.Options, phrases)
					}
				}
				a.history = un.history[:0]
				for id := range a.seen {
					r.mentioned[id] = true
				}
				if u.postIdx >= 0 {
					b.Posts[u.postIdx].Mentions = sortedKeys(a.seen)
				}
			}
			r.said = a.rec
			return r
		},
		func(r readUnits) {
			st.replay(r.said)
			optMentions = append(optMentions, r.optMentions...)
			for id := range r.mentioned {
				mentioned[id] = true
			}
		})

	counts := map[string]int{}
	for _, s := range st.list {
		b.Statements = append(b.Statements, *s)
		counts[s.Speaker]++
	}
	for _, p := range people {
		if counts[p.ID] > 0 || (p.ref && mentioned[p.ID]) {
			b.People = append(b.People, p.Person)
		}
	}
	kept := map[string]bool{}
	for _, p := range b.People {
		kept[p.ID] = true
	}
	for i := range b.Posts {
		b.Posts[i].Mentions = slices.DeleteFunc(b.Posts[i].Mentions, func(id string) bool { return !kept[id] })
	}
	slices.SortStableFunc(b.People, func(x, y model.Person) int {
		return cmp.Or(cmp.Compare(x.Group.Rank(), y.Group.Rank()), cmp.Compare(counts[y.ID], counts[x.ID]), cmp.Compare(x.Name, y.Name))
	})

	byPost := map[string][]int{}
	for i, s := range b.Statements {
		for _, c := range s.Citations {
			byPost[c.Post] = append(byPost[c.Post], i)
		}
	}
	ptrs := make([]*model.Statement, len(b.Statements))
	for i := range b.Statements {
		ptrs[i] = &b.Statements[i]
	}
	mentionOptions(b.Options, phrases.list, units, optMentions, ptrs, byPost)
}

// chunkUnits is how many units a worker reads at a time: enough to make
// handing out work cheap, few enough to share a long page evenly.
const chunkUnits = 32

// titledNames is what one chunk of units says of people with titles.
type titledNames struct {
	found map[string]*found
	honor map[string]string
}

// readUnits is what one chunk of units says: statements to replay, the
// people named, and the sentences that bring up an option.
type readUnits struct {
	said        record
	mentioned   map[string]bool
	optMentions []optionMention
}

// uniquePosts reports that no two units share a post id.
func uniquePosts(units []textUnit) bool {
	seen := make(map[string]bool, len(units))
	for _, u := range units {
		if seen[u.post] {
			return false
		}
		seen[u.post] = true
	}
	return true
}

// roleTitle capitalises a found role for display: "Kremlin aide".
func roleTitle(r string) string { return upperFirst(r) }

// upperFirst capitalises the first letter, a whole rune: a role or a file
// name may start with "é" or "瀢", and half a rune is invalid UTF-8.
func upperFirst(s string) string {
	r, size := utf8.DecodeRuneInString(s)
	if size == 0 || r == utf8.RuneError {
		return s
	}
	return string(unicode.ToUpper(r)) + s[size:]
}

// textUnit is a post or the summary, as text to read.
type textUnit struct {
	post, source string
	title        string
	body         []model.Block
	postIdx      int // index in Briefing.Posts, -1 for the summary
}

// unitsOf lists what to read, in briefing order; the summary, at the top
// of its page, comes last.
func unitsOf(b *model.Briefing) []textUnit {
	us := make([]textUnit, 0, len(b.Posts)+1)
	for i, p := range b.Posts {
		us = append(us, textUnit{post: p.ID, source: p.Source, title: p.Title, body: p.Body, postIdx: i})
	}
	if b.SummaryPost != "" {
		src, _, _ := strings.Cut(b.SummaryPost, "/")
		u := textUnit{post: b.SummaryPost, source: src, postIdx: -1}
		for _, s := range b.Summary {
			u.body = append(u.body, model.Block{Kind: model.BlockBullet, Text: s})
		}
		us = append(us, u)
	}
	return us
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}
