package loader

import (
	"strings"
	"testing"
)

// One row a rule: the line shapes each reader keys on, as real pages write
// them.

func TestClockLine(t *testing.T) {
	for _, c := range []struct {
		line             string
		ok               bool
		time, zone, date string
		label            string
	}{
		{"12.28pm BST", true, "12.28pm", "BST", "", ""},
		{"• 09:23", true, "09:23", "", "", ""},
		{"14:36:05", true, "14:36:05", "", "", ""},
		{"3:34 PM", true, "3:34 PM", "", "", ""},
		{"10.05 a.m. ET", true, "10.05 a.m.", "ET", "", ""},
		{"16:45 4 October 2016", true, "16:45", "", "4 October 2016", ""},
		{"04:07 AM BST", true, "04:07 AM", "BST", "", ""},
		{"Punjab | 11:45 am", true, "11:45 am", "", "", "Punjab"},
		{"10:26 p.m. EDT | Sept. 1, 2005 | permalink", true, "10:26 p.m.", "EDT", "Sept. 1, 2005", ""},
		{"12.345", false, "", "", "", ""},
		{"25:10", false, "", "", "", ""},
		{"10:30 the minister arrived", false, "", "", "", ""},
		{"Score: 3-1", false, "", "", "", ""},
	} {
		st, ok := clockLine(c.line)
		if ok != c.ok || st.time != c.time || st.zone != c.zone || st.date != c.date || st.label != c.label {
			t.Errorf("clockLine(%q) = %+v %v, want %q %q %q %q %v", c.line, st, ok, c.time, c.zone, c.date, c.label, c.ok)
		}
	}
}

func TestInlineClock(t *testing.T) {
	for _, c := range []struct {
		line, time, zone, rest string
		ok                     bool
	}{
		{"9.00pm: And that's a wrap for our budget day blog.", "9.00pm", "", "And that's a wrap for our budget day blog.", true},
		{"0107 GMT: Fox News reports that an attempt was made.", "0107", "GMT", "Fox News reports that an attempt was made.", true},
		{"15.35 – As Mark Twain puts it: whatever", "15.35", "", "As Mark Twain puts it: whatever", true},
		{"18:57: The Small Firms Association has welcomed the Budget.", "18:57", "", "The Small Firms Association has welcomed the Budget.", true},
		{"21:25 A new range of surveillance cameras used in France falls short.", "21:25", "", "A new range of surveillance cameras used in France falls short.", true},
		{"10:30 meeting", "", "", "", false},
		{"2019 was a year", "", "", "", false},
	} {
		st, rest, ok := inlineClock(c.line)
		if ok != c.ok || ok && (st.time != c.time || st.zone != c.zone || rest != c.rest) {
			t.Errorf("inlineClock(%q) = %+v %q %v, want %q %q %q %v", c.line, st, rest, ok, c.time, c.zone, c.rest, c.ok)
		}
	}
}

func TestRelativeLine(t *testing.T) {
	for _, c := range []struct {
		line string
		ok   bool
	}{
		{"1 hr 8 min ago", true},
		{"2 hours ago", true},
		{"an hour ago", true},
		{"1 month ago", true},
		{"Updated 5m ago", true},
		{"Just now", true},
		{"2m ago (11:00 GMT)", true},
		{"Two years ago the city flooded", false},
		{"ago", false},
	} {
		if _, ok := relativeLine(c.line); ok != c.ok {
			t.Errorf("relativeLine(%q) = %v, want %v", c.line, ok, c.ok)
		}
	}
	if st, _ := relativeStamp("2m ago (11:00 GMT)"); st.when != "2m ago" || st.time != "11:00" || st.zone != "GMT" {
		t.Errorf("relativeStamp = %+v", st)
	}
}

func TestSplitLabel(t *testing.T) {
	for _, c := range []struct{ title, label, rest string }{
		{"BreakingBA pilots vote to strike", "Breaking", "BA pilots vote to strike"},
		{"Analysis: What next for the talks", "Analysis", "What next for the talks"},
		{"Watch: Leaders arrive", "Watch", "Leaders arrive"},
		{"Liverpool win the league", "", "Liverpool win the league"},
		{"Breaking Bad star visits", "", "Breaking Bad star visits"},
		{"Breaking", "", "Breaking"},
	} {
		if l, r := splitLabel(c.title); l != c.label || r != c.rest {
			t.Errorf("splitLabel(%q) = %q %q, want %q %q", c.title, l, r, c.label, c.rest)
		}
	}
}

func TestBylineLine(t *testing.T) {
	for _, c := range []struct {
		line, name, role, date, time string
		ok                           bool
	}{
		{"From CNN's Daniella Diaz", "Daniella Diaz", "", "", "", true},
		{"From CNN’s Kevin Liptak and Kaitlan Collins", "Kevin Liptak and Kaitlan Collins", "", "", "", true},
		{"By Bridget Judd", "Bridget Judd", "", "", "", true},
		{"by Clare Richardson on Feb 28, 2013 at 3:34 PM", "Clare Richardson", "", "Feb 28, 2013", "3:34 PM", true},
		{"Allen Cook / BBC News", "Allen Cook", "BBC News", "", "", true},
		{"From the archive, a story", "", "", "", "", false},
		{"By the time the polls closed, turnout was high.", "", "", "", "", false},
	} {
		name, role, st, ok := bylineLine(c.line)
		if ok != c.ok || name != c.name || role != c.role || st.date != c.date || st.time != c.time {
			t.Errorf("bylineLine(%q) = %q %q %+v %v", c.line, name, role, st, ok)
		}
	}
}

func TestHeadlineLike(t *testing.T) {
	for _, c := range []struct {
		line string
		ok   bool
	}{
		{"Russia's military is 'second-strongest in Ukraine', says US diplomat", true},
		{"U.S. to Send Anti-Aircraft Stinger Missiles to Ukraine", true},
		{"What's in the budget for aged care?", true},
		{"Protesters gather outside parliament (Reuters)", false},
		{"He concluded that it ensured “this will be remembered as a significant day.”", false},
		{"The regulations permit citizens to leave their homes for the following activities only:", false},
		{"Going to work and returning;", false},
		{"It rained. Then it stopped", false},
		{"lower-case start of a sentence", false},
	} {
		if got := headlineLike(c.line); got != c.ok {
			t.Errorf("headlineLike(%q) = %v, want %v", c.line, got, c.ok)
		}
	}
}

func TestIsChrome(t *testing.T) {
	for _, c := range []struct {
		line string
		ok   bool
	}{
		{"• Share", true},
		{"Comment ()", true},
		{"Comments (12)", true},
		{"View more on twitter", true},
		{"Why you can trust Sky News", true},
		{"  2. Skip to main menu", true},
		{"https://p.dw.com/p/50Qu3", true},
		{"— Jane Doe (@jdoe) March 3, 2020", true},
		{"14:36", true},
		{"Share prices fell sharply in London.", false},
		{"Live music returned to the square.", false},
		// A line that is only an off-site link's words, as the BBC marks them.
		{"Read the rest of our analysis here, external.", true},
		{"    Watch the full interview, external", true},
		{"The FT is reporting, external that the firm is looking to spend $50m.", false},
		{"Officials said on Monday that talks would go on. Read the statement, external.", false},
	} {
		if got := isChrome(c.line); got != c.ok {
			t.Errorf("isChrome(%q) = %v, want %v", c.line, got, c.ok)
		}
	}
	if got := cutGlued("A fire killed 233 people. Read the full story."); got != "A fire killed 233 people." {
		t.Errorf("cutGlued = %q", got)
	}
}

// Each shape wins on a page written in it, and only there.
func TestDetectShape(t *testing.T) {
	for _, c := range []struct{ name, text string }{
		{"stamped", "Summary\n\n  • A point\n\n  1. Talks endpublished at 16:45 BST\n\n    Text of the post.\n\n  2. Talks beginpublished at 16:00 BST\n\n    More text.\n"},
		{"time-first", "Live\n\n12.28pm BST\n\nThe minister arrives\n\nThe minister has arrived at the port gate today.\n\n12.05pm BST\n\nPickets blocked the second entrance at dawn.\n"},
		{"relative", "1 hr 8 min ago\n\nSenate votes\n\nFrom CNN's Daniella Diaz\n\nThe Senate voted on the package this evening.\n\n2 hr ago\n\nHouse adjourns\n\nThe House adjourned after a long day of debate.\n"},
		{"numbered", "Live Reporting\n\n  1. Goodbye!\n\n    The page is closing for the evening, see you tomorrow.\n\n  2. Market update\n\n    The FTSE 100 closed largely unchanged today.\n"},
		{"marker", "Travel update\n\nThe roads are back to normal again after a chaotic few hours.\n\n  • Share\n\nWindy on the roads\n\nIt is very windy on the bridge this evening, take care.\n\n  • Share\n"},
		{"headline", "Live\n\nMinister resigns over budget row\n\nThe minister resigned on Tuesday after a row over the budget.\n\nOpposition calls for election\n\nThe opposition leader called for an early election tonight.\n"},
		{"article", "Ministers meet to discuss the budget\n\nMinisters met on Tuesday to discuss the budget, which is due next week.\n\nThe finance minister said the plan was sound and would pass.\n"},
	} {
		lines := strings.Split(c.text, "\n")
		if got := detectShape(lines).name(); got != c.name {
			t.Errorf("%s page detected as %s", c.name, got)
		}
	}
}
