package loader

import "strings"

// markerShape reads posts that end with a marker line, as pages built on
// live-blog platforms copy:
//
//	Travel update
//	It looks like the roads ...
//	• Share
//
// or untitled posts between "Comment ()" lines. A post's first line is its
// title when it reads as a headline with text under it.
type markerShape struct{}

func (markerShape) name() string { return "marker" }

func (markerShape) score(lines []string) int {
	n := 0
	for _, l := range lines {
		if len(l) < 64 && isMarker(l) {
			n++
		}
	}
	return n
}

func (markerShape) read(lines []string) page {
	var heads []head
	start := firstPostLine(lines, 0)
	for i, l := range lines {
		if len(l) >= 64 || !isMarker(l) {
			continue
		}
		if j := nextText(lines, start); j >= 0 && j < i {
			heads = append(heads, head{start: j, body: j, titleFromBody: true})
		}
		start = i + 1
	}
	if j := nextText(lines, start); j >= 0 && !allChrome(lines[j:]) {
		heads = append(heads, head{start: j, body: j, titleFromBody: true})
	}
	return readPosts(lines, heads, true)
}

// isMarker reports the line that closes a post: "Share", "• Share",
// "Comment ()", "Comments (3)", or a rule drawn between posts: "-".
func isMarker(l string) bool {
	l = strings.TrimSpace(l)
	if t, ok := cutBullet(l); ok {
		l = t
	}
	low := strings.ToLower(l)
	switch {
	case separatorLine(l):
		return true // "-", "***", "* * *": a rule drawn between posts
	case strings.HasSuffix(l, " -"):
		// "by backlon via twitter 5/28/2015 4:29:03 PM -": the post's
		// stamp with the rule glued after it
		_, _, ok := closingStampLine(l)
		return ok
	case low == "share" || low == "share this post" || low == "share this" || low == "share post":
		return true
	case low == "updated":
		return true // the Guardian's "Updated" over an edited post: where the one before ends
	case strings.HasPrefix(low, "comment (") || strings.HasPrefix(low, "comments ("):
		return strings.HasSuffix(low, ")")
	}
	return false
}

// separatorLine reports a line drawn only with dashes, rules or
// asterisks, up to five of them and the spaces between: "-", "—", "***",
// "* * *".
func separatorLine(l string) bool {
	n := 0
	for _, r := range l {
		switch r {
		case '-', '–', '—', '*', '_', '=', '~':
			n++
		case ' ':
		default:
			return false
		}
	}
	return n > 0 && n <= 5 || n >= 3 && strings.Trim(l, "_-=~ ") == "" // "____________________"
}

// allChrome reports lines with nothing but furniture.
func allChrome(lines []string) bool {
	for _, l := range lines {
		if strings.TrimSpace(l) != "" && !isChrome(l) {
			return false
		}
	}
	return true
}

// firstPostLine finds where the posts begin below a page's header: after
// the last line that closes a header ("All times stated are UK", "92
// Posts") among the first lines, at the first bullet or headline with
// text under it. The welcome text above is the page's, not a post.
func firstPostLine(lines []string, from int) int {
	start := from
	limit := min(len(lines), from+60)
	pageTitle := ""
	if i := nextText(lines, from); i >= 0 {
		pageTitle = trimOutlet(lines[i])
		if wordCount(pageTitle) < 3 {
			pageTitle = "" // "Watch | First waves ...": a label, not the page's title
		}
	}
	for i := from; i < limit; i++ {
		l := strings.TrimSpace(lines[i])
		if vocabulary().headerEnd.has(l) {
			start = i + 1
		}
		// the page's title again, as its heading, and the standfirst under it
		if i > from && pageTitle != "" && trimOutlet(l) == pageTitle {
			if j := nextText(lines, i+1); j >= 0 && paragraphLike(lines[j]) {
				start = j + 1
			}
		}
	}
	for i := start; i < len(lines); i++ {
		l := strings.TrimSpace(lines[i])
		if l == "" || isChrome(l) {
			continue
		}
		if _, ok := cutBullet(l); ok {
			return i
		}
		if headlineLike(l) && textUnder(lines, i) {
			return i
		}
		if isMarker(l) {
			return start
		}
	}
	return start
}

// textUnder reports prose under line i, past any picture caption between.
func textUnder(lines []string, i int) bool {
	j := nextText(lines, i+1)
	signed := false
	for k := 0; j >= 0 && k < 3 && (captionLike(lines[j]) || isByline(lines[j]) || nameRoleAt(lines, j)); k++ {
		if nameRoleAt(lines, j) {
			j = nextText(lines, j+1) // "Dianne Oxberry" then "Weather presenter, BBC North West Tonight"
			signed = true
		}
		j = nextText(lines, j+1) // a picture or a byline between
	}
	if j < 0 && signed {
		return true // its writer, then the text ends: a page stored cut short
	}
	if j >= 0 && !paragraphLike(lines[j]) && nextText(lines, j+1) < 0 && wordCount(lines[j]) >= 8 {
		return true // the text ends inside this paragraph: a page copied or stored cut short
	}
	return j >= 0 && paragraphLike(lines[j])
}

// nameRoleAt reports a byline in two lines at j, the BBC's: a name, then
// the writer's role ("Weather presenter, BBC North West Tonight").
func nameRoleAt(lines []string, j int) bool {
	l := strings.TrimSpace(lines[j])
	if !nameLike(l) {
		return false
	}
	k := nextText(lines, j+1)
	if k < 0 {
		return false
	}
	role := strings.TrimSpace(lines[k])
	return roleLike(role) && (roleWords(role) || !headlineLike(role))
}

func isByline(l string) bool {
	_, _, _, ok := bylineLine(strings.TrimSpace(l))
	return ok
}

// paragraphLike reports a line of prose: several words, closed like a
// sentence.
func paragraphLike(l string) bool {
	l = strings.TrimSpace(l)
	if t, ok := cutBullet(l); ok {
		l = t
	}
	return wordCount(l) >= 6 && endsSentence(l)
}

// trimOutlet drops the outlet a page's title line ends with: "Capital live
// | London Evening Standard", "World News liveblog |".
func trimOutlet(l string) string {
	l = strings.TrimSpace(l)
	if i := strings.LastIndex(l, " | "); i > 0 {
		l = l[:i]
	}
	return strings.TrimSpace(strings.TrimSuffix(l, "|"))
}
