package loader

import (
	"strings"
	"testing"

	"briefing/model"
)

// findStmt returns the statements whose words contain the fragment.
func findStmt(b *model.Briefing, fragment string) []model.Statement {
	var out []model.Statement
	for _, s := range b.Statements {
		if strings.Contains(s.Quote, fragment) {
			out = append(out, s)
		}
	}
	return out
}

// Every quote in both seeds, read by hand: who said the words.
func TestQuotesGoToTheirSpeakers(t *testing.T) {
	b := loadSeeds(t)
	cases := []struct {
		speaker, fragment string
	}{
		// summary
		{"trump", "very good"},
		{"zelensky", "best"},
		// Frank Gardner's analysis
		{"trump", "co-ordination with the United States"},
		// key takeaways
		{"merz", "I can't imagine that the next meeting would take place without a ceasefire"},
		{"merz", "So, let's work on that and let's try to put pressure on Russia"},
		// Goettemoeller
		{"rose-goettemoeller", "an enormous step forward in terms of gaining peace in Ukraine"},
		{"rose-goettemoeller", "an enormous reassurance to the Nato allies"},
		{"rose-goettemoeller", "They had been concerned that the US would be removing itself"},
		{"rose-goettemoeller", "started the momentum in this direction"},
		{"trump", "big win"},
		// what European leaders said
		{"zelensky", "ready for a bilateral with Putin"},
		{"starmer", "very pleased"},
		{"starmer", "real sense of unity"},
		{"starmer", "no decision should be made about Ukraine, without Ukraine"},
		{"merz", "put pressure on Russia for a ceasefire"},
		{"macron", "boots on the ground"},
		{"stubb", "nothing concrete"},
		{"stubb", "cannot be trusted"},
		{"meloni", "how to be sure that it won't happen again, which is the precondition of every kind of peace"},
		{"von-der-leyen", "human cost of this war must end"},
		{"rutte", "pragmatic peacemaker"},
		// Shevchenko's analysis
		{"zelensky", "thank you"},
		// Starmer on negotiations
		{"starmer", "We're now going to be working with the US on those security guarantees"},
		{"starmer", "We've tasked our teams. Some of them are even arriving tomorrow"},
		{"starmer", "reassure people in Europe, in Ukraine, but particularly in the United Kingdom."},
		// what Trump and Zelensky talked about
		{"zelensky", "constructive"},
		{"zelensky", "specific"},
		{"zelensky", "a lot of details"},
		// Zelensky outside the White House
		{"zelensky", "If Russia proposed to president of the United States bilateral"},
		{"zelensky", "Ukraine will never stop on the way to peace"},
		{"zelensky", "any format"},
		// Trump's post
		{"trump", "At the conclusion of the meetings, I called President Putin"},
		{"trump", "After that meeting takes place, we will have a Trilat"},
		{"trump", "would be provided by the various European Countries, with a coordination with the United States of America"},
		// the live page editor's opening post
		{"yuri-ushakov", "worthwhile"},
		{"yuri-ushakov", "explore the possibility of raising the level of representatives"},
		{"trump", "provided"},
		{"trump", "coordination"},
		// the article
		{"trump", "agreed that Russia would accept security guarantees for Ukraine"},
		{"trump", "I think the European nations are going to take a lot of the burden"},
		{"trump", "who would do what."},
		{"von-der-leyen", "good to hear"},
		{"von-der-leyen", "Article Five-like security guarantees."},
		{"macron", "When we speak about security guarantees, we speak about the whole security of the European continent."},
		{"macron", "credible"},
		{"macron", "the years and decades to come."},
		{"trump", "very good protection."},
		{"trump", "if everything works out well today"},
		{"trump", "right after"},
		{"trump", "exchanges of territory"},
		{"trump", "the current line of contact"},
		{"trump", "That means the war zone, the war lines that are now"},
		{"trump", "have the cards right now with us."},
		{"zelensky", "not good for both sides."},
		{"mark-stone", "really important"},
		{"mark-stone", "We have learnt with Donald Trump that the trivial matters as much as the detail."},
		{"sam-coates", "an almighty sigh of relief"},
		{"sam-coates", "I actually think what we have just witnessed was a pivot point"},
		{"sam-coates", "Not only did you have Volodymyr Zelenskyy turning up"},
		{"sam-coates", "this will be remembered as a significant day."},
	}
	for _, c := range cases {
		t.Run(c.fragment, func(t *testing.T) {
			var direct []model.Statement
			for _, s := range findStmt(b, c.fragment) {
				if s.Kind == model.Direct {
					direct = append(direct, s)
				}
			}
			if len(direct) == 0 {
				t.Fatalf("no direct statement holds %q", c.fragment)
			}
			for _, s := range direct {
				if s.Speaker == c.speaker {
					return
				}
			}
			t.Errorf("%q: said by %s, want %s", c.fragment, direct[0].Speaker, c.speaker)
		})
	}
}

func TestScareQuotesAreNotStatements(t *testing.T) {
	b := loadSeeds(t)
	for _, words := range []string{"coalition of the willing", "thank yous", "reassurance force", "security guarantee\""} {
		for _, s := range b.Statements {
			if s.Kind == model.Direct && strings.EqualFold(strings.Trim(s.Quote, "\""), strings.Trim(words, "\"")) {
				t.Errorf("scare quote %q became a statement of %s", words, s.Speaker)
			}
		}
	}
	for _, s := range b.Statements {
		if s.Kind == model.Direct && strings.Contains(s.Quote, "security guarantee") && s.Speaker == "frank-gardner" {
			t.Errorf("the term %q was given to Frank Gardner", s.Quote)
		}
	}
}

func TestHardAttributions(t *testing.T) {
	b := loadSeeds(t)
	one := func(fragment string) model.Statement {
		t.Helper()
		ss := findStmt(b, fragment)
		if len(ss) != 1 {
			t.Fatalf("%d statements hold %q, want 1", len(ss), fragment)
		}
		return ss[0]
	}
	// Trump told reporters that Putin had "agreed ...": Trump's words.
	if s := one("agreed that Russia would accept"); s.Speaker != "trump" {
		t.Errorf("agreed ...: %s", s.Speaker)
	}
	// The same quote in two posts is one statement with two citations.
	imagine := one("I can't imagine that the next meeting")
	if len(imagine.Citations) != 2 || !imagine.Cites(live+"/9") || !imagine.Cites(live+"/11") {
		t.Errorf("Merz's ceasefire quote cites %v, want posts 05:50 and 06:23", imagine.Citations)
	}
	// Quotes split by "he said" / "he wrote" / "Coates said" are one statement.
	for _, pair := range [][2]string{
		{"We're now going to be working", "We've tasked our teams"},
		{"At the conclusion of the meetings", "After that meeting takes place"},
		{"I actually think what we have just witnessed", "Not only did you have"},
	} {
		s := one(pair[0])
		if !strings.Contains(s.Quote, pair[1]) || len(s.Parts) != 2 {
			t.Errorf("split quote %q: %q (%d parts)", pair[0], s.Quote, len(s.Parts))
		}
	}
	// Reported speech is its own kind.
	r := one("Putin had agreed to a bilateral meeting within the next two weeks")
	if r.Speaker != "merz" || r.Kind != model.Reported {
		t.Errorf("reported Merz: %s %s", r.Speaker, r.Kind)
	}
	// Nobody is credited with words inside someone else's quote.
	for _, s := range b.Statements {
		if s.Speaker == "putin" && s.Kind == model.Direct {
			t.Errorf("Putin is quoted directly nowhere, got %q", s.Quote)
		}
	}
}

func TestStatementsCiteTheirText(t *testing.T) {
	b := loadSeeds(t)
	for _, s := range b.Statements {
		for _, part := range append([]string{}, s.Parts...) {
			found := false
			for _, c := range s.Citations {
				if strings.Contains(citedText(b, c.Post), part) {
					found = true
				}
			}
			if !found {
				t.Errorf("%s: %q is in none of %v", s.Speaker, part, s.Citations)
			}
		}
		if _, ok := b.Person(s.Speaker); !ok {
			t.Errorf("statement by unknown person %q", s.Speaker)
		}
	}
}

// citedText is the text a citation points at: a post or the summary.
func citedText(b *model.Briefing, id string) string {
	if id == b.SummaryPost {
		return strings.Join(b.Summary, "\n")
	}
	p, ok := b.Post(id)
	if !ok {
		return ""
	}
	return p.Text()
}

// A speaker's title may stand between the quote and the name.
func TestPostposedTitle(t *testing.T) {
	text := "Budget\n\nThe union says cuts will hurt.\n\n“There is a total cut to skills training overall,” AMWU national president Andrew Dettmer says.\n"
	b, err := Load(Config{}, Source{Name: "t", Origin: "t.txt", Data: []byte(text)})
	if err != nil {
		t.Fatal(err)
	}
	if ss := findStmt(b, "total cut to skills training"); len(ss) != 1 || ss[0].Speaker != "andrew-dettmer" {
		t.Errorf("statements %+v, want Andrew Dettmer's", ss)
	}
}

// A body written in capitals speaks for itself, and a quote that opens the
// sentence after an attributed one goes on with the same speaker.
func TestAcronymAndFollowingQuote(t *testing.T) {
	text := "Cameras\n\nThe cameras fall short, found France's watchdog CNIL. \"Their use poses the risk of surveillance,\" CNIL said of the cameras.\n\nSenate reconvenes. Vice President Mike Pence: \"let's get back to work.\" \"We will finish tonight.\"\n"
	b, err := Load(Config{}, Source{Name: "t", Origin: "t.txt", Data: []byte(text)})
	if err != nil {
		t.Fatal(err)
	}
	for frag, who := range map[string]string{"poses the risk of surveillance": "cnil", "get back to work": "mike-pence", "We will finish tonight": "mike-pence"} {
		if ss := findStmt(b, frag); len(ss) != 1 || ss[0].Speaker != who {
			t.Errorf("%q: %+v, want %s", frag, ss, who)
		}
	}
}

// A colon lead-in announces the paragraph under it, marks or none; a
// lead-in whose speaker is only described gives the words to that source.
func TestColonLeadIns(t *testing.T) {
	text := "Brexit\n\nUkip funder Arron Banks criticised the party.\n\nBanks said:\n\nI think we have a good shot at taking over from Labour as the opposition.\n\nThe vote is next week.\n\nIn a statement British Transport Police said:\n\n“The station has now re-opened following the incident.\n\nA man has been arrested on suspicion of obstructing the railway.”\n"
	b, err := Load(Config{}, Source{Name: "t", Origin: "t.txt", Data: []byte(text)})
	if err != nil {
		t.Fatal(err)
	}
	for frag, who := range map[string]string{
		"a good shot at taking over":           "arron-banks",
		"The station has now re-opened":        "british-transport-police",
		"A man has been arrested on suspicion": "british-transport-police",
	} {
		if ss := findStmt(b, frag); len(ss) != 1 || ss[0].Speaker != who {
			t.Errorf("%q: %+v, want %s", frag, ss, who)
		}
	}
	if ss := findStmt(b, "The vote is next week"); len(ss) != 0 {
		t.Errorf("narration after the quoted paragraph became %+v", ss)
	}
}

// Transcript lines and a headline that quotes its speaker; a "Name: claim"
// headline style line is no transcript.
func TestTranscriptsAndTitleQuotes(t *testing.T) {
	text := "Live\n\n12:01\n\n'A new sheriff in town,' Vance says of Trump\n\nUS vice-president JD Vance spoke in Munich on Friday.\n\n12:20\n\nTranscript\n\nZelensky: Thank you for all your support today.\n\nTrump: Ukraine will not get everything it wants\n\n12:30\n\nGoogle 'set to spend $50m on its new phone'\n\nThe firm is looking to spend the money in the UK.\n"
	b, err := Load(Config{People: seedBytes(t, "people.json")}, Source{Name: "t", Origin: "t.txt", Data: []byte(text)})
	if err != nil {
		t.Fatal(err)
	}
	for frag, who := range map[string]string{"A new sheriff in town": "jd-vance", "Thank you for all your support": "zelensky"} {
		if ss := findStmt(b, frag); len(ss) != 1 || ss[0].Speaker != who {
			t.Errorf("%q: %+v, want %s", frag, ss, who)
		}
	}
	for _, frag := range []string{"Ukraine will not get everything", "set to spend"} {
		if ss := findStmt(b, frag); len(ss) != 0 {
			t.Errorf("%q became %+v", frag, ss)
		}
	}
}

// A tweet announced by its handle, and a document's words, which belong to
// the document and not to the leaders it names.
func TestHandlesAndDocuments(t *testing.T) {
	text := "Talks\n\nForeign Secretary David Lammy flew to Kyiv.\n\n@DavidLammy has tweeted:\n\n\"Proud to stand with our allies today in Kyiv.\"\n\nThe leaders met in Paris on Friday.\n\nThe joint statement reads: \"We, the leaders of France and Germany, stand together.\"\n"
	b, err := Load(Config{}, Source{Name: "t", Origin: "t.txt", Data: []byte(text)})
	if err != nil {
		t.Fatal(err)
	}
	for frag, who := range map[string]string{"Proud to stand with our allies": "david-lammy", "the leaders of France and Germany": "joint-statement"} {
		if ss := findStmt(b, frag); len(ss) != 1 || ss[0].Speaker != who {
			t.Errorf("%q: %+v, want %s", frag, ss, who)
		}
	}
	if p, ok := b.Person("joint-statement"); !ok || p.Group != model.GroupSource {
		t.Errorf("joint statement: %+v", p)
	}
}

// After "told", a name is who was told: the reported clause starts after
// "that", so "The CMO told Stephen Donnelly that ..." reports the CMO's
// words, not a clause about Donnelly.
func TestReportedClauseSkipsWhoWasTold(t *testing.T) {
	text := "Live\n\nHealth minister Stephen Donnelly met officials on Monday.\n\nThe CMO told Stephen Donnelly that they were concerned the restrictions would not be enough to stop the spread. The letter said a \"graduated\" approach would not work in time.\n"
	b, err := Load(Config{}, Source{Name: "t", Origin: "t.txt", Data: []byte(text)})
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range b.Statements {
		if s.Kind == model.Reported && strings.HasPrefix(s.Quote, "Stephen Donnelly") {
			t.Errorf("the clause keeps who was told: %q", s.Quote)
		}
	}
	if ss := findStmt(b, "they were concerned the restrictions"); len(ss) != 1 || ss[0].Kind != model.Reported || !strings.HasPrefix(ss[0].Quote, "they were concerned") {
		t.Errorf("reported clause %+v", ss)
	}
}
