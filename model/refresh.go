package model

import (
	"cmp"
	"slices"
	"strconv"
	"strings"
)

// Refresh is what folding a re-read into a held briefing brought: the ids
// (in the merged briefing) of the posts that are new and of those edited.
type Refresh struct {
	Added, Edited []string
}

// MergeBriefing folds a re-read of the sources (fresh, as the loader read
// them now) into the briefing a reader holds, so that nothing seen goes:
// the posts merge as Merge does, and every held post keeps its id, so a
// selection, a statement's citation or a jump made before still finds it.
// A new post gets the next free id of its source. The fresh read's
// analysis (statements, people, options) is the truth for the posts still
// on the page; what the held briefing said of a post gone from the page
// stays with it. Neither argument is changed.
func MergeBriefing(held, fresh *Briefing) (*Briefing, Refresh) {
	slots := mergeSlots(held.Posts, fresh.Posts)
	out := &Briefing{Title: cmp.Or(fresh.Title, held.Title), Summary: fresh.Summary, SummaryPost: fresh.SummaryPost}
	gone := map[string]bool{} // held ids no longer on the page
	if len(fresh.Summary) == 0 && len(held.Summary) > 0 {
		out.Summary, out.SummaryPost = held.Summary, held.SummaryPost
		gone[held.SummaryPost] = true
	}
	ids := newIDs(held.Posts)
	remap := make(map[string]string, len(fresh.Posts)) // fresh id -> merged id
	var r Refresh
	out.Posts = make([]Post, 0, len(slots))
	text := make([]string, 0, len(slots)) // each post's folded text, from the read it comes from
	for _, s := range slots {
		var p Post
		switch {
		case s.fresh < 0:
			text = append(text, foldedText(held, s.held))
			p = held.Posts[s.held]
			gone[p.ID] = true
		case s.held < 0:
			text = append(text, foldedText(fresh, s.fresh))
			p = fresh.Posts[s.fresh]
			remap[p.ID] = ids.next(p.Source)
			p.ID = remap[p.ID]
			r.Added = append(r.Added, p.ID)
		default:
			text = append(text, foldedText(fresh, s.fresh))
			p = fresh.Posts[s.fresh]
			remap[p.ID] = held.Posts[s.held].ID
			p.ID = remap[p.ID]
			if s.edited {
				r.Edited = append(r.Edited, p.ID)
			}
		}
		out.Posts = append(out.Posts, p)
	}
	at := func(id string) string {
		if to, ok := remap[id]; ok {
			return to
		}
		return id
	}
	stmts, from := mergeStatements(held.Statements, fresh.Statements, at, gone)
	pos := make(map[string]int, len(out.Posts))
	for i := range out.Posts {
		pos[out.Posts[i].ID] = i
	}
	order := make([]int, len(stmts)) // briefing order: by where each is first cited
	first := make([]int, len(stmts))
	for i := range stmts {
		order[i], first[i] = i, firstAt(stmts[i], pos)
	}
	slices.SortStableFunc(order, func(a, b int) int { return cmp.Compare(first[a], first[b]) })
	out.Statements = make([]Statement, len(stmts))
	stmtText := make([]string, len(stmts))
	for i, k := range order {
		out.Statements[i] = stmts[k]
		switch f := from[k]; {
		case f >= 0:
			stmtText[i] = foldedStatement(fresh, f)
		default:
			stmtText[i] = foldedStatement(held, -1-f)
		}
	}
	out.People = mergePeople(held, fresh, out, gone)
	out.Options = mergeOptions(held.Options, fresh.Options, at, gone)
	out.Sources = mergeSources(held.Sources, fresh.Sources, out.Posts)
	out.reindex(folded{posts: text, stmts: stmtText, ments: foldedMentions(fresh)})
	return out, r
}

// foldedMentions is the fresh read's folded option mentions: the merged
// options begin with its options, each with its mentions first.
func foldedMentions(fresh *Briefing) [][]string {
	if fresh.idx == nil {
		return nil
	}
	return fresh.idx.mentText
}

// foldedStatement is statement i's searchable text as b's index holds it,
// "" when b has none (as foldedText). The text names the speaker, whom
// the merge takes from the read the statement came from.
func foldedStatement(b *Briefing, i int) string {
	if b.idx == nil || i >= len(b.idx.stmtText) {
		return ""
	}
	return b.idx.stmtText[i]
}

// foldedText is post i's searchable text as b's index holds it, "" when b
// has no index yet (building one here would write to b, which the caller
// may be reading on another goroutine). The text index itself is built
// once, safely from any goroutine, the first time it is asked for.
func foldedText(b *Briefing, i int) string {
	if b.idx == nil {
		return ""
	}
	if t := b.idx.postText(); i < len(t) {
		return t[i]
	}
	return ""
}

// firstAt is where a statement first appears: its first citation's post,
// the summary (which is read last) after every post.
func firstAt(s Statement, pos map[string]int) int {
	if len(s.Citations) > 0 {
		if i, ok := pos[s.Citations[0].Post]; ok {
			return i
		}
	}
	return len(pos)
}

// ids hands out post ids: "<source>/<n>", n one past the highest of its
// source, so a new post never takes an id a held one has.
type ids struct {
	top   map[string]int
	taken map[string]bool
}

func newIDs(posts []Post) *ids {
	g := &ids{top: map[string]int{}, taken: make(map[string]bool, len(posts))}
	for i := range posts {
		p := &posts[i]
		g.taken[p.ID] = true
		if n, err := strconv.Atoi(p.ID[strings.LastIndexByte(p.ID, '/')+1:]); err == nil && strings.HasPrefix(p.ID, p.Source+"/") {
			g.top[p.Source] = max(g.top[p.Source], n)
		}
	}
	return g
}

func (g *ids) next(src string) string {
	for {
		g.top[src]++
		id := src + "/" + strconv.Itoa(g.top[src])
		if !g.taken[id] {
			g.taken[id] = true
			return id
		}
	}
}

// mergeStatements is the fresh statements, cited by merged ids, and what
// the held ones said in posts gone from the page: such a citation joins
// the fresh statement of the same words, or keeps its held statement.
// from says where each came from: i for fresh[i], -1-i for held[i].
func mergeStatements(held, fresh []Statement, at func(string) string, gone map[string]bool) ([]Statement, []int) {
	out := make([]Statement, 0, len(fresh))
	from := make([]int, 0, len(fresh))
	same := make(map[string]int, len(fresh))
	for _, s := range fresh {
		s.Citations = slices.Clone(s.Citations)
		for i := range s.Citations {
			s.Citations[i].Post = at(s.Citations[i].Post)
		}
		same[statementKey(&s)] = len(out)
		out, from = append(out, s), append(from, len(from))
	}
	if len(gone) == 0 {
		return out, from
	}
	for h, s := range held {
		var kept []Citation
		for _, c := range s.Citations {
			if gone[c.Post] {
				kept = append(kept, c)
			}
		}
		if len(kept) == 0 {
			continue
		}
		if i, ok := same[statementKey(&s)]; ok {
			for _, c := range kept {
				if !slices.Contains(out[i].Citations, c) {
					out[i].Citations = append(out[i].Citations, c)
				}
			}
			continue
		}
		s.Citations = kept
		same[statementKey(&s)] = len(out)
		out, from = append(out, s), append(from, -1-h)
	}
	return out, from
}

func statementKey(s *Statement) string {
	return s.Speaker + "\x00" + string(s.Kind) + "\x00" + s.Quote
}

// mergePeople is the fresh read's people, and the held people whom what
// stayed (a held statement, a post gone from the page) still names; in
// the groups' order, leaders first.
func mergePeople(held, fresh, out *Briefing, gone map[string]bool) []Person {
	people := slices.Clone(fresh.People)
	have := make(map[string]bool, len(people))
	for _, p := range people {
		have[p.ID] = true
	}
	need := map[string]bool{}
	for _, s := range out.Statements {
		need[s.Speaker] = true
	}
	for i := range out.Posts {
		if gone[out.Posts[i].ID] {
			for _, id := range out.Posts[i].Mentions {
				need[id] = true
			}
		}
	}
	added := false
	for _, p := range held.People {
		if need[p.ID] && !have[p.ID] {
			people, have[p.ID], added = append(people, p), true, true
		}
	}
	if added {
		slices.SortStableFunc(people, func(a, b Person) int { return cmp.Compare(a.Group.Rank(), b.Group.Rank()) })
	}
	return people
}

// mergeOptions is the fresh read's options, cited by merged ids, with the
// held mentions in posts gone from the page; a held option laid out in
// such a post stays whole.
func mergeOptions(held, fresh []Option, at func(string) string, gone map[string]bool) []Option {
	out := make([]Option, 0, len(fresh))
	named := make(map[string]int, len(fresh))
	for _, o := range fresh {
		o.Post = at(o.Post)
		o.Mentions = slices.Clone(o.Mentions)
		for i := range o.Mentions {
			o.Mentions[i].Post = at(o.Mentions[i].Post)
		}
		named[strings.ToLower(o.Name)] = len(out)
		out = append(out, o)
	}
	if len(gone) == 0 {
		return out
	}
	for _, o := range held {
		i, ok := named[strings.ToLower(o.Name)]
		if !ok {
			if gone[o.Post] {
				out = append(out, o)
			}
			continue
		}
		for _, m := range o.Mentions {
			if gone[m.Post] {
				out[i].Mentions = append(out[i].Mentions, m)
			}
		}
	}
	return out
}

// mergeSources is the fresh read's sources (and any held one it lacks),
// each counting the merged posts it holds.
func mergeSources(held, fresh []Source, posts []Post) []Source {
	out := slices.Clone(fresh)
	for _, s := range held {
		if !slices.ContainsFunc(out, func(f Source) bool { return f.Name == s.Name }) {
			out = append(out, s)
		}
	}
	n := map[string]int{}
	for i := range posts {
		n[posts[i].Source]++
	}
	for i := range out {
		out[i].Posts = n[out[i].Name]
	}
	return out
}
