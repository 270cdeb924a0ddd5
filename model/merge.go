package model

import (
	"hash/fnv"
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
	for i := range posts {
		p := &posts[i]
		k, fp := PostKey(p), Fingerprint(p)
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
// does; before the first post it precedes when it is the first). It returns the merged posts and the keys of the new and the
// edited ones.
func Merge(held, fresh []Post) (merged []Post, added, edited []string) {
	at := make(map[string]int, len(held))
	merged = make([]Post, 0, len(held)+len(fresh))
	merged = append(merged, held...)
	for i := range merged {
		at[PostKey(&merged[i])] = i
	}
	prev := -1 // where the last fresh post sits in merged
	for i := range fresh {
		p := fresh[i]
		k := PostKey(&p)
		if j, ok := at[k]; ok {
			if Fingerprint(&merged[j]) != Fingerprint(&p) {
				merged[j] = p
				edited = append(edited, k)
			}
			prev = j
			continue
		}
		pos := prev + 1
		if prev < 0 {
			// nothing precedes it: just before the next post held, else last
			pos = len(merged)
			for _, q := range fresh[i+1:] {
				if j, ok := at[PostKey(&q)]; ok {
					pos = j
					break
				}
			}
		}
		merged = append(merged, Post{})
		copy(merged[pos+1:], merged[pos:])
		merged[pos] = p
		for key, j := range at {
			if j >= pos {
				at[key] = j + 1
			}
		}
		at[k] = pos
		prev = pos
		added = append(added, k)
	}
	return merged, added, edited
}
