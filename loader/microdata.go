package loader

import (
	"regexp"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"briefing/model"
)

// readMicrodata reads schema.org microdata: a LiveBlogPosting's
// itemprop="liveBlogUpdate" items as posts, else an article kind's item as
// one post.
func readMicrodata(pg *htmlPage) structured {
	var s structured
	var article *html.Node
	for _, n := range pg.scopes {
		typ := itemType(n)
		if typ == "LiveBlogPosting" {
			s.live = true
			s.headline = cleanLine(itemProp(n, "headline"))
			s.url = cleanLine(itemProp(n, "url"))
			for u := range n.Descendants() {
				if u.Type == html.ElementNode && hasAttr(u, "itemscope") && hasToken(attr(u, "itemprop"), "liveBlogUpdate") {
					s.posts = append(s.posts, mdPost(u, true))
				}
			}
			if len(s.posts) > 0 {
				return s
			}
			s.live = false
		}
		if article == nil && articleTypes[typ] && !hasToken(attr(n, "itemprop"), "liveBlogUpdate") {
			article = n
		}
	}
	if article != nil {
		p := mdPost(article, false)
		if p.author.Name == "" {
			// the byline may sit in the page's header, outside the item
			if a := find(pg.body, func(c *html.Node) bool {
				return hasToken(attr(c, "itemprop"), "author") || c.DataAtom == atom.A && hasToken(attr(c, "rel"), "author")
			}); a != nil {
				p.author.Name = cleanLine(propValue(a))
			}
		}
		if p.title != "" || len(p.blocks) > 0 {
			s.headline, s.url = p.title, cleanLine(itemProp(article, "url"))
			s.posts = []rawPost{p}
		}
	}
	return s
}

func hasAttr(n *html.Node, key string) bool {
	for _, a := range n.Attr {
		if a.Key == key {
			return true
		}
	}
	return false
}

func itemType(n *html.Node) string {
	f := strings.Fields(attr(n, "itemtype"))
	if len(f) == 0 {
		return ""
	}
	return schemaName(strings.TrimRight(f[0], "/"))
}

// itemPropNode is the first element of n's own item (not a nested one)
// with the property.
func itemPropNode(n *html.Node, prop string) *html.Node {
	var found *html.Node
	var walk func(c *html.Node)
	walk = func(c *html.Node) {
		for ; c != nil && found == nil; c = c.NextSibling {
			if c.Type != html.ElementNode {
				continue
			}
			if hasToken(attr(c, "itemprop"), prop) {
				found = c
				return
			}
			if hasAttr(c, "itemscope") {
				continue // another item's properties
			}
			walk(c.FirstChild)
		}
	}
	walk(n.FirstChild)
	return found
}

// itemProp is a property's value as microdata defines it: content, then
// the element's address or datetime, then its text.
func itemProp(n *html.Node, prop string) string {
	c := itemPropNode(n, prop)
	if c == nil {
		return ""
	}
	return propValue(c)
}

func propValue(c *html.Node) string {
	if v, ok := attrOK(c, "content"); ok {
		return v
	}
	switch c.DataAtom {
	case atom.A, atom.Link, atom.Area:
		return attr(c, "href")
	case atom.Img, atom.Audio, atom.Video, atom.Source, atom.Iframe, atom.Embed:
		return attr(c, "src")
	case atom.Time:
		if v, ok := attrOK(c, "datetime"); ok {
			return v
		}
	case atom.Meta:
		return attr(c, "content")
	}
	if hasAttr(c, "itemscope") {
		if name := itemProp(c, "name"); name != "" {
			return name
		}
	}
	return textOf(c)
}

func attrOK(n *html.Node, key string) (string, bool) {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val, true
		}
	}
	return "", false
}

func mdPost(n *html.Node, live bool) rawPost {
	p := rawPost{
		title:  cleanLine(itemProp(n, "headline")),
		url:    cleanLine(itemProp(n, "url")),
		author: model.Author{Name: cleanLine(itemProp(n, "author"))},
	}
	if p.title == "" {
		p.title = cleanLine(itemProp(n, "name"))
	}
	if p.author.Name == "" {
		// a byline inside a nested item (a figure's caption) is still the byline
		if a := find(n, func(c *html.Node) bool { return c != n && hasToken(attr(c, "itemprop"), "author") }); a != nil {
			p.author.Name = cleanLine(propValue(a))
		}
	}
	if live && p.url == "" && attr(n, "id") != "" {
		p.url = "#" + cleanLine(attr(n, "id"))
	}
	if !webAddress(p.url) && !strings.HasPrefix(p.url, "#") {
		p.url = ""
	}
	stamp := itemProp(n, "datePublished")
	if stamp == "" {
		stamp = itemProp(n, "dateModified")
	}
	t, zone, date := isoStamp(stamp)
	if t == "" && live {
		t, p.when = clockOf(cleanLine(stamp))
	}
	if live {
		p.time, p.zoneName, p.date = t, zone, date
	} else {
		p.date = date
	}
	if b := itemPropNode(n, "articleBody"); b != nil {
		p.blocks = blocksOf(b)
	} else if b := itemPropNode(n, "text"); b != nil {
		p.blocks = blocksOf(b)
	} else if live {
		p.blocks = postBody(n)
	}
	return p
}

var clockRe = regexp.MustCompile(`(?i)^(?:published at\s*)?(\d{1,2}[:.]\d{2})(?:\s*([ap]\.?m\.?))?`)

// clockOf reads a time as a page shows it: a clock time ("14:05",
// "2.05pm") as the time, anything else short ("1 hr ago") as a relative
// time.
func clockOf(s string) (clock, when string) {
	if m := clockRe.FindStringSubmatch(s); m != nil {
		return strings.TrimSpace(m[1] + strings.ToLower(strings.ReplaceAll(m[2], ".", ""))), ""
	}
	if strings.Contains(strings.ToLower(s), "ago") && len(s) <= 40 {
		return "", s
	}
	return "", ""
}
