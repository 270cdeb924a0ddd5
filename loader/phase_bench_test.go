package loader

import (
	"testing"

	"briefing/loader/loadertest"
)

// BenchmarkPhases times Load's phases on the 10,000-post page, to see
// which one a change moves: parse (clean, posts, blocks), analyse (with
// the assemble it works on) and the model's Reindex.
func BenchmarkPhases(b *testing.B) {
	people := seedBytes(b, "people.json")
	src := Source{Name: "big", Origin: "big", Data: loadertest.LiveBlog(seedBytes(b, liveFile), 10000)}
	refs, err := parseReference(people)
	if err != nil {
		b.Fatal(err)
	}
	b.Run("parse", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			if _, err := parse(src, nil); err != nil {
				b.Fatal(err)
			}
		}
	})
	p, err := parse(src, nil)
	if err != nil {
		b.Fatal(err)
	}
	b.Run("analyse", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			bf := assemble(Config{}, []parsed{p})
			analyse(bf, []parsed{p}, refs)
		}
	})
	bf := assemble(Config{}, []parsed{p})
	analyse(bf, []parsed{p}, refs)
	b.Run("reindex", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			bf.Reindex()
		}
	})
}

// BenchmarkTokenize reads every block of the 10,000-post page once, as
// each of analyse's two readings does.
func BenchmarkTokenize(b *testing.B) {
	src := Source{Name: "big", Origin: "big", Data: loadertest.LiveBlog(seedBytes(b, liveFile), 10000)}
	p, err := parse(src, nil)
	if err != nil {
		b.Fatal(err)
	}
	var n int64
	for _, rp := range p.posts {
		for _, bl := range rp.blocks {
			n += int64(len(bl.Text))
		}
	}
	b.SetBytes(n)
	b.ReportAllocs()
	a := newAttributor(nil, nil)
	for b.Loop() {
		for _, rp := range p.posts {
			for _, bl := range rp.blocks {
				a.scan(bl.Text)
			}
		}
	}
}
