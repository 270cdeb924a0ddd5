package loader

import "testing"

// TestRoleRules: the role a page gives a person, as a reader takes it from
// the words around the name. Each row is one rule.
func TestRoleRules(t *testing.T) {
	rows := []struct{ name, text, who, role string }{
		{"a title before the name", "Labour leader Keir Starmer said it was “a day of reckoning for the country”.",
			"Keir Starmer", "Labour leader"},
		{"a title does not reach back over another name and its verb",
			"Prime Minister Rishi Sunak met Labour leader Keir Starmer, who said it was “a day of reckoning for the country”.",
			"Keir Starmer", "Labour leader"},
		{"a title with a lower-case word in it stays whole",
			"Irish health minister Stephen Donnelly met Taoiseach Micheál Martin and said “we are not out of the woods”.",
			"Stephen Donnelly", "Irish health minister"},
		{"a portfolio after 'Minister for' is the title's, not the name's",
			"Minister for Finance Paschal Donohoe said the budget was “a good one for all of us”.",
			"Paschal Donohoe", "Minister for Finance"},
		{"a portfolio of two words joined by 'and'",
			"Minister for Children and Youth Affairs Katherine Zappone said it was “a good day for children”.",
			"Katherine Zappone", "Minister for Children and Youth Affairs"},
		{"a role '-elect' is the role's",
			"President-elect William Ruto said “I called my competitor this morning”.",
			"William Ruto", "President-elect"},
		{"an age before the name is no part of it",
			"Ten-year-old Isabelle Dauncey said she cried at home. She told PA: “I was a bit upset this morning”.",
			"Isabelle Dauncey", "Ten-year-old"},
	}
	for _, r := range rows {
		t.Run(r.name, func(t *testing.T) {
			b, err := Load(Config{}, Source{Name: "t", Origin: "t.txt", Data: []byte("Live\n\n" + r.text + "\n")})
			if err != nil {
				t.Fatal(err)
			}
			p, ok := b.FindPerson(r.who)
			if !ok {
				t.Fatalf("%s not found in %q", r.who, r.text)
			}
			if p.Role != r.role {
				t.Errorf("%s: role %q, want %q", r.who, p.Role, r.role)
			}
		})
	}
}

// A run of capitals opening with an article is a section label, no name
// ("A SIMPLE GUIDE: How do I protect myself?", a BBC article's links); a
// name in capitals is one ("DONALD TRUMP: We will ...").
func TestNameAtSkipsLabels(t *testing.T) {
	for _, c := range []struct {
		text string
		n    int
	}{
		{"A SIMPLE GUIDE: How do I protect myself?", 0},
		{"An Early Start: Polls open at seven", 0},
		{"DONALD TRUMP: We will win this state.", 2},
		{"Jane Smith said the count was close.", 2},
	} {
		if got := nameAt(c.text, tokenize(c.text, nil), 0); got != c.n {
			t.Errorf("nameAt(%q) = %d, want %d", c.text, got, c.n)
		}
	}
}

// A block with no quote is read for names only when one of the common
// speech verbs stands next to a capitalised word, "Jane Smith said" or
// "said Jane Smith": the cheap look that keeps the people pass fast.
func TestMayReport(t *testing.T) {
	for _, c := range []struct {
		text string
		ok   bool
	}{
		{"Labour candidate Jane Smith said on Tuesday the count would be close.", true},
		{"The count would be close, said Jane Smith on Tuesday.", true},
		{"Police told reporters the road was closed.", true},
		{"The council said nothing about the closure.", false},
		{"Results are expected after midnight in most seats.", false},
		{"Smith saidthat the count was close.", false},
	} {
		if got := mayReport(c.text); got != c.ok {
			t.Errorf("mayReport(%q) = %v, want %v", c.text, got, c.ok)
		}
	}
}
