package loader

import "strings"

// bulletShape reads posts that each open with a bullet mark, the text of
// the post following on the bullet's line and on indented lines under it:
//
//   - A nightclub fire killed at least 233 people ...
//     More than 300 people ...
//
// Bullets of a list inside a post sit line after line with no indented
// text between them; the summary's bullets sit above the first post.
type bulletShape struct{}

func (bulletShape) name() string { return "bullet" }

func (bulletShape) score(lines []string) int { return len(bulletHeads(lines)) }

func (bulletShape) read(lines []string) page {
	return readPosts(lines, bulletHeads(lines), true)
}

// bulletIndent is the indent of a page's outermost bullets, -1 when it
// has none.
func bulletIndent(lines []string) int {
	top := -1
	for _, raw := range lines {
		if _, ok := cutBullet(strings.TrimSpace(raw)); ok {
			if in := len(raw) - len(strings.TrimLeft(raw, " \t")); top < 0 || in < top {
				top = in
			}
		}
	}
	return top
}

func bulletHeads(lines []string) []head {
	// posts are the outermost bullets; a roundup's bullets nest inside one
	top := bulletIndent(lines)
	var heads []head
	cont := 0 // bullets with indented text under them: the sign of the shape
	for i, raw := range lines {
		l := strings.TrimSpace(raw)
		t, ok := cutBullet(l)
		if !ok || t == "" || isChrome(l) && !datedStamp(t) {
			continue // a dated stamp is a post, even one that only shows a picture
		}
		indent := len(raw) - len(strings.TrimLeft(raw, " \t"))
		if indent != top {
			continue
		}
		under := false
		if j := nextText(lines, i+1); j >= 0 {
			next := lines[j]
			under = len(next)-len(strings.TrimLeft(next, " \t")) > indent
		}
		if under {
			cont++
		}
		// from the first bullet with text under it, every outer bullet is
		// a post, a one-line one too ("More video from tonight's protests")
		if under || cont > 0 {
			heads = append(heads, head{start: i, body: i, titleFromBody: true})
		}
	}
	if cont < 2 {
		return nil
	}
	return heads
}

// datedStamp reports a line that is only a time and its date: "12/26/2013
// 5:25:00 PM".
func datedStamp(l string) bool {
	st, ok := clockLine(l)
	return ok && st.date != ""
}
