package loader

import (
	"bytes"
	"io"
	"slices"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
	"golang.org/x/net/html/charset"

	"briefing/model"
)

// htmlDoc is what an HTML page says, in the loader's terms: posts when the
// page's structured data or known live-page markup tells them apart, else
// the page's text, one block a line, for the text shape readers.
type htmlDoc struct {
	title string
	url   string           // the page's own address (canonical link, og:url, JSON-LD url)
	shape string           // "json-ld", "microdata" or "markup" when posts were read; "" for text
	kind  model.SourceKind // of the posts
	posts []rawPost        // page order, newest first as on the page
	text  string           // when posts is empty: the page as text
}

// looksHTML reports bytes that are an HTML document rather than text that
// happens to hold a tag: they open with a doctype, <html>, <head> or <body>
// (after a BOM, blanks and comments), or the content type says so.
func looksHTML(data []byte, contentType string) bool {
	ct := strings.ToLower(contentType)
	if strings.HasPrefix(ct, "text/html") || strings.HasPrefix(ct, "application/xhtml") {
		return true
	}
	head := data[:min(len(data), 2048)]
	head = bytes.TrimPrefix(head, []byte("\xef\xbb\xbf"))
	head = bytes.TrimLeft(head, " \t\r\n")
	if len(head) == 0 || head[0] != '<' {
		return false
	}
	lower := bytes.ToLower(head)
	for _, p := range []string{"<!doctype html", "<html", "<head", "<body"} {
		if bytes.HasPrefix(lower, []byte(p)) {
			return true
		}
	}
	// an XML declaration or a comment first: <html> follows soon after
	return (bytes.HasPrefix(lower, []byte("<?xml")) || bytes.HasPrefix(lower, []byte("<!--"))) &&
		bytes.Contains(lower, []byte("<html"))
}

// readHTML reads a page: its charset from the content type, a BOM or a
// <meta> (UTF-8 by default), then schema.org structured data, known live-page
// markup, and last its text. Every string it returns is cleaned.
func readHTML(data []byte, contentType string) (htmlDoc, error) {
	if bytes.Contains(data, []byte("LiveBlogPosting")) {
		// a live blog whose JSON-LD holds every update whole needs no tree
		if doc, ok := scanLiveBlog(decoded(data, contentType)); ok {
			if doc = finish(doc, nil); len(doc.posts) > 0 {
				return doc, nil
			}
		}
	}
	return readTree(data, contentType)
}

// readTree reads a page through its parsed tree: structured data, markup,
// text.
func readTree(data []byte, contentType string) (htmlDoc, error) {
	root, err := html.Parse(decoded(data, contentType))
	if err != nil {
		return htmlDoc{}, err
	}
	pg := newPage(root)
	doc := htmlDoc{title: pg.title(), url: pg.canonical()}

	ld := readJSONLD(pg.ldRaw)
	md := readMicrodata(pg)
	if doc.url == "" {
		doc.url = cmpStr(ld.url, md.url)
	}
	if ld.headline != "" && (ld.live || doc.title == "") {
		doc.title = ld.headline
	}
	switch {
	case ld.live && len(ld.posts) > 0:
		doc.shape, doc.kind, doc.posts = "json-ld", model.KindLiveblog, ld.posts
	case md.live && len(md.posts) > 0:
		doc.shape, doc.kind, doc.posts = "microdata", model.KindLiveblog, md.posts
	default:
		if posts := pg.markupPosts(doc.url); len(posts) > 0 {
			doc.shape, doc.kind, doc.posts = "markup", model.KindLiveblog, posts
			break
		}
		switch {
		case len(ld.posts) > 0:
			doc.shape, doc.kind, doc.posts = "json-ld", model.KindArticle, ld.posts
		case len(md.posts) > 0:
			doc.shape, doc.kind, doc.posts = "microdata", model.KindArticle, md.posts
		}
	}
	return finish(doc, pg), nil
}

// decoded is the page's bytes as UTF-8: its charset from the content type,
// a BOM or a <meta>.
func decoded(data []byte, contentType string) io.Reader {
	var r io.Reader = bytes.NewReader(data)
	if enc, name, certain := charset.DetermineEncoding(data, contentType); name != "utf-8" && enc != nil &&
		(certain || declaresCharset(data)) {
		// undeclared, a page is UTF-8 and its invalid bytes U+FFFD, as
		// for any source, rather than the HTML standard's guess of
		// windows-1252
		r = enc.NewDecoder().Reader(r)
	}
	return r
}

// scanLiveBlog reads a live blog off the tokenizer alone: its JSON-LD
// scripts and the head's canonical address. It answers only when the
// LiveBlogPosting has a headline and every update a body, which is all the
// tree would have been built for.
func scanLiveBlog(r io.Reader) (htmlDoc, bool) {
	z := html.NewTokenizer(r)
	var raws []string
	canonical, og := "", ""
	inLD, inBody := false, false
	for {
		tt := z.Next()
		switch tt {
		case html.ErrorToken:
			ld := readJSONLD(raws)
			if !ld.live || ld.headline == "" || len(ld.posts) == 0 {
				return htmlDoc{}, false
			}
			for _, p := range ld.posts {
				if len(p.blocks) == 0 {
					return htmlDoc{}, false // its body is in the markup
				}
			}
			return htmlDoc{title: ld.headline, url: cmpStr(canonical, og, ld.url), shape: "json-ld",
				kind: model.KindLiveblog, posts: ld.posts}, true
		case html.TextToken:
			if inLD {
				raws[len(raws)-1] += string(z.Text())
			}
		case html.EndTagToken:
			inLD = false
		case html.StartTagToken, html.SelfClosingTagToken:
			name, more := z.TagName()
			a := atom.Lookup(name)
			inLD = false
			var attrs map[string]string
			if more && (a == atom.Script || !inBody && (a == atom.Link || a == atom.Meta)) {
				attrs = map[string]string{}
				for more {
					var k, v []byte
					k, v, more = z.TagAttr()
					if _, seen := attrs[string(k)]; !seen {
						attrs[string(k)] = string(v)
					}
				}
			}
			switch a {
			case atom.Body:
				inBody = true
			case atom.Script:
				if t := strings.ToLower(strings.TrimSpace(attrs["type"])); strings.HasPrefix(t, "application/ld+json") && tt == html.StartTagToken {
					inLD = true
					raws = append(raws, "")
				}
			case atom.Link:
				if u := cleanLine(attrs["href"]); canonical == "" && hasToken(attrs["rel"], "canonical") && webAddress(u) {
					canonical = u
				}
			case atom.Meta:
				if u := cleanLine(attrs["content"]); og == "" && attrs["property"] == "og:url" && webAddress(u) {
					og = u
				}
			}
		}
	}
}

// finish numbers the posts, fills empty bodies from the page (pg, when
// there is a tree), tidies their blocks, drops posts with nothing to read,
// and falls back to the page's text when none is left.
func finish(doc htmlDoc, pg *htmlPage) htmlDoc {
	for i := range doc.posts {
		p := &doc.posts[i]
		p.page = i + 1
		if pg == nil {
			// read off the tokenizer: every body is there already
		} else if len(p.blocks) == 0 {
			p.blocks = pg.bodyFor(p, doc.kind)
		} else if doc.kind == model.KindArticle {
			// an articleBody that is only the standfirst: the page has the article
			if bs := pg.bodyFor(p, doc.kind); textLen(bs) > 2*textLen(p.blocks) {
				p.blocks = bs
			}
		}
		p.blocks = tidyBlocks(p.blocks)
	}
	// a post with nothing to read, whatever the data said, is no post
	kept := doc.posts[:0]
	for _, p := range doc.posts {
		if len(p.blocks) > 0 || p.title != "" {
			if len(p.blocks) == 0 {
				p.blocks = []model.Block{{Kind: model.BlockParagraph, Text: p.title}}
			}
			p.page = len(kept) + 1
			kept = append(kept, p)
		}
	}
	doc.posts = kept
	if len(doc.posts) == 0 && pg != nil {
		doc.shape, doc.kind = "", ""
		doc.text = pg.text(doc.title)
	}
	return doc
}

// declaresCharset reports a charset named in the page's first 1024 bytes,
// where a <meta> must name it.
func declaresCharset(data []byte) bool {
	return bytes.Contains(bytes.ToLower(data[:min(len(data), 1024)]), []byte("charset"))
}

// bodyFor finds a post's body in the page when its structured data gave
// none: the element its url's #id names, else, for an article, the page's
// main text.
func (pg *htmlPage) bodyFor(p *rawPost, kind model.SourceKind) []model.Block {
	if _, frag, ok := strings.Cut(p.url, "#"); ok && frag != "" {
		for _, id := range []string{frag, "block-" + frag, "post-" + frag} {
			if n := pg.ids[id]; n != nil {
				return dropEchoes(postBody(n), p)
			}
		}
	}
	if kind == model.KindArticle {
		return dropTitle(blocksOf(pg.main()), p.title)
	}
	return nil
}

func textLen(bs []model.Block) int {
	n := 0
	for _, b := range bs {
		n += len(b.Text)
	}
	return n
}

// playerDebris are lines media players leave in a page's text.
var playerDebris = map[string]bool{
	"Media playback is unsupported on your device": true,
	"Your browser does not support the video tag.": true,
	"This video can not be played":                 true,
}

// tidyBlocks passes a post's paragraphs through the text path's block
// builder, so picture credits and "Image caption"/"Media caption" markers
// read the same from markup as from a copied page.
func tidyBlocks(bs []model.Block) []model.Block {
	bb := newBlockBuilder(false)
	for _, b := range bs {
		switch {
		case playerDebris[b.Text]:
		case b.Kind == model.BlockParagraph:
			bb.add(b.Text)
		case b.Kind == model.BlockCaption:
			t := b.Text
			for _, m := range []string{"Image caption", "Media caption", "Video caption"} {
				t = strings.TrimLeft(strings.TrimPrefix(t, m), ",: ")
			}
			if t != "" && !strings.HasPrefix(t, "Image copyright") && !strings.HasPrefix(t, "Image source") {
				bb.captionNext = false
				bb.push(model.BlockCaption, t)
			}
		default:
			bb.captionNext = false
			bb.push(b.Kind, b.Text)
		}
	}
	return bb.done()
}

// dropEchoes drops blocks that only repeat the post's title, time or
// byline, as a post's header in the markup does.
func dropEchoes(bs []model.Block, p *rawPost) []model.Block {
	echo := map[string]bool{p.title: true, p.time: true, p.author.Name: true,
		p.time + " " + p.author.Name: true, p.author.Name + " " + p.time: true}
	return slices.DeleteFunc(bs, func(b model.Block) bool { return echo[b.Text] })
}

// dropTitle drops a leading block that repeats the title.
func dropTitle(bs []model.Block, title string) []model.Block {
	if len(bs) > 0 && title != "" && strings.EqualFold(bs[0].Text, title) {
		return bs[1:]
	}
	return bs
}

// htmlPage is a parsed document with what its readers look up more than once.
type htmlPage struct {
	root  *html.Node
	head  *html.Node
	body  *html.Node
	ids   map[string]*html.Node
	ldRaw []string // JSON-LD scripts' text

	mainNode *html.Node // main's answer, once asked

	// gathered in the one walk, in document order
	scopes   []*html.Node // microdata items (itemscope)
	posts    []*html.Node // data-testid="content-post", outside dropped parts
	articles []*html.Node // article elements outside dropped parts
}

func newPage(root *html.Node) *htmlPage {
	pg := &htmlPage{root: root, ids: map[string]*html.Node{}}
	var walk func(n *html.Node, hidden bool)
	walk = func(n *html.Node, hidden bool) {
		if n.Type == html.ElementNode {
			switch n.DataAtom {
			case atom.Head:
				if pg.head == nil {
					pg.head = n
				}
			case atom.Body:
				if pg.body == nil {
					pg.body = n
				}
			case atom.Script:
				if t := strings.ToLower(strings.TrimSpace(attr(n, "type"))); strings.HasPrefix(t, "application/ld+json") {
					pg.ldRaw = append(pg.ldRaw, rawText(n))
				}
				return
			case atom.Style, atom.Template:
				return
			}
			for _, a := range n.Attr {
				switch a.Key {
				case "id":
					if _, ok := pg.ids[a.Val]; !ok && a.Val != "" {
						pg.ids[a.Val] = n
					}
				case "itemscope":
					pg.scopes = append(pg.scopes, n)
				case "data-testid":
					if a.Val == "content-post" && !hidden {
						pg.posts = append(pg.posts, n)
					}
				}
			}
			hidden = hidden || dropped(n)
			if n.DataAtom == atom.Article && !hidden {
				pg.articles = append(pg.articles, n)
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, hidden)
		}
	}
	walk(root, false)
	if pg.body == nil {
		pg.body = root
	}
	return pg
}

// title is the page's headline: og:title, else the first h1, else <title>.
func (pg *htmlPage) title() string {
	if pg.head != nil {
		for n := range pg.head.Descendants() {
			if n.DataAtom == atom.Meta && (attr(n, "property") == "og:title" || attr(n, "name") == "og:title") {
				if t := cleanLine(attr(n, "content")); t != "" {
					return t
				}
			}
		}
	}
	if h := find(pg.body, func(n *html.Node) bool { return n.DataAtom == atom.H1 }); h != nil {
		if t := cleanLine(textOf(h)); t != "" {
			return t
		}
	}
	if t := find(pg.root, func(n *html.Node) bool { return n.DataAtom == atom.Title }); t != nil {
		return cleanLine(textOf(t))
	}
	return ""
}

// canonical is the page's own address as it names it.
func (pg *htmlPage) canonical() string {
	if pg.head == nil {
		return ""
	}
	og := ""
	for n := range pg.head.Descendants() {
		switch {
		case n.DataAtom == atom.Link && hasToken(attr(n, "rel"), "canonical"):
			if u := cleanLine(attr(n, "href")); webAddress(u) {
				return u
			}
		case n.DataAtom == atom.Meta && attr(n, "property") == "og:url" && og == "":
			if u := cleanLine(attr(n, "content")); webAddress(u) {
				og = u
			}
		}
	}
	return og
}

func webAddress(u string) bool {
	l := strings.ToLower(u)
	return strings.HasPrefix(l, "http://") || strings.HasPrefix(l, "https://")
}

// main is the element that holds the page's main text: the one marked
// itemprop="articleBody", else the element whose paragraphs hold the most
// text, a paragraph counting in full for its parent and half for its
// grandparent (so text split over sibling wrappers still adds up), as
// readability does; the body when the page has no paragraphs.
func (pg *htmlPage) main() *html.Node {
	if pg.mainNode != nil {
		return pg.mainNode
	}
	pg.mainNode = pg.body
	if n := find(pg.body, func(n *html.Node) bool {
		return hasToken(attr(n, "itemprop"), "articleBody") || hasToken(attr(n, "property"), "articleBody")
	}); n != nil {
		pg.mainNode = n
		return n
	}
	score := map[*html.Node]int{}
	var order []*html.Node // document order, so ties go the same way each time
	add := func(n *html.Node, k int) {
		if _, ok := score[n]; !ok {
			order = append(order, n)
		}
		score[n] += k
	}
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode || dropped(c) {
				continue
			}
			if c.DataAtom == atom.P || c.DataAtom == atom.Pre || c.DataAtom == atom.Blockquote {
				k := len(strings.TrimSpace(textOf(c)))
				if k < 25 {
					continue // a byline, a date, a button's word
				}
				add(n, k)
				if n.Parent != nil {
					add(n.Parent, k/2)
				}
				continue
			}
			walk(c)
		}
	}
	walk(pg.body)
	best := 0
	for _, n := range order {
		if k := score[n]; k > best {
			pg.mainNode, best = n, k
		}
	}
	return pg.mainNode
}

// text is the page as the text shape readers take a copied page: the title,
// then one block a line with a blank line between blocks; list items as
// bullets and captions marked as captions.
func (pg *htmlPage) text(title string) string {
	var sb strings.Builder
	if title != "" {
		sb.WriteString(title)
		sb.WriteString("\n\n")
	}
	for _, b := range dropTitle(blocksOf(pg.main()), title) {
		switch b.Kind {
		case model.BlockBullet:
			sb.WriteString("• ")
		case model.BlockCaption:
			sb.WriteString("Image caption, ")
		}
		sb.WriteString(b.Text)
		sb.WriteString("\n\n")
	}
	return sb.String()
}

// blocksOf reads an element's text as blocks: headings as subheadings, list
// items as bullets, figure captions as captions, everything else that
// stands as a block (paragraphs, quotes, cells) as paragraphs. Scripts,
// navigation, footers, asides, forms and hidden parts are dropped.
func blocksOf(n *html.Node) []model.Block {
	w := &blockWalker{}
	w.walk(n, model.BlockParagraph)
	w.flush(model.BlockParagraph)
	return w.blocks
}

type blockWalker struct {
	blocks []model.Block
	cur    strings.Builder
}

func (w *blockWalker) flush(kind model.BlockKind) {
	if w.cur.Len() == 0 {
		return
	}
	t := cleanLine(w.cur.String())
	w.cur.Reset()
	if t != "" {
		w.blocks = append(w.blocks, model.Block{Kind: kind, Text: t})
	}
}

func (w *blockWalker) walk(n *html.Node, kind model.BlockKind) {
	switch n.Type {
	case html.TextNode:
		w.cur.WriteString(n.Data)
		return
	case html.ElementNode:
		if dropped(n) {
			return
		}
	case html.DocumentNode:
	default:
		return
	}
	inner, block := kind, false
	if n.Type == html.ElementNode {
		switch n.DataAtom {
		case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
			inner, block = model.BlockSubheading, true
		case atom.Li, atom.Dd, atom.Dt:
			inner, block = model.BlockBullet, true
		case atom.Figcaption, atom.Caption:
			inner, block = model.BlockCaption, true
		case atom.Br, atom.Hr:
			w.flush(kind)
			return
		case atom.Img:
			return
		default:
			block = blockElems[n.DataAtom]
		}
		if block {
			w.flush(kind)
		} else if n.DataAtom != atom.A && n.DataAtom != atom.Span {
			// inline elements join words; keep words apart where markup breaks them
			w.cur.WriteByte(' ')
		}
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		w.walk(c, inner)
	}
	if block {
		w.flush(inner)
	}
}

var blockElems = map[atom.Atom]bool{
	atom.P: true, atom.Div: true, atom.Blockquote: true, atom.Pre: true, atom.Section: true,
	atom.Article: true, atom.Main: true, atom.Figure: true, atom.Td: true, atom.Th: true,
	atom.Tr: true, atom.Table: true, atom.Ul: true, atom.Ol: true, atom.Dl: true,
	atom.Header: true, atom.Address: true, atom.Time: false, atom.Details: true, atom.Summary: true,
	atom.Body: true, atom.Html: true,
}

// dropped reports an element that is never read: scripts and styles,
// navigation, footers, asides, forms, embedded frames, hidden elements and
// cookie or consent banners.
func dropped(n *html.Node) bool {
	switch n.DataAtom {
	case atom.Script, atom.Style, atom.Noscript, atom.Template, atom.Nav, atom.Footer, atom.Aside,
		atom.Form, atom.Button, atom.Select, atom.Textarea, atom.Input, atom.Iframe, atom.Object,
		atom.Embed, atom.Svg, atom.Math, atom.Canvas, atom.Video, atom.Audio, atom.Head, atom.Title, atom.Dialog:
		return true
	}
	if n.DataAtom == 0 && strings.Contains(n.Data, ":") {
		return true // namespaced foreign elements (amp, fb, og)
	}
	for _, a := range n.Attr {
		switch a.Key {
		case "hidden":
			return true
		case "aria-hidden":
			if a.Val == "true" {
				return true
			}
		case "style":
			if containsFold(a.Val, "none") || containsFold(a.Val, "hidden") {
				if s := strings.ToLower(strings.ReplaceAll(a.Val, " ", "")); strings.Contains(s, "display:none") || strings.Contains(s, "visibility:hidden") {
					return true
				}
			}
		case "role":
			switch a.Val {
			case "navigation", "contentinfo", "complementary", "dialog", "alertdialog", "banner", "search":
				return true
			}
		case "id", "class":
			v := a.Val
			if containsFold(v, "cookie") || containsFold(v, "consent") || containsFold(v, "gdpr") ||
				containsFold(v, "visually-hidden") || containsFold(v, "sr-only") {
				return true
			}
		}
	}
	return false
}

// attr is the value of an element's attribute, "" when it has none.
func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

// hasToken reports a space-separated attribute value holding tok.
func hasToken(val, tok string) bool {
	for _, f := range strings.Fields(val) {
		if strings.EqualFold(f, tok) {
			return true
		}
	}
	return false
}

// find is the first element under n (n included) that ok accepts, in
// document order.
func find(n *html.Node, ok func(*html.Node) bool) *html.Node {
	if n == nil {
		return nil
	}
	if n.Type == html.ElementNode && ok(n) {
		return n
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode || c.Type == html.DocumentNode {
			if f := find(c, ok); f != nil {
				return f
			}
		}
	}
	return nil
}

// textOf is an element's text, scripts and hidden parts left out, words
// kept apart where block markup separates them.
func textOf(n *html.Node) string {
	var sb strings.Builder
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		switch n.Type {
		case html.TextNode:
			sb.WriteString(n.Data)
			return
		case html.ElementNode:
			if dropped(n) && n.DataAtom != atom.Title {
				return
			}
			if n.DataAtom != atom.A && n.DataAtom != atom.Span && n.DataAtom != atom.B && n.DataAtom != atom.I && n.DataAtom != atom.Em && n.DataAtom != atom.Strong {
				sb.WriteByte(' ')
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return sb.String()
}

// rawText is the text of a script element as written.
func rawText(n *html.Node) string {
	var sb strings.Builder
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.TextNode {
			sb.WriteString(c.Data)
		}
	}
	return sb.String()
}

// cleanLine is a string from a page as the model takes it: cleaned of
// controls and escapes like any source, its blanks folded to single spaces.
func cleanLine(s string) string {
	c := clean([]byte(s))
	if !strings.ContainsAny(c, "\t\n ") || !needsFold(c) {
		return strings.TrimSpace(c)
	}
	return strings.Join(strings.Fields(c), " ")
}

// needsFold reports blanks other than single spaces between words.
func needsFold(s string) bool {
	if s == "" {
		return false
	}
	if s[0] == ' ' || s[len(s)-1] == ' ' {
		return true
	}
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '\t', '\n', '\r', '\v', '\f':
			return true
		case ' ':
			if i+1 < len(s) && s[i+1] == ' ' {
				return true
			}
		case 0xe2, 0xe3, 0xe1: // multi-byte Unicode spaces (U+2000..U+3000, U+1680)
			return true
		}
	}
	return false
}

func cmpStr(ss ...string) string {
	for _, s := range ss {
		if s != "" {
			return s
		}
	}
	return ""
}

// fromHTML reads an HTML source. When the page's structured data or markup
// told its posts apart, they are the result (done). Otherwise src.Data
// becomes the page's text, for the text shape readers to read as a copied
// page.
func fromHTML(src *Source) (p parsed, done bool, err error) {
	doc, err := readHTML(src.Data, src.ContentType)
	if err != nil {
		return parsed{}, true, &Error{Origin: src.Origin, Err: err}
	}
	if src.Name == "" {
		src.Name = "source"
	}
	if len(doc.posts) > 0 {
		return parsed{src: *src, kind: doc.kind, shape: doc.shape, posts: doc.posts, title: doc.title}, true, nil
	}
	if strings.TrimSpace(doc.text) == "" {
		return parsed{}, true, &Error{Origin: src.Origin, Err: ErrNoPosts}
	}
	src.Data = []byte(doc.text)
	src.article = true
	return parsed{}, false, nil
}
