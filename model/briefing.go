package model

import "sync"

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
	stmtsOf   [][]int           // post index -> indices of the statements citing it
	byOther   map[string][]int  // the same for a cited id that is no post (the summary)
	// postText is the lower-cased searchable text per post, built the
	// first time a query needs it: it costs as many bytes as the posts
	// themselves, and an export of an unfiltered view never reads it.
	postText func() []string
	stmtText []string   // lower-cased searchable text per statement
	summary  []string   // lower-cased summary bullets
	optText  []string   // lower-cased name, description and assessment per option
	mentText [][]string // lower-cased text and quote per option mention
}

// Reindex must be called after the exported slices change. Load calls it.
func (b *Briefing) Reindex() { b.reindex(folded{}) }

// folded is searchable text already lower-cased, per post, statement and
// option mention, which a merge takes from the reads it merges; "" (or a
// slice too short) where reindex must compute it.
type folded struct {
	posts, stmts []string
	ments        [][]string
}

func foldedAt(s []string, i int) (string, bool) {
	if i < len(s) && s[i] != "" {
		return s[i], true
	}
	return "", false
}

// postTexts folds each post's searchable text (label, title, byline, body)
// to lower case, through one reused buffer; a text a merge already folded
// is taken as it is.
func postTexts(posts []Post, pre []string) []string {
	out := make([]string, len(posts))
	var buf []byte
	for i := range posts {
		if t, ok := foldedAt(pre, i); ok {
			out[i] = t
			continue
		}
		p := &posts[i]
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
		out[i] = string(buf)
	}
	return out
}

// PrepareSearch builds the text index a query reads, so that the first
// search does not pay for it; the TUI calls it off the UI goroutine.
func (b *Briefing) PrepareSearch() { b.ix().postText() }

func (b *Briefing) reindex(pre folded) {
	ix := &index{
		posts:     make(map[string]int, len(b.Posts)),
		people:    make(map[string]int, len(b.People)),
		byAlias:   make(map[string]string),
		bySpeaker: make(map[string][]int),
		byOther:   make(map[string][]int),
		stmtText:  make([]string, len(b.Statements)),
		summary:   make([]string, len(b.Summary)),
	}
	for i := range b.Posts {
		ix.posts[b.Posts[i].ID] = i
	}
	posts, pres := b.Posts, pre.posts
	ix.postText = sync.OnceValue(func() []string { return postTexts(posts, pres) })
	for i, p := range b.People {
		ix.people[p.ID] = i
		for _, n := range p.Names() {
			if _, taken := ix.byAlias[lower(n)]; !taken {
				ix.byAlias[lower(n)] = p.ID
			}
		}
	}
	ix.citations(b.Statements, len(b.Posts))
	for i, s := range b.Statements {
		ix.bySpeaker[s.Speaker] = append(ix.bySpeaker[s.Speaker], i)
		if t, ok := foldedAt(pre.stmts, i); ok {
			ix.stmtText[i] = t
			continue
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
		var known []string
		if i < len(pre.ments) {
			known = pre.ments[i]
		}
		for k, m := range o.Mentions {
			if t, ok := foldedAt(known, k); ok {
				ix.mentText[i][k] = t
				continue
			}
			ix.mentText[i][k] = lower(m.Text + "\n" + m.Quote)
		}
	}
	b.idx = ix
}

// citations indexes which statements cite each post: counted first, so
// every post's list is cut from one array (appending to a map of slices,
// a citation at a time, was a fifth of a 10,000-post merge).
func (ix *index) citations(stmts []Statement, posts int) {
	at := make([]int, 0, len(stmts)) // the post index of each citation in turn, -1 for none
	n := make([]int, posts)
	for _, s := range stmts {
		for _, c := range s.Citations {
			j, ok := ix.posts[c.Post]
			if !ok {
				j = -1
			} else {
				n[j]++
			}
			at = append(at, j)
		}
	}
	all := make([]int, len(at))
	ix.stmtsOf = make([][]int, posts)
	off := 0
	for j, k := range n {
		if k > 0 {
			ix.stmtsOf[j], off = all[off:off:off+k], off+k
		}
	}
	k := 0
	for i, s := range stmts {
		for _, c := range s.Citations {
			if j := at[k]; j >= 0 {
				ix.stmtsOf[j] = append(ix.stmtsOf[j], i)
			} else {
				ix.byOther[c.Post] = append(ix.byOther[c.Post], i)
			}
			k++
		}
	}
}

// citing is the indices of the statements that cite the post with this id.
func (ix *index) citing(postID string) []int {
	if j, ok := ix.posts[postID]; ok {
		return ix.stmtsOf[j]
	}
	return ix.byOther[postID]
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
	return b.pick(b.ix().citing(postID))
}

func (b *Briefing) pick(idx []int) []*Statement {
	out := make([]*Statement, 0, len(idx))
	for _, i := range idx {
		out = append(out, &b.Statements[i])
	}
	return out
}
