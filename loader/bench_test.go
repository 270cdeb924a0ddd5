package loader

import (
	"testing"

	"briefing/loader/loadertest"
)

func BenchmarkLoad(b *testing.B) {
	people := seedBytes(b, "people.json")
	big := loadertest.LiveBlog(seedBytes(b, liveFile), 10000)
	for _, c := range []struct {
		name string
		data []byte
	}{
		{"liveblog", seedBytes(b, liveFile)},
		{"article", seedBytes(b, articleFile)},
		{"liveblog-10k", big},
	} {
		b.Run(c.name, func(b *testing.B) {
			b.SetBytes(int64(len(c.data)))
			b.ReportAllocs()
			for b.Loop() {
				if _, err := Load(Config{People: people}, Source{Name: c.name, Origin: c.name, Data: c.data}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

func TestSyntheticLiveBlog(t *testing.T) {
	data := loadertest.LiveBlog(seedBytes(t, liveFile), 10000)
	if len(data) < 12<<20 || len(data) > 16<<20 {
		t.Errorf("10,000 posts make %d MB, want about 13", len(data)>>20)
	}
	b, err := Load(Config{People: seedBytes(t, "people.json")}, Source{Name: "big", Origin: "big", Data: data})
	if err != nil {
		t.Fatal(err)
	}
	if len(b.Posts) != 10000 || len(b.Options) == 0 {
		t.Errorf("%d posts, %d options", len(b.Posts), len(b.Options))
	}
}
