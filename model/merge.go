package model

import (
	"hash/fnv"
	"strconv"
	"strings"
)

// PostKey is a post's identity across re-reads of its source: its own
// address when the page gives it one with an #id, else its source, title,
// date and time. A re-read may number posts differently; the key stays.
func PostKey(p *Post) string {
	if i := strings.IndexByte(p.URL, '#'); i >= 0 && i < len(p.URL)-1 {
		return p.Source + "\x00" + p.URL
	}
	return p.Source + "\x00" + p.Title + "\x00" + p.Date + "\x00" + p.Time + "\x00" + p.When
}

// Fingerprint sums what a reader sees of a post: when it changes, the post
// was edited.
func Fingerprint(p *Post) uint64 {
	h := fnv.New64a()
	for _, s := range []string{p.Label, p.Title, p.Time, p.Zone, p.Date, p.URL, p.Author.Name, p.Author.Role} {
		h.Write([]byte(s))
		h.Write([]byte{0})
	}
	for _, b := range p.Body {
		h.Write([]byte(b.Kind))
		h.Write([]byte{1})
		h.Write([]byte(b.Text))
		h.Write([]byte{0})
	}
	return h.Sum64()
}

// Tracker remembers the posts already shown, by key and fingerprint, so a
// re-read reports only what is new or changed. The zero value is ready.
type Tracker struct {
	seen map[string]uint64
}

// Change is one post a re-read brought: new, or an edit of one seen before.
type Change struct {
	Post    *Post
	Updated bool
}

// Observe records posts (in briefing order, oldest first) and returns
// those not seen before and those changed since, in that order. A post
// that vanished from the page is not reported: nothing seen is taken back.
func (t *Tracker) Observe(posts []Post) []Change {
	if t.seen == nil {
		t.seen = make(map[string]uint64, len(posts))
	}
	var out []Change
	twins := map[string]int{} // posts of one read that share a key, told apart by their count
	for i := range posts {
		p := &posts[i]
		k, fp := PostKey(p), Fingerprint(p)
		if n := twins[k]; n > 0 {
			twins[k] = n + 1
			k += "\x00" + strconv.Itoa(n) // two untitled posts in one minute are two posts
		} else {
			twins[k] = 1
		}
		old, ok := t.seen[k]
		if ok && old == fp {
			continue
		}
		t.seen[k] = fp
		out = append(out, Change{Post: p, Updated: ok})
	}
	return out
}

// Merge folds a re-read's posts into those already held, for a view that
// must keep its place: every held post stays where it is (an edited one
// changes in place, one gone from the page stays), and each new post goes
// after the post that precedes it in the re-read (at the end when none
// does; before the first post it precedes when it is the first). It returns
// the merged posts and the keys of the new and the edited ones.
func Merge(held, fresh []Post) (merged []Post, added, edited []string) {
	slots := mergeSlots(held, fresh)
	merged = make([]Post, 0, len(slots))
	for _, s := range slots {
		switch {
		case s.fresh < 0:
			merged = append(merged, held[s.held])
		default:
			merged = append(merged, fresh[s.fresh])
		}
		switch {
		case s.held < 0:
			added = append(added, PostKey(&merged[len(merged)-1]))
		case s.edited:
			edited = append(edited, PostKey(&merged[len(merged)-1]))
		}
	}
	return merged, added, edited
}

// slot is one post of a merge: where it came from, held and fresh indices
// (-1 for none: a new post has no held one, a vanished post no fresh one).
type slot struct {
	held, fresh int
	edited      bool // both, and the fresh one reads differently
}

// mergeSlots places every held post in its order and each fresh post that
// is new after the fresh post before it. Linear: each new post is bucketed
// by the held post it goes before or after, then the buckets are laid out.
func mergeSlots(held, fresh []Post) []slot {
	pair := match(held, fresh)
	inFresh := make([]int, len(held)) // the fresh index of each held post, -1 none
	for i := range inFresh {
		inFresh[i] = -1
	}
	for i, j := range pair {
		if j >= 0 {
			inFresh[j] = i
		}
	}
	before := map[int][]int{} // held index -> new fresh posts just before it
	after := map[int][]int{}  // held index -> new fresh posts just after it
	var lead []int            // new fresh posts before any held one: before the next held post, else last
	prev := -2                // where the fresh post before went: -2 none yet, -1 lead, j after held j
	for i, j := range pair {
		if j >= 0 {
			if len(lead) > 0 {
				before[j], lead = lead, nil
			}
			prev = j
			continue
		}
		if prev >= 0 {
			after[prev] = append(after[prev], i)
		} else {
			lead, prev = append(lead, i), -1
		}
	}
	out := make([]slot, 0, len(held)+len(fresh))
	add := func(idx []int) {
		for _, f := range idx {
			out = append(out, slot{held: -1, fresh: f})
		}
	}
	for j := range held {
		add(before[j])
		s := slot{held: j, fresh: inFresh[j]}
		s.edited = s.fresh >= 0 && !samePost(&held[j], &fresh[s.fresh])
		out = append(out, s)
		add(after[j])
	}
	add(lead)
	return out
}

// postID is PostKey as a map key: the same fields, compared without
// joining them into a string (on 10,000 posts the joining was a third of
// a merge).
type postID struct {
	src, url, title, date, time, when string
}

func idOf(p *Post) postID {
	if j := strings.IndexByte(p.URL, '#'); j >= 0 && j < len(p.URL)-1 {
		return postID{src: p.Source, url: p.URL}
	}
	return postID{src: p.Source, title: p.Title, date: p.Date, time: p.Time, when: p.When}
}

// match pairs each fresh post with the held post of the same identity,
// -1 for one not held. The k-th of several posts with one key (two
// untitled posts in the same minute) pairs with the k-th held one, so
// that no post of a page is taken for another's edit. One map, looked up
// once a post: the merge's cost on 10,000 posts is mostly hashing.
func match(held, fresh []Post) []int {
	first := make(map[postID]int, len(held))
	twin := make([]int, len(held)) // the next held post of the same key, -1 none
	tail := make([]int, len(held)) // at a key's first post: its last twin
	next := make([]int, len(held)) // at a key's first post: the next one to pair, -1 when all are
	for i := range held {
		twin[i], tail[i], next[i] = -1, i, i
		k := idOf(&held[i])
		if j, ok := first[k]; ok {
			twin[tail[j]], tail[j] = i, i
			continue
		}
		first[k] = i
	}
	pair := make([]int, len(fresh))
	for i := range fresh {
		pair[i] = -1
		if j, ok := first[idOf(&fresh[i])]; ok && next[j] >= 0 {
			pair[i], next[j] = next[j], twin[next[j]]
		}
	}
	return pair
}

// samePost reports that two reads of a post read alike: what Fingerprint
// sums, compared directly (a memory compare is many times faster than
// hashing both, which on 10,000 posts was most of a merge).
func samePost(a, b *Post) bool {
	if a.Label != b.Label || a.Title != b.Title || a.Time != b.Time || a.Zone != b.Zone || a.Date != b.Date ||
		a.URL != b.URL || a.Author != b.Author || len(a.Body) != len(b.Body) {
		return false
	}
	for i := range a.Body {
		if a.Body[i] != b.Body[i] {
			return false
		}
	}
	return true
}
