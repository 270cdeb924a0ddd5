package loader

import (
	"strings"
	"testing"

	"briefing/model"
)

// One row per attribution rule, each a real-page-shaped post: the text,
// a fragment of a quote in it, and who said it ("" when the reader cannot
// tell, so no statement may hold the fragment). Rows that guard precision
// say so in their name.
var attributionRules = []struct {
	rule, text, fragment, speaker string
}{
	{"multi-word role before a name is split off",
		"US House Speaker Mike Johnson said \"we will rebuild the city\" on Monday.",
		"we will rebuild the city", "mike-johnson"},
	{"a one-word role before a name is not part of the name",
		"Speaker Dennis Hastert said \"we will rebuild the city\" on Monday.",
		"we will rebuild the city", "dennis-hastert"},
	{"a later surname resolves to the role-and-name subject",
		"House Speaker Dennis Hastert (R-IL) is backing away from comments he made on Wednesday.\n\nIn the paper, Hastert said that \"it doesn't make sense\" to spend billions.",
		"it doesn't make sense", "dennis-hastert"},
	{"a party tag in brackets stands between a name and its verb",
		"Nancy Pelosi (D-Calif.) said \"this is a disgrace to the nation\" on Thursday.",
		"this is a disgrace to the nation", "nancy-pelosi"},
	{"quote first, then a title with 'of' and the name",
		"“I do believe its frivolous,” Michigan Secretary of State Jocelyn Benson said of Trump’s lawsuit at a news conference.",
		"I do believe its frivolous", "jocelyn-benson"},
	{"precision: 'of' joins a title only between capitals",
		"An aide of Mr Biden said \"we are not worried about the polls\" on Monday.",
		"we are not worried about the polls", ""},
	{"precision: the object of a preposition is not the subject of a later 'saying'",
		"The unnamed soldier was seen on video handing the flag to President Volodymyr Zelensky in the city of Bakhmut, saying it was a gift \"to our brothers in the US. Thank you.\"",
		"to our brothers in the US", ""},
	{"past the object of a preposition, the sentence's subject speaks",
		"US President Joe Biden spoke to French President Emmanuel Macron by phone on Monday, saying \"we stand together with our allies\".",
		"we stand together with our allies", "joe-biden"},
	{"the object of a preposition speaks in a relative clause",
		"The soldier handed the flag to President Volodymyr Zelensky, who said \"this is a gift we will never forget\".",
		"this is a gift we will never forget", "volodymyr-zelensky"},
	{"a name right before its verb speaks, preposition or not",
		"Vance mocked the Ukrainian leader, with President Donald Trump remarking that he did not “have the cards right now with us.”",
		"have the cards right now", "donald-trump"},
	{"'has this to say:' is a colon lead-in, and an acronym body is its speaker",
		"BA has this to say in response to the BALPA airline pilot union strike vote:\n\n\"We are very disappointed that BALPA, the pilots' union, has chosen to threaten the travel plans of our customers.\"",
		"We are very disappointed that BALPA", "ba"},
	{"'had this to say:' after a titled name",
		"When asked the question, White House Press Secretary Robert Gibbs had this to say:\n\n\"I'm not going to ... get into that question,\"",
		"get into that question", "robert-gibbs"},
	{"precision: 'what he has to say' is no lead-in",
		"Nobody knows what the minister has to say about it:\n\n\"A plan for growth and jobs in every region of the country.\"",
		"A plan for growth and jobs", ""},
	{"a surname after an abbreviated title speaks ('Pres.', 'calls ... \"...\"')",
		"Former Pres. Obama calls violence at Capitol \"a moment of great dishonor and shame for our nation\" in a statement.",
		"a moment of great dishonor", "obama"},
	{"a surname after a role noun speaks with a colon",
		"Kremlin spokesman Peskov said: \"We have nothing to add to what was said yesterday.\"",
		"We have nothing to add", "peskov"},
	{"precision: a day after a title is no surname",
		"The Labour leader Tuesday said \"we will set out our plans in full\".",
		"we will set out our plans", ""},
	{"a definite description speaks for the one person the post has named",
		"Nigel Farage said he and Reform UK had taken “the first step of something”.\n\nDelivering his victory speech in Clacton, the Reform UK leader said he hoped the party will be “big enough to challenge at the general election”.",
		"big enough to challenge", "nigel-farage"},
	{"precision: a description after two people named is nobody",
		"Prime Minister Rishi Sunak met Labour leader Keir Starmer in Downing Street on Monday.\n\nThe Labour leader said it was “a day of reckoning for the country”.",
		"a day of reckoning", ""},
	{"precision: 'the shadow chancellor' is not the chancellor named",
		"Chancellor Rishi Sunak said “we will do whatever it takes”.\n\nThe shadow chancellor said the plan was “too little, too late for families”.",
		"too little, too late", ""},
	{"precision: a description whose noun is not the named person's role is nobody",
		"Prime Minister Rishi Sunak said “we will do whatever it takes”.\n\nThe chancellor said the plan was “the right one for families”.",
		"the right one for families", ""},
	{"an indefinite description with a lower-case modifier is a source",
		"The trial will not be held on Monday, a court official said. \"It is fake information\", a court official told reporters outside the court.",
		"It is fake information", "court-official"},
	{"precision: the modifier run stops at a verb",
		"Police said \"nobody was hurt in the blast\" while the man told reporters he saw an official.",
		"nobody was hurt in the blast", "police"},
	{"a title set off by commas before a name",
		"Portugal’s prime minister, Luís Montenegro, has also shared a post on X.\n\nMontenegro said he looked “forward to working closely” with the new president.",
		"forward to working closely", "luís-montenegro"},
	{"precision: a name after a title and a comma that starts a list has no title",
		"At the table was the foreign minister, Anna Lindqvist and Carl Bildt, who said “the talks went well”.",
		"the talks went well", ""},
	{"a block quote runs through unmarked paragraphs to its lone closing mark",
		"In a statement British Transport Police said:\n\n“Manchester Piccadilly station has now re-opened following the incident.\n\nA man has been arrested on suspicion of obstructing the railway.\n\nOur officers remain at the station to assist rail staff.”",
		"A man has been arrested on suspicion", "british-transport-police"},
	{"precision: a block quote never closed keeps no unmarked paragraph",
		"Ukip funder Arron Banks criticised the party.\n\nBanks said:\n\n“We will fight this all the way to the courts.\n\nThe vote is next week in the chamber.\n\nThe party meets on Friday in Leeds.",
		"The vote is next week", ""},
	{"a lead-in paragraph with no opening mark may end with the lone ”",
		"Spain’s prime minister, Pedro Sánchez, has congratulated Donald Trump.\n\nIn a post on X, Sánchez wrote:\n\nWe will work on our strategic bilateral relations and on a strong transatlantic partnership.”",
		"We will work on our strategic bilateral relations", "pedro-sánchez"},
	{"a pronoun lead-in speaks for whom the pronoun refers to",
		"Nick Clegg, the Lib Dem former deputy prime minister, was in Brussels today. He said the meeting went well. In a statement he said:\n\nBrexit was the key preoccupation for the seven Liberal prime ministers around the table.",
		"Brexit was the key preoccupation", "nick-clegg"},
	{"a semicolon typed for the colon is a lead-in; a sentence-initial He speaks for the subject before 'has been'",
		"Theo Walcott has been raving about the performance of Cole Palmer after his four goal haul.\n\nHe told BBC Radio 5 Live;\n\nThere's nothing more I can really say about Cole Palmer. I am speechless.",
		"There's nothing more I can really say", "theo-walcott"},
	{"precision: a semicolon inside a sentence announces nothing",
		"Theo Walcott has been raving about the game; he told BBC Radio 5 Live it was special.\n\nThe club will play again on Saturday against Leeds at home.",
		"The club will play again", ""},
	{"a quoting headline left among the paragraphs names its speaker after the colon",
		"‘US not in rush to recognise Taliban govt’: White House\n\nThe White House has said that the United States is in “no rush” to recognise the new government.",
		"US not in rush to recognise Taliban govt", "white-house"},
	{"'The White House has said' makes the capitalised body a source",
		"The White House has said that the United States is in “no rush” to recognise the new government.",
		"no rush", "white-house"},
	{"precision: a body in a title before the name does not speak",
		"“This is a caretaker cabinet,” White House press secretary Jen Psaki told reporters at her daily news conference.",
		"This is a caretaker cabinet", "jen-psaki"},
	{"a 'Name: ‘quote’' headline quotes the name",
		"Farage: ‘We are coming for Labour’\n\nNigel Farage said he and Reform UK had taken “the first step of something”.",
		"We are coming for Labour", "nigel-farage"},
	{"precision: a 'Name: claim' headline without marks quotes nobody",
		"Farage: Reform will stand everywhere\n\nNigel Farage said Reform UK had taken “the first step of something”.",
		"Reform will stand everywhere", ""},
	{"a single-quoted span after a speech verb is a quote",
		"IHF president Matthew Ryan said it gives 'a roadmap to bring the country's public finances under control.'",
		"a roadmap to bring the country's public finances", "matthew-ryan"},
	{"a curly single-quoted span after 'joked:' is a quote",
		"Shadow Business Secretary Ed Miliband stood in. Mr Miliband, who led the party between 2010 and 2015, joked: ‘Just like the old days… I’m back.’",
		"Just like the old days", "ed-miliband"},
	{"a single-quoted span left open after 'saying that' runs to the paragraph's end",
		"IHF president Matthew Ryan welcomed the Budget, saying that 'it should send the right messages to the international markets.",
		"it should send the right messages", "matthew-ryan"},
	{"precision: apostrophes never open or close a quote",
		"IHF president Matthew Ryan said the players' union didn't want rock 'n' roll back in the '90s or the Smiths' songs.",
		"n", ""},
	{"precision: a one-word single-quoted span with no verb is a scare quote",
		"IHF president Matthew Ryan said nothing. However, it also criticised the 'paltry' €100m Enterprise Stabilisation Fund.",
		"paltry", ""},
	{"a speech verb after a determiner is a noun, and a center is a body",
		"\"Hazardous tsunami waves are possible along the coasts,\" the warning center said.",
		"Hazardous tsunami waves are possible", "warning-center"},
	{"precision: 'the claims' is no speech verb",
		"Foreign Secretary David Lammy denied the claims \"that Britain had sent troops to the front\" made by Moscow.",
		"that Britain had sent troops", ""},
	{"a role told by a possessive pronoun is a source ('Her spokesman says:')",
		"No sign of No 10 backing down on the row. Her spokesman says: \"This is a manifesto commitment that was met.\"",
		"This is a manifesto commitment", "her-spokesman"},
	{"precision: a possessive before a word that is no role names no source",
		"No sign of No 10 backing down on the row. Her view says: \"This is a manifesto commitment that was met.\"",
		"This is a manifesto commitment", ""},
	{"a one-word name after a noun of kin speaks, and 'She added:' goes on with her",
		"Julia Abu Zeiter, whose story is being followed by Sky News, was moved with her family.\n\nSpeaking to Sky News, her mother Maha said: \"We were going through the travel procedures.\"\n\nShe added: \"I was between two fires, not knowing where to go.\"",
		"I was between two fires", "maha"},
	{"precision: a noun of kin with no name is nobody the page names",
		"Julia Abu Zeiter was moved with her family. Her mother said: \"We were going through the travel procedures.\"",
		"We were going through the travel procedures", ""},
	{"precision: '..., saying' after an object is the clause subject's, not the object's",
		"Ukrainian President Volodymyr Zelensky thanked US President Donald Trump, saying \"we will never forget your help\".",
		"we will never forget your help", "volodymyr-zelensky"},
	{"precision: '..., saying' after a pronoun subject 'it' is nobody a name tells",
		"However, it also criticised the paltry Enterprise Stabilisation Fund, saying it \"would do little to support small businesses\".",
		"would do little to support small businesses", ""},
	{"a single-quoted word after 'described ... as' is a quote",
		"Their striker Chris Wood has described the penalty as 'soft' in his post-match interview.",
		"soft", "chris-wood"},
	{"'as X puts it:' announces X's words",
		"15.35 – As Mark Twain puts it: \"Whenever you find yourself on the side of the majority, it is time to pause and reflect.\"",
		"Whenever you find yourself on the side of the majority", "mark-twain"},
	{"precision: 'puts' without 'it' says nothing",
		"Chancellor Rachel Reeves puts \"growth first\" on the list of the Treasury's priorities.",
		"growth first", ""},
	{"a definite description after the quote speaks for the one person named",
		"Los Angeles Mayor Eric Garcetti announced a curfew.\n\n\"To increase safety for demonstrators, we are putting a curfew in place,\" the mayor tweeted.",
		"To increase safety for demonstrators", "eric-garcetti"},
	{"precision: a description after the quote with two people named is nobody",
		"Los Angeles Mayor Eric Garcetti met Governor Gavin Newsom.\n\n\"To increase safety for demonstrators, we are putting a curfew in place,\" the governor tweeted.",
		"To increase safety for demonstrators", ""},
	{"a name opening a sentence that goes on to ', saying' speaks",
		"Joe Hockey has handed down his first budget as Treasurer, saying while the age of entitlement is over, it will be “replaced not with an age of austerity, but with an age of opportunity\".",
		"replaced not with an age of austerity", "joe-hockey"},
	{"precision: a name inside the sentence before ', saying' is not its subject",
		"The crowd cheered for Joe Hockey in Canberra, saying “we want a fair budget for all”.",
		"we want a fair budget", ""},
	{"a transcript line's later quotes are the name's before the colon",
		"Sen. Mitch McConnell: \"the clockwork of our Democracy has carried on\" despite all historical threats. \"They tried to disrupt our democracy, they failed.\"",
		"They tried to disrupt our democracy", "mitch-mcconnell"},
	{"an acronym and a role noun opening a line with a colon are a source for its quoted fragments",
		"MPD Chief: Shooting is \"under investigation\" and they \"have no more information\" at this time.",
		"have no more information", "mpd-chief"},
	{"precision: a bare role opening a line is no source",
		"Prime Minister: Shooting is \"under investigation\" and they \"have no more information\" at this time.",
		"have no more information", ""},
	{"precision: in a transcript line, a quote another name says is theirs",
		"Sen. Mitch McConnell: the vote goes on. Sen. Chuck Schumer said \"we will stay here all night\" to reporters.",
		"we will stay here all night", "chuck-schumer"},
	{"precision: a name mid-line before a colon opens no transcript",
		"Police spoke to Sen. Mitch McConnell: it was \"a quiet night\" in the capital.",
		"a quiet night", ""},
	{"an indefinite description with a phrase after its noun is a source as written",
		"“The occupation claims humanity, yet it kills children and women, without mercy and pity,” a person responsible for handling the bodies said. “They are tender with birds and cats, but not children.”",
		"They are tender with birds and cats", "a-person-responsible-for-handling-the-bodies"},
	{"a relative clause after the description's noun belongs to it",
		"\"We heard three loud bangs and then the lights went out,\" a man who lives nearby told reporters.",
		"We heard three loud bangs", "a-man-who-lives-nearby"},
	{"a spokesman for a body is the description, not the body",
		"\"We are deeply concerned by the reports,\" a spokesman for the ministry said.",
		"We are deeply concerned by the reports", "a-spokesman-for-the-ministry"},
	{"precision: a description holding someone's name is nobody's, never the name's",
		"An aide to President Joe Biden said \"we are not worried about the polls\" on Monday.",
		"we are not worried about the polls", ""},
	{"precision: a description inside a clause is the verb's object, not its subject",
		"Officers arrested a man who lives nearby and told reporters \"the street is safe again\" on Monday.",
		"the street is safe again", ""},
	{"'according to' a body right after the quote gives the body",
		"\"We will not be intimidated by these attacks on our sovereignty\", according to the ministry.",
		"We will not be intimidated", "the-ministry"},
	{"'According to' opening the sentence gives the quote after it",
		"According to police, the man was \"known to officers for many years\" before the attack.",
		"known to officers for many years", "police"},
	{"precision: 'according to' a recording is no source",
		"The minister was \"really excited about the decision\", according to a recording of the message.",
		"really excited about the decision", ""},
	{"precision: 'according to' a capitalised pair is no name",
		"The plan was \"dead in the water\", according to Downing Street.",
		"dead in the water", ""},
	{"precision: an issued statement is no source of its own",
		"The committee issued a statement stating the acts \"do not represent acts of patriotism.\"",
		"do not represent acts of patriotism", ""},
	{"an issued statement's participle is the issuer's",
		"Sen. Mitch McConnell issued a statement saying \"we will not be intimidated by a mob\".",
		"we will not be intimidated by a mob", "mitch-mcconnell"},
	{"a one-word name after the noun of a body is the body, when it speaks",
		"The Israeli Human Rights group HaMoked says the deal to release the prisoners is “doubly welcome”.",
		"doubly welcome", "hamoked"},
	{"precision: a body named after its noun is 'it', never 'she'",
		"The rights group HaMoked says the deal is “doubly welcome”. She said it was “a step forward for the families”.",
		"a step forward for the families", ""},
	{"precision: a day after a body's noun is no name",
		"The Israeli army Tuesday said the strikes were “precise and lawful” in a short statement.",
		"precise and lawful", ""},
}

func TestAttributionRules(t *testing.T) {
	for _, r := range attributionRules {
		t.Run(r.rule, func(t *testing.T) {
			b, err := Load(Config{}, Source{Name: "t", Origin: "t.txt", Data: []byte("Live\n\n" + r.text + "\n")})
			if err != nil {
				t.Fatal(err)
			}
			var got []model.Statement
			for _, s := range findStmt(b, r.fragment) {
				if s.Kind == model.Direct {
					got = append(got, s)
				}
			}
			switch {
			case r.speaker == "" && len(got) > 0:
				t.Errorf("%q went to %s; nobody can tell who said it", r.fragment, got[0].Speaker)
			case r.speaker != "" && len(got) != 1:
				t.Errorf("%q: %d statements %+v, want one by %s", r.fragment, len(got), got, r.speaker)
			case r.speaker != "" && got[0].Speaker != r.speaker:
				t.Errorf("%q went to %s, want %s", r.fragment, got[0].Speaker, r.speaker)
			}
		})
	}
}

// Single-quoted spans, one row a shape: which words come out as quotes.
func TestSingleQuotes(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"saying it 'would do little to support struggling small businesses.'", "would do little to support struggling small businesses."},
		{"joked: ‘Just like the old days’ and sat down.", "Just like the old days"},
		{"the players' union didn't want rock 'n' roll in the '90s.", ""},
		{"criticised the 'paltry' fund", ""},
		{"the ‘Big Three’ met", ""},
		{"He said “the ‘old guard’ is finished”.", ""},
		{"saying that 'it should send the right messages", "it should send the right messages"},
		{"the fans' view is 'we want our club back' today", "we want our club back"},
	} {
		var got []string
		qs := appendQuotes(nil, c.text)
		for _, q := range appendSingleQuotes(qs, c.text) {
			if c.text[q.open] != '"' && !strings.HasPrefix(c.text[q.open:], "“") {
				got = append(got, q.text(c.text))
			}
		}
		if want := strings.Join(got, "|"); want != c.want {
			t.Errorf("%q: single-quoted %q, want %q", c.text, want, c.want)
		}
	}
}
