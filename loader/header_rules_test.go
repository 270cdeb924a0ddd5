package loader

import (
	"slices"
	"testing"
)

// TestHeaderRules: what the lines above a live page's first post give it,
// its title and summary, as a reader takes them. Each row is one rule.
func TestHeaderRules(t *testing.T) {
	rows := []struct {
		name, header string
		title        string
		summary      []string
	}{
		{"the line that says it is live is the title, over the outlet's name above it",
			"The Guardian - US\nWorld\nUS election 2024 live: Trump closes in on victory with win in Pennsylvania\n",
			"US election 2024 live: Trump closes in on victory with win in Pennsylvania", nil},
		{"the authors' line of now and earlier is neither title nor summary",
			"Budget live: the chancellor sets out his plans\nAmy Sedghi (now); Chris Stein and Sam Levin (earlier)\n",
			"Budget live: the chancellor sets out his plans", nil},
		{"a long lead line without a full stop under the title is the summary",
			"Budget 2022 live\n\nTaoiseach Micheal Martin said the budget will “consolidate” the recovery as it emerges from the Covid-19 pandemic\n",
			"Budget 2022 live", []string{"Taoiseach Micheal Martin said the budget will “consolidate” the recovery as it emerges from the Covid-19 pandemic"}},
		{"a short line without a full stop under the title is not the summary",
			"Budget 2022 live\n\nFollow the speech as it happens\n",
			"Budget 2022 live", nil},
	}
	for _, r := range rows {
		t.Run(r.name, func(t *testing.T) {
			text := r.header + "\n12:05\nThe speech begins\nThe minister stood up to speak in the chamber.\n\n12:00\nWelcome\nWelcome to our coverage of the day.\n"
			b, err := Load(Config{}, Source{Name: "t", Origin: "t.txt", Data: []byte(text)})
			if err != nil {
				t.Fatal(err)
			}
			if b.Title != r.title {
				t.Errorf("title %q, want %q", b.Title, r.title)
			}
			if !slices.Equal(b.Summary, r.summary) {
				t.Errorf("summary %q, want %q", b.Summary, r.summary)
			}
		})
	}
}
