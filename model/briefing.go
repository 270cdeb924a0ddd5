package model

// SourceKind says how a source was read.
type SourceKind string

const (
	KindLiveblog SourceKind = "liveblog"
	KindArticle  SourceKind = "article"
)

// Source is one document the briefing was built from.
type Source struct {
	Name string `json:"name"` // short, stable name (file name without extension)
	// Title is the name a reader sees: the manifest's, else the page's own
	// title, else Name made readable ("White house talks liveblog").
	Title  string     `json:"title"`
	Kind   SourceKind `json:"kind"`   // liveblog or article
	Origin string     `json:"origin"` // where it came from: a path, "-" or "embedded:<file>"
	Posts  int        `json:"posts"`  // how many posts it contributed
	Shape  string     `json:"shape"`  // how its posts were told apart ("stamped", "time-first"...)
	URL    string     `json:"url"`    // the web address it was fetched from; empty for files
	// FetchedAt is when a web source was fetched (RFC 3339); empty for files.
	FetchedAt string `json:"fetched_at"`
	// Encoding is how the bytes were read when not UTF-8 ("UTF-16LE",
	// "Windows-1252"); empty for UTF-8.
	Encoding string `json:"encoding,omitempty"`
}

// Briefing is everything read from a set of sources.
//
// Posts are in chronological order, oldest first. That order comes from
// page order (live pages are newest-first), never from clock times, which
// wrap past midnight.
type Briefing struct {
	Title       string
	Sources     []Source
	Summary     []string // the live page's summary bullets
	SummaryPost string   // the id citations use for the summary ("<source>/summary")
	Posts       []Post
	People      []Person // leaders first, then officials, then commentators
	Statements  []Statement
	Options     []Option

	idx *index
}

// index is built lazily from the slices above; it is never exported so the
// public fields stay the single source of truth.
type index struct {
	posts     map[string]int
	people    map[string]int
	byAlias   map[string]string // lower-cased alias -> person id
	bySpeaker map[string][]int  // person id -> statement indices
	byPost    map[string][]int  // post id -> statement indices
	postText  []string          // lower-cased searchable text per post
	stmtText  []string          // lower-cased searchable text per statement
	summary   []string          // lower-cased summary bullets
	optText   []string          // lower-cased name, description and assessment per option
	mentText  [][]string        // lower-cased text and quote per option mention
}

// Reindex must be called after the exported slices change. Load calls it.
func (b *Briefing) Reindex() {
	ix := &index{
		posts:     make(map[string]int, len(b.Posts)),
		people:    make(map[string]int, len(b.People)),
		byAlias:   make(map[string]string),
		bySpeaker: make(map[string][]int),
		byPost:    make(map[string][]int),
		postText:  make([]string, len(b.Posts)),
		stmtText:  make([]string, len(b.Statements)),
		summary:   make([]string, len(b.Summary)),
	}
	var buf []byte
	for i := range b.Posts {
		p := &b.Posts[i]
		ix.posts[p.ID] = i
		// lower(p.SearchText()), folded straight into one reused buffer
		buf = buf[:0]
		for k, s := range []string{p.Label, p.Title, p.Author.Name, p.Author.Role} {
			if k > 0 {
				buf = append(buf, '\n')
			}
			buf = appendLower(buf, s)
		}
		buf = append(buf, '\n')
		for k, bl := range p.Body {
			if k > 0 {
				buf = append(buf, "\n\n"...)
			}
			buf = appendLower(buf, bl.Text)
		}
		ix.postText[i] = string(buf)
	}
	for i, p := range b.People {
		ix.people[p.ID] = i
		for _, n := range p.Names() {
			if _, taken := ix.byAlias[lower(n)]; !taken {
				ix.byAlias[lower(n)] = p.ID
			}
		}
	}
	for i, s := range b.Statements {
		ix.bySpeaker[s.Speaker] = append(ix.bySpeaker[s.Speaker], i)
		for _, c := range s.Citations {
			ix.byPost[c.Post] = append(ix.byPost[c.Post], i)
		}
		name := ""
		if p, ok := b.Person(s.Speaker); ok {
			name = p.Name
		}
		ix.stmtText[i] = lower(s.Quote + "\n" + s.Sentence + "\n" + name)
	}
	for i, s := range b.Summary {
		ix.summary[i] = lower(s)
	}
	ix.optText = make([]string, len(b.Options))
	ix.mentText = make([][]string, len(b.Options))
	for i, o := range b.Options {
		ix.optText[i] = lower(o.Name + "\n" + o.Description + "\n" + o.Assessment)
		ix.mentText[i] = make([]string, len(o.Mentions))
		for k, m := range o.Mentions {
			ix.mentText[i][k] = lower(m.Text + "\n" + m.Quote)
		}
	}
	b.idx = ix
}

func (b *Briefing) ix() *index {
	if b.idx == nil {
		b.Reindex()
	}
	return b.idx
}

// Post returns the post with this id.
func (b *Briefing) Post(id string) (*Post, bool) {
	i, ok := b.ix().posts[id]
	if !ok {
		return nil, false
	}
	return &b.Posts[i], true
}

// SourceTitle is the name a reader sees for the source named name: its
// Title, else the name itself.
func (b *Briefing) SourceTitle(name string) string {
	for i := range b.Sources {
		if s := &b.Sources[i]; s.Name == name && s.Title != "" {
			return s.Title
		}
	}
	return name
}

// Person returns the person with this id.
func (b *Briefing) Person(id string) (*Person, bool) {
	if b.idx == nil {
		// Person is used while indexing; fall back to a scan then.
		for i := range b.People {
			if b.People[i].ID == id {
				return &b.People[i], true
			}
		}
		return nil, false
	}
	i, ok := b.idx.people[id]
	if !ok {
		return nil, false
	}
	return &b.People[i], true
}

// StatementsBy returns the statements of one person, in briefing order.
func (b *Briefing) StatementsBy(personID string) []*Statement {
	return b.pick(b.ix().bySpeaker[personID])
}

// StatementsIn returns the statements that cite a post.
func (b *Briefing) StatementsIn(postID string) []*Statement {
	return b.pick(b.ix().byPost[postID])
}

func (b *Briefing) pick(idx []int) []*Statement {
	out := make([]*Statement, 0, len(idx))
	for _, i := range idx {
		out = append(out, &b.Statements[i])
	}
	return out
}
