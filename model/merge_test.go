package model

import (
	"reflect"
	"slices"
	"strconv"
	"testing"
)

func post(src, title, tm, url, body string) Post {
	return Post{Source: src, Title: title, Time: tm, URL: url, Body: []Block{{Kind: BlockParagraph, Text: body}}}
}

func TestTracker(t *testing.T) {
	var tr Tracker
	a := post("s", "A", "09:00", "https://x/live#a", "one")
	b := post("s", "B", "10:00", "", "two")
	if got := tr.Observe([]Post{a, b}); len(got) != 2 || got[0].Updated || got[1].Updated {
		t.Fatalf("first read: %+v", got)
	}
	// a re-read renumbers and adds a post; nothing old is reported
	c := post("s", "C", "11:00", "https://x/live#c", "three")
	a.ID, b.ID = "s/9", "s/8"
	got := tr.Observe([]Post{a, b, c})
	if len(got) != 1 || got[0].Post.Title != "C" || got[0].Updated {
		t.Fatalf("second read: %+v", got)
	}
	// an edit of a keyed post is reported once, as updated
	a.Body[0].Text = "one, corrected"
	a.Title = "A (corrected)"
	if got := tr.Observe([]Post{a, b, c}); len(got) != 1 || !got[0].Updated || got[0].Post.URL != "https://x/live#a" {
		t.Fatalf("edit: %+v", got)
	}
	if got := tr.Observe([]Post{a, b, c}); len(got) != 0 {
		t.Fatalf("again: %+v", got)
	}
}

func TestMerge(t *testing.T) {
	a := post("s", "A", "09:00", "u#a", "one")
	b := post("s", "B", "10:00", "u#b", "two")
	c := post("s", "C", "11:00", "u#c", "three")
	x := post("s", "X", "09:30", "u#x", "backdated")
	held := []Post{a, b}
	b2 := b
	b2.Body = []Block{{Kind: BlockParagraph, Text: "two, edited"}}
	// a is gone from the page, x is new between a and b, c is new at the end
	merged, added, edited := Merge(held, []Post{x, b2, c})
	var titles []string
	for _, p := range merged {
		titles = append(titles, p.Title)
	}
	if !reflect.DeepEqual(titles, []string{"A", "B", "X", "C"}) && !reflect.DeepEqual(titles, []string{"A", "X", "B", "C"}) {
		t.Errorf("order %v", titles)
	}
	if len(added) != 2 || len(edited) != 1 || merged[len(merged)-1].Title != "C" {
		t.Errorf("added %v edited %v", added, edited)
	}
	for _, p := range merged {
		if p.Title == "B" && p.Body[0].Text != "two, edited" {
			t.Error("edit not in place")
		}
	}
	if held[1].Body[0].Text != "two" {
		t.Error("held posts changed")
	}
}

// BenchmarkMerge folds a refresh with two new posts and one edit into a
// 10,000-post briefing, and the follow tracker's pass over the same.
func BenchmarkMerge(b *testing.B) {
	held := make([]Post, 10000)
	for i := range held {
		held[i] = post("s", "Title", "10:00", "u#"+strconv.Itoa(i), "body text of the post")
	}
	fresh := append(slices.Clone(held), post("s", "New", "11:00", "u#new1", "x"), post("s", "New", "11:01", "u#new2", "y"))
	fresh[500].Body = []Block{{Kind: BlockParagraph, Text: "edited"}}
	b.Run("Merge", func(b *testing.B) {
		for b.Loop() {
			if _, added, edited := Merge(held, fresh); len(added) != 2 || len(edited) != 1 {
				b.Fatal(added, edited)
			}
		}
	})
	b.Run("Tracker", func(b *testing.B) {
		var tr Tracker
		tr.Observe(held)
		for b.Loop() {
			tr.Observe(fresh)
		}
	})
}

// Two untitled posts in the same minute are two posts to the tracker, as
// they are to the merge: both are printed once, neither as the other's edit.
func TestTrackerTwins(t *testing.T) {
	a := Post{Source: "live", Time: "10:15", Body: []Block{{Kind: BlockParagraph, Text: "The first update."}}}
	b := Post{Source: "live", Time: "10:15", Body: []Block{{Kind: BlockParagraph, Text: "The second update."}}}
	var tr Tracker
	if got := tr.Observe([]Post{a, b}); len(got) != 2 || got[0].Updated || got[1].Updated {
		t.Fatalf("first read: %+v, want two new posts", got)
	}
	if got := tr.Observe([]Post{a, b}); len(got) != 0 {
		t.Errorf("the same read again reported %d changes", len(got))
	}
}
