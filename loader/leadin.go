package loader

import (
	"strings"
	"unicode/utf8"

	"briefing/model"
)

// A colon lead-in announces a block quote in the paragraphs under it:
//
//	In a statement British Transport Police said:
//	“Manchester Piccadilly station has now re-opened ...
//	A man has been arrested ...”
//
// The quoted paragraphs open with a quote mark and the last may be the
// only one that closes (the Guardian's lone ”). They belong to whoever the
// lead-in's speech verb belongs to; a lead-in whose speaker cannot be told
// announces nobody's words.

// leadIn reports who a block that ends with a colon announces: the speaker
// its last sentence gave, or nil.
func (a *attributor) leadIn(u *unit, text string) *person {
	if !strings.HasSuffix(strings.TrimSpace(text), ":") {
		return nil
	}
	// only a speaker named in the lead-in itself: "A Downing Street
	// spokesman said:" names nobody, and the last speaker is not its man
	for i := len(a.acts) - 1; i >= 0; i-- {
		if ac := a.acts[i]; ac.subject != nil && ac.named {
			return ac.subject
		}
	}
	return nil
}

// quotedBlock reads a paragraph under a lead-in: its words without the
// quote marks that open (and may close) it, and whether it closes.
func quotedBlock(text string) (words string, opens, closes bool) {
	t := strings.TrimSpace(text)
	r, size := utf8.DecodeRuneInString(t)
	if !isOpenMark(r) {
		return "", false, false
	}
	t = t[size:]
	if l, lsize := utf8.DecodeLastRuneInString(t); isCloseMark(l) {
		t, closes = t[:len(t)-lsize], true
	}
	return strings.TrimSpace(t), true, closes
}

func isOpenMark(r rune) bool  { return r == '"' || r == '“' || r == '‘' || r == '\'' || r == '«' }
func isCloseMark(r rune) bool { return r == '"' || r == '”' || r == '’' || r == '\'' || r == '»' }

// leadBlock records a paragraph under a lead-in as the announced speaker's
// words when it opens with a quote mark, or goes on with an open quote. It
// reports whether the lead-in goes on to the next paragraph.
func (a *attributor) leadBlock(u *unit, text string) bool {
	words, opens, closes := quotedBlock(text)
	fresh := u.leadFresh
	u.leadFresh = false
	if !opens && !u.leadOpen {
		// "Banks said:" then a paragraph with no marks at all: the
		// Guardian's block quote. Only the first paragraph, and only prose.
		w := strings.TrimSpace(text)
		if !fresh || wordCount(w) < 5 || strings.ContainsAny(w, "\"“”") || !endsSentence(w) {
			return false
		}
		a.rec.add(u.lead.ID, model.Direct, w, w, u.cite)
		return false
	}
	if !opens {
		// a paragraph inside an open quote belongs to it only when it closes
		// it (the lone ” of a block quote); else the writer left the quote open
		words = strings.TrimSpace(text)
		l, size := utf8.DecodeLastRuneInString(words)
		if !isCloseMark(l) {
			return false
		}
		words, closes = strings.TrimSpace(words[:len(words)-size]), true
	}
	if u.cont >= 0 {
		return true // the sentence reader goes on with the open quote itself
	}
	if inner := strings.IndexAny(words, "\"“”"); inner >= 0 || !hasLetter(words) || wordCount(words) < 3 {
		return false // quotes inside: the sentence reader has them
	}
	a.rec.add(u.lead.ID, model.Direct, words, strings.TrimSpace(text), u.cite)
	u.leadOpen = opens && !closes || u.leadOpen && !closes
	return true
}
