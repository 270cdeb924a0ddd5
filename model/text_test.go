package model

import "testing"

// The index folds post text with appendLower; search folds the query with
// lower. They must agree, or a search misses text it should find.
func TestAppendLowerMatchesLower(t *testing.T) {
	for _, s := range []string{
		"", "Zelensky SAID", "ÜBER Straße", "İstanbul", "ΣΟΦΙΑ", "Kelvin \u212a", "bad \xff\xfe utf8", "日本語 ABC",
	} {
		if got, want := string(appendLower(nil, s)), lower(s); got != want {
			t.Errorf("appendLower(%q) = %q, lower = %q", s, got, want)
		}
	}
}

// The index's post text is exactly the folded SearchText.
func TestIndexPostText(t *testing.T) {
	b := &Briefing{Posts: []Post{{ID: "s/1", Label: "Analysis", Title: "Über Talks", Author: Author{Name: "Jane DOE", Role: "Editor"},
		Body: []Block{{Kind: BlockParagraph, Text: "First PARA."}, {Kind: BlockCaption, Text: "A Caption"}}}}}
	b.Reindex()
	if got, want := b.ix().postText()[0], lower(b.Posts[0].SearchText()); got != want {
		t.Fatalf("index text %q, want %q", got, want)
	}
}
