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
	title   string // the page's own title, when its header gives one
	summary []string
	posts   []rawPost // page order
}

// Load reads the sources into one briefing. Each source is cleaned, its
// format detected (a live page has stamped post titles; anything else is an
// article), and its posts, people, statements and options read. Errors name
// the source: "notes.txt: empty source".
//
// Load consumes its sources' bytes: it sets each Source's Data to nil as
// soon as it has read it, so a 256 MiB page is not held twice while the
// rest of the load runs. A caller that reads the same bytes again keeps
// its own reference.
func Load(cfg Config, srcs ...Source) (*model.Briefing, error) {
	if len(srcs) == 0 {
		return nil, errors.New("no sources to read")
	}
	refs, err := parseReference(cfg.People)
	if err != nil {
		return nil, &Error{Origin: "reference list of people", Err: fmt.Errorf("%w: %v", ErrPeople, err)}
	}
	var forced shape
	if cfg.Shape != "" {
		if forced, err = shapeNamed(cfg.Shape); err != nil {
			return nil, err
		}
	}
	cfg.Title = CleanLine(cfg.Title)
	var ps []parsed
	names := map[string]int{}
	for i := range srcs {
		src := srcs[i]
		srcs[i].Data = nil
		p, err := parse(src, forced)
		if err != nil {
			return nil, err
		}
		// A name or path is no cleaner than the bytes: it becomes the
		// title, post ids and the JSON. Errors above name the raw origin,
		// which the CLI shows safely, so the message names the real file.
		p.src.Name, p.src.Origin = cmp.Or(CleanLine(p.src.Name), "source"), CleanLine(p.src.Origin)
		p.src.Title = CleanLine(p.src.Title)
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

func parse(src Source, forced shape) (parsed, error) {
	fail := func(err error) (parsed, error) { return parsed{}, &Error{Origin: src.Origin, Err: err} }
	if !looksHTML(src.Data, src.ContentType) {
		// UTF-16 and 8-bit text as UTF-8, before any check; an HTML page
		// says its own charset, which readHTML honours
		src.Data, src.encoding = decode(src.Data)
	}
	switch {
	case len(src.Data) > MaxSize:
		return fail(fmt.Errorf("%w: %d MiB, the limit is %d MiB", ErrTooLarge, len(src.Data)>>20, MaxSize>>20))
	case len(bytes.TrimSpace(src.Data)) == 0:
		return fail(ErrEmpty)
	case looksBinary(src.Data):
		return fail(ErrBinary)
	}
	if looksHTML(src.Data, src.ContentType) {
		if p, done, err := fromHTML(&src); done || err != nil {
			return p, err
		}
	}
	text := clean(src.Data)
	src.Data = nil // the text is what is read from here on
	if strings.TrimSpace(text) == "" {
		return fail(ErrEmpty)
	}
	if src.Name == "" {
		src.Name = "source"
	}
	lines := unglue(strings.Split(storedDate(text), "\n"))
	sh := forced
	if sh == nil {
		sh = detectShape(lines, src.article)
	}
	pg := sh.read(lines)
	p := parsed{src: src, shape: sh.name(), title: pg.title, summary: pg.summary, posts: pg.posts, kind: model.KindArticle}
	if pg.live {
		p.kind = model.KindLiveblog
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
				if rp.title == "" && kind == model.KindArticle {
					rp.title = sourceTitle(p) // an article is never untitled: its source names it
				}
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
		b.Sources = append(b.Sources, model.Source{Name: p.src.Name, Title: sourceTitle(p), Kind: p.kind, Shape: p.shape, Origin: p.src.Origin, Posts: len(p.posts), URL: CleanLine(p.src.URL), FetchedAt: CleanLine(p.src.FetchedAt), Encoding: p.src.encoding})
	}
	if b.Title == "" {
		b.Title = deriveTitle(b, ps)
	}
	return b
}

// sourceTitle is the name a reader sees for a source: what the caller named
// it (the built-in manifest does), else the page's own title, else its file
// name made readable.
func sourceTitle(p parsed) string {
	return cmp.Or(p.src.Title, p.title, readableName(p.src.Name))
}

func deriveTitle(b *model.Briefing, ps []parsed) string {
	for _, p := range ps {
		if p.title != "" {
			return p.title
		}
	}
	// an article's headline; a live page's untimed post is one post, not
	// the page's title
	for _, p := range ps {
		if p.kind == model.KindArticle && len(p.posts) > 0 && p.posts[0].title != "" {
			return p.posts[0].title
		}
	}
	return cmp.Or(readableName(ps[0].src.Name), "Briefing")
}

// readableName is a file name as words: "harbour-strike_live" is
// "Harbour strike live".
func readableName(name string) string {
	name = strings.ReplaceAll(name, "-", " ")
	name = strings.ReplaceAll(name, "_", " ")
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
	phrases := readOptions(b)
	people := findPeople(units, refs)
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
				clear(a.inTitle)
				un := &unit{cite: model.Citation{Post: u.post, Source: u.source}, history: a.history[:0], cont: -1}
				pending := "" // a title that is only a quote, for the post's one speaker
				if u.title != "" {
					a.names(u.title) // names in titles are mentions
					for id := range a.seen {
						a.inTitle[id] = true
					}
					n := len(a.rec)
					signer := a.signer()
					a.titleQuote(un, u.title)
					if signer != nil && len(u.body) > 0 {
						// "Iain Carter, BBC golf correspondent" read as the
						// title over his quoted paragraph
						un.lead, un.leadFresh, un.leadMarked = signer, true, true
					}
					if len(a.rec) == n {
						pending = quotedTitle(u.title)
					}
				}
				bodyAt := len(a.rec)
				for bi, bl := range u.body {
					if un.lead == nil {
						if p := a.signedBelow(u.body, bi); p != nil {
							// a quoted paragraph signed by the line under it
							un.lead, un.leadOpen, un.leadFresh, un.leadMarked, un.leadBlocks = p, false, true, true, 0
						}
					}
					a.scan(bl.Text)
					a.block(un)
					if phrases.anyIn(a.toks) {
						r.optMentions = a.findOptionMentions(r.optMentions, ui, u, bl.Kind, b.Options, phrases)
					}
				}
				if pending != "" {
					// "'We will adjust some things to try and go through'",
					// the BBC's headline over Guardiola's words: the quote is
					// the post's one speaker's
					if id := onlySpeaker(a.rec[bodyAt:]); id != "" {
						a.rec.add(id, model.Direct, pending, u.title, un.cite)
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

// pronounSpeaks reports a post where "he" or "she" says something, or a
// description quotes someone ("The Scotland manager said: "...""): there
// the subject of an earlier sentence ("Linda Becker raises ...") may be who.
func pronounSpeaks(body []model.Block) bool {
	for _, bl := range body {
		// "he said", "she says", "She adds" hold "he "; "the ..." is the
		// common miss. "He told" opens a sentence and is searched apart.
		if pronounVerb(bl.Text, "he ") || pronounVerb(bl.Text, "He ") || maySpeak(bl.Text) && describedVerb(bl.Text) {
			return true
		}
	}
	return false
}

// describedVerb reports "the", up to three words, a role noun and a speech
// verb, maybe after an auxiliary: "The Scotland manager said", "the SNP
// leader has told". It reads words as written, as pronounVerb does: a
// cheap look, without allocating, that decides whether a post's subjects
// are read at all.
func describedVerb(t string) bool {
	for _, the := range [2]string{"the ", "The "} {
		for i := strings.Index(t, the); i >= 0; {
			if (i == 0 || t[i-1] == ' ' || t[i-1] == '"') && roleThenVerb(t[i+4:]) {
				return true
			}
			next := strings.Index(t[i+4:], the)
			if next < 0 {
				break
			}
			i += 4 + next
		}
	}
	return false
}

// roleThenVerb reads the words after "the": a role noun among the first
// four, then a speech verb, maybe after auxiliaries.
func roleThenVerb(t string) bool {
	var buf [24]byte
	for j := 0; j < 4; j++ {
		w, rest := nextWord(t)
		if w == "" {
			return false
		}
		t = rest
		if lw := lowerASCII(buf[:0], w); strings.ContainsAny(w, ",:.") || !isRoleWord(lw) && !(j == 0 && demonyms.has(lw)) {
			continue // "the Scotland manager said", "the German said"
		}
		for k := 0; k < 2; k++ {
			v, rest := nextWord(t)
			v = lowerASCII(buf[:0], strings.TrimRight(v, ",:"))
			if speechVerbs.has(v) {
				return true
			}
			if !auxiliaries.has(v) {
				break
			}
			t = rest
		}
	}
	return false
}

// nextWord splits the first space-separated word off t.
func nextWord(t string) (string, string) {
	t = strings.TrimLeft(t, " ")
	k := strings.IndexByte(t, ' ')
	if k < 0 {
		return t, ""
	}
	return t[:k], t[k:]
}

// lowerASCII lower-cases an ASCII word into buf, for a map lookup that
// does not allocate; a longer word, or one with other letters, is "".
func lowerASCII(buf []byte, s string) string {
	if len(s) > cap(buf) {
		return ""
	}
	b := buf[:len(s)]
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 0x80 {
			return ""
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		b[i] = c
	}
	return string(b)
}

// pronounVerb reports an occurrence of pron ("he " or "He ") that is the
// word he or she followed by a speech verb.
func pronounVerb(t, pron string) bool {
	for i := strings.Index(t, pron); i >= 0; {
		if i == 0 || t[i-1] == ' ' || (t[i-1] == 's' || t[i-1] == 'S') && pron[0] == 'h' && (i == 1 || t[i-2] == ' ') {
			w := t[i+3:]
			if k := strings.IndexAny(w, " ,.:;\n"); k > 0 {
				w = w[:k]
			}
			if speechVerbs.has(w) {
				return true
			}
		}
		next := strings.Index(t[i+3:], pron)
		if next < 0 {
			break
		}
		i += 3 + next
	}
	return false
}

// chunkUnits is how many units a worker reads at a time: enough to make
// handing out work cheap, few enough to share a long page evenly.
const chunkUnits = 32

// titledNames is what one chunk of units says of people with titles.
type titledNames struct {
	found   map[string]*found
	honor   map[string]string
	unnamed map[string]bool // surnames speaking alone in a post that never gives them in full
	spoke   map[string]int  // how often each surname speaks alone
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

// storedDate puts a stored page's date on a line of its own: an archive
// keeps " date 2023-09-01 " glued before the page's first words ("...
// 0005 – DONE DEAL – ...", "... Tomas Doherty"), where it would be read as
// part of the first line.
func storedDate(text string) string {
	t := strings.TrimLeft(text, " ")
	if len(t) < 16 || !strings.HasPrefix(t, "date ") || t[15] != ' ' {
		return text
	}
	d := t[5:15]
	if d[4] != '-' || d[7] != '-' || !isDigit(d[0]) || !isDigit(d[3]) || !isDigit(d[5]) || !isDigit(d[8]) || !isDigit(d[9]) {
		return text
	}
	return d + "\n" + t[16:]
}
