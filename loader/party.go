package loader

import "strings"

// partyTag reports that toks[k] is an American party tag in brackets
// right after a name: "Dennis Hastert (R-IL)", "Nancy Pelosi (D-Calif.)".
// It stands between the name and its verb without being either, so the
// people pass steps over it when asking whether the name speaks.
func partyTag(s string, toks []token, k int) bool {
	if k <= 0 || k >= len(toks) {
		return false
	}
	t := &toks[k]
	w := s[t.start:t.end]
	if len(w) < 3 || w[1] != '-' || !strings.ContainsRune("RDI", rune(w[0])) || w[2] < 'A' || w[2] > 'Z' {
		return false
	}
	gap := strings.TrimSpace(s[toks[k-1].end:t.start])
	return gap == "(" && strings.HasPrefix(strings.TrimLeft(s[t.end:], "."), ")")
}
