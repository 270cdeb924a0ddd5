package model

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
)

// The search finds the same posts as a plain loop, for any number of posts
// (it was split across cores above 1,000; the sizes stay as a check).
func TestContainsEach(t *testing.T) {
	for _, n := range []int{0, 1, 1999, 2000, 5001} {
		texts := make([]string, n)
		for i := range texts {
			texts[i] = fmt.Sprintf("post %d about talks", i)
		}
		got := containsEach(texts, "7 about")
		for i, text := range texts {
			if got[i] != strings.Contains(text, "7 about") {
				t.Fatalf("n=%d: text %d %q: got %v", n, i, text, got[i])
			}
		}
	}
}

// BenchmarkApplySearch is a text search over a 10,000-post briefing of
// about 1.3 KB a post (13 MB, the size of the ui's keystroke benchmark): a
// word every post holds, one no post does, which reads every byte, and one
// whose start is everywhere but which is nowhere, the slowest to rule out.
func BenchmarkApplySearch(b *testing.B) {
	para := strings.Repeat("Leaders met in Washington to discuss security guarantees for Ukraine and a ceasefire. ", 15)
	bb := &Briefing{}
	for i := range 10000 {
		bb.Posts = append(bb.Posts, Post{ID: fmt.Sprint("s/", i), Source: "s", Title: fmt.Sprint("Post ", i),
			Body: []Block{{Kind: BlockParagraph, Text: para}}})
	}
	bb.Reindex()
	for _, q := range []string{"ceasefire", "zqxj", "and zq"} {
		b.Run(q, func(b *testing.B) {
			for b.Loop() {
				bb.Apply(Filter{Query: q})
			}
		})
	}
}

// The query is normalised in one place: Text is what a reader sees, Needle
// what the search compares, and Apply searches for Needle.
func TestFilterNormalisesQueryOnce(t *testing.T) {
	f := Filter{Query: "  Cease\x1b[2JFire \t"}
	if f.Text() != "Cease[2JFire" || f.Needle() != "cease[2jfire" {
		t.Errorf("Text %q, Needle %q", f.Text(), f.Needle())
	}
	if (Filter{Query: " \t "}).Empty() != true || (Filter{Query: "\x07"}).Empty() != true {
		t.Error("a blank or control-only query is no filter")
	}
	b := &Briefing{Posts: []Post{{ID: "s/1", Title: "Ceasefire talks"}, {ID: "s/2", Title: "Other"}}}
	b.Reindex()
	if v := b.Apply(Filter{Query: "  CEASEFIRE "}); len(v.Posts) != 1 {
		t.Errorf("Apply(%q) = %d posts, want 1", "  CEASEFIRE ", len(v.Posts))
	}
}

func TestSlug(t *testing.T) {
	for in, want := range map[string]string{
		"Ursula von der Leyen": "ursula-von-der-leyen", "  Merz ": "merz", "O'Brien, Jr.": "o-brien-jr",
		"Zelenskyy": "zelenskyy", "Łukasz Żak": "łukasz-żak", "--": "",
	} {
		if got := Slug(in); got != want {
			t.Errorf("Slug(%q) = %q, want %q", in, got, want)
		}
	}
}

// containsEach, which jumps to the query's rarest byte, finds exactly what
// strings.Contains finds: on texts of few letters, where every byte of a
// query is common and the jump falls back, and at the texts' ends.
func TestContainsEachIsContains(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	word := func(alphabet string, n int) string {
		b := make([]byte, n)
		for i := range b {
			b[i] = alphabet[rng.IntN(len(alphabet))]
		}
		return string(b)
	}
	for range 2000 {
		alphabet := []string{"ab", "ab z", "eta oin", "zq e"}[rng.IntN(4)]
		texts := make([]string, 20)
		for i := range texts {
			texts[i] = word(alphabet, rng.IntN(400))
		}
		q := word(alphabet, 1+rng.IntN(6))
		for i, got := range containsEach(texts, q) {
			if want := strings.Contains(texts[i], q); got != want {
				t.Fatalf("containsEach(%q, %q) = %v, want %v", texts[i], q, got, want)
			}
		}
	}
}
