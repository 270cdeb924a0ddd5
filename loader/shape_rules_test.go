package loader

import (
	"slices"
	"strings"
	"testing"

	"briefing/model"
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
		{"1750gmt", true, "1750", "gmt", "", ""},
		{"2215 GMT", true, "2215", "GMT", "", ""},
		{"2019 was", false, "", "", "", ""},
		{"2560gmt", false, "", "", "", ""},
		{"• 09:23", true, "09:23", "", "", ""},
		{"14:36:05", true, "14:36:05", "", "", ""},
		{"3:34 PM", true, "3:34 PM", "", "", ""},
		{"10.05 a.m. ET", true, "10.05 a.m.", "ET", "", ""},
		{"16:45 4 October 2016", true, "16:45", "", "4 October 2016", ""},
		{"04:07 AM BST", true, "04:07 AM", "BST", "", ""},
		{"Punjab | 11:45 am", true, "11:45 am", "", "", "Punjab"},
		{"10:26 p.m. EDT | Sept. 1, 2005 | permalink", true, "10:26 p.m.", "EDT", "Sept. 1, 2005", ""},
		{"6 p.m.", true, "6 p.m.", "", "", ""},
		{"11:40:", true, "11:40", "", "", ""},
		{"11am BST", true, "11am", "BST", "", ""},
		{"6 people", false, "", "", "", ""},
		{"13 pm", false, "", "", "", ""},
		{"2021-12-28T16:27:36.505Z", true, "16:27:36.505", "Z", "2021-12-28", ""},
		{"2024-07-05T03:39:00+01:00", true, "03:39:00", "+01:00", "2024-07-05", ""},
		{"SEP 09, 2021 07:50 AM IST", true, "07:50 AM", "IST", "SEP 09, 2021", ""},
		{"• Sept. 1, 2005 10:26 p.m. EDT", true, "10:26 p.m.", "EDT", "Sept. 1, 2005", ""},
		{"11:15 p.m. Wednesday local Tokyo time", true, "11:15 p.m.", "local Tokyo time", "Wednesday", ""},
		{"1602181899", true, "18:31", "UTC", "8 October 2020", ""},
		{"0123456789", false, "", "", "", ""},
		{"160218189", false, "", "", "", ""},
		{"9.30am local time", true, "9.30am", "local time", "", ""},
		{"10:30 Monday", true, "10:30", "", "Monday", ""},
		{"10:30 Monday was busy", false, "", "", "", ""},
		{"10:30 the best time", false, "", "", "", ""},
		{"2021-12-28 was a day", false, "", "", "", ""},
		{"In 2021 07:50 was late", false, "", "", "", ""},
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
		{"12.39: Driver shortages", "12.39", "", "Driver shortages", true},
		{"10:35 UN secretary general Ban Ki-Moon calls for peace as the count goes on.", "10:35", "", "UN secretary general Ban Ki-Moon calls for peace as the count goes on.", true},
		{"14:05 EAT: Polls close across the country tonight.", "14:05", "EAT", "Polls close across the country tonight.", true},
		{"10:21 \"I've watched this replay several times and I'm feeling very cross,\" says Wheatley.", "10:21", "", "\"I've watched this replay several times and I'm feeling very cross,\" says Wheatley.", true},
		{"00:12 (IST) : \"I was not born with an aim to be in history books.\"", "00:12", "IST", "\"I was not born with an aim to be in history books.\"", true},
		{"Hong Kong (AFP) - 10:52 GMT - Tensions mount as protesters gather", "10:52", "GMT", "Tensions mount as protesters gather", true},
		{"LATEST: 11.55pm: Power is back for most of the city tonight.", "11.55pm", "", "Power is back for most of the city tonight.", true},
		{"Hong Kong (pictured) - 10:52 was late", "", "", "", false},
		{"Update - 3:33 PM ET: The top attorneys have met briefly in chambers.", "3:33 PM", "ET", "The top attorneys have met briefly in chambers.", true},
		{"UPDATE: 10:15 Police have closed the road in both directions.", "10:15", "", "Police have closed the road in both directions.", true},
		{"Updated with new figures", "", "", "", false},
		{"10:30 meeting", "", "", "", false},
		{"10:30: x", "", "", "", false},
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
	if st, ok := relativeStamp("5 years ago / 12:51 AM EST"); !ok || st.when != "5 years ago" || st.time != "12:51 AM" || st.zone != "EST" {
		t.Errorf("relativeStamp with its clock after a slash = %+v %v", st, ok)
	}
	if st, ok := relativeStamp("2 mins ago | Inside the courthouse"); !ok || st.when != "2 mins ago" || st.label != "Inside the courthouse" {
		t.Errorf("relativeStamp with a label = %+v %v", st, ok)
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
		{"WATCH — Autoland’s reckoning: Are German cars a thing of the past?", "WATCH", "Autoland’s reckoning: Are German cars a thing of the past?"},
		{"Watch | Videos show moments earthquakes struck Japan", "Watch", "Videos show moments earthquakes struck Japan"},
		{"Live - the day in pictures", "Live", "the day in pictures"},
		{"Updates on the vote count", "", "Updates on the vote count"},
		{"Breaking'Missing man' prompts security alert", "Breaking", "'Missing man' prompts security alert"},
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
		{"By Mark Stone, US correspondent", "Mark Stone", "US correspondent", "", "", true},
		{"Sarah Jones Political correspondent, BBC News", "Sarah Jones", "Political correspondent, BBC News", "", "", true},
		{"Boris Johnson Prime Minister, UK", "", "", "", "", false},
		{"By Tuesday, the talks had stalled", "", "", "", "", false},
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
		{"GOAL! BLACKPOOL 0-1 LEEDS (Peltier)", true},
		{"Round 1, Pick 31: Minnesota – Jeff Gladney, TCU (from San Francisco)", true},
		{"Crowds at the rally (Photo: Getty)", false},
		{"Katie's snowman (50%)", false},
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
		{"Follow the latest updates below.", true},
		{"Follow along for live updates below:", true},
		{"Read more from Laura here", true},
		{"More on this here.", true},
		{"Details here.", true},
		{"Details of the deal were published here on Tuesday.", false},
		{"Submit a comment or question", true},
		{"Featured image by Siyabulela Duda (GCIS)", true},
		{"pic.twitter.com/ByxD1fPip3", true},
		{"Your video will play in 00:25", true},
		{"Follow the ambulances down the hill below the castle", false},
		{"-", true},
		{"____________________", true},
		{"Link Copied!", true},
		{"See North Carolina results", true},
		{"See North Carolina become a swing state again", false},
		{"* * *", true},
		{"As it happenedended1602188050", true},
		{"Live blog: quote", true},
		{"The BBC may edit your comments and not all emails will be published.", true},
		{"LatestSort by latest OldestSort by oldest", true},
		{"This live blog is now closed, thanks for joining us.", true},
		{"Related: Tottenham’s Harry Kane makes most of VAR", true},
		{"Notifications can be managed in browser preferences.", true},
		{"Read the full story here.", true},
		{"Click below to read more...", true},
		{"76 Posts", true},
		{"Sort byDropdown arrow", true},
		{"Text us on 81111", true},
		{"Join the debate at #bbcfootball", true},
		{"imageby :", true},
		{"APTOPIX America Protests Washington", true},
		{"Police have posted more than 40 officers across the city centre", false},
		{"See 3 new updates", true},
		{"via GIPHY", true},
		{"The Latest: quake toll rises to 230", false},
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
		{"time-first", "Live\n\n  • SEP 09, 2021 07:50 AM IST\n\n    Boat tragedy: rescue ops continue\n\n    Rescue operations continue after two boats collided on the river.\n\n  • SEP 09, 2021 07:25 AM IST\n\n    Fire at hospital kills 10\n\n    Ten people lost their lives in a fire at a hospital.\n"},
		{"relative", "1 hr 8 min ago\n\nSenate votes\n\nFrom CNN's Daniella Diaz\n\nThe Senate voted on the package this evening.\n\n2 hr ago\n\nHouse adjourns\n\nThe House adjourned after a long day of debate.\n"},
		{"numbered", "Live Reporting\n\n  1. Goodbye!\n\n    The page is closing for the evening, see you tomorrow.\n\n  2. Market update\n\n    The FTSE 100 closed largely unchanged today.\n"},
		{"marker", "Travel update\n\nThe roads are back to normal again after a chaotic few hours.\n\n  • Share\n\nWindy on the roads\n\nIt is very windy on the bridge this evening, take care.\n\n  • Share\n"},
		{"headline", "Live\n\nMinister resigns over budget row\n\nThe minister resigned on Tuesday after a row over the budget.\n\nOpposition calls for election\n\nThe opposition leader called for an early election tonight.\n"},
		{"article", "Ministers meet to discuss the budget\n\nMinisters met on Tuesday to discuss the budget, which is due next week.\n\nThe finance minister said the plan was sound and would pass.\n"},
		// a live page stored cut short: two headlines with text, no live cue
		{"headline", "What happened during the first weekend of the fires\n\nContainment continues to improve for fires\n\nFirefighters continued to make progress on both fires today.\n\nPalisades, Eaton fires among the worst ever\n\nThe fires are also among the most destructive in the state's history.\n"},
	} {
		lines := strings.Split(c.text, "\n")
		if got := detectShape(lines, false).name(); got != c.name {
			t.Errorf("%s page detected as %s", c.name, got)
		}
	}
	// the text of an HTML page whose markup had no live posts takes more
	article := "Why the port matters\n\nThe port handles a third of the freight.\n\nWhat the unions want\n\nThe unions want a pay rise of five per cent this year.\n"
	if got := detectShape(strings.Split(article, "\n"), true).name(); got != "article" {
		t.Errorf("an HTML article's text with two subheadings detected as %s", got)
	}
}

// A first post whose title has a label and a bar is no page title: the
// posts start with it, not after the next post that has the same label.
func TestLabelledFirstTitle(t *testing.T) {
	text := "Watch | First waves of tsunami crash on Japan’s coasts\nResidents witnessed tsunami waves hitting the coastal areas on Monday.\n" +
		"Situation catastrophic, says Suzu mayor\nUp to 1,000 houses may have been destroyed, according to its mayor.\n" +
		"Watch | Videos show moments earthquakes struck Japan\nResidents in shopping malls caught the moment the quakes struck.\n"
	got := describePosts(headlineShape{}.read(strings.Split(text, "\n")), func(p rawPost) string { return p.label + "|" + p.title })
	want := []string{"Watch|First waves of tsunami crash on Japan’s coasts", "|Situation catastrophic, says Suzu mayor", "Watch|Videos show moments earthquakes struck Japan"}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("posts\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// A date alone above a headline is the post's day, even written twice.
func TestDayAboveHeadline(t *testing.T) {
	text := "Live\n\nSkip next section Berlin: Protesters demand end to Gaza war\n09/13/2025September 13, 2025\nBerlin: Protesters demand end to Gaza war\n" +
		"Thousands of people have gathered in Berlin to demand peace.\nWATCH — Autoland’s reckoning: Are German cars a thing of the past?\nChina is racing ahead in the global auto market.\n"
	got := describePosts(headlineShape{}.read(strings.Split(text, "\n")), func(p rawPost) string { return p.date + "|" + p.label + "|" + p.title })
	want := []string{"September 13, 2025||Berlin: Protesters demand end to Gaza war", "|WATCH|Autoland’s reckoning: Are German cars a thing of the past?"}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("posts\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// A page that prints a post's time twice, as shown and in 24 hours ("8.23pm
// BST" then "20:23"), has one post there, stamped as shown.
func TestTimeFirstTwoClocks(t *testing.T) {
	text := "8.23pm BST\n20:23\nDonor considers new party\nThe biggest donor has said he is considering a new party.\n\n" +
		"8.05pm BST\n20:05\nCorbyn arrives\nThe crowd has grown quite a bit since the rally began.\n"
	pg := timeFirstShape{}.read(strings.Split(text, "\n"))
	if len(pg.posts) != 2 {
		t.Fatalf("%d posts, want 2: %+v", len(pg.posts), pg.posts)
	}
	for i, want := range []struct{ title, time, zone string }{{"Donor considers new party", "8.23pm", "BST"}, {"Corbyn arrives", "8.05pm", "BST"}} {
		p := pg.posts[i]
		if p.title != want.title || p.time != want.time || p.zoneName != want.zone {
			t.Errorf("post %d = %q %q %q, want %+v", i, p.title, p.time, p.zoneName, want)
		}
	}
}

// A blog whose stamps close its posts starts its first post at the
// headline nearest above the first stamp: the page's title, standfirst and
// dateline above are its header (NPR's 2005 web logs).
func TestClosingFirstPost(t *testing.T) {
	text := "Storm Web Log\n\nThis web log is designed to help readers stay up to date. We will update this page.\n\nRead the Latest Posts\n\nSeptember 1, 2005\n\n" +
		"Speaker Softens Comments\n\nThe speaker is backing away from comments he made on Wednesday.\n\nHe said he was not advocating that the city be abandoned.\n\n10:26 p.m. EDT | Sept. 1, 2005 | permalink\n\n" +
		"Thousands Complain of Gouging\n\nComplaints are pouring in to a hotline set up to monitor prices.\n\n9:45 p.m. EDT | Sept. 1, 2005 | permalink\n"
	pg := timeFirstShape{}.read(strings.Split(text, "\n"))
	var titles []string
	for _, p := range pg.posts {
		titles = append(titles, p.title+" @ "+p.time)
	}
	if want := []string{"Speaker Softens Comments @ 10:26 p.m.", "Thousands Complain of Gouging @ 9:45 p.m."}; strings.Join(titles, "|") != strings.Join(want, "|") {
		t.Errorf("posts %q, want %q", titles, want)
	}
}

// A time and a headline on one line, parted by a mark, over the post's
// text: the headline is the title ("12.45pm: Fiscal rules met"); a
// sentence run on from the time, or text with no mark on a page that marks
// none, is the body.
func TestInlineClockTitles(t *testing.T) {
	text := "12.45pm: Fiscal rules met\n\nThe budget office says the government has met all its fiscal rules.\n\n" +
		"12.39: Driver shortages\n\nSunak promises to tackle driver shortages and improve lorry parks.\n\n" +
		"12.30pm: And that is all from us for today, thanks for reading.\n"
	text += "\nUpdates - 4:16 PM ET: A settlement has been reached:\n\nThe judge thanked the jurors after the parties settled.\n" +
		"\n4:10 PM ET: The judge said:\n\n\"We are adjourned until tomorrow morning.\"\n"
	got := describePosts(timeFirstShape{}.read(strings.Split(text, "\n")), func(p rawPost) string { return p.time + " " + p.title })
	want := []string{"12.45pm Fiscal rules met", "12.39 Driver shortages", "12.30pm ", "4:16 PM ", "4:10 PM "}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("posts %q, want %q", got, want)
	}
	// a page whose clocks stand alone marks no headline: the line after
	// its one inline clock is the post's text
	plain := "8:17 p.m. U.S. Senate Floor: Live Youtube Feed\n\nThe senate reconvened after the building was secured.\n\n" +
		"8:00 p.m.\n\nSenators are returning to the Capitol building as of 7:45 p.m.\n\n6:00 p.m.\n\nAuthorities say the building is secure.\n"
	got = describePosts(timeFirstShape{}.read(strings.Split(plain, "\n")), func(p rawPost) string { return p.time + " " + p.title + "|" + firstText(p) })
	wantPosts(t, got, "8:17 p.m. |U.S. Senate Floor: Live Youtube Feed\n8:00 p.m. |Senators are returning to the Capitol building as of 7:45 p.m.\n6:00 p.m. |Authorities say the building is secure.")
}

// AP's "The Latest" pages stamp posts with an hour alone: "6 p.m.".
func TestTimeFirstHourOnly(t *testing.T) {
	text := "The Latest: quake toll rises\n\n6 p.m.\n\nAuthorities say the death toll has been raised to 230.\n\n3:20 p.m.\n\nThe disaster agency is adjusting its death toll.\n"
	lines := strings.Split(text, "\n")
	if got := detectShape(lines, false).name(); got != "time-first" {
		t.Fatalf("shape %s, want time-first", got)
	}
	pg := timeFirstShape{}.read(lines)
	if len(pg.posts) != 2 || pg.posts[0].time != "6 p.m." || pg.posts[1].time != "3:20 p.m." {
		t.Errorf("posts %+v, want 6 p.m. then 3:20 p.m.", pg.posts)
	}
}

// Pages that write a post as headline, time, text take the headline above
// each stamp as its title; a time, headline, text page keeps the headline
// under the stamp (TestDetectShape's time-first page).
func TestTitlesAboveStamps(t *testing.T) {
	text := "Live coverage: Shutdown begins\n\nA partial shutdown began at midnight after the Senate failed to pass a bill.\n\n" +
		"Senate adjourns until Sunday afternoon\n7:54 p.m.\nThe Senate has adjourned until 1 p.m. on Sunday, so the shutdown goes on.\n\n" +
		"House to resume business Sunday\n\n7:27 p.m.\n\nGOP leadership says it does not expect any further votes tonight.\n\n" +
		"McConnell: Senate will sit Sunday\n6:54 p.m.\nThe Senate will be in session on Sunday, the majority leader said.\n"
	got := describePosts(timeFirstShape{}.read(strings.Split(text, "\n")), func(p rawPost) string { return p.time + " " + p.title })
	want := []string{"7:54 p.m. Senate adjourns until Sunday afternoon", "7:27 p.m. House to resume business Sunday", "6:54 p.m. McConnell: Senate will sit Sunday"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("posts %q, want %q", got, want)
	}
	usual := "Live\n\n12.28pm BST\n\nThe minister arrives\n\nThe minister has arrived at the port gate today.\n\n12.05pm BST\n\nPickets blocked the gate\n\nPickets blocked the second entrance at dawn.\n"
	pg := timeFirstShape{}.read(strings.Split(usual, "\n"))
	if len(pg.posts) != 2 || pg.posts[0].title != "The minister arrives" || pg.posts[1].title != "Pickets blocked the gate" {
		t.Errorf("time, headline, text page read as %+v", pg.posts)
	}
}

func TestSignOff(t *testing.T) {
	for _, c := range []struct {
		last, name string
	}{
		{"- Jordain Carney", "Jordain Carney"},
		{"— Daniella Diaz", "Daniella Diaz"},
		{"-- Dave Ornauer", "Dave Ornauer"},
		{"By Felicia Sonmez", "Felicia Sonmez"},
		{"By the end of the night", ""},
		{"- Reuters", ""},
		{"- and the senate left", ""},
		{"- 3 dead in crash", ""},
	} {
		name, rest, ok := signOff([]string{"The Senate has adjourned until Sunday.", c.last, ""})
		if name != c.name || ok != (c.name != "") || ok && len(rest) != 1 {
			t.Errorf("signOff(%q) = %q %v %q, want %q", c.last, name, ok, rest, c.name)
		}
	}
}

// A post number with only its stamp ("1. 19:44:", BBC Sport's older
// commentary) opens a post stamped then, titled by the headline under it
// when one stands over text.
func TestNumberedStamps(t *testing.T) {
	text := "As it happened\n\n  1. 19:44: \n\n    That's a wrap then. We'll be back tomorrow with more football.\n\n" +
		"  2. 19:41: \n    Manager reaction- Rovers 3-0 United\n\n    The Rovers manager was delighted with his side's display today.\n"
	got := describePosts(numberedShape{}.read(strings.Split(text, "\n")), func(p rawPost) string { return p.time + "|" + p.title })
	want := "19:44|\n19:41|Manager reaction- Rovers 3-0 United"
	wantPosts(t, got, want)
	// the BBC's 2013 stamps ("1. 2033:"), and a number the copy dropped
	// with an item the page did not number: the stamped posts go on
	gap := "As it happened\n\n  1. 2033: \n\n    It is time to pack away the championships for another year.\n\n" +
		"    Sue Barker, BBC Sport presenter\n\n    \"The dream is now a reality.\"\n\n" +
		"  3. 2020: \n\n    The mixed doubles title is won in three sets on Centre Court.\n\n" +
		"  4. 2013: \n\n    We are into the final set of the mixed doubles final.\n"
	got = describePosts(numberedShape{}.read(strings.Split(gap, "\n")), func(p rawPost) string { return p.time + "|" + firstText(p) })
	wantPosts(t, got, "2033|It is time to pack away the championships for another year.\n2020|The mixed doubles title is won in three sets on Centre Court.\n2013|We are into the final set of the mixed doubles final.")
	list := "Budget\n\n  1. Going to work is cheaper.\n\n    Fuel duty is frozen again this year for drivers.\n\n  3. Beer is up a penny.\n\n    Brewers say it will hurt pubs.\n"
	if got := describePosts(numberedShape{}.read(strings.Split(list, "\n")), func(p rawPost) string { return p.title }); len(got) != 1 {
		t.Errorf("a gap in unstamped numbers went on: %q", got)
	}
}

// Al Jazeera's copies: a post glued into one line after its relative
// time and clock, the headline running into the text at a capital; or a
// relative time, its clock in brackets and every line after it bulleted.
func TestGluedRelativePosts(t *testing.T) {
	text := "Quake live\n\n13 UpdatesAuto updates\n\n  • 2m ago (06:00 GMT)Photos: Families in the quake zone sleep outsideAntakya, Turkey – Thousands of families spent a third night outdoors.\n" +
		"  • 8m ago\n  •  (05:55 GMT)\n  • Phone networks restored in the south\n  • Mobile networks are back in most of the region, the operator has said.\n"
	got := describePosts(relativeShape{}.read(strings.Split(text, "\n")), func(p rawPost) string { return p.when + "|" + p.time + "|" + p.title + "|" + firstText(p) })
	want := "2m ago|06:00|Photos: Families in the quake zone sleep outside|Antakya, Turkey – Thousands of families spent a third night outdoors.\n" +
		"8m ago|05:55|Phone networks restored in the south|Mobile networks are back in most of the region, the operator has said."
	wantPosts(t, got, want)
}

// A post that opens with its date and time on its text's line ("Jul 25,
// 2018 9:11 pm (IST) PTI chief ...") is stamped with both; a sentence
// opening with a date is not.
func TestDatedInlineStamps(t *testing.T) {
	text := "Election live\n\nJul 25, 2018 9:11 pm (IST) The ruling party is leading in the capital. Counting goes on.\n\n" +
		"Jul 25, 2018 9:08 pm (IST) Both parties are leading in 36 seats each in the province now.\n"
	got := describePosts(timeFirstShape{}.read(strings.Split(text, "\n")), func(p rawPost) string { return p.date + "|" + p.time + "|" + p.zoneName })
	if want := "Jul 25, 2018|9:11 pm|IST\nJul 25, 2018|9:08 pm|IST"; strings.Join(got, "\n") != want {
		t.Errorf("posts\n%s\nwant\n%s", strings.Join(got, "\n"), want)
	}
	if _, _, ok := datedInline("March 3 2019 was the day the 12 members of the board resigned."); ok {
		t.Error("a sentence opening with a date read as a stamp")
	}
}

// Under bulleted stamps, a timetable indented inside a post ("7am:
// Ministers arrived ...") is the post's text, not posts of its own.
func TestIndentedTimetableStaysInPost(t *testing.T) {
	text := "Budget blog\n\n  • 10:36\n    Did you fill up the car last night, or stock up before the tax man?\n  • 10:42\n    Where things stand this morning.\n\n" +
		"    7am: The ministers arrived at their offices for briefings with officials.\n\n    9am: The Cabinet met for the final time before the budget.\n  • 10:55\n    That is a lot of cuts.\n"
	got := describePosts(timeFirstShape{}.read(strings.Split(text, "\n")), func(p rawPost) string { return p.time })
	if want := "10:36 10:42 10:55"; strings.Join(got, " ") != want {
		t.Errorf("times %q, want %q", strings.Join(got, " "), want)
	}
}

// A picture copied as markdown ("![alt](url)") is its alt text as a
// caption, never a paragraph with the address in it.
func TestMarkdownImageIsCaption(t *testing.T) {
	bb := newBlockBuilder(true)
	for _, l := range []string{"![Fans celebrate the winning goal](https://img.example.com/a.jpg?w=640)", "The striker scored in the last minute.", "![not an image] (just brackets)"} {
		bb.add(l)
	}
	got := bb.done()
	if len(got) != 3 || got[0].Kind != model.BlockCaption || got[0].Text != "Fans celebrate the winning goal" || got[1].Kind != model.BlockParagraph || got[2].Kind == model.BlockCaption && strings.Contains(got[2].Text, "https") {
		t.Errorf("blocks %+v", got)
	}
}

// A caption closed by its credit in brackets is a caption, not prose:
// a photo credit, or a photographer and an agency ("(Jane Smith/PA)",
// "(AAP: Sam Brown)").
func TestPhotoCreditCaption(t *testing.T) {
	for _, c := range []struct {
		line string
		ok   bool
	}{
		{"A health worker collects a sample at the terminus in Mumbai. (PTI Photo)", true},
		{"A policeman walks along a street littered with debris in Mexico City. (AP Photo/Miguel Tovar)", true},
		{"The minister said the plan was sound (and would pass)", false},
		{"Fans celebrate in the city centre after the final whistle (Jane Smith/PA)", true},
		{"A firefighter back-burns near the coast on Tuesday. (AAP: Sam Brown)", true},
		{"(Kim Lee / Los Angeles Times)", true},
		{"The union said the offer was final (Unite/GMB)", false},
		{"Talks resumed at noon (Downing Street: No 10)", false},
		{"He was seen at the Image Awards (Los Angeles).", false},
	} {
		if got := captionLike(c.line); got != c.ok {
			t.Errorf("captionLike(%q) = %v, want %v", c.line, got, c.ok)
		}
	}
}

// A page's lead above its first post (standfirst, opening paragraphs) is
// its summary, and what it quotes is read; short furniture and a line
// that announces what follows are not.
func TestHeaderLeadIsSummary(t *testing.T) {
	text := "Grant Shapps loses seat as Tories face wipeout\n\n" +
		"Grant Shapps has lost his seat, becoming the most high profile casualty so far of the night.\n\n" +
		"Mr Shapps said after the result was announced that it was “clear tonight that Britain will have a new government”.\n\n" +
		"The Latest on election night (all times BST):\n\nShare\n\n" +
		"04:07 AM BST\n\nOur live coverage continues\n\nFollow the latest updates in our new liveblog.\n\n" +
		"03:50 AM BST\n\nKeegan loses her seat\n\nThe education secretary has been beaten in Chichester.\n"
	b, err := Load(Config{}, Source{Name: "t", Origin: "t.txt", Data: []byte(text)})
	if err != nil {
		t.Fatal(err)
	}
	if len(b.Summary) != 2 || !strings.HasPrefix(b.Summary[0], "Grant Shapps has lost") || !strings.HasPrefix(b.Summary[1], "Mr Shapps said") {
		t.Fatalf("summary %q, want the two lead paragraphs", b.Summary)
	}
	if len(b.Posts) != 2 {
		t.Errorf("%d posts, want 2", len(b.Posts))
	}
	found := false
	for _, s := range b.Statements {
		if strings.Contains(s.Quote, "clear tonight") {
			found = s.Speaker != ""
		}
	}
	if !found {
		t.Errorf("the lead's quote was not read with a speaker: %+v", b.Statements)
	}
}

// A text cut off inside a paragraph (a page copied or stored short) still
// has a post there: the headline over the cut paragraph is a title.
func TestHeadlineOverCutParagraph(t *testing.T) {
	lines := strings.Split("Live\n\nFrance stresses efforts for lasting ceasefire\n\nThe French president appealed for intensified efforts to reach a lasting ceasefire.\n\n"+
		"US will not permit forced relocation: US VP\n\n(Reuters) - The US vice president told the Egyptian president that under no circumstance the C", "\n")
	heads := headlineHeads(lines)
	if len(heads) != 2 || heads[1].title != "US will not permit forced relocation: US VP" {
		t.Errorf("heads %+v, want the second headline over the cut paragraph", heads)
	}
}

// A byline right under a line makes it a post's title, even of two
// sentences, and the byline is that post's author, not the next post's.
func TestSignedHeadlines(t *testing.T) {
	text := "Budget live\n\nStudents protest outside Parliament House\nBy Bridget Judd\nThey are calling on the government to listen to young people tonight.\n" +
		"Labor’s pledges will cost money. Here are the promises to watch\nBy Bridget Judd\nEnvironment funding has been slashed since 2013, the figures show.\n"
	b, err := Load(Config{}, Source{Name: "t", Origin: "t.txt", Data: []byte(text)})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, p := range b.Posts {
		got = append(got, p.Title+" / "+p.Author.Name)
	}
	want := []string{"Labor’s pledges will cost money. Here are the promises to watch / Bridget Judd", "Students protest outside Parliament House / Bridget Judd"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("posts %q, want %q (oldest first)", got, want)
	}
}

// A headline may follow a list: a bullet line ends where its line does.
func TestHeadlineAfterList(t *testing.T) {
	lines := strings.Split("Live\n\nQuake hits Ecuador\n\nA magnitude 7.8 earthquake has struck the coast of Ecuador tonight.\n\n  • The quake struck at a depth of 20 km\n  • There have been reports of looting\n\n"+
		"Tsunami warning after quake in Ecuador\n\nThe warning center said dangerous waves were possible along the coasts.\n", "\n")
	heads := headlineHeads(lines)
	if len(heads) != 2 || heads[1].title != "Tsunami warning after quake in Ecuador" {
		t.Errorf("heads %+v, want the headline after the list", heads)
	}
}

// A live page's own title and the heading over its key points are no
// posts: "Live Updates: …" then "What We Know So Far" and bullets, then
// the one post the page has so far.
func TestLiveTitleAndSummaryHeading(t *testing.T) {
	text := "Live Updates: Death Toll In Quake Hits 369\n\nThe earthquake left hundreds dead and dozens of buildings collapsed.\n\nWhat We Know So Far\n\n" +
		"  • A magnitude 7.1 earthquake struck central Mexico.\n  • The death toll has risen to at least 369 people.\n\nPosted at\n\n" +
		"Death toll climbs as accusations emerge about collapsed school\n\nThe death toll rose on Tuesday as new accusations emerged about the school.\n"
	b, err := Load(Config{}, Source{Name: "t", Origin: "t.txt", Data: []byte(text)})
	if err != nil {
		t.Fatal(err)
	}
	if len(b.Posts) != 1 || b.Posts[0].Title != "Death toll climbs as accusations emerge about collapsed school" {
		t.Fatalf("posts %+v, want the one post", b.Posts)
	}
	if len(b.Summary) != 3 {
		t.Errorf("summary %q, want the standfirst and the two key points", b.Summary)
	}
}

// The page's title is its first line that is not furniture ("IE 11 is not
// supported", "EVENT ENDED"); a label such as ICYMI is split off a title.
func TestLiveTitleUnderFurniture(t *testing.T) {
	lines := strings.Split("IE 11 is not supported. For an optimal experience visit our site on another browser.\nEVENT ENDED\nLast updated\n\n"+
		"Midterm elections 2018: live results\n\nDemocrats have won a majority in the House of Representatives tonight.\n\n"+
		"ICYMI: Democrats win back House, GOP keeps Senate\n\nThank you so much for tuning in to our election night live blog.\n\n"+
		"Tester wins in Montana Senate race\n\nThe projection came on Wednesday afternoon, hours after polls closed.\n", "\n")
	got := describePosts(headlineShape{}.read(lines), func(p rawPost) string { return p.label + "|" + p.title })
	if want := []string{"ICYMI|Democrats win back House, GOP keeps Senate", "|Tester wins in Montana Senate race"}; strings.Join(got, ";") != strings.Join(want, ";") {
		t.Errorf("posts %q, want %q", got, want)
	}
}

// AFP runs a post's title into its text on the stamp's line, with dashes;
// a page's dateline or a label before the stamp is no text of the post.
func TestDashTitlesAndDatelines(t *testing.T) {
	text := "Protests: Live Report\n\nHong Kong (AFP) - 10:52 GMT - Tensions mounting near police - Protester numbers swell as activists dig in.\n\n" +
		"10:16 GMT - Protests orderly so far - A number of tweets point to the peaceful nature of the protests.\n\n" +
		"LATEST: 09:56 GMT - Britain concerned - The Foreign Office says the government is concerned.\n"
	got := describePosts(timeFirstShape{}.read(strings.Split(text, "\n")), func(p rawPost) string { return p.label + "|" + p.time + "|" + p.title + "|" + firstText(p) })
	want := []string{
		"|10:52|Tensions mounting near police|Protester numbers swell as activists dig in.",
		"|10:16|Protests orderly so far|A number of tweets point to the peaceful nature of the protests.",
		"LATEST|09:56|Britain concerned|The Foreign Office says the government is concerned.",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("posts\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// Two clocks in a row are one post only when they show the same time; a
// post with no text yet ("00.19" then "00.18") is still a post.
func TestEmptyPostsKept(t *testing.T) {
	text := "Live\n\n00.19\n\n00.18\n\nMetallica have finished their set to a huge roar from the crowd.\n\n8.23pm BST\n20:23\nThe last act is on stage now, an hour late.\n"
	got := describePosts(timeFirstShape{}.read(strings.Split(text, "\n")), func(p rawPost) string { return p.time })
	if want := "00.19 00.18 8.23pm"; strings.Join(got, " ") != want {
		t.Errorf("times %q, want %q", got, want)
	}
}

// A page that opens each post with its day ("Sunday, March 6: ...",
// "Thursday 4.15pm: ...") is time-first when two lines or more do; one
// such line is a sentence.
func TestDatedLeads(t *testing.T) {
	text := "Quake: cordons relaxed\n\nSunday, March 6: Civil Defence has lifted the cordon in some areas this morning.\n\nThe centre is divided into five zones.\n\n" +
		"Friday: The official death toll has been lifted to 166 people.\n\nThursday 4.15pm: The search for survivors has moved to recovery.\n"
	lines := strings.Split(text, "\n")
	if got := detectShape(lines, false).name(); got != "time-first" {
		t.Fatalf("shape %s, want time-first", got)
	}
	got := describePosts(timeFirstShape{}.read(lines), func(p rawPost) string { return p.date + "|" + p.time })
	if want := "Sunday, March 6||Friday||Thursday|4.15pm"; strings.Join(got, "|") != want {
		t.Errorf("stamps %q, want %q", strings.Join(got, "|"), want)
	}
	one := strings.Split("Talks\n\nMonday: The minister said the talks would resume next week in Geneva.\n\nThe talks stalled.\n", "\n")
	if got := detectShape(one, false).name(); got == "time-first" {
		t.Error("one dated sentence read as a time-first page")
	}
}

// Four-digit times glued to a post's first words ("2033 The Dáil has
// adjourned") make a time-first page when three lines or more run one way
// across more than one hour; years opening lines do not.
func TestGluedClocks(t *testing.T) {
	text := "Budget live\n\n2033 The Dáil has adjourned for the evening and updates have ended.\n\n2000 The opposition spokesman has slammed what he called an outrageous Budget.\n\n" +
		"1937 In the Dáil debate the minister has revealed that benefits are to be cut.\n"
	lines := strings.Split(text, "\n")
	got := describePosts(timeFirstShape{}.read(lines), func(p rawPost) string { return p.time })
	if want := "2033 2000 1937"; strings.Join(got, " ") != want {
		t.Errorf("times %q, want %q", got, want)
	}
	years := strings.Split("A decade\n\n2019 Was a year of protests across the whole of the region.\n\n2020 Brought the pandemic and the lockdowns that followed it.\n\n2021 Saw the vaccines arrive in most of the countries here.\n", "\n")
	if n := len(timeHeads(years)); n != 0 {
		t.Errorf("a list of years read as %d stamped posts", n)
	}
}

// A line of writer, date and time with the text glued on (CNET's live
// blogs) is a post by that writer at that time.
func TestSignedStamps(t *testing.T) {
	text := "Apple Event Live Blog\nApple will be unveiling its latest products at its big event today.\n" +
		"Shara Tibken 9/7/2016 4:57:09 PMNow that I've posted the pictures of the food, we're about to start.\n" +
		"Scott Stein 9/7/2016 4:57:41 PMBest comment I just read today came from a reader.\n"
	got := describePosts(timeFirstShape{}.read(strings.Split(text, "\n")), func(p rawPost) string { return p.author.Name + "|" + p.date + "|" + p.time + "|" + firstText(p) })
	want := []string{"Shara Tibken|9/7/2016|4:57:09 PM|Now that I've posted the pictures of the food, we're about to start.",
		"Scott Stein|9/7/2016|4:57:41 PM|Best comment I just read today came from a reader."}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("posts\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// "Thursday's key points" over the bullets is the summary's heading too.
func TestDatedSummaryHeading(t *testing.T) {
	lines := strings.Split("Ukraine war live updates: the city has fallen\n\nThe war is on the eve of its 100th day.\n\nThursday's key points\n\n"+
		"- The city is close to falling, says the governor.\n- More weapons will be sent.\n\nSlovakia to deliver artillery\n\nSlovakia will deliver artillery to Ukraine, its defence minister says.\n", "\n")
	heads := headlineHeads(lines)
	if len(heads) != 1 || heads[0].title != "Slovakia to deliver artillery" {
		t.Errorf("heads %+v, want only the post", heads)
	}
}

// Live-blog platforms close each post with its dated stamp, and a post
// that only shows a picture is its bullet's stamp alone; icons leave their
// alt text in the title: "MAN CITY v LIVERPOOL [football]".
func TestClosingStampsUnderBullets(t *testing.T) {
	text := "Christmas Football Live!\n\n" +
		"  • MISS! SPURS 1-1 WBA [tottenham] \n    Holtby pings one wide from the edge of the box\n    12/26/2013 4:21:33 PM\n\n" +
		"  • 12/26/2013 5:25:00 PM\n" +
		"  • MAN CITY v LIVERPOOL [football]\n    The teams are on their way - all the action here \n    12/26/2013 5:27:23 PM\n\n" +
		"  • [goal] GOAL! BLACKPOOL 0-1 LEEDS (Peltier)\n    12/26/2013 5:40:40 PM\n" +
		"  •  FLASH! MAN CITY 0-0 LIVERPOOL [football]Negredo struts his stuff with a flash back-heel\n    12/26/2013 5:38:30 PM\n"
	lines := strings.Split(text, "\n")
	if s := detectShape(lines, false); s.name() != "bullet" {
		t.Fatalf("shape %s, want bullet: the stamps close the bullets' posts", s.name())
	}
	got := describePosts(bulletShape{}.read(lines), func(p rawPost) string { return p.date + " " + p.time + "|" + p.title + "|" + firstText(p) })
	want := []string{"12/26/2013 4:21:33 PM|MISS! SPURS 1-1 WBA|Holtby pings one wide from the edge of the box",
		"12/26/2013 5:25:00 PM||",
		"12/26/2013 5:27:23 PM|MAN CITY v LIVERPOOL|The teams are on their way - all the action here",
		"12/26/2013 5:40:40 PM|GOAL! BLACKPOOL 0-1 LEEDS (Peltier)|",
		"12/26/2013 5:38:30 PM|FLASH! MAN CITY 0-0 LIVERPOOL|Negredo struts his stuff with a flash back-heel"}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("posts\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// A rule line ("-") between untitled posts is a marker; the stamp a
// platform prints under a post, with its writer, is the post's.
func TestRuleMarkersAndSignedClosingStamps(t *testing.T) {
	text := "Google I/O Keynote\nGoogle will hold the keynote at its developer conference today.\n-\n" +
		"Press at IO is liveblogging using an unusually rich variety of devices.\n-\n" +
		"Seen in the press holding rooms at Google IO. They took the placards away.\nby backlon via twitter 5/28/2015 4:29:03 PM -\n" +
		"So it seems that Google is not being very good about keeping their stuff under wraps.\n-\n"
	lines := strings.Split(text, "\n")
	if s := detectShape(lines, false); s.name() != "marker" {
		t.Fatalf("shape %s, want marker", s.name())
	}
	got := describePosts(markerShape{}.read(lines), func(p rawPost) string {
		return p.author.Name + "|" + p.time + "|" + firstText(p) + "|" + strings.Repeat("+", len(p.blocks))
	})
	want := []string{"||Google will hold the keynote at its developer conference today.|+",
		"||Press at IO is liveblogging using an unusually rich variety of devices.|+",
		"backlon|4:29:03 PM|Seen in the press holding rooms at Google IO. They took the placards away.|+",
		"||So it seems that Google is not being very good about keeping their stuff under wraps.|+"}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("posts\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// A date alone above a clock is the post's day, not its title nor the
// last line of the post before.
func TestDayAboveClock(t *testing.T) {
	text := "Taoiseach resigns\nThe Dáil sits at 10am.\n17 Dec 2022\n10:36AM\nMartin confirms that he has tendered his resignation.\n" +
		"He tells the Dáil it was a privilege to serve.\n17 Dec 2022\n10:38AM\nMartin references the pandemic, which was in full swing.\n"
	got := describePosts(timeFirstShape{}.read(strings.Split(text, "\n")), func(p rawPost) string {
		return p.date + "|" + p.time + "|" + p.title + "|" + p.blocks[len(p.blocks)-1].Text
	})
	want := []string{"17 Dec 2022|10:36AM||He tells the Dáil it was a privilege to serve.",
		"17 Dec 2022|10:38AM||Martin references the pandemic, which was in full swing."}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("posts\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// Four-digit times glued to the text with a colon, "1632: According to
// ...", are the page's posts even beside a ticker's one clock, and may
// run newest first with one post out of place.
func TestGluedClocksWithColon(t *testing.T) {
	text := "Scottish independence referendum LIVE\n1632: According to El Pais the first minister has indicated his intention to resign.\n" +
		"FTSE 100\n8,056.76\n15:25 14/11/24\n1418: Deputy Prime Minister Nick Clegg was cited by Press Association as saying he welcomed it.\n" +
		"1250: Ratings agency Fitch says the referendum has no implications for the rating.\n1023: Data from Bank of America shows that bond funds saw redemptions.\n" +
		"1027: Jose Manuel Barroso said he was pleased with the result of the referendum.\n"
	got := describePosts(timeFirstShape{}.read(strings.Split(text, "\n")), func(p rawPost) string { return p.time })
	if want := "1632 1418 1250 1023 1027"; strings.Join(got, " ") != want {
		t.Errorf("times %q, want %q", strings.Join(got, " "), want)
	}
}

// A headline with its source's tag and a colon on the stamp's line
// titles the text under it; a lead-in's "said:" does not.
func TestSourceTaggedTitles(t *testing.T) {
	text := "MUMBAI TERROR, DAY 4\n\n3:02 am EST: Siege at Taj Mahal hotel over, officials say (BBC):\nPolice commissioner Hassan Gafoor said the hotel was now under control.\n" +
		"3:34 am EST: The police chief said:\nSoldiers were still combing the hotel, going room to room.\n"
	got := describePosts(timeFirstShape{}.read(strings.Split(text, "\n")), func(p rawPost) string { return p.time + " " + p.zoneName + "|" + p.title })
	want := []string{"3:02 am EST|Siege at Taj Mahal hotel over, officials say (BBC)", "3:34 am EST|"}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("posts\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// The BBC's older local pages sign a post with a name line and a role line
// under its title; a caption's credit stands alone on the line under it.
func TestNameRoleBylines(t *testing.T) {
	text := "BBC Local Live: Merseyside\n\nLive Reporting\n\nWeather: Cloudy with outbreaks of rain\n\nDianne Oxberry\n\nWeather presenter, BBC North West Tonight\n\n" +
		"It will be cloudy with outbreaks of rain spreading across the area this evening.\n\nWeather graphic\nBBC\n\nRain will spread to all parts during Wednesday morning.\n\n" +
		"At the scene: Anfield Stadium latest\n\nMarc Gaier\n\nReporter, BBC Radio Merseyside\n"
	got := describePosts(headlineShape{}.read(strings.Split(text, "\n")), func(p rawPost) string {
		kinds := ""
		for _, b := range p.blocks {
			kinds += string(b.Kind)[:1]
		}
		return p.title + "|" + p.author.Name + "|" + kinds
	})
	want := []string{"Weather: Cloudy with outbreaks of rain|Dianne Oxberry|pcp", "At the scene: Anfield Stadium latest|Marc Gaier|"}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("posts\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// A stamp glued to the end of a run of links opens the next post; a
// "Related:" link above a stamp is no title.
func TestGluedTrailingStamp(t *testing.T) {
	text := "Tottenham 1-0 Chelsea: as it happened\nRead the match reportPolice arrest youth before Spurs v Chelsea11.29pm GMT\n" +
		"Related: Harry Hollywood has the cutting edge for Spurs\n10.33pm GMT\nSo that’s your lot. Spurs take a one-goal lead to Stamford Bridge.\n" +
		"Related: Kane makes most of VAR\n10.30pm GMT\nAnd now a word with the Chelsea manager about the result tonight.\n"
	got := describePosts(timeFirstShape{}.read(strings.Split(text, "\n")), func(p rawPost) string { return p.time + "|" + p.title })
	want := []string{"11.29pm|", "10.33pm|", "10.30pm|"}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("posts\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// The last line of a page stored cut short is a headline only when it
// does not open like a paragraph.
func TestCutLastLine(t *testing.T) {
	for _, c := range []struct {
		last  string
		title bool
	}{
		{"He said: \"The wind i", false},
		{"It comes after a number of high profil", false},
		{"Well police are at the st", false},
		{"Teal independent challenger Zoe Daniel has told reporters she woke up today to negative posters abou", false},
		{"The ball is in your court, Sask. premier say", false}, // a comma: a cut sentence as far as a reader can tell
		{"Head of Police Scotland announces resignation", true},
	} {
		text := "Live\n\nStrachan disappointed with defeat\n\nGordon Strachan said setbacks are inevitable on the road.\n\n" + c.last
		got := describePosts(headlineShape{}.read(strings.Split(text, "\n")), func(p rawPost) string { return p.title })
		if found := slices.Contains(got, c.last); found != c.title {
			t.Errorf("last line %q: a title %v, want %v (posts %q)", c.last, found, c.title, got)
		}
	}
}

// "UPDATE:" before a dated stamp, and a wide gap between a stamp and its
// headline, are the page's ways of writing a post's head.
func TestUpdateStampsAndGappedTitles(t *testing.T) {
	text := "Live blog\nUPDATE: 4/17/13 1:50 PM ET\nPossible leads on suspect\nFollow our live blog on the bombing for more updates.\n" +
		"UPDATE: 4/16/13 7:00 PM ET\nSigning off\nAs the second day draws to a close, the death toll still stands at 3.\n" +
		"23:55   Islamic State chief killed by US drone: Report\nThe leader of the group's branch has been killed in a drone strike.\n"
	got := describePosts(timeFirstShape{}.read(strings.Split(text, "\n")), func(p rawPost) string { return p.date + " " + p.time + " " + p.zoneName + "|" + p.title })
	want := []string{"4/17/13 1:50 PM ET|Possible leads on suspect", "4/16/13 7:00 PM ET|Signing off", " 23:55 |Islamic State chief killed by US drone: Report"}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("posts\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// A desk's byline between a stamp and the headline signs the post; the
// headline under it is the title.
func TestBylineUnderStamp(t *testing.T) {
	text := "Live updates\n\n12:01 AM\nThe New Arab Staff\n\nThis live blog has now concluded for the night.\n\n11:42 PM\nThe New Arab Staff\n\n" +
		"Israeli army says targeting Hezbollah targets in Lebanon\n\nThe army said it was striking targets in southern Lebanon.\n"
	got := describePosts(timeFirstShape{}.read(strings.Split(text, "\n")), func(p rawPost) string { return p.time + "|" + p.author.Name + "|" + p.title })
	want := []string{"12:01 AM|The New Arab Staff|", "11:42 PM|The New Arab Staff|Israeli army says targeting Hezbollah targets in Lebanon"}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("posts\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// A writer, a time and a headline on one line open a post; a paragraph
// that ends ", Name writes." or opens "Name writes..." signs it.
func TestSignedClockAndWrites(t *testing.T) {
	text := "PoliticsNow: election day\n\nMorrison delivers a political miracle\n\nScott Morrison has pulled off one of the biggest recoveries in modern history, Sid Maher writes.\n\n" +
		"Joe Kelly 12.18am: Campaign tactics hailed\n\nThe Liberal campaign was praised by party figures late on Saturday night.\n"
	got := describePosts(headlineShape{}.read(strings.Split(text, "\n")), func(p rawPost) string { return p.time + "|" + p.author.Name + "|" + p.title })
	want := []string{"|Sid Maher|Morrison delivers a political miracle", "12.18am|Joe Kelly|Campaign tactics hailed"}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("posts\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if got := writesSignOff([]string{"Harry McGee writes..."}); got != "Harry McGee" {
		t.Errorf("writesSignOff = %q", got)
	}
	if got := writesSignOff([]string{"The minister said the plan was sound, he writes."}); got != "" {
		t.Errorf("writesSignOff took a pronoun: %q", got)
	}
	if got := writesSignOff([]string{"Polls have closed in the east, The Canadian Press reports."}); got != "" {
		t.Errorf("writesSignOff took an agency for the writer: %q", got)
	}
}

// A writer's name alone above every post signs each and starts it.
func TestRepeatedSignatures(t *testing.T) {
	text := "As it happened: Taoiseach faces Leaders’ Questions\n\nThe Taoiseach is facing questions from the opposition this afternoon.\n\nCiara Phelan\n\nLeaders’ Questions has wrapped up\n\n" +
		"The Taoiseach has finished taking questions from Opposition TDs.\n\nCiara Phelan\n\nTaoiseach on resumption of indoor hospitality\n\nThe Taoiseach has said the phrase is an appalling one to use.\n\n" +
		"Ciara Phelan\n\nTipperary TD wants a debate on the use of vaccine certs\n\nHe has described vaccine passports as shocking.\n"
	got := describePosts(headlineShape{}.read(strings.Split(text, "\n")), func(p rawPost) string { return p.author.Name + "|" + p.title })
	want := []string{"Ciara Phelan|Leaders’ Questions has wrapped up", "Ciara Phelan|Taoiseach on resumption of indoor hospitality", "Ciara Phelan|Tipperary TD wants a debate on the use of vaccine certs"}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("posts\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// A relative stamp over one headline line and nothing else is a post with
// that title (NBC's "5 years ago / 12:31 AM EST" over its headline).
func TestRelativeHeadlineOnly(t *testing.T) {
	text := "Super Tuesday live\n\n5 years ago / 12:31 AM EST\n\nVoters waited at least 5 hours in one Texas polling station\n\n" +
		"5 years ago / 12:22 AM EST\n\nTrump camp publicly batting down Joe-mentum\n\nThe president has been watching the returns roll in tonight.\n"
	got := describePosts(relativeShape{}.read(strings.Split(text, "\n")), func(p rawPost) string { return p.when + " " + p.time + "|" + p.title })
	want := []string{"5 years ago 12:31 AM|Voters waited at least 5 hours in one Texas polling station", "5 years ago 12:22 AM|Trump camp publicly batting down Joe-mentum"}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("posts\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// Press Association's deadline-day stamps: a four-digit time, a dash, a
// label in capitals, a dash; a stored page's date glued before the first.
func TestDashedGluedClocks(t *testing.T) {
	text := " date 2023-09-01 0005 – DONE DEAL – A couple of very late moves have been confirmed tonight.\n\n" +
		"2350 – DONE DEAL – Kilmarnock have signed former Rangers youth striker Andy Dallas.\n\n2345 – DONE DEAL – Brentford have announced the return of striker Neal Maupay.\n\n" +
		"2330 – DONE DEAL – Wolves have signed Jean-Ricner Bellegarde on a five-year deal.\n"
	lines := strings.Split(storedDate(text), "\n")
	got := describePosts(timeFirstShape{}.read(lines), func(p rawPost) string { return p.time + "|" + p.label + "|" + firstText(p) })
	want := []string{"0005|DONE DEAL|A couple of very late moves have been confirmed tonight.", "2350|DONE DEAL|Kilmarnock have signed former Rangers youth striker Andy Dallas.",
		"2345|DONE DEAL|Brentford have announced the return of striker Neal Maupay.", "2330|DONE DEAL|Wolves have signed Jean-Ricner Bellegarde on a five-year deal."}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("posts\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// CBC's posts: a bullet that is only the day over the first headline, and
// the writer's name alone under each headline.
func TestDayBulletAndNameUnderTitle(t *testing.T) {
	text := "Updates\n\nLatest first\n  • January 26\n\n    Mississauga keeping city buildings closed until Noon\n\n    John Rieti\n\n    Mississauga was one of the hardest-hit cities during the storm.\n\n" +
		"  • Finch West LRT service also hit by snow\n\n    Ethan Lang\n\n    There is no service between Finch West and Humber College stations.\n"
	got := describePosts(bulletShape{}.read(strings.Split(text, "\n")), func(p rawPost) string { return p.date + "|" + p.author.Name + "|" + p.title })
	want := []string{"January 26|John Rieti|Mississauga keeping city buildings closed until Noon", "|Ethan Lang|Finch West LRT service also hit by snow"}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("posts\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// Glued times within one hour are a page's stamps when no year is that
// hour; years opening lines are not.
func TestGluedClocksOneHour(t *testing.T) {
	text := "Election Count\n\n1458 Dublin Mid West declaration: No one reached the quota on first count.\n\n1453 The quota in Dublin West was 8,495 out of a total valid vote.\n\n1447 Joan Burton elected on first count in Dublin West today.\n"
	if got := describePosts(timeFirstShape{}.read(strings.Split(text, "\n")), func(p rawPost) string { return p.time }); strings.Join(got, " ") != "1458 1453 1447" {
		t.Errorf("times %q, want 1458 1453 1447", got)
	}
	years := "Timeline\n\n2001 The company was founded in a garage in Ohio.\n\n2005 The company opened its first store in the city.\n\n2009 The company listed its shares on the exchange.\n"
	if heads := timeHeads(strings.Split(years, "\n")); len(heads) != 0 {
		t.Errorf("years read as %d stamps", len(heads))
	}
}

// A headline in capitals before its time and a colon ("STRIKE 07:12:
// Radio 4") opens a post, with its source after the colon; a four-digit
// time with a colon within the hour of those stamps opens one too, and a
// newsroom byline after it signs the post. A line repeating the headline
// under it is the picture's caption.
func TestCapsTitleBeforeClock(t *testing.T) {
	text := "As it happened: Strike day\n\n0700: Sarah Jones Political correspondent, BBC News\n\nGood morning and welcome to our coverage of the strike.\n\n" +
		"STRIKE 07:12: Radio 4\n\nThe union's leader tells the programme that talks have failed.\n\n" +
		"GRIDLOCK! 07:20:\nGridlock!\n\nTraffic is at a standstill on every road into the city this morning.\n\n" +
		"LATEST: 07:31: The talks will resume at noon, the union says.\n"
	got := describePosts(timeFirstShape{}.read(strings.Split(text, "\n")), func(p rawPost) string {
		return p.time + "|" + p.title + "|" + p.author.Name + "|" + firstText(p)
	})
	want := []string{
		"0700||Sarah Jones|Good morning and welcome to our coverage of the strike.",
		"07:12|STRIKE|Radio 4|The union's leader tells the programme that talks have failed.",
		"07:20|GRIDLOCK!||Traffic is at a standstill on every road into the city this morning.",
		"07:31|||The talks will resume at noon, the union says.",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("posts\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// wantPosts fails when the posts described, one a line, are not want.
func wantPosts(t *testing.T, got []string, want string) {
	t.Helper()
	if strings.Join(got, "\n") != want {
		t.Errorf("posts\n%s\nwant\n%s", strings.Join(got, "\n"), want)
	}
}

// describePosts describes each post a shape read, one string a post, for
// tables that compare a page's posts in a line.
func describePosts(pg page, f func(rawPost) string) []string {
	out := make([]string, 0, len(pg.posts))
	for _, p := range pg.posts {
		out = append(out, f(p))
	}
	return out
}

// firstText is a post's first block, "" when it has none.
func firstText(p rawPost) string {
	if len(p.blocks) == 0 {
		return ""
	}
	return p.blocks[0].Text
}

// A stamp closed by its writer after a comma ("22:32 , Daniel Keane")
// opens a post by that writer, titled by the headline above it when the
// page puts headlines over its stamps.
func TestClockSigned(t *testing.T) {
	text := "Strike live\n\nThanks for following\n\n22:32 , Jane Smith\n\nThat is all from us this evening, we will be back in the morning.\n\n" +
		"Mayor says talks must resume\n\n21:47 , Jane Smith\n\nThe mayor said both sides should meet again before the weekend.\n"
	got := describePosts(timeFirstShape{}.read(strings.Split(text, "\n")), func(p rawPost) string { return p.time + "|" + p.title + "|" + p.author.Name })
	want := "22:32|Thanks for following|Jane Smith\n21:47|Mayor says talks must resume|Jane Smith"
	wantPosts(t, got, want)
	for _, l := range []string{"22:32 , the mayor said", "10:05, 2 June 2024", "9:15am, Jane Smith and others in the room"} {
		if _, _, ok := clockSigned(l); ok {
			t.Errorf("clockSigned(%q) read a writer", l)
		}
	}
}

// A match report stamps each post with the minute of play alone on its
// line ("88 mins", "45+2'"): three or more running one way are the page's
// stamps, each the post's label; a stray "10 mins" is none.
func TestMatchMinutes(t *testing.T) {
	for _, c := range []struct {
		line string
		n    int
		ok   bool
	}{
		{"90 mins", 90, true}, {"45+2 min", 47, true}, {"86'", 86, true}, {"90+4’", 94, true}, {"7 minutes", 7, true},
		{"10 mins ago", 0, false}, {"2019 mins", 0, false}, {"90", 0, false}, {"5 min read", 0, false},
	} {
		if n, ok := matchMinute(c.line); n != c.n || ok != c.ok {
			t.Errorf("matchMinute(%q) = %d %v", c.line, n, ok)
		}
	}
	text := "Cup final live\n\nRovers lead United in the final at the national stadium this evening.\n\n88 mins\n\nRovers are holding on as United throw everyone forward for a corner.\n\n" +
		"71 mins\n\nGOAL FOR ROVERS – Sam Jones\n\nA low shot from the edge of the box beats the keeper at his near post.\n\n" +
		"64 mins\n\nCHANCE FOR UNITED\n\nA header from the corner is cleared off the line by the full-back.\n\n52 mins\n\nThe second half is under way with no changes at the break for either side.\n"
	got := describePosts(timeFirstShape{}.read(strings.Split(text, "\n")), func(p rawPost) string { return p.label + "|" + p.title })
	want := "88 mins|\n71 mins|GOAL FOR ROVERS – Sam Jones\n64 mins|CHANCE FOR UNITED\n52 mins|"
	wantPosts(t, got, want)
	stray := "Storm live\n\n10 mins\n\nThat is how long the power was out in the town centre this morning.\n"
	if n := len(timeHeads(strings.Split(stray, "\n"))); n != 0 {
		t.Errorf("a stray minute line read as %d stamps", n)
	}
}

// A post that is one headline under its clock is titled by it ("8:05
// p.m." over "16 Liberals leading or elected"), unless it is a cry, points
// at something the copy left out ("Here's our guide ..."), or is the last
// line of a page that may be cut short.
func TestLoneHeadlineUnderClock(t *testing.T) {
	text := "Election night live\n\n8:15 p.m.\n\nPolls have closed in the west and the first results are expected within the hour.\n\n" +
		"8:05 p.m.\n\nSixteen Liberals leading or elected in the east\n\n7:55 p.m.\n\nHere's our guide to the ridings to watch\n\n" +
		"7:50 p.m.\n\nThe leader arrives at the rally to chants of his name!\n\n7:45 p.m.\n\nThe party's headquarters are at the Queen Elizabeth Hotel\n"
	got := describePosts(timeFirstShape{}.read(strings.Split(text, "\n")), func(p rawPost) string { return p.time + "|" + p.title })
	want := "8:15 p.m.|\n8:05 p.m.|Sixteen Liberals leading or elected in the east\n7:55 p.m.|\n7:50 p.m.|\n7:45 p.m.|"
	wantPosts(t, got, want)
}

// A name alone between a headline and its text signs the post, unless the
// text goes on to name that person: then it is who is pictured or
// speaking, not the writer.
func TestNameUnderHeadlineSpeaksOrSigns(t *testing.T) {
	text := "Updates\n\nLatest first\n  • Schools to close on Friday across the county\n\n    Jane Doe\n\n    Every school in the county will close on Friday, the council has said.\n\n" +
		"  • Be careful out there, says the minister\n\n    Mary Quinn\n\n    Mary Quinn urges people to stay at home while the red warning lasts.\n"
	got := describePosts(bulletShape{}.read(strings.Split(text, "\n")), func(p rawPost) string { return p.title + "|" + p.author.Name })
	want := "Schools to close on Friday across the county|Jane Doe\nBe careful out there, says the minister|"
	wantPosts(t, got, want)
}

// A race or a fight counts its posts off with a word and a number at the
// start of a line: "Lap 35/71 Mercedes are ..." is a post labelled by its
// lap, "Round 3" alone is a post titled by it. One word must count three
// lines or more, a step of one apart; an article's "Phase 1" and "Phase 2"
// paragraphs, or counts all over the place, are no posts.
func TestCounters(t *testing.T) {
	for _, c := range []struct {
		line, label, rest string
		ok                bool
	}{
		{"Lap 35/71 Mercedes are struggling here, Sainz blazing by.", "Lap 35/71", "Mercedes are struggling here, Sainz blazing by.", true},
		{"Round 3", "Round 3", "", true},
		{"Over 12 of 50: Root drives through the covers for four.", "Over 12 of 50", "Root drives through the covers for four.", true},
		{"Phase 1 will see hostages released over six weeks.", "", "", false},
		{"May 12 Protesters gathered in the square again today.", "", "", false},
		{"Round 1 Berto", "", "", false},
		{"Flight 370s wreckage was never found.", "", "", false},
	} {
		got, ok := matchCounter(c.line)
		if ok != c.ok || got.label != c.label || got.rest != c.rest {
			t.Errorf("matchCounter(%q) = %q %q %v", c.line, got.label, got.rest, ok)
		}
	}
	laps := "Grand prix live\n\nKey events\n\nLap 12/58 Norris pits from the lead and rejoins in third behind both Ferraris.\n\n" +
		"Lap 11/58 Leclerc closes to within a second of Norris as the tyres start to go.\n\n" +
		"Lap 10/58 Standings:\n\n1. Norris\n\n2. Leclerc\n\nLap 9/58 Verstappen sets the fastest lap of the race so far.\n"
	got := describePosts(timeFirstShape{}.read(strings.Split(laps, "\n")), func(p rawPost) string { return p.label + "|" + p.title + "|" + firstText(p) })
	wantPosts(t, got, "Lap 12/58||Norris pits from the lead and rejoins in third behind both Ferraris.\n"+
		"Lap 11/58||Leclerc closes to within a second of Norris as the tyres start to go.\nLap 10/58||Standings:\n"+
		"Lap 9/58||Verstappen sets the fastest lap of the race so far.")
	rounds := "Title fight: round by round\n\nThe champion makes his way to the ring.\n\nRound 1\nBoth men feel each other out with the jab.\n\n" +
		"Round 2\nThe challenger lands a left hook to the body.\n\nRound 3\nA cut opens over the champion's eye.\n"
	got = describePosts(timeFirstShape{}.read(strings.Split(rounds, "\n")), func(p rawPost) string { return p.title })
	wantPosts(t, got, "Round 1\nRound 2\nRound 3")
	for _, text := range []string{
		"Deal explained\n\nPhase 1 will see hostages released over six weeks in exchange for prisoners.\n\nPhase 2 would begin talks on a permanent end to the war.\n\nPhase 3 starts the rebuilding under an international plan.\n",
		"Votes\n\nRoom 12 Voters queued from dawn at the school hall.\n\nRoom 4 Turnout was slow in the morning here.\n\nRoom 30 The count is under way.\n",
	} {
		if n := len(timeHeads(strings.Split(text, "\n"))); n != 0 {
			t.Errorf("%q: %d counter stamps", text[:12], n)
		}
	}
}

// A clock that says am or pm ends where a short headline starts ("8.52pm
// Labour hopeful of turning Waitaki"): the line opens a post, titled by
// the headline on a page that marks most headlines off their clocks
// ("9.06pm - ..."), and carrying it as text on a page that never does. A
// stamped headline over a list ("11.58pm: Further electorate results",
// then a line a seat) is the list's title.
func TestHeadlinesAfterClocks(t *testing.T) {
	marked := "Election night live\n\n9.08pm - Relief as the sitting member pulls ahead in the south\n\nSupporters at the club were pleased with the early count tonight.\n\n" +
		"9.06pm - Party vote tight in the city seat\n\nWith 40% counted the two big parties are level on the party vote.\n\n" +
		"8.52pm Labour hopeful of turning the seat\n\nThe candidate is supported by family and volunteers at the party office.\n"
	got := describePosts(timeFirstShape{}.read(strings.Split(marked, "\n")), func(p rawPost) string { return p.time + "|" + p.title })
	wantPosts(t, got, "9.08pm|Relief as the sitting member pulls ahead in the south\n9.06pm|Party vote tight in the city seat\n8.52pm|Labour hopeful of turning the seat")
	plain := "Song contest live\n\n12.20am And with that I bid you goodnight!\n\nThanks for joining me for one of the closest contests in years.\n\n" +
		"11.47pm THEY LEFT OUT OUR SONG AGAIN\n\n11.44pm A reminder of how the next stage of the voting works: the public votes are combined.\n"
	got = describePosts(timeFirstShape{}.read(strings.Split(plain, "\n")), func(p rawPost) string { return p.time + "|" + p.title + "|" + firstText(p) })
	wantPosts(t, got, "12.20am||And with that I bid you goodnight!\n11.47pm||THEY LEFT OUT OUR SONG AGAIN\n11.44pm||A reminder of how the next stage of the voting works: the public votes are combined.")
	list := "Results live\n\n12.01am: The leader says the next few weeks will be full of rumours.\n\n11.58pm: Further electorate results\n\nBay of Plenty - National Todd Muller\n\nPort Hills - Labour Ruth Dyson\n\n" +
		"11.56pm: The leader says coalition talks will be based on respect.\n"
	got = describePosts(timeFirstShape{}.read(strings.Split(list, "\n")), func(p rawPost) string { return p.time + "|" + p.title })
	wantPosts(t, got, "12.01am|\n11.58pm|Further electorate results\n11.56pm|")
	schedule := "Trial live\n\n5:00 am 9:00 am\n\nCurrent show\n\nThe Morning Show\n"
	if n := len(timeHeads(strings.Split(schedule, "\n"))); n != 0 {
		t.Errorf("a radio schedule's '5:00 am 9:00 am' read as %d stamps", n)
	}
}

// A stamp in brackets opening a line, maybe with its update word, marks
// the post's text off: "[Update 11:02 p.m.]  Superstorm Sandy continues
// ...". Brackets around anything but a clock open no post.
func TestBracketStamps(t *testing.T) {
	text := "Storm live\n\nThe storm smashed ashore last night. Here is the latest as we learn it.\n\n" +
		"[Update 11:02 p.m.]  The storm continues to weaken over Pennsylvania tonight.\n\n" +
		"[Update 10:57 p.m.]  About 6.6 million customers are without power in 15 states.\n\n" +
		"(10:47 p.m.) Halloween activities at the White House have been canceled.\n\n" +
		"[Editor's note] This page is no longer being updated.\n"
	got := describePosts(timeFirstShape{}.read(strings.Split(text, "\n")), func(p rawPost) string { return p.time + "|" + firstText(p) })
	wantPosts(t, got, "11:02 p.m.|The storm continues to weaken over Pennsylvania tonight.\n10:57 p.m.|About 6.6 million customers are without power in 15 states.\n"+
		"10:47 p.m.|Halloween activities at the White House have been canceled.")
}

// A ball-by-ball commentary opens each post with the over and the ball
// ("14.6 overs (1 Run) Shortish and ..."), the count the post's label; a
// price or a score with one decimal is no ball.
func TestBalls(t *testing.T) {
	text := "Live score\n\nLive updates of today's match from Dubai.\n\n14.6 overs (1 Run) Shortish and just outside off, pushed for a single.\n" +
		"14.5 overs (0 Run) Quicker one on middle, misses and is hit on the pad.\n14.4 overs (4 Runs) Overpitched and driven through the covers for four.\n" +
		"DRINKS! 28 runs needed in 36 balls.\n"
	got := describePosts(timeFirstShape{}.read(strings.Split(text, "\n")), func(p rawPost) string { return p.label + "|" + firstText(p) })
	wantPosts(t, got, "14.6 overs (1 Run)|Shortish and just outside off, pushed for a single.\n14.5 overs (0 Run)|Quicker one on middle, misses and is hit on the pad.\n"+
		"14.4 overs (4 Runs)|Overpitched and driven through the covers for four.")
	for _, l := range []string{"14.65 Shares closed higher today in London.", "2.1 percent growth was recorded this quarter."} {
		if _, _, _, ok := matchBall(l); ok {
			t.Errorf("matchBall(%q) read a ball", l)
		}
	}
	prices := "Markets\n\n1.2 Million shares traded in the first hour.\n\n3.4 Billion pounds was wiped off the index.\n\n7.9 Percent is the new rate set today.\n"
	if n := len(timeHeads(strings.Split(prices, "\n"))); n != 0 {
		t.Errorf("figures with one decimal read as %d balls", n)
	}
}

// A copy that kept each post's date and dropped its time ("28 April 2019"
// over every post) is read by the dates, on a page with no clock: a date
// right under another is the same stamp; two dates are no page of posts.
func TestDateStamps(t *testing.T) {
	text := "Marathon live\n\nTens of thousands descended on the capital today.\n\n28 April 2019\n\nThanks for joining us, we're now closing the blog.\n\n" +
		"28 April 2019\n28 April 2019\n\nA councillor swapped his robes for running shoes this year.\n\n28 April 2019\n\nThe elite men's race was won in a course record.\n"
	got := describePosts(timeFirstShape{}.read(strings.Split(text, "\n")), func(p rawPost) string { return p.date + "|" + firstText(p) })
	wantPosts(t, got, "28 April 2019|Thanks for joining us, we're now closing the blog.\n28 April 2019|A councillor swapped his robes for running shoes this year.\n"+
		"28 April 2019|The elite men's race was won in a course record.")
	two := "Report\n\n12 March 2020\n\nThe first case was confirmed.\n\n13 March 2020\n\nSchools closed.\n"
	if n := len(timeHeads(strings.Split(two, "\n"))); n != 0 {
		t.Errorf("two date lines read as %d stamps", n)
	}
}

// On a page that titles its posts after marked stamps ("9:30 p.m. —
// Proposition 112 ...: REJECTED" over its text), a post that is only its
// headline, the next stamp right under it, is titled by it too, and a
// title-case headline may trail off ("That's It For Live Updates,
// Folks..."). On a page whose stamps run into sentences, a lone line
// stays the post's text.
func TestLoneMarkedHeadlines(t *testing.T) {
	text := "Election live\n\n10:19 p.m. — That's It For Live Updates, Folks...\nThanks for riding shotgun with us tonight. We're wrapping it up.\n\n" +
		"9:57 p.m. — Amendment X, Industrial Hemp Definition: APPROVED\n\n9:53 p.m. — Amendment 74, Just Compensation For Takings: REJECTED\n\n" +
		"9:30 p.m. — Proposition 112, Setback Requirement for Oil and Gas: REJECTED\nThe measure would have required new wells to be 2,500 feet from buildings.\n"
	got := describePosts(timeFirstShape{}.read(strings.Split(text, "\n")), func(p rawPost) string { return p.time + "|" + p.title })
	wantPosts(t, got, "10:19 p.m.|That's It For Live Updates, Folks...\n9:57 p.m.|Amendment X, Industrial Hemp Definition: APPROVED\n"+
		"9:53 p.m.|Amendment 74, Just Compensation For Takings: REJECTED\n9:30 p.m.|Proposition 112, Setback Requirement for Oil and Gas: REJECTED")
	plain := "Contest live\n\n11.47pm: THEY LEFT OUT OUR SONG AGAIN\n\n11.44pm: A reminder of how the voting works: the public votes are combined.\n\n" +
		"11.40pm: The jury votes are in and the scores are close at the top.\n"
	got = describePosts(timeFirstShape{}.read(strings.Split(plain, "\n")), func(p rawPost) string { return p.time + "|" + p.title })
	wantPosts(t, got, "11.47pm|\n11.44pm|\n11.40pm|")
}

// A headline set apart over a stamp that runs into the post's text
// ("Aurora votes for change" over "9:54 p.m.: Incumbent Mayor ...") is
// the post's title when most stamps stand so; a list's lines and a link
// run on from the post before are no titles.
func TestTitleAboveInlineStamp(t *testing.T) {
	text := "Election live\n\nStay with us for the latest election night news.\n\nFord says the city is united\n\n" +
		"10:01 p.m.: The mayor elect says he ran a disciplined and tireless campaign for every resident.\n\nHe promises to answer every email and telephone call to city hall.\n\n" +
		"Aurora votes for change\n\n9:54 p.m.: The incumbent mayor, a three-term councillor, has lost her seat to a newcomer.\n"
	got := describePosts(timeFirstShape{}.read(strings.Split(text, "\n")), func(p rawPost) string { return p.time + "|" + p.title })
	wantPosts(t, got, "10:01 p.m.|Ford says the city is united\n9:54 p.m.|Aurora votes for change")
	list := "Results live\n\n11.58pm: Further electorate results\n\nBay of Plenty - National Todd Muller\n\nPort Hills - Labour Ruth Dyson\n\n" +
		"11.56pm: The leader says coalition talks will be based on respect and trust.\n\nWigram - Labour Megan Woods\n\nWaiariki - Labour Tamati Coffey\n\n" +
		"11.53pm: The leader tells reporters his party is willing and able to talk.\n"
	got = describePosts(timeFirstShape{}.read(strings.Split(list, "\n")), func(p rawPost) string { return p.time + "|" + p.title })
	wantPosts(t, got, "11.58pm|Further electorate results\n11.56pm|\n11.53pm|")
}

// The Guardian's copies put "Updated" alone over a post that was edited:
// where the post before ends, like "• Share" under one.
func TestUpdatedMarker(t *testing.T) {
	text := "Election night - as it happened\n\nHow the night unfolded in 3 minutes\n\nUpdated\n\nMay to visit palace to form government\n\n" +
		"Theresa May will go to the palace at 12.30pm believing she can form a government.\n\nUpdated\n\n" +
		"Nicky Morgan is the latest senior Tory to stand behind Theresa May this morning.\n\nUpdated\n\nThe pound has fallen sharply against the dollar overnight.\n"
	lines := strings.Split(text, "\n")
	if !isMarker("Updated") || isMarker("Updated at 10am") {
		t.Error(`isMarker("Updated") wrong`)
	}
	got := describePosts(markerShape{}.read(lines), func(p rawPost) string { return p.title + "|" + firstText(p) })
	wantPosts(t, got, "May to visit palace to form government|Theresa May will go to the palace at 12.30pm believing she can form a government.\n"+
		"|Nicky Morgan is the latest senior Tory to stand behind Theresa May this morning.\n|The pound has fallen sharply against the dollar overnight.")
}

// The Irish Times signs a post with its writer and a relative time on
// one line ("Harry McGee - 10 days ago"), the title under it.
func TestSignedRelative(t *testing.T) {
	text := "Count live\n\nBest Reads\n\nHarry McGee - 10 days ago\n\nState of Play as We Wrap Up\n\nYou can follow all of our counts in detail on the results hub.\n\n" +
		"Jennifer Bray - 10 days ago\n\nHarris confident of a role in government\n\nThe Taoiseach said he was optimistic about the coming weeks.\n"
	got := describePosts(relativeShape{}.read(strings.Split(text, "\n")), func(p rawPost) string { return p.when + "|" + p.author.Name + "|" + p.title })
	wantPosts(t, got, "10 days ago|Harry McGee|State of Play as We Wrap Up\n10 days ago|Jennifer Bray|Harris confident of a role in government")
	if _, _, ok := signedRelative("Prices rose - 10 days ago the index fell"); ok {
		t.Error("a sentence with a dash read as a writer and a time")
	}
}

// A copy that lost its line breaks runs every post into one paragraph,
// each opened by its clock and zone: three or more such clocks before a
// capital break the line into posts before any shape reads it. A clock
// without its zone, or a short line, breaks nothing.
func TestUnglue(t *testing.T) {
	long := "Muguruza won her first title after beating Williams in straight sets on Centre Court this afternoon. " +
		"4.00pm BST Right, that's it from me. Many thanks for reading. 3.51pm BST Muguruza is now looking at her name on the board. " +
		"3.48pm BST And here's that strange final point on a Hawk-Eye challenge. 3.45pm BST What a fantastic achievement."
	got := unglue([]string{"Final live", "", long})
	want := []string{"Final live", "", "Muguruza won her first title after beating Williams in straight sets on Centre Court this afternoon.", "",
		"4.00pm BST Right, that's it from me. Many thanks for reading.", "", "3.51pm BST Muguruza is now looking at her name on the board.", "",
		"3.48pm BST And here's that strange final point on a Hawk-Eye challenge.", "", "3.45pm BST What a fantastic achievement."}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("unglue:\n%q\nwant\n%q", got, want)
	}
	prose := "The players came out at 3.45pm and the roof was closed at 4.10pm after rain; by 5.30pm the crowd had gone home and the ground staff were at work on the courts for the evening session, which started late."
	if got := unglue([]string{prose}); len(got) != 1 {
		t.Errorf("clocks without zones broke a line: %q", got)
	}
	// the page's own date over posts stamped in am and pm dates the page
	page := "Final live\n\nThe Guardian\nSaturday 15 July 2017 17:19\n\nMuguruza won her first title.\n\n4.00pm BST\n\nThat's it from me.\n\n3.51pm BST\n\nShe looks at the board.\n\n" +
		"3.48pm BST\n\nThat strange final point.\n\n3.45pm BST\n\nWhat an achievement.\n"
	times := describePosts(timeFirstShape{}.read(strings.Split(page, "\n")), func(p rawPost) string { return p.time })
	wantPosts(t, times, "4.00pm\n3.51pm\n3.48pm\n3.45pm")
}

// A lap with no word before it, "33/50 Leclerc is not happy ...", counts
// posts off as "Lap 33/50" does; a date is no lap.
func TestWordlessLaps(t *testing.T) {
	text := "Grand prix live\n\n33/50 Leclerc is not happy with his car at all.\n\n32/50 Albon stayed out of trouble on that lap.\n\n31/50 Verstappen and Hamilton chase down the slower cars.\n"
	got := describePosts(timeFirstShape{}.read(strings.Split(text, "\n")), func(p rawPost) string { return p.label + "|" + firstText(p) })
	wantPosts(t, got, "33/50|Leclerc is not happy with his car at all.\n32/50|Albon stayed out of trouble on that lap.\n31/50|Verstappen and Hamilton chase down the slower cars.")
	if _, ok := matchCounter("3/20/2013 The budget is read today in the Commons."); ok {
		t.Error("a date read as a lap")
	}
}

// A headline written again and again with only its numbers changed ("5th
// set, Federer 12-12 Djokovic", then "5th set, Federer 11-12 Djokovic")
// heads each post with the score; stamps and relative times that differ
// only in their numbers are no scores, and a head added inside another's
// header is that post's.
func TestScoreHeadings(t *testing.T) {
	text := "Final live\n\n11:44 pm: Federer will rue his lost chances in the fifth set today.\n\n" +
		"5th set, Federer 12-12 Djokovic\n\nIt's 4-2 in Djokovic's favour as the players switch sides in the tie-break.\n\n" +
		"5th set, Federer 11-12 Djokovic\n\nFederer holds to love and this match is into a tie-breaker.\n\n" +
		"5th set, Federer 11-11 Djokovic\n\nDjokovic holds with an ace down the middle to level again.\n"
	got := describePosts(timeFirstShape{}.read(strings.Split(text, "\n")), func(p rawPost) string { return p.time + "|" + p.title })
	wantPosts(t, got, "11:44 pm|\n|5th set, Federer 12-12 Djokovic\n|5th set, Federer 11-12 Djokovic\n|5th set, Federer 11-11 Djokovic")
	relative := "Live\n\n1 month ago\n\nA staff member was killed in an attack in central Gaza, the agency said.\n\n2 months ago\n\nThe minister stated in an interview that talks had stalled.\n\n" +
		"3 months ago\n\nAid trucks were turned back at the crossing again today.\n"
	if n := len(timeHeads(strings.Split(relative, "\n"))); n != 0 {
		t.Errorf("relative times read as %d score headings", n)
	}
	numbered := "Stage live\n\n  1. 12:06:27 BST\n\n    Rain is again falling at the start of the stage today.\n\n  2. 12:07:18 BST\n\n    We already have one confirmed non-starter this morning.\n\n" +
		"  3. 12:08:14 BST\n\n    He won a stage and finished fourth overall in the Giro.\n"
	for _, h := range withScores(strings.Split(numbered, "\n"), nil) {
		t.Errorf("a numbered stamp read as a score heading: %q", h.title)
	}
	if a, b := skeleton("5th set, Federer 12-12 Djokovic"), skeleton("5th set, Federer 9-12 Djokovic"); a != b {
		t.Errorf("skeletons differ: %q %q", a, b)
	}
}

// A clock with its zone ends the stamp as a mark would: "10.45am BST
// Israel says Gaza deal to take effect ..." over its text is titled by
// the headline; a sentence after the zone is the post's text.
func TestZonedInlineHeadline(t *testing.T) {
	text := "Ceasefire live\n\n10.56am BST\nForeign ministers have been invited to a summit in Paris today to discuss the plan.\n" +
		"10.45am BST Israel says Gaza deal to take effect only after cabinet approval\nThe office of the prime minister said on Thursday that the agreement would wait for the cabinet.\n" +
		"10.36am BST Saudi Arabia welcomed the deal. It said it hoped the deal would lead to peace.\nMore reaction is coming in from the region.\n"
	got := describePosts(timeFirstShape{}.read(strings.Split(text, "\n")), func(p rawPost) string { return p.time + "|" + p.title })
	wantPosts(t, got, "10.56am|\n10.45am|Israel says Gaza deal to take effect only after cabinet approval\n10.36am|")
}
