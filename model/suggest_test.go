package model

import (
	"slices"
	"testing"
)

// A typo's nearest names come first, by any of a person's names (alias
// included), in any case and spacing, shown by short name; ties keep the
// briefing's order; at most five.
func TestSuggest(t *testing.T) {
	leaders := &Briefing{People: []Person{
		{ID: "trump", Name: "Donald Trump", Short: "Trump"},
		{ID: "merz", Name: "Friedrich Merz", Short: "Merz"},
		{ID: "macron", Name: "Emmanuel Macron", Short: "Macron"},
		{ID: "zelensky", Name: "Volodymyr Zelensky", Short: "Zelensky", Aliases: []string{"Zelenskyy"}},
		{ID: "meloni", Name: "Giorgia Meloni", Short: "Meloni"},
		{ID: "vdl", Name: "Ursula von der Leyen", Short: "von der Leyen"},
		{ID: "stubb", Name: "Alexander Stubb"}, // no short name: the full one is shown
	}}
	firsts := []struct{ typed, want string }{
		{"mertz", "Merz"},
		{"MERTZ", "Merz"},
		{"zelenskyyy", "Zelensky"}, // nearest by the alias
		{"von  der leyn", "von der Leyen"},
		{"alexander stub", "Alexander Stubb"},
		{"Donald Trunp", "Trump"},
	}
	for _, tt := range firsts {
		got := leaders.Suggest(tt.typed)
		if len(got) != 5 || got[0] != tt.want {
			t.Errorf("Suggest(%q) = %q, want five names led by %q", tt.typed, got, tt.want)
		}
	}
	// Distances worked by hand: from "bat", Cat is 1, Bob 2, Ann 3; from
	// "xyz" all are 3, so the briefing's order stands.
	abc := &Briefing{People: []Person{{ID: "a", Name: "Ann"}, {ID: "b", Name: "Bob"}, {ID: "c", Name: "Cat"}}}
	orders := []struct {
		typed string
		want  []string
	}{
		{"bat", []string{"Cat", "Bob", "Ann"}},
		{"xyz", []string{"Ann", "Bob", "Cat"}},
	}
	for _, tt := range orders {
		if got := abc.Suggest(tt.typed); !slices.Equal(got, tt.want) {
			t.Errorf("Suggest(%q) = %q, want %q", tt.typed, got, tt.want)
		}
	}
	if got := (&Briefing{}).Suggest("merz"); len(got) != 0 {
		t.Errorf("no people: Suggest = %#v, want none", got)
	}
}

func TestEditDistance(t *testing.T) {
	tests := []struct {
		a, b string
		want int
	}{
		{"", "", 0},
		{"merz", "merz", 0},
		{"mertz", "merz", 1},
		{"zelenskyy", "zelensky", 1},
		{"macron", "meloni", 4},
		{"ü", "u", 1},
	}
	for _, tt := range tests {
		if got := editDistance(tt.a, tt.b); got != tt.want {
			t.Errorf("editDistance(%q, %q) = %d, want %d", tt.a, tt.b, got, tt.want)
		}
	}
}
