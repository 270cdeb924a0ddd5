package loader

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode"

	"briefing/model"
)

// The real-page corpus (testdata/pages, see its README) scored against its
// hand-written gold. The floors below are what the loader reaches today;
// they only ever go up. DESIGN §6 asks for titles 0.95, recall 0.90,
// precision 0.95 and no wrong speaker or trap.
var tunedBars = bars{label: "ALL (tuned)", titles: 0.89, recall: 0.77, precision: 0.96, wrong: 0, traps: 0, chrome: 8}

// The holdout set: pages marked "holdout" in INDEX.tsv (56 onward), labelled
// by reading. When it was added (24 pages) the loader reached titles 0.57,
// times 34/36, quote recall 0.35, precision 0.89, 1 wrong speaker, 1 trap and
// 27 pieces of furniture in paragraphs. The failure shapes it showed (a time
// and headline on one line, headline above its stamp, an hour alone, a date
// before the clock, bracketed photo credits) were then fixed with generic
// rules, so it is no longer unseen: the next pages gathered should be the
// new holdout. Its bars are regression ratchets a little below what it
// reaches now; no rule may match the words of one page. Its recall floor
// went from 0.76 to 0.75 when a quote the gold had left out (a page title's
// "Donald Trump says ‘we made history’") was added to it by reading, and
// to 0.73 when the scorer stopped finding a one-word quote inside a longer
// quote that uses the word (58's headline "frivolous" had been credited to
// the "I do believe its frivolous" said lines later).
var holdoutBars = bars{label: "HOLDOUT", titles: 0.89, recall: 0.73, precision: 0.99, wrong: 0, traps: 0, chrome: 9}

// The second holdout set: pages marked "holdout2" in INDEX.tsv (80
// onward), gathered and labelled by reading after the first holdout had
// been used for tuning. When it was added (19 pages, 19 outlets,
// 2010-2026) the loader, never fitted to it, reached titles 0.51 (0.53 with
// the rules that landed meanwhile), times 31/43, quote recall 0.54,
// precision 1.00, no wrong speaker, no trap, 12 pieces of furniture. Its
// post-boundary failure shapes (agency datelines, dash titles, glued
// 24-hour times, day-first stamps, signed stamp lines, posts with no text)
// were then fixed with generic rules, so it too is now tuned on: the next
// pages gathered are the next honest estimate. Its bars guard against
// regressions.
var holdout2Bars = bars{label: "HOLDOUT2", titles: 0.91, recall: 0.83, precision: 0.99, wrong: 0, traps: 0, chrome: 2}

// The third holdout set: pages marked "holdout3" in INDEX.tsv (100
// onward), gathered and labelled by reading after holdout2 had been used
// for tuning, from outlets, years and shapes the other sets lack. Nobody
// has tuned the loader on them: their untouched score is the honest
// estimate of how it generalises. When it was added (10 pages, 9 outlets,
// 2013-2025) the loader reached titles 0.48, times 5/8, quote recall 0.32,
// precision 0.70, 1 wrong speaker, 1 trap and 14 pieces of furniture. One
// rule landed after its failure list was read (a surname speaking alone is
// the post's full name with it, found on a Guardian article and the
// "Surovikin said" shape here): recall 0.41, precision 0.75. Its failure
// shapes were then fixed with generic rules (a description that speaks is
// the person whose role or headline it is; a "Minister for Finance"
// portfolio is the title's; words named as words are nobody's quote;
// unpunctuated lead paragraphs are the summary; stamps that close posts
// under bullets or rule lines are theirs; a rule line is a marker): titles
// 0.90, recall 0.82, precision 0.95, no wrong speaker or trap. It is tuned on now, like the sets
// before it; its bars guard against regressions.
var holdout3Bars = bars{label: "HOLDOUT3", titles: 0.97, recall: 0.85, precision: 0.99, wrong: 0, traps: 0, chrome: 2}

// The fourth holdout set: pages marked "holdout4" in INDEX.tsv (110
// onward), gathered and labelled by reading after holdout3 had been used
// for tuning, from outlets the other sets lack (WJLA, WBUR, GlobalPost,
// Sharecast, RT, Rediff, SMH, The Australian, ESPN, TheJournal.ie, Express,
// Central News, The New Arab, Yahoo Singapore, Castanet). Nobody has tuned
// the loader on them: their untouched score is the honest estimate of how
// it generalises. When it was added (15 pages, 15 outlets, 2011-2025) the
// loader reached titles 0.52, times 16/17, quote recall 0.49, precision
// 0.88, 2 wrong speakers, no trap and 8 pieces of furniture. Its bars sit
// just below that. Its failure shapes were then fixed with generic rules
// (a one-word name quoting after a colon; a quote the text stops inside is
// nobody's; a surname is the page's one full name with it; a date above a
// clock is its day; glued "1632:" times; an apposition's holder speaks):
// titles 0.66, recall 0.63, precision 0.95, no wrong speaker. It is tuned
// on now; its bars guard against regressions, and holdout5 measures.
var holdout4Bars = bars{label: "HOLDOUT4", titles: 0.87, recall: 0.71, precision: 0.94, wrong: 0, traps: 0, chrome: 5}

// The fifth holdout set: pages marked "holdout5" in INDEX.tsv (125
// onward), gathered and labelled by reading after holdout4 had been used
// for tuning, from outlets the other sets lack (Barcepundit, Stars and
// Stripes, The Scotsman, CBS News, Eastern Eye, Chronicle Live, The
// Independent, Edinburgh Evening News, CTV News, TRT World, HuffPost,
// Politico, The Indian Express, NDTV, Los Angeles Times). Nobody has tuned
// the loader on them: their untouched score is the honest estimate of how
// it generalises. When it was added (15 pages, 15 outlets, 2008-2025) the
// loader reached titles 0.40, times 10/12, quote recall 0.58, precision
// 0.81, 4 wrong speakers, 2 traps and 23 pieces of furniture. Its bars sit
// just below that. The rules fitted to holdout3 and holdout4 in the same
// session did not move it at all (still 0.40, 0.58, 0.81): each fixed a
// shape this set does not have. Two rules then came from its failure list
// (a sentence that is only a quote is the words of the person who spoke
// just before; the one our reporter spoke to is who "he" is): recall 0.70,
// precision 0.92, no wrong speaker or trap. It is tuned on now; holdout6
// measures.
var holdout5Bars = bars{label: "HOLDOUT5", titles: 0.84, recall: 0.73, precision: 0.92, wrong: 0, traps: 0, chrome: 5}

// The sixth holdout set: pages marked "holdout6" in INDEX.tsv (140
// onward), gathered and labelled by reading after holdout5 had been used
// for tuning, from the outlets the product brief names (BBC News and its
// regional pages, BBC Sport, The Guardian, The Times of Israel, CNN, Sky
// News, Al Jazeera, ABC Australia, TheJournal.ie, The Irish Times,
// Manchester Evening News, WalesOnline, Bristol Post, AP), on addresses,
// years and sections the other sets lack. Nobody has tuned the loader on
// them: their untouched score is the honest estimate of how it does on
// the pages its users read. When it was added (22 pages, 14 outlets,
// 2011-2025) the loader reached titles 0.75, times 27/28, quote recall
// 0.42, precision 0.80, 9 wrong speakers, no trap and 10 pieces of
// furniture. Its bars sat just below that. Its failure shapes were then
// fixed with generic rules (a leader's role titling another name is that
// name's; an unmarked block quote goes on in its speaker's voice; previewed
// speeches; "Here's what X said."; name-and-role bylines; credit lines;
// stamps glued to a line's end; "she" opening a relative clause): titles
// 0.86, recall 0.65, precision 0.96. It is tuned on now; holdout7 measures.
var holdout6Bars = bars{label: "HOLDOUT6", titles: 0.85, recall: 0.75, precision: 0.99, wrong: 0, traps: 0, chrome: 4}

// The seventh holdout set: pages marked "holdout7" in INDEX.tsv (162
// onward), gathered and labelled by reading after holdout6 had been used
// for tuning, from the outlets the product brief names (The Guardian
// politics and world, BBC News and its regional pages, Sky News, Sky
// Sports, CNN, Reuters, AP, The Times of Israel, Al Jazeera, The Irish
// Times, RTÉ, TheJournal.ie, Liverpool Echo, The Telegraph, Evening
// Standard, ABC Australia, The Independent) on budgets, elections, storms,
// strikes, wars, a royal wedding, markets and football, on addresses no
// other set has used. Nobody has tuned the loader on them: their untouched
// score is the honest estimate of how it reads the pages its users read.
// When it was added (22 pages, 17 outlets, 2010-2026) the loader reached
// titles 0.63, times 23/28, quote recall 0.39, precision 0.79, 7 wrong
// speakers, 2 traps and 32 pieces of furniture, with every rule fitted to
// holdout3 to holdout8 already in: the honest estimate for the outlets the
// brief names. Rules then came from its wrong speakers (words that open
// sentences are no names, "Many SNP"; a firm inside an apposition after an
// unknown name is not the speaker; in-laws, dealers and analysts are
// roles): recall 0.45, precision 0.89, 3 wrong speakers, 1 trap. It is
// tuned on now; holdout9 measures.
var holdout7Bars = bars{label: "HOLDOUT7", titles: 0.86, recall: 0.54, precision: 0.97, wrong: 0, traps: 0, chrome: 11}

// The eighth holdout set: pages marked "holdout8" in INDEX.tsv (190
// onward), gathered and labelled by reading while holdout7 was being
// gathered, half from the big outlets the product brief names (The
// Independent, The Guardian, BBC News, BBC Sport, NBC News, Al Jazeera,
// ABC News, The Washington Post, The Irish Times, Belfast Telegraph) on
// sport, markets, courts, weather and elections, half from outlets and
// countries the other sets lack (Scroll.in, Motorsport.com, New Vision,
// The Express Tribune, CBC News, TVNZ, News24, Kyiv Post, The Online
// Citizen, Netra News). Nobody has tuned the loader on them: their
// untouched score is the honest estimate of how it generalises. When it
// was added (20 pages, 20 outlets, 2011-2026) the loader reached titles
// 0.53, times 37/49, quote recall 0.34, precision 0.80, 6 wrong speakers,
// 2 traps and 12 pieces of furniture: the honest estimate this stop ends
// with. Rules then came from its failure list (a reply after "says X to
// Y" is Y's; a second speaker's reply is no continuation; a surname that
// speaks twice is a person; places before a colon speak nothing; stamps
// run into quotes): titles 0.56, times 48/52, recall 0.37, precision 0.93,
// 2 wrong speakers, no trap. It is tuned on now; the next pages gathered
// measure.
var holdout8Bars = bars{label: "HOLDOUT8", titles: 0.82, recall: 0.73, precision: 0.99, wrong: 0, traps: 0, chrome: 7}

// The ninth holdout set: pages marked "holdout9" in INDEX.tsv (210
// onward), gathered and labelled by reading after holdout8 had been used
// for tuning, half from the big outlets the product brief names (BBC News
// Northern Ireland, The Irish Times, The Times of Israel, CNN, Evening
// Standard, The Guardian, ABC Australia, The Telegraph) on storms, courts,
// strikes and markets, half from outlets and countries the other sets
// lack (Scroll.in, siliconindia, Londonist, Worcester News, Montreal
// Gazette, The Spinoff, Beat 102 103, Nova, Brisbane Times) on budgets,
// elections, football and markets. Nobody has tuned the loader on them:
// their untouched score is the honest generalisation estimate. When it was
// added (17 pages, 17 outlets, 2010-2025) the loader reached titles 0.75,
// times 40/44, quote recall 0.61, precision 0.85, 3 wrong speakers, no
// trap and 12 pieces of furniture. Rules then came from its failure list
// (captions closed by '(Name/PA)', minutes of play, one-line posts under
// clocks, '22:32 , Name' stamps, 'Name, President, FICCI said', stance
// verbs, quotes left open across a paragraph): titles 0.89, times 46/50,
// recall 0.82, precision 0.94, 1 wrong speaker, 2 pieces of furniture. It
// is tuned on now; holdout10 measures.
var holdout9Bars = bars{label: "HOLDOUT9", titles: 0.88, recall: 0.83, precision: 0.93, wrong: 1, traps: 0, chrome: 2}

// The tenth holdout set: pages marked "holdout10" in INDEX.tsv (230
// onward), gathered and labelled by reading after holdout9 had been used
// for tuning, two thirds from the big outlets the product brief names (BBC
// News, BBC Sport, CNN, Evening Standard, The Times of Israel, The
// Guardian, Manchester Evening News, The Telegraph, AP, CBS News) on
// budgets, storms, elections, protests, courts and football, one third
// from outlets and countries the other sets lack (City Financial
// Journalism, Sports Mole, the Daily Mirror, Nikkei Asia, the Irish
// Examiner, The Scottish Sun, Newslaundry). Nobody has tuned the loader on
// them: their untouched score is the honest generalisation estimate. When
// it was added (19 pages, 17 outlets, 2008-2025) the loader reached
// titles 0.86, times 45/46, authors 4/8, quote recall 0.49, precision
// 0.79, 9 wrong speakers, no trap and 18 pieces of furniture, with every
// rule fitted to holdout9 already in; with the attribution rules of the
// same stop that were not fitted to it (stance verbs, quotes left open,
// 'points out'), recall 0.50 and precision 0.76 with 11 wrong speakers,
// two of them from the stance verbs. Rules then came from its failure
// list (long appositions, 'with X congratulating', who is told, 'the German
// said', descriptions after 'as', '1750gmt', '1. 19:44:', furniture):
// titles 0.92, times 50/50, recall 0.60, precision 0.98, 1 wrong speaker,
// 4 pieces of furniture. It is tuned on now; the next pages gathered
// measure.
var holdout10Bars = bars{label: "HOLDOUT10", titles: 0.92, recall: 0.62, precision: 0.97, wrong: 1, traps: 0, chrome: 4}

// The eleventh holdout set: pages marked "holdout11" in INDEX.tsv (250
// onward), gathered and labelled by reading after holdout10 had been used
// for tuning, two thirds from the big outlets the product brief names (BBC
// News, BBC Sport, The Guardian, The Telegraph, CNN, Al Jazeera, France 24,
// ABC Australia, The Irish Times; and Newshub) on elections, storms, an
// earthquake, budgets, a heatwave and football, one third from outlets and
// countries the other sets lack (NBC Sports, Rappler, Daily Maverick, The
// Daily Vox, WLR FM, News18, a Kenyan paper's count blog). Nobody has
// tuned the loader on them: their untouched score is the honest
// generalisation estimate. When it was added (19 pages, 17 outlets,
// 2012-2026) the loader reached titles 0.84, times 47/73, quote recall
// 0.63, precision 0.88, 3 wrong speakers, 1 trap and 17 pieces of
// furniture. Rules then came from its failure list (Al Jazeera's glued
// relative stamps, 'Jul 25, 2018 9:11 pm (IST) ...', timetables inside a
// post, '10:35 UN ...', 'Wakulla County Sheriff’s Captain Chris Savary',
// 'Head of Tax Policy', 'Chancellor says'): titles 0.88, times 61/77,
// recall 0.67, precision 0.94, 1 wrong speaker, 1 trap, 9 pieces of
// furniture. It is tuned on now; holdout12 measures.
var holdout11Bars = bars{label: "HOLDOUT11", titles: 0.87, recall: 0.66, precision: 0.96, wrong: 0, traps: 0, chrome: 4}

// The twelfth holdout set: pages marked "holdout12" in INDEX.tsv (270
// onward), gathered and labelled by reading after holdout11 had been
// added, two thirds from the big outlets the product brief names (BBC News,
// BBC Sport, The Guardian, Sky News, The Irish Times, CNN) on local
// elections, interest rates, a rail strike, a hurricane, an earthquake,
// Eurovision, tennis, rugby and cricket, one third from outlets and
// countries the other sets lack (Wimbledon.com, Radio Times, Yahoo Finance
// UK, China Daily, PerthNow, a music blog). Nobody has tuned the loader on
// them: their untouched score is the honest generalisation estimate. When
// it was added (18 pages, 12 outlets, 2008-2025) the loader reached
// titles 0.82, times 38/53, quote recall 0.44, precision 0.91, 1 wrong
// speaker, no trap and 7 pieces of furniture, the same with every rule
// fitted to holdout11 in. Rules then came from its failure list (colon
// lead-ins with a lower-case title or a 'who' clause, 'More from X:',
// ', while X says' as a new clause): recall 0.56, precision 0.96, no
// wrong speaker. It is tuned on now; the next pages gathered measure.
var holdout12Bars = bars{label: "HOLDOUT12", titles: 0.91, recall: 0.61, precision: 0.96, wrong: 0, traps: 0, chrome: 5}

// The thirteenth holdout set: pages marked "holdout13" in INDEX.tsv (290
// onward), gathered and labelled by reading after holdout12 had been
// added, two thirds from the big outlets the product brief names (BBC
// Sport, The Times of Israel, ABC Australia, CNN, NZ Herald, The Guardian,
// The Telegraph, TVNZ) on elections, a hostage deal, bushfires, a
// hurricane, a state funeral, a grand prix and a cup final, one third from
// outlets and countries the other sets lack (Malvern Gazette, Otago Daily
// Times, Punjab Times, Brits on Pole, BoxingWatchers, The Tally Room).
// Nobody has tuned the loader on them: their untouched score is the honest
// generalisation estimate. When it was added (17 pages, 14 outlets,
// 2008-2025) the loader reached titles 0.62, times 29/33, quote recall
// 0.30, precision 0.92, 1 wrong speaker, 1 trap and 4 pieces of furniture.
// Rules then came from its failure list (laps and rounds, headlines after
// am/pm clocks, stamped headlines over lists, relayed quotes, a victory
// speech's lead-in, and the rules after): titles 0.90, recall 0.49,
// precision 0.95. It is tuned on now; its bars sit just below that.
var holdout13Bars = bars{label: "HOLDOUT13", titles: 0.89, recall: 0.48, precision: 0.94, wrong: 1, traps: 0, chrome: 2}

// The fourteenth holdout set: pages marked "holdout14" in INDEX.tsv (310
// onward), gathered and labelled by reading after holdout13 had been
// added, all from the big outlets the product brief names (BBC News and
// its North of England page, BBC Sport, The Guardian, CNN, The
// Independent, Reuters, CBS News, AP, The Times of Israel, Evening
// Standard, The Telegraph, Al Jazeera, Sky News, ABC Australia, The Irish
// Times) on budgets, elections, a war, an earthquake, a superstorm,
// floods, a murder verdict, markets, a royal wedding, tennis, a marathon
// and a grand final. Nobody has tuned the loader on them: their untouched
// score is the honest generalisation estimate. When it was added (20
// pages, 15 outlets, 2008-2024) the loader reached titles 0.61, times
// 11/24, quote recall 0.65, precision 0.93, 2 wrong speakers, 1 trap and
// 17 pieces of furniture, and the same again with the first half of the
// next stop's rules in, none fitted to it. Rules then came from its failure
// list (bracketed stamps, numbered stamps past a gap, date-only stamps,
// 'Updated' markers, signed relative times, wires' ': Kerry' lines, a
// described participle subject): titles 0.81, recall 0.70, precision 0.95,
// 1 wrong speaker. It is tuned on now; its bars sit just below that.
var holdout14Bars = bars{label: "HOLDOUT14", titles: 0.80, recall: 0.69, precision: 0.94, wrong: 1, traps: 1, chrome: 6}

// The fifteenth holdout set: pages marked "holdout15" in INDEX.tsv (330
// onward), gathered and labelled by reading after holdout13 had been
// added, while holdout14 was being gathered from the big outlets, all from
// outlets and countries the other sets lack: UK regional, business and
// tabloid pages (Birmingham Mail, This is Money, Daily Express), Australia
// (9News, 7NEWS, Wide World of Sports), Canada (Torontoist, Toronto Star,
// CP24), India and Pakistan (The Financial Express, NDTV Sports), Africa
// (AllAfrica, Democracy in Africa, IOL), US local news (WRAL, Colorado
// Politics, Colorado Public Radio, Arenac County Independent), a phone
// launch (GigaOM) and an NFL draft (National Football Post). Nobody has
// tuned the loader on them: their untouched score is the honest
// generalisation estimate. When it was added (20 pages, 20 outlets,
// 2008-2025) the loader reached titles 0.72, times 56/59, quote recall
// 0.66, precision 0.86, 2 wrong speakers, no trap and 9 pieces of
// furniture, on the main of the day before. The scorer's one-word quotes
// (a quote of a word or two is a span of its own) then took back a
// "will not" credited inside a longer quote: recall 0.63, precision 0.89
// with the first half of the next stop's rules in, none fitted to these
// pages. Rules then came from its failure list (ball-by-ball commentary,
// lone marked headlines, headlines above inline stamps, a statement's
// lead-in, a press release "from" someone, and the rules after): titles
// 0.88, recall 0.68, precision 0.96, no wrong speaker. It is tuned on now;
// its bars sit just below that. The standalone-quote reading then gave
// David Page his words on 340 where the copy cuts them off mid-word
// ("Today’s press conference made clear that some ma"), which the gold
// leaves out as cut short: precision 0.93, the floor just below.
var holdout15Bars = bars{label: "HOLDOUT15", titles: 0.87, recall: 0.67, precision: 0.92, wrong: 0, traps: 0, chrome: 8}

// The sixteenth holdout set: pages marked "holdout16" in INDEX.tsv (350
// onward), gathered and labelled by reading after holdout14 and holdout15
// had been merged, half from the big outlets the product brief names (BBC
// News, BBC Sport, NBC News, The Times of Israel, Sky News, The Telegraph,
// The Guardian, Reuters, ABC Australia; and AFP), half from outlets the
// other sets lack (Florida Today, Flashscore, Yorkshire Post, Firstpost,
// Automotive.com, Hivisasa, Cyclingnews, VentureBeat), on topics they
// have little of: a sentencing, a supreme court ruling, protests, an
// airport shutdown, a rocket launch and a lunar landing attempt, a pandemic, a
// climate summit, awards nights, tech events, markets, tennis, cricket,
// cycling, horse racing and an Olympic opening. Nobody has tuned the
// loader on them: their untouched score is the honest generalisation
// estimate. When it was added (19 pages, 18 outlets, 2008-2025) the
// loader reached titles 0.62, times 42/52, authors 5/6, quote recall
// 0.46, precision 1.00, no wrong speaker, no trap and 19 pieces of
// furniture. Its bars sit just below that score.
var holdout16Bars = bars{label: "HOLDOUT16", titles: 0.61, recall: 0.45, precision: 0.99, wrong: 0, traps: 0, chrome: 19}

// The seventeenth holdout set: pages marked "holdout17" in INDEX.tsv (370
// onward), gathered and labelled by reading after holdout16 had been
// merged, half from the big outlets the product brief names (BBC News,
// BBC Sport, The Independent, AP, The Guardian, CNN, Fox News, The New
// York Times), half from outlets the other sets lack (WAtoday, Shalhevet
// Boiling Point, Aftonbladet, AFP, InsightNZ, Cricket365, NESN, HuffPost
// India, TechRadar, The Spectator), on topics they have little of: a
// murder verdict, a doctors' strike, an ash cloud grounding flights, a
// cyclone and a hurricane, a mine rescue, a rocket launch, a stock market
// debut, a phone launch, an awards night, a royal wedding and a change of
// throne outside the UK, an inauguration, elections in Queensland and
// Delhi, golf, rugby, cricket, ice hockey and American football. Nobody
// has tuned the loader on them: their untouched score is the honest
// generalisation estimate. When it was added (20 pages, 18 outlets,
// 2009-2024) the loader reached titles 0.61, times 55/67, labels 0/2,
// authors 3/6, quote recall 0.36, precision 0.72, 2 wrong speakers, no
// trap and 10 pieces of furniture, on main at 8916cf6 and again with
// the rest of that stop's rules in. Its precision failures were then read
// (a Spectator page whose writers sign each post "PH:", taken for a
// speaker): precision 0.95, 1 wrong speaker. Reading blocks without
// quotes for names that speak in reported speech then raised its recall to
// 0.46 (one trap the change sprang on 384, "Finn Jackson; “…”", was read
// and fixed). Its other failures are still unread; its bars sit just below
// that.
var holdout17Bars = bars{label: "HOLDOUT17", titles: 0.60, recall: 0.45, precision: 0.95, wrong: 1, traps: 0, chrome: 10}

// The eighteenth holdout set: pages marked "holdout18" in INDEX.tsv (390
// onward), gathered and labelled by reading after holdout17 had been
// merged, half from the big outlets the product brief names (BBC News and
// its West Midlands page, The Guardian, The Washington Post, ABC
// Australia, The Telegraph, ITV, the Financial Times, Evening Standard,
// The Irish Times), half from outlets the other sets lack (The Courier,
// 9News, Bustle, India Today, The Canadian Press, Spaceflight Now, This
// Ongoing War, TalkLeft, Channels Television, The World of Celebrity), on
// a murder sentencing, an appeal verdict, floods, bushfires, rocket fire
// and a war, rail strikes, a budget, elections in the US, the UK, Canada
// and Ireland, a rocket launch, a watch launch, an awards night, American
// football, cricket and the World Cup. Nobody has tuned the loader on
// them: their untouched score is the honest generalisation estimate. When
// it was added (20 pages, 19 outlets, 2008-2024, measured at 5e29249) the
// loader reached titles 0.76, times 52/67, labels 1/1, authors 2/3, quote
// recall 0.52, precision 0.89, 3 wrong speakers, no trap and 10 pieces of
// furniture. Its bars sit just below that score.
var holdout18Bars = bars{label: "HOLDOUT18", titles: 0.75, recall: 0.51, precision: 0.88, wrong: 3, traps: 0, chrome: 10}

// The nineteenth holdout set: pages marked "holdout19" in INDEX.tsv (410
// onward), gathered and labelled by reading after holdout18 had been
// merged, all from the big outlets the product brief names (BBC News, BBC
// Sport, The Guardian, The Times of Israel, Al Jazeera, CNN, ABC
// Australia, Manchester Evening News, Liverpool Echo, WalesOnline, ITV,
// The Irish Times, AP, Sky News, CBS News), on a storm, a hurricane, the
// wars in Gaza and Ukraine, a tower-block fire, elections in the UK,
// Australia and the US, an election eve, a leadership interview, local
// breaking news, a morning news blog, a football afternoon and an Ashes
// Test. Nobody has tuned the
// loader on them: their untouched score is the honest generalisation
// estimate. When it was added (20 pages, 15 outlets, 2009-2024, measured
// at 7c05f82) the loader reached titles 0.81, times 29/39, labels 2/2,
// authors 0/2, quote recall 0.46, precision 0.81, 7 wrong speakers, no
// trap and 14 pieces of furniture. With the next stop's signature and
// standalone-quote rules in, none fitted to these pages, it read recall
// 0.48 and precision 0.82; its bars sit just below that.
var holdout19Bars = bars{label: "HOLDOUT19", titles: 0.80, recall: 0.47, precision: 0.81, wrong: 7, traps: 0, chrome: 14}

// The twentieth holdout set: pages marked "holdout20" in INDEX.tsv (430
// onward), gathered and labelled by reading after holdout18 had been
// merged, all from outlets the corpus lacks or barely has (The Verge,
// Engadget, Ultimate Rugby, Sport24, a tech blog, The Herald (Zimbabwe),
// Vanguard, The Local in Sweden and Germany, Moneycontrol, Mint,
// news.com.au, Pulse Kenya, NJ.com, News24, Fin24, The Irish Sun,
// Business Today, The Sound of Gunfire, Annenberg TV News), on phone and
// console launches, elections in Sweden, Germany, Australia and the US, a
// murder trial, a budget, a storm, a cyclone, protests, markets, an
// awards night, a royal wedding, rugby, football and cricket. Nobody has
// tuned the loader on them: their untouched score is the honest
// generalisation estimate. When it was added (20 pages, 19 outlets,
// 2008-2025, measured at 7c05f82) the loader reached titles 0.70, times
// 95/123, labels 0/7, quote recall 0.35, precision 0.85, 2 wrong
// speakers, no trap and 1 piece of furniture. Its bars sit just below
// that score.
var holdout20Bars = bars{label: "HOLDOUT20", titles: 0.69, recall: 0.34, precision: 0.84, wrong: 2, traps: 0, chrome: 1}

// bars are one set's floors and ceilings: titles, quote recall and
// precision at least, wrong speakers, traps and furniture at most.
type bars struct {
	label                     string
	titles, recall, precision float64
	wrong, traps, chrome      int
}

// setOrder is the sets in the order they are reported; INDEX.tsv's set
// column names them ("tuned" for a row without one).
var setOrder = []string{"tuned", "holdout", "holdout2", "holdout3", "holdout4", "holdout5", "holdout6", "holdout7", "holdout8", "holdout9", "holdout10", "holdout11", "holdout12", "holdout13", "holdout14", "holdout15", "holdout16", "holdout17", "holdout18", "holdout19", "holdout20"}

var setBars = map[string]bars{"tuned": tunedBars, "holdout": holdoutBars, "holdout2": holdout2Bars, "holdout3": holdout3Bars, "holdout4": holdout4Bars, "holdout5": holdout5Bars, "holdout6": holdout6Bars, "holdout7": holdout7Bars, "holdout8": holdout8Bars, "holdout9": holdout9Bars, "holdout10": holdout10Bars, "holdout11": holdout11Bars, "holdout12": holdout12Bars, "holdout13": holdout13Bars, "holdout14": holdout14Bars, "holdout15": holdout15Bars, "holdout16": holdout16Bars, "holdout17": holdout17Bars, "holdout18": holdout18Bars, "holdout19": holdout19Bars, "holdout20": holdout20Bars}

// check logs a set's aggregate line and fails below its bars.
func (b bars) check(t *testing.T, pages, outlets int, s pageScore) {
	titles, recall, precision := summary(t, b.label, pages, outlets, s)
	name := strings.Trim(strings.ToLower(strings.TrimPrefix(b.label, "ALL ")), "()")
	if titles < b.titles {
		t.Errorf("%s titles %.2f, the floor is %.2f", name, titles, b.titles)
	}
	if recall < b.recall {
		t.Errorf("%s quote recall %.2f, the floor is %.2f", name, recall, b.recall)
	}
	if precision < b.precision {
		t.Errorf("%s quote precision %.2f, the floor is %.2f", name, precision, b.precision)
	}
	if s.wrong > b.wrong {
		t.Errorf("%s: %d quotes went to the wrong speaker, at most %d", name, s.wrong, b.wrong)
	}
	if s.traps > b.traps {
		t.Errorf("%s: %d traps sprung, at most %d", name, s.traps, b.traps)
	}
	if s.chrome > b.chrome {
		t.Errorf("%s: %d pieces of page furniture in paragraphs, at most %d", name, s.chrome, b.chrome)
	}
}

type goldPage struct {
	URL    string `json:"url"`
	Outlet string `json:"outlet"`
	Year   int    `json:"year"`
	Shape  string `json:"shape"`
	Posts  []struct {
		Title  string `json:"title"`
		Label  string `json:"label"`
		Time   string `json:"time"`
		Zone   string `json:"zone"`
		Date   string `json:"date"`
		When   string `json:"when"`
		Author string `json:"author"`
	} `json:"posts"`
	Quotes []struct {
		Text    string `json:"text"`
		Speaker string `json:"speaker"`
	} `json:"quotes"`
	Traps []struct {
		Text string `json:"text"`
		Not  string `json:"not"`
	} `json:"traps"`
	Chrome []string `json:"chrome"`
}

// pageScore is one page's counts.
type pageScore struct {
	posts, titles, timed, timesOK, labels, labelsOK, authors, authorsOK int
	quotes, found, right, wrong, unsure, extra, traps, chrome           int
	shape                                                               string
}

func (s *pageScore) add(o pageScore) {
	s.posts += o.posts
	s.titles += o.titles
	s.timed += o.timed
	s.timesOK += o.timesOK
	s.labels += o.labels
	s.labelsOK += o.labelsOK
	s.authors += o.authors
	s.authorsOK += o.authorsOK
	s.quotes += o.quotes
	s.found += o.found
	s.right += o.right
	s.wrong += o.wrong
	s.unsure += o.unsure
	s.extra += o.extra
	s.traps += o.traps
	s.chrome += o.chrome
}

func TestPages(t *testing.T) {
	golds, err := filepath.Glob("testdata/pages/*.gold.json")
	if err != nil || len(golds) == 0 {
		t.Fatalf("no gold pages: %v", err)
	}
	people := seedBytes(t, "people.json")
	sets := pageSets(t)
	sums := map[string]*pageScore{}
	pages := map[string]int{}
	outlets := map[string]map[string]bool{}
	t.Logf("%-44s %-7s %-10s %-10s %5s %6s %5s %5s %5s %5s %5s %5s %5s %5s", "page", "set", "shape", "gold", "posts", "titles", "times", "quote", "found", "right", "wrong", "extra", "traps", "chrom")
	for _, gf := range golds {
		base := strings.TrimSuffix(gf, ".gold.json")
		var g goldPage
		raw, err := os.ReadFile(gf)
		if err != nil {
			t.Fatal(err)
		}
		if err := json.Unmarshal(raw, &g); err != nil {
			t.Fatalf("%s: %v", gf, err)
		}
		data, err := os.ReadFile(base + ".txt")
		if err != nil {
			t.Fatal(err)
		}
		b, err := Load(Config{People: people}, Source{Name: "page", Origin: base + ".txt", Data: data})
		if err != nil {
			t.Errorf("%s: %v", base, err)
			continue
		}
		name := filepath.Base(base)
		set, ok := sets[name+".txt"]
		if !ok {
			t.Errorf("%s: no row in testdata/pages/INDEX.tsv", name)
		}
		s := scorePage(t, name, &g, b)
		if _, known := setBars[set]; !known {
			set = "tuned"
		}
		if sums[set] == nil {
			sums[set], outlets[set] = &pageScore{}, map[string]bool{}
		}
		sums[set].add(s)
		pages[set]++
		outlets[set][g.Outlet] = true
		t.Logf("%-44s %-7s %-10s %-10s %5d %6d %5s %5d %5d %5d %5d %5d %5d %5d", name, set, s.shape, g.Shape,
			s.posts, s.titles, fmt.Sprintf("%d/%d", s.timesOK, s.timed), s.quotes, s.found, s.right, s.wrong, s.extra, s.traps, s.chrome)
	}
	for _, set := range setOrder {
		if sum := sums[set]; sum != nil {
			setBars[set].check(t, pages[set], len(outlets[set]), *sum)
		}
	}
}

// summary logs one aggregate line and returns its title share, quote
// recall and quote precision.
func summary(t *testing.T, label string, pages, outlets int, s pageScore) (titles, recall, precision float64) {
	titles = ratio(s.titles, s.posts)
	recall = ratio(s.right, s.quotes)
	precision = ratio(s.right, s.right+s.wrong+s.extra)
	t.Logf("%s: %d pages, %d outlets; titles %.2f, times %d/%d, labels %d/%d, authors %d/%d; quotes %d: recall %.2f, precision %.2f (%d right, %d wrong speaker, %d unattributed, %d not in gold), traps %d, chrome %d",
		label, pages, outlets, titles, s.timesOK, s.timed, s.labelsOK, s.labels, s.authorsOK, s.authors,
		s.quotes, recall, precision, s.right, s.wrong, s.unsure, s.extra, s.traps, s.chrome)
	return titles, recall, precision
}

// pageSets reads testdata/pages/INDEX.tsv: each page's file and its set,
// "tuned" for the pages the loader's rules were written against,
// "holdout" and "holdout2" for pages kept out of that work and since used
// for tuning, and "holdout3", "holdout4", "holdout5", "holdout6",
// "holdout7", "holdout8", "holdout9", "holdout10", "holdout11",
// "holdout12", "holdout13", "holdout14", "holdout15", "holdout16",
// "holdout17", "holdout18" and "holdout19" for pages nobody has tuned the
// loader on.
func pageSets(t *testing.T) map[string]string {
	raw, err := os.ReadFile("testdata/pages/INDEX.tsv")
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(string(raw)), "\n")
	head := strings.Split(lines[0], "\t")
	col := slices.Index(head, "set")
	if col < 0 {
		t.Fatalf("INDEX.tsv has no set column: %q", lines[0])
	}
	sets := map[string]string{}
	for _, line := range lines[1:] {
		f := strings.Split(line, "\t")
		if len(f) != len(head) {
			t.Fatalf("INDEX.tsv: %d fields, want %d: %q", len(f), len(head), line)
		}
		if _, ok := setBars[f[col]]; !ok {
			t.Fatalf("INDEX.tsv: set %q is not one of %s: %q", f[col], strings.Join(setOrder, ", "), line)
		}
		sets[f[0]] = f[col]
	}
	return sets
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 1
	}
	return float64(a) / float64(b)
}

// scorePage compares one loaded page with its gold, reporting each miss
// with -v so a failing rule can be traced to the page and the post.
func scorePage(t *testing.T, name string, g *goldPage, b *model.Briefing) pageScore {
	s := pageScore{posts: len(g.Posts), shape: b.Sources[0].Shape}
	// page order: the model keeps posts oldest first
	var posts []model.Post
	for i := len(b.Posts) - 1; i >= 0; i-- {
		posts = append(posts, b.Posts[i])
	}
	next := 0
	for _, gp := range g.Posts {
		found := -1
		for j := next; j < len(posts); j++ {
			if norm(posts[j].Title) == norm(gp.Title) {
				found = j
				break
			}
		}
		if found < 0 {
			if testing.Verbose() {
				t.Logf("  %s: no post titled %q", name, gp.Title)
			}
			continue
		}
		next = found + 1
		s.titles++
		p := posts[found]
		if gp.Time != "" || gp.When != "" {
			s.timed++
			if norm(gp.Time) == norm(p.Time) && norm(gp.When) == norm(p.When) {
				s.timesOK++
			} else if testing.Verbose() {
				t.Logf("  %s: %q time %q%q, want %q%q", name, gp.Title, p.Time, p.When, gp.Time, gp.When)
			}
		}
		if gp.Label != "" || p.Label != "" {
			s.labels++
			if strings.EqualFold(gp.Label, p.Label) {
				s.labelsOK++
			}
		}
		if gp.Author != "" || p.Author.Name != "" {
			s.authors++
			if norm(gp.Author) == norm(p.Author.Name) {
				s.authorsOK++
			} else if testing.Verbose() {
				t.Logf("  %s: %q author %q, want %q", name, gp.Title, p.Author.Name, gp.Author)
			}
		}
	}

	speaker := func(st model.Statement) string {
		if p, ok := b.Person(st.Speaker); ok {
			return p.Name
		}
		return st.Speaker
	}
	// the gold lists direct quotes; reported clauses are not scored
	var direct []model.Statement
	for _, st := range b.Statements {
		if st.Kind == model.Direct {
			direct = append(direct, st)
		}
	}
	b = &model.Briefing{Posts: b.Posts, People: b.People, Statements: direct, Sources: b.Sources}
	b.Reindex()
	matched := make([]bool, len(b.Statements))
	for _, q := range g.Quotes {
		if q.Speaker != "" {
			s.quotes++
		}
		got := -1
		for i, st := range b.Statements {
			if holds(st, q.Text) {
				got = i
				break
			}
		}
		if got < 0 {
			if q.Speaker != "" && testing.Verbose() {
				t.Logf("  %s: missed %q (%s)", name, clip(q.Text), q.Speaker)
			}
			continue
		}
		matched[got] = true
		st := b.Statements[got]
		who := speaker(st)
		switch {
		case q.Speaker == "":
			s.unsure++
			if who != "" {
				s.wrong++
				if testing.Verbose() {
					t.Logf("  %s: %q given to %s; the text does not say who", name, clip(q.Text), who)
				}
			}
		case sameSpeaker(who, q.Speaker):
			s.found++
			s.right++
		default:
			s.found++
			s.wrong++
			if testing.Verbose() {
				t.Logf("  %s: %q given to %s, want %s", name, clip(q.Text), who, q.Speaker)
			}
		}
	}
	for i, st := range b.Statements {
		if matched[i] {
			continue
		}
		sprung := false
		for _, tr := range g.Traps {
			if holds(st, tr.Text) && sameSpeaker(speaker(st), tr.Not) {
				sprung = true
			}
		}
		if sprung {
			continue // counted below
		}
		s.extra++
		if testing.Verbose() {
			t.Logf("  %s: not in gold: %q to %s", name, clip(st.Quote), speaker(st))
		}
	}
	for _, tr := range g.Traps {
		for _, st := range b.Statements {
			if holds(st, tr.Text) && sameSpeaker(speaker(st), tr.Not) {
				s.traps++
				if testing.Verbose() {
					t.Logf("  %s: trap: %q given to %s", name, clip(tr.Text), tr.Not)
				}
				break
			}
		}
	}
	for _, p := range b.Posts {
		for _, bl := range p.Body {
			if bl.Kind == model.BlockCaption {
				continue
			}
			for _, c := range g.Chrome {
				if strings.Contains(bl.Text, c) {
					s.chrome++
					if testing.Verbose() {
						t.Logf("  %s: furniture %q in a %s: %q", name, c, bl.Kind, clip(bl.Text))
					}
				}
			}
		}
	}
	return s
}

// norm folds case, quote marks and spacing for comparing titles and names.
func norm(s string) string {
	s = strings.Map(func(r rune) rune {
		switch r {
		case '‘', '’', '`', '´':
			return '\''
		case '“', '”':
			return '"'
		}
		return unicode.ToLower(r)
	}, s)
	return strings.Join(strings.Fields(s), " ")
}

// holds reports a statement holding a gold quote. A quote of a word or
// two ("emotional") is a quoted span of its own: it is held by a part of
// the statement that is those words, or opens with them, not by a longer
// quote that happens to use the word ("it's quite emotional but ...").
func holds(st model.Statement, want string) bool {
	w := bare(want)
	if len(strings.Fields(w)) >= 3 {
		return sameQuote(st.Quote, want)
	}
	parts := st.Parts
	if len(parts) == 0 {
		parts = []string{st.Quote}
	}
	for _, p := range parts {
		if g := bare(p); g == w || strings.HasPrefix(g, w+" ") {
			return true
		}
	}
	return false
}

// sameQuote reports a statement holding a gold quote's words, or most of
// them: a statement of four words or more that makes up at least half of
// the gold quote (a quote cut where the page breaks it into two).
func sameQuote(got, want string) bool {
	g, w := bare(got), bare(want)
	if g == "" || w == "" {
		return false
	}
	return strings.Contains(g, w) || len(strings.Fields(g)) >= 4 && 2*len(g) >= len(w) && strings.Contains(w, g)
}

// bare keeps a quote's words: letters, digits and single spaces.
func bare(s string) string {
	s = strings.Map(func(r rune) rune {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return unicode.ToLower(r)
		}
		return ' '
	}, s)
	return strings.Join(strings.Fields(s), " ")
}

// sameSpeaker matches a found speaker with the gold's: the same name, the
// same surname, or one description inside the other ("Downing Street
// spokesman" and "a Downing Street spokesman").
func sameSpeaker(got, want string) bool {
	g, w := bare(got), bare(want)
	if g == "" || w == "" {
		return false
	}
	for _, art := range []string{"a ", "an ", "the "} {
		g, w = strings.TrimPrefix(g, art), strings.TrimPrefix(w, art)
	}
	if g == w || inside(g, w) || inside(w, g) {
		return true
	}
	gf, wf := strings.Fields(g), strings.Fields(w)
	if gf[len(gf)-1] != wf[len(wf)-1] {
		return false
	}
	// one surname, two first names: "Steve Dauncey" is not his daughter
	// "Isabelle Dauncey"; "Mr Sunak" is "Rishi Sunak"
	if len(gf) >= 2 && len(wf) >= 2 {
		a, b := gf[len(gf)-2], wf[len(wf)-2]
		return oneEdit(a, b) || titleWord(a) || titleWord(b)
	}
	return true
}

// oneEdit reports two words at most one letter apart: "Micheal" and
// "Micheál" are one first name spelt two ways.
func oneEdit(a, b string) bool {
	x, y := []rune(a), []rune(b)
	if len(x) < len(y) {
		x, y = y, x
	}
	if len(x)-len(y) > 1 {
		return false
	}
	i := 0
	for i < len(y) && x[i] == y[i] {
		i++
	}
	if len(x) == len(y) {
		return string(x[i+min(1, len(x)-i):]) == string(y[i+min(1, len(y)-i):])
	}
	return string(x[i+1:]) == string(y[i:])
}

// titleWord reports a word before a surname that is a title, not a first
// name: "Mr", "Dr", "President".
func titleWord(w string) bool { return honorific(w) != "" || isRoleWord(w) || len(w) == 1 }

// inside reports short in long: anywhere for a spelling that runs on
// ("Zelensky" in "Zelenskyy"), but an acronym of two or three letters only
// as a whole word ("BA" is not inside "BALPA").
func inside(long, short string) bool {
	if len(short) <= 3 {
		return strings.Contains(" "+long+" ", " "+short+" ")
	}
	return strings.Contains(long, short)
}

func clip(s string) string {
	if len(s) > 60 {
		return s[:60] + "…"
	}
	return s
}

// The scorer itself: a quote of a word or two is a span of its own, and
// one surname is two people when the first names differ.
func TestScorerMatching(t *testing.T) {
	long := model.Statement{Quote: "I was a bit upset, it's quite emotional but good", Parts: []string{"I was a bit upset, it's quite emotional but good"}}
	if holds(long, "emotional") {
		t.Error("a one-word quote was found inside a longer quote that uses the word")
	}
	if !holds(model.Statement{Quote: "emotional", Parts: []string{"emotional"}}, "emotional") || !holds(long, "I was a bit upset") {
		t.Error("a quote was not found in the statement that is it")
	}
	for _, c := range []struct {
		got, want string
		same      bool
	}{
		{"Steve Dauncey", "Isabelle Dauncey", false}, {"Ten-year-old Isabelle Dauncey", "Isabelle Dauncey", true},
		{"Mr Sunak", "Rishi Sunak", true}, {"Micheal Martin", "Micheál Martin", true}, {"Lynch", "Mick Lynch", true},
		{"Joe Biden", "Jill Biden", false}, {"Downing Street spokesman", "a Downing Street spokesman", true},
	} {
		if got := sameSpeaker(c.got, c.want); got != c.same {
			t.Errorf("sameSpeaker(%q, %q) = %v", c.got, c.want, got)
		}
	}
}
