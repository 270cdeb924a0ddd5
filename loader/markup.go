package loader

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"briefing/internal/par"
	"briefing/model"
)

// markupPosts reads a live page's posts from its markup when it lays them
// out in a known way: BBC's data-testid="content-post" elements, Guardian's
// article.block, or, generally, two or more article elements each with a
// heading and a time. Page order, newest first as the page shows them.
func (pg *htmlPage) markupPosts(base string) []rawPost {
	var guardian, generic []*html.Node
	bbc := pg.posts
	if len(bbc) == 0 {
		for _, n := range pg.articles {
			switch {
			case hasToken(attr(n, "class"), "block"):
				guardian = append(guardian, n)
			case len(guardian) == 0 && find(n, isHeading) != nil && find(n, isTime) != nil:
				generic = append(generic, n)
			}
		}
	}
	els := bbc
	if len(els) == 0 {
		els = guardian
	}
	if len(els) == 0 {
		els = outermost(generic)
		if len(els) < 2 {
			return nil
		}
	}
	base, _, _ = strings.Cut(base, "#")
	posts := make([]rawPost, 0, len(els))
	// posts are read on every core: the tree is only read, and a long page
	// has thousands
	par.Chunks(len(els), 64, func() struct{} { return struct{}{} },
		func(_ struct{}, lo, hi int) []rawPost {
			out := make([]rawPost, 0, hi-lo)
			for _, n := range els[lo:hi] {
				out = append(out, markupPost(n, base))
			}
			return out
		},
		func(ps []rawPost) { posts = append(posts, ps...) })
	return posts
}

// markupPost reads one post element: its heading, time, byline, #id and body.
func markupPost(n *html.Node, base string) rawPost {
	p := rawPost{}
	if h := find(n, isHeading); h != nil {
		p.title = cleanLine(textOf(h))
	}
	if t := find(n, isTime); t != nil {
		dt := attr(t, "datetime")
		p.time, p.zoneName, p.date = isoStamp(dt)
		if p.time == "" {
			p.time, p.when = clockOf(cleanLine(textOf(t)))
		}
	}
	if a := find(n, isAuthor); a != nil {
		if name := cleanLine(textOf(a)); len(name) <= 80 {
			p.author.Name = name
		}
	}
	if id := attr(n, "id"); id != "" {
		p.url = base + "#" + id
	}
	p.url = cleanLine(p.url)
	p.blocks = postBody(n)
	return p
}

// postBody is a post element's text without its heading, time and byline.
func postBody(n *html.Node) []model.Block {
	w := &blockWalker{}
	var walk func(c *html.Node)
	walk = func(c *html.Node) {
		for ; c != nil; c = c.NextSibling {
			if c.Type == html.ElementNode && (isHeading(c) && !w.seenBody() || isTime(c) || isAuthor(c) || c.DataAtom == atom.Header) {
				continue
			}
			if c.Type == html.ElementNode && !hasToken(attr(c, "itemprop"), "articleBody") && find(c, isTime) != nil && find(c, isHeading) == nil && len(cleanLine(textOf(c))) <= 80 {
				continue // the post's info line: its time and byline
			}
			if c.Type == html.ElementNode && c.DataAtom == atom.Div && (find(c, isHeading) != nil || find(c, isTime) != nil) && !hasToken(attr(c, "itemprop"), "articleBody") {
				// a wrapper around the post's header parts and body alike
				w.flush(model.BlockParagraph)
				walk(c.FirstChild)
				w.flush(model.BlockParagraph)
				continue
			}
			w.walk(c, model.BlockParagraph)
		}
	}
	walk(n.FirstChild)
	w.flush(model.BlockParagraph)
	return w.blocks
}

func (w *blockWalker) seenBody() bool { return len(w.blocks) > 0 }

func isHeading(n *html.Node) bool {
	switch n.DataAtom {
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		return true
	}
	return false
}

func isTime(n *html.Node) bool { return n.DataAtom == atom.Time }

func isAuthor(n *html.Node) bool {
	if hasToken(attr(n, "rel"), "author") || hasToken(attr(n, "itemprop"), "author") {
		return true
	}
	for _, c := range strings.Fields(attr(n, "class")) {
		if strings.Contains(strings.ToLower(c), "author") || strings.Contains(strings.ToLower(c), "byline") {
			return true
		}
	}
	return n.DataAtom == atom.Address
}

// outermost drops the elements nested in another of the list.
func outermost(ns []*html.Node) []*html.Node {
	in := map[*html.Node]bool{}
	for _, n := range ns {
		in[n] = true
	}
	var out []*html.Node
	for _, n := range ns {
		nested := false
		for p := n.Parent; p != nil; p = p.Parent {
			if in[p] {
				nested = true
				break
			}
		}
		if !nested {
			out = append(out, n)
		}
	}
	return out
}
