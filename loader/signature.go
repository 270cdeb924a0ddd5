package loader

import (
	"strings"

	"briefing/model"
)

// Signature lines: a paragraph that is only a name and who they are,
// "Iain Carter, BBC golf correspondent", "Rain Newton-Smith, Director of
// Economics, CBI". The BBC's quote boxes and pundit panels sign a quoted
// paragraph with one, above it or below it; the name speaks nowhere else.

// maxSignature is the longest a signature line runs, in bytes.
const maxSignature = 160

// maySign is the cheap look before signatureLine: a short line opening
// with a capital and holding a comma, without quote marks.
func maySign(text string) bool {
	return len(text) <= maxSignature && len(text) > 0 && 'A' <= text[0] && text[0] <= 'Z' &&
		strings.Contains(text, ", ") && strings.IndexByte(text, '\n') < 0 && !maySpeak(text)
}

// signatureLine reads a signature line: a full name, maybe "at" a place
// ("Andrew Magee at Augusta,"), a comma, and a description of at most a
// dozen words holding a role or a body, with no verb of its own. It
// returns the name and the description, or ok false.
func signatureLine(s string, toks []token) (name, role string, ok bool) {
	if !maySign(s) || len(toks) < 3 || !toks[0].upper {
		return "", "", false
	}
	n := nameAt(s, toks, 0)
	if n < 2 || n >= len(toks) || toks[n-1].poss {
		return "", "", false
	}
	k := n
	if toks[k].lower == "at" && k+1 < len(toks) && toks[k+1].upper {
		// "Andrew Magee at Augusta, ...": where they are speaking from
		k++
		for k+1 < len(toks) && toks[k+1].upper && adjacent(s, &toks[k], &toks[k+1]) {
			k++
		}
		k++
	}
	if k >= len(toks) || strings.TrimSpace(s[toks[k-1].end:toks[k].start]) != "," {
		return "", "", false
	}
	rest := toks[k:]
	if len(rest) > 12 {
		return "", "", false
	}
	described := false
	for i := range rest {
		t := &rest[i]
		if speechVerbs.has(t.lower) || auxiliaries.has(t.lower) || t.lower == "who" || t.lower == "which" || t.lower == "and" && i == 0 {
			return "", "", false // a clause: "Boris Johnson, who won ..., said"
		}
		described = described || isRoleWord(t.lower) || vocabulary().bodies[t.lower] || acronym(t.text(s))
	}
	if tail := strings.TrimSpace(s[rest[len(rest)-1].end:]); !described || tail != "" && tail != "." {
		return "", "", false
	}
	return joinTokens(s, toks[:n]), s[rest[0].start:rest[len(rest)-1].end], true
}

// signer is the person a signature line names, when the block just
// scanned is one: the first mention, covering the name.
func (a *attributor) signer() *person {
	if len(a.ms) == 0 || a.ms[0].from != 0 || a.ms[0].p.Group == model.GroupSource {
		return nil
	}
	if name, _, ok := signatureLine(a.text, a.toks); ok && a.toks[a.ms[0].to-1].end == len(name) {
		return a.ms[0].p
	}
	return nil
}

// signedBelow is the person who signs body[i] from the line under it: a
// paragraph in quote marks, then a signature line that heads no
// quoted paragraph of its own. It scans body[i+1]; the caller scans
// body[i] after.
func (a *attributor) signedBelow(body []model.Block, i int) *person {
	if i+1 >= len(body) || !maySign(body[i+1].Text) {
		return nil
	}
	// BBC quote boxes often drop the closing mark: opening one is enough,
	// with no other mark inside
	if words, opens, _ := quotedBlock(body[i].Text); !opens || strings.ContainsAny(words, "\"“”") {
		return nil
	}
	if i+2 < len(body) {
		if _, opens, _ := quotedBlock(body[i+2].Text); opens {
			return nil // the line heads the next quote: leadIn's
		}
	}
	a.scan(body[i+1].Text)
	a.ms = a.m.appendFind(a.ms[:0], a.text, a.toks)
	return a.signer()
}
