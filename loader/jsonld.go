package loader

import (
	"encoding/json"
	"slices"
	"strings"
	"time"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"briefing/internal/par"
	"briefing/model"
)

// structured is what a page's schema.org data says: a live blog's updates
// (live) or an article, as posts, with the page's headline and address.
type structured struct {
	live     bool
	headline string
	url      string
	posts    []rawPost
}

// articleTypes are the schema.org types read as one article.
var articleTypes = map[string]bool{
	"Article": true, "NewsArticle": true, "ReportageNewsArticle": true, "AnalysisNewsArticle": true,
	"BackgroundNewsArticle": true, "OpinionNewsArticle": true, "ReviewNewsArticle": true,
	"AskPublicNewsArticle": true, "SatiricalArticle": true, "BlogPosting": true, "Report": true,
	"TechArticle": true, "SocialMediaPosting": true, "DiscussionForumPosting": true,
}

// readJSONLD reads the page's JSON-LD scripts: a LiveBlogPosting anywhere in
// them (@graph, arrays, nested objects) gives its liveBlogUpdate entries as
// posts; else the first article kind gives one post.
func readJSONLD(scripts []string) structured {
	var objs []map[string]any
	for _, raw := range scripts {
		raw = strings.TrimSpace(raw)
		raw = strings.TrimPrefix(raw, "//")
		raw = strings.TrimPrefix(strings.TrimSpace(raw), "<![CDATA[")
		raw = strings.TrimSuffix(strings.TrimSpace(raw), "]]>")
		raw = strings.TrimSuffix(strings.TrimSpace(raw), "//")
		var v any
		if json.Unmarshal([]byte(raw), &v) != nil {
			continue // a broken script is no structured data
		}
		collect(v, &objs, 0)
	}
	var s structured
	for _, o := range objs {
		if !hasType(o, "LiveBlogPosting") {
			continue
		}
		s.live = true
		s.headline = ldLine(str(o["headline"], o["name"]))
		s.url = cleanLine(str(o["url"]))
		var ups []map[string]any
		collectUpdates(o["liveBlogUpdate"], &ups)
		par.Chunks(len(ups), 64, func() struct{} { return struct{}{} },
			func(_ struct{}, lo, hi int) []rawPost {
				out := make([]rawPost, 0, hi-lo)
				for _, u := range ups[lo:hi] {
					out = append(out, ldPost(u, true))
				}
				return out
			},
			func(ps []rawPost) { s.posts = append(s.posts, ps...) })
		if len(s.posts) > 0 {
			sortNewestFirst(s.posts, ups)
			return s
		}
	}
	for _, o := range objs {
		if !anyType(o, articleTypes) {
			continue
		}
		p := ldPost(o, false)
		if p.title == "" && len(p.blocks) == 0 {
			continue
		}
		s.headline, s.url = p.title, cleanLine(str(o["url"]))
		s.posts = []rawPost{p}
		return s
	}
	return s
}

// collect gathers every object in v with an @type, depth first in document
// order; a LiveBlogPosting's updates stay inside it.
func collect(v any, out *[]map[string]any, depth int) {
	if depth > 64 {
		return
	}
	switch t := v.(type) {
	case []any:
		for _, e := range t {
			collect(e, out, depth+1)
		}
	case map[string]any:
		if _, ok := t["@type"]; ok {
			*out = append(*out, t)
		}
		for _, k := range sortedKeys(t) {
			if k == "liveBlogUpdate" && hasType(t, "LiveBlogPosting") {
				continue
			}
			collect(t[k], out, depth+1)
		}
	}
}

// collectUpdates lists a liveBlogUpdate value's entries: one object, an
// array, or an ItemList of them.
func collectUpdates(v any, out *[]map[string]any) {
	switch t := v.(type) {
	case []any:
		for _, e := range t {
			collectUpdates(e, out)
		}
	case map[string]any:
		if el, ok := t["itemListElement"]; ok {
			collectUpdates(el, out)
			return
		}
		if it, ok := t["item"].(map[string]any); ok && hasType(t, "ListItem") {
			collectUpdates(it, out)
			return
		}
		*out = append(*out, t)
	}
}

func types(o map[string]any) []string {
	switch t := o["@type"].(type) {
	case string:
		return []string{t}
	case []any:
		var out []string
		for _, e := range t {
			if s, ok := e.(string); ok {
				out = append(out, s)
			}
		}
		return out
	}
	return nil
}

// hasType matches a type with or without its schema.org prefix.
func hasType(o map[string]any, want string) bool {
	for _, t := range types(o) {
		if schemaName(t) == want {
			return true
		}
	}
	return false
}

func anyType(o map[string]any, want map[string]bool) bool {
	for _, t := range types(o) {
		if want[schemaName(t)] {
			return true
		}
	}
	return false
}

func schemaName(t string) string {
	if i := strings.LastIndexAny(t, "/:#"); i >= 0 {
		return t[i+1:]
	}
	return t
}

// str is the first of vs that is a non-empty string (or an object's @value
// or @id, or an array's first string).
func str(vs ...any) string {
	for _, v := range vs {
		switch t := v.(type) {
		case string:
			if t != "" {
				return t
			}
		case map[string]any:
			if s := str(t["@value"], t["@id"]); s != "" {
				return s
			}
		case []any:
			for _, e := range t {
				if s := str(e); s != "" {
					return s
				}
			}
		}
	}
	return ""
}

// ldLine is a JSON-LD string as the model takes it: pages often write
// character references in it (&quot;, &apos;), which mean what they say.
func ldLine(s string) string {
	if strings.Contains(s, "&") {
		s = html.UnescapeString(s)
	}
	return cleanLine(s)
}

// ldPost is one update or article as a post.
func ldPost(o map[string]any, live bool) rawPost {
	p := rawPost{
		title:  ldLine(str(o["headline"], o["name"])),
		url:    cleanLine(str(o["url"], o["@id"])),
		author: model.Author{Name: authorNames(o["author"])},
	}
	if !webAddress(p.url) && !strings.HasPrefix(p.url, "#") {
		p.url = ""
	}
	stamp := str(o["datePublished"], o["dateCreated"], o["dateModified"])
	t, zone, date := isoStamp(stamp)
	if live {
		p.time, p.zoneName, p.date = t, zone, date
	} else {
		p.date = date
	}
	body := str(o["articleBody"], o["text"])
	if body == "" && live {
		body = str(o["description"])
	}
	p.blocks = bodyBlocks(body)
	return p
}

// authorNames is a byline from an author value: a name, a Person or an
// Organization, or a list of them, names joined with commas.
func authorNames(v any) string {
	var names []string
	var walk func(v any, depth int)
	walk = func(v any, depth int) {
		if depth > 4 {
			return
		}
		switch t := v.(type) {
		case string:
			if !webAddress(t) {
				names = append(names, ldLine(t))
			}
		case map[string]any:
			if n := ldLine(str(t["name"])); n != "" {
				names = append(names, n)
			}
		case []any:
			for _, e := range t {
				walk(e, depth+1)
			}
		}
	}
	walk(v, 0)
	names = slices.DeleteFunc(names, func(s string) bool { return s == "" })
	return strings.Join(slices.Compact(names), ", ")
}

// bodyBlocks reads an articleBody: HTML when it holds markup or character
// references, else plain text, one paragraph a line.
func bodyBlocks(body string) []model.Block {
	if strings.TrimSpace(body) == "" {
		return nil
	}
	if strings.ContainsAny(body, "<&") {
		return fragmentBlocks(body)
	}
	var bs []model.Block
	for _, l := range strings.Split(body, "\n") {
		if t := cleanLine(l); t != "" {
			bs = append(bs, model.Block{Kind: model.BlockParagraph, Text: t})
		}
	}
	return bs
}

// fragmentBlocks reads an HTML fragment (an articleBody) as blocks, as
// blocksOf reads an element, straight off the tokenizer: a live page holds
// hundreds of bodies, and building a tree for each costs more than the
// page's own parse.
func fragmentBlocks(body string) []model.Block {
	w := &blockWalker{}
	z := html.NewTokenizer(strings.NewReader(body))
	kinds := []model.BlockKind{model.BlockParagraph}
	skip := 0
	for {
		tt := z.Next()
		switch tt {
		case html.ErrorToken:
			w.flush(kinds[len(kinds)-1])
			return w.blocks
		case html.TextToken:
			if skip == 0 {
				w.cur.Write(z.Text())
			}
		case html.StartTagToken, html.EndTagToken, html.SelfClosingTagToken:
			name, _ := z.TagName()
			a := atom.Lookup(name)
			if skipElems[a] {
				if tt == html.StartTagToken {
					skip++
				} else if tt == html.EndTagToken && skip > 0 {
					skip--
				}
				continue
			}
			if skip > 0 {
				continue
			}
			kind, ok := kindElems[a]
			switch {
			case a == atom.Br || a == atom.Hr:
				w.flush(kinds[len(kinds)-1])
			case ok && tt == html.StartTagToken:
				w.flush(kinds[len(kinds)-1])
				kinds = append(kinds, kind)
			case ok && tt == html.EndTagToken:
				w.flush(kinds[len(kinds)-1])
				if len(kinds) > 1 {
					kinds = kinds[:len(kinds)-1]
				}
			case blockElems[a]:
				w.flush(kinds[len(kinds)-1])
			case a != atom.A && a != atom.Span && a != atom.B && a != atom.I && a != atom.Em && a != atom.Strong:
				w.cur.WriteByte(' ')
			}
		}
	}
}

// skipElems are never read in a fragment, nor anything inside them.
var skipElems = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true, atom.Iframe: true,
	atom.Svg: true, atom.Math: true, atom.Form: true, atom.Button: true, atom.Select: true, atom.Textarea: true,
	atom.Nav: true, atom.Aside: true, atom.Footer: true, atom.Object: true, atom.Video: true, atom.Audio: true,
}

// kindElems are the elements whose text is a block of their own kind.
var kindElems = map[atom.Atom]model.BlockKind{
	atom.H1: model.BlockSubheading, atom.H2: model.BlockSubheading, atom.H3: model.BlockSubheading,
	atom.H4: model.BlockSubheading, atom.H5: model.BlockSubheading, atom.H6: model.BlockSubheading,
	atom.Li: model.BlockBullet, atom.Dd: model.BlockBullet, atom.Dt: model.BlockBullet,
	atom.Figcaption: model.BlockCaption, atom.Caption: model.BlockCaption,
}

// isoStamp reads an ISO 8601 time as written: the clock time, its offset
// kept as the zone ("UTC+01:00", "UTC" for Z) and the date. A stamp that
// does not read gives nothing.
func isoStamp(s string) (clock, zone, date string) {
	s = strings.TrimSpace(s)
	t, ok := parseISO(s)
	if !ok {
		return "", "", ""
	}
	date = t.Format("2006-01-02")
	if len(s) <= 10 {
		return "", "", date // a date alone
	}
	clock = t.Format("15:04")
	switch {
	case strings.HasSuffix(s, "Z") || strings.HasSuffix(s, "z"):
		zone = "UTC"
	case hasOffset(s):
		zone = "UTC" + t.Format("-07:00")
	}
	return clock, zone, date
}

func hasOffset(s string) bool {
	i := strings.LastIndexAny(s, "+-")
	return i > 10
}

var isoLayouts = []string{
	time.RFC3339Nano, "2006-01-02T15:04:05Z0700", "2006-01-02T15:04Z07:00", "2006-01-02T15:04:05.999999999",
	"2006-01-02T15:04:05", "2006-01-02T15:04", "2006-01-02 15:04:05Z07:00", "2006-01-02 15:04:05", "2006-01-02",
}

func parseISO(s string) (time.Time, bool) {
	for _, l := range isoLayouts {
		if t, err := time.Parse(l, s); err == nil {
			return t, true
		}
	}
	return time.Time{}, false
}

// sortNewestFirst puts updates newest first, as a live page shows them,
// when every one carries a full time; otherwise the data's order stands.
func sortNewestFirst(posts []rawPost, objs []map[string]any) {
	at := make([]time.Time, len(posts))
	for i, o := range objs {
		s := strings.TrimSpace(str(o["datePublished"], o["dateCreated"], o["dateModified"]))
		t, ok := parseISO(s)
		if !ok || len(s) <= 10 {
			return
		}
		at[i] = t
	}
	idx := make([]int, len(posts))
	for i := range idx {
		idx[i] = i
	}
	slices.SortStableFunc(idx, func(a, b int) int { return at[b].Compare(at[a]) })
	sorted := make([]rawPost, len(posts))
	for k, i := range idx {
		sorted[k] = posts[i]
	}
	copy(posts, sorted)
}
