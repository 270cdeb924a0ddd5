package model

import "strings"

// containsEach reports which texts contain q. Searching every post is the
// one filter step that reads the whole briefing (13 MB for 10,000 posts),
// and it runs on one core: model starts no goroutines. What makes it fast
// is where it looks. strings.Contains jumps to the query's first byte and
// checks there; for a query that opens with common letters ("and z") that
// is a check every few bytes, and it ends up comparing at every position.
// Jumping instead to the query's rarest byte (the "z") with the vectorised
// IndexByte checks only where the query can be (BenchmarkApplySearch).
func containsEach(texts []string, q string) []bool {
	hit := make([]bool, len(texts))
	k := rarest(q)
	for i, t := range texts {
		hit[i] = containsAt(t, q, k)
	}
	return hit
}

// containsAt is strings.Contains(s, q), found by jumping to q[k]. When q[k]
// turns out common in s after all, the rest of s goes to strings.Contains,
// whose brute force then wins.
func containsAt(s, q string, k int) bool {
	if len(q) <= 1 || k == 0 {
		return strings.Contains(s, q)
	}
	c := q[k]
	fails := 0
	for i := k; i < len(s); {
		j := strings.IndexByte(s[i:], c)
		if j < 0 {
			return false
		}
		start := i + j - k
		if start+len(q) <= len(s) && s[start:start+len(q)] == q {
			return true
		}
		i += j + 1
		if fails++; fails > 4+i>>4 { // as often as every 16 bytes: not rare here
			return strings.Contains(s[start+1:], q)
		}
	}
	return false
}

// byFrequency is lower-case English text's bytes, most frequent first;
// a byte that is not here (a digit, a mark, a byte of a non-ASCII letter)
// counts as rarer than any of them.
const byFrequency = " etaoinsrhldcumfpgwybvkxjqz"

// rarest is the index of the byte of q that English text holds least.
func rarest(q string) int {
	best, bestRank := 0, -1
	for i := 0; i < len(q); i++ {
		r := strings.IndexByte(byFrequency, q[i])
		if r < 0 {
			r = len(byFrequency)
		}
		if r > bestRank {
			best, bestRank = i, r
		}
	}
	return best
}
