package seeds

import (
	"bytes"
	"testing"
)

// The built-in briefing is the live page then the article, each with the
// name a reader sees: what the first screen and the sources line show.
func TestLoad(t *testing.T) {
	m := Load()
	if m.Title != "White House talks on Ukraine, August 2025" {
		t.Errorf("Title = %q", m.Title)
	}
	want := []Source{
		{File: "white-house-talks-liveblog.txt", Name: "white-house-talks-liveblog", Title: "BBC News live page"},
		{File: "white-house-talks-article.txt", Name: "white-house-talks-article", Title: "Zelenskyy and Trump open White House talks with European leaders"},
	}
	if len(m.Sources) != len(want) {
		t.Fatalf("%d sources, want %d", len(m.Sources), len(want))
	}
	for i, w := range want {
		got := m.Sources[i]
		if got.File != w.File || got.Name != w.Name || got.Title != w.Title {
			t.Errorf("source %d = %+v, want %+v", i, Source{File: got.File, Name: got.Name, Title: got.Title}, w)
		}
		if data, _ := File(w.File); len(got.Data) == 0 || !bytes.Equal(got.Data, data) {
			t.Errorf("source %d: Data is not %s", i, w.File)
		}
	}
}
