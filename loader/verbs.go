package loader

import (
	"maps"
	"slices"
)

// speechVerbs introduce someone's words: `Merz said`, `said Merz`,
// `saying "..."`, `hailed by Trump as "..."`. Base forms ("say", "tell")
// are left out: "had to say" and "wanted to tell" report nothing.
var speechVerbs = set(
	"said", "says", "saying", "told", "tells", "telling", "added", "adds", "adding",
	"urged", "urges", "urging", "wrote", "writes", "writing", "called", "calls", "calling",
	"described", "describes", "describing", "noted", "notes", "noting", "stressed", "stresses", "stressing",
	"emphasised", "emphasises", "emphasising", "emphasized", "emphasizes", "emphasizing",
	"reiterated", "reiterates", "reiterating", "promised", "promises", "promising",
	"suggested", "suggests", "suggesting", "admitted", "admits", "admitting",
	"concluded", "concludes", "remarked", "remarks", "remarking",
	"echoed", "echoes", "echoing", "confirmed", "confirms", "confirming", "argued", "argues", "arguing",
	"insisted", "insists", "insisting", "warned", "warns", "warning", "claimed", "claims", "claiming",
	"announced", "announces", "announcing", "declared", "declares", "declaring", "hailed", "hails", "hailing",
	"explained", "explains", "explaining", "asked", "asks", "asking", "replied", "replies", "replying",
	"responded", "responds", "responding", "acknowledged", "acknowledges", "acknowledging",
	"stated", "states", "stating", "tweeted", "tweets", "posted", "vowed", "vows", "vowing",
	"pledged", "pledges", "pledging", "predicted", "predicts", "dubbed", "dubs", "branded", "brands",
	"recalled", "recalls", "conceded", "concedes", "demanded", "demands", "quipped", "joked", "continued",
	"reads", "mentioned", "mentions", "commented", "comments", "observed", "observes", "replied", "answered", "answers",
	"texted", "messaged", "testified", "testifies", "recounted", "recounts",
	"cautioned", "cautions", "lamented", "laments", "countered", "counters", "retorted", "boasted", "boasts",
	"complained", "complains", "accused", "accuses", "alleged", "alleges", "asserted", "asserts",
	"contended", "contends", "disclosed", "revealed", "reveals", "maintained", "maintains", "mused", "muses",
	"pleaded", "pleads", "proclaimed", "proclaims", "shouted", "shouts", "screamed", "yelled", "chanted", "chants",
	"signalled", "signaled", "speculated", "wondered", "wonders", "implored", "implores", "begged", "hinted",
	"tweeting", "posting", "writing", "blogged", "briefed", "briefs", "recalled", "recalling", "stressing",
	"speaks", "speaking", "emails", "emailed", "likened", "likens", "likening", "accusing", "alleging", "asserting",
	// criticism and praise report the words they quote: "Boris Johnson
	// slammed the “unnecessary aggravation”"
	"slammed", "slams", "blasted", "blasts", "criticised", "criticises", "criticized", "criticizes",
	"condemned", "condemns", "praised", "praises", "welcomed", "welcomes", "dismissed", "dismisses",
	"blamed", "blames", "labelled", "labeled", "lauded", "lambasted", "derided", "decried",
	"congratulated", "congratulates", "thanked",
	"slamming", "criticising", "criticizing", "condemning", "praising", "welcoming", "congratulating", "blaming",
)

// reportedVerbs may carry reported speech without quote marks:
// "Putin had agreed to a meeting, Merz said".
var reportedVerbs = set(
	"said", "says", "told", "tells", "added", "adds", "confirmed", "confirms", "argued", "argues",
	"insisted", "insists", "warned", "warns", "stressed", "stresses", "emphasised", "emphasized",
	"noted", "reiterated", "admitted", "acknowledged", "announced",
)

// auxiliaries may stand between a speaker and the verb: "Zelensky has also said".
var auxiliaries = set("has", "have", "had", "also", "earlier", "later", "repeatedly", "only", "both",
	"then", "again", "previously", "reportedly", "would", "will", "once", "himself", "herself", "publicly", "privately")

// objectWords may follow a verb before the reported clause: "told reporters that".
var objectWords = set("reporters", "journalists", "bbc", "press", "media", "broadcasters", "that",
	"earlier", "later", "also", "today", "him", "her", "them", "parliament", "cnn", "monday",
	"tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "only", "audience", "crowd")

func set(words ...string) *wordSet {
	ws := &wordSet{words: make(map[string]bool, len(words))}
	for _, w := range words {
		ws.words[w] = true
		ws.may.add(w)
		ws.longest = max(ws.longest, len(w))
	}
	return ws
}

// wordSet is a set of words that most words looked up are not in.
type wordSet struct {
	words   map[string]bool
	may     wordFilter
	longest int
}

func (ws *wordSet) has(w string) bool { return ws.may.may(w) && ws.words[w] }

// hasFold is has(lower-cased w) for w of ASCII letters.
func (ws *wordSet) hasFold(w string) bool {
	if len(w) > ws.longest {
		return false
	}
	var buf [32]byte
	b := buf[:0]
	for i := 0; i < len(w); i++ {
		c := w[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		b = append(b, c)
	}
	return ws.has(string(b))
}

// wordFilter answers "certainly not" for most words without hashing them:
// one bit per (length, first byte, last byte) of the words added. Each
// token of a page is looked up in a set or two; few are in any.
type wordFilter [1024 / 64]uint64

func filterBit(w string) uint {
	return (uint(len(w))*131 + uint(w[0])*31 + uint(w[len(w)-1])) % 1024
}

func (f *wordFilter) add(w string) {
	if w != "" {
		b := filterBit(w)
		f[b/64] |= 1 << (b % 64)
	}
}

func (f *wordFilter) may(w string) bool {
	if w == "" {
		return true // no bit for it: ask the map
	}
	b := filterBit(w)
	return f[b/64]&(1<<(b%64)) != 0
}

// determiners make the speech verb after them a noun.
var determiners = set("the", "a", "an", "his", "her", "their", "its", "our", "this", "these", "those")

// speechAt reports a speech verb at toks[k]: one of speechVerbs, the
// "puts" of "as Mark Twain puts it", or the "say" of "BA has this to say",
// "Labour had this to say in response:". A subject stands right before
// "puts"; before "say", before "has this to" (subjectOf walks back past
// it, sourceBefore and speaksAt step over it).
func speechAt(toks []token, k int) bool {
	return speechHeads.may.may(toks[k].lower) && speechAtWord(toks, k)
}

// speechAtWord is speechAt past the filter. Loops over every token call
// it behind speechHeads.may.may themselves: the filter inlines there, and
// most tokens go no further.
func speechAtWord(toks []token, k int) bool {
	w := toks[k].lower
	if !speechHeads.words[w] {
		return false
	}
	if speechVerbs.words[w] {
		// after a determiner the word is a noun: "the warning center
		// said", "his remarks", "the claims were denied"
		return k == 0 || !determiners.has(toks[k-1].lower)
	}
	switch w {
	case "points", "pointed", "pointing":
		// "Tharoor points out.", "as she pointed out": speech only with
		// "out", and not a count of points ("three points out of the top
		// six", "the points out of reach")
		return k+1 < len(toks) && toks[k+1].lower == "out" && (k == 0 || !determiners.has(toks[k-1].lower) && !countWord(toks[k-1].lower))
	case "puts", "put":
		// "As Mark Twain puts it:", "as one minister put it,"
		return k+1 < len(toks) && toks[k+1].lower == "it" && !toks[k].inQuote
	case "say":
		return thisToSay(toks, k) || willSay(toks, k)
	case "tell", "warn", "announce", "urge", "insist", "argue", "add", "declare":
		return willSay(toks, k)
	}
	return false
}

// willSay reports a base form after "will" or "would", the speech a page
// previews: "She will tell MPs:", "he is expected to say" is not, nor
// "had to say".
func willSay(toks []token, k int) bool {
	if k < 1 || toks[k].inQuote {
		return false
	}
	j := k - 1
	if toks[j].lower == "also" && j > 0 {
		j--
	}
	return toks[j].lower == "will" || toks[j].lower == "would"
}

// thisToSay reports the "say" of "BA has this to say", "had this to say".
func thisToSay(toks []token, k int) bool {
	if k < 3 || toks[k].inQuote || toks[k-1].lower != "to" || toks[k-2].lower != "this" {
		return false
	}
	switch toks[k-3].lower {
	case "has", "had", "have":
		return true
	}
	return false
}

// speechHeads are the words speechAt may say yes to, asked first.
var speechHeads = set(append(slices.Collect(maps.Keys(speechVerbs.words)), "puts", "put", "say", "tell", "warn", "announce", "urge", "insist", "argue", "add", "declare",
	"points", "pointed", "pointing")...)

// countWord reports a number written as digits or as a word up to twelve.
func countWord(w string) bool {
	if w != "" && w[0] >= '0' && w[0] <= '9' {
		return true
	}
	switch w {
	case "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "few", "many", "several":
		return true
	}
	return false
}

// toldVerbs put who is spoken to after them, never who speaks: "...,"
// Guardiola tells Geoff Shreeves.
var toldVerbs = set("told", "tells", "telling", "congratulated", "congratulates", "congratulating", "thanked", "urged", "urges", "urging", "briefed", "briefs", "texted", "messaged", "begged", "implored", "implores")
