package loader

import (
	"bytes"

	"fmt"
	"golang.org/x/net/html"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"briefing/model"
)

func readHTMLFixture(t testing.TB, name string) []byte {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("testdata", "html", name))
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// post is what a test expects of one post, oldest first; "" fields are not checked.
type wantPost struct{ time, zone, date, title, author, url, first string }

func TestHTMLShapes(t *testing.T) {
	for _, c := range []struct {
		file, kind, shape, title string
		posts                    []wantPost
	}{
		{"jsonld-liveblog.html", "liveblog", "json-ld", "Harbour strike: talks resume", []wantPost{
			// an empty articleBody is taken from the markup by the url's #id
			{"09:23", "UTC+01:00", "2026-03-04", "Strike begins", "Ada Byline", "https://news.example/live/harbour-strike#p1", "Dock workers walked out at dawn after talks failed overnight."},
			{"12:05", "UTC", "2026-03-04", "Ferries cancelled", "Ada Byline", "#p2", "All ferries from the north quay are cancelled until Thursday."},
			{"14:36", "UTC+01:00", "", `Union leader: "We are close"`, "Ada Byline, Ben Second", "#p3", `Union leader Mara Quist said: "We are close to a deal."`},
		}},
		{"microdata-liveblog.html", "liveblog", "microdata", "", []wantPost{
			{"12:30", "UTC+00:00", "2026-11-26", "Statement begins", "", "#u1", "The chancellor rose at half past twelve."},
			{"13:40", "", "", "Chancellor sits down", "Cara Writer", "#u2", "The statement ran to 70 minutes."},
		}},
		{"bbc-live.html", "liveblog", "markup", "", []wantPost{
			{"", "", "", "Talks open", "Dan Reporter", "https://www.bbc.example/news/live/summit-123#post-a", "Talks opened behind closed doors."},
			{"15:10", "UTC+02:00", "2026-06-01", "Leaders pose for photo", "", "#post-b", "The leaders lined up on the steps of the palace."},
		}},
		{"guardian-live.html", "liveblog", "markup", "", []wantPost{
			{"9.12pm", "", "", "Turnout looks high", "", "#block-5f0", "Queues were reported at stations in the north."},
			{"22:00", "UTC+01:00", "2026-05-07", "Polls close", "", "election#block-6a1", "Polls have closed across the country."},
		}},
		{"generic-articles.html", "liveblog", "markup", "", []wantPost{
			{"07:02", "", "", "Warning issued", "", "", "A red warning covers the coast until noon."},
			{"08:15", "", "", "Bridge closed", "", "", "The east bridge is closed to traffic."},
		}},
		{"newsarticle.html", "article", "json-ld", "Dam repairs to take a year", []wantPost{
			{"", "", "2026-02-10", "Dam repairs to take a year", "Example News", "https://news.example/dam", "Engineers say repairs to the cracked dam will take at least twelve months to complete."},
		}},
		{"microdata-article.html", "article", "microdata", "Whale strandings worry elders", []wantPost{
			// the byline sits outside the item, in the page's header
			{"", "", "2026-01-03", "Whale strandings worry elders", "Ruth Writer", "", "Whale strandings have doubled in a decade, elders say."},
		}},
		{"plain-article.html", "article", "article", "Why the port matters", []wantPost{
			{"", "", "", "Why the port matters", "", "", "The port handles a third of the region's freight, and every day of the strike costs millions."},
		}},
		{"latin1.html", "article", "article", "Café reopens", []wantPost{
			{"", "", "", "Café reopens", "", "", "The café on the quay reopened on Monday – to a queue of “regulars”."},
		}},
	} {
		t.Run(c.file, func(t *testing.T) {
			b, err := Load(Config{}, Source{Name: "page", Origin: c.file, Data: readHTMLFixture(t, c.file)})
			if err != nil {
				t.Fatal(err)
			}
			src := b.Sources[0]
			if string(src.Kind) != c.kind || src.Shape != c.shape {
				t.Errorf("kind %s shape %s, want %s %s", src.Kind, src.Shape, c.kind, c.shape)
			}
			if c.title != "" && b.Title != c.title {
				t.Errorf("title %q, want %q", b.Title, c.title)
			}
			if len(b.Posts) != len(c.posts) {
				t.Fatalf("%d posts, want %d: %+v", len(b.Posts), len(c.posts), b.Posts)
			}
			for i, w := range c.posts {
				p := b.Posts[i]
				check := func(field, got, want string, suffix bool) {
					if want == "" {
						return
					}
					if suffix && !strings.HasSuffix(got, want) || !suffix && got != want {
						t.Errorf("post %d %s = %q, want %q", i+1, field, got, want)
					}
				}
				check("time", p.Time, w.time, false)
				check("zone", p.ZoneName, w.zone, false)
				check("date", p.Date, w.date, false)
				check("title", p.Title, w.title, false)
				check("author", p.Author.Name, w.author, false)
				check("url", p.URL, w.url, true)
				if len(p.Body) == 0 {
					t.Fatalf("post %d has no body", i+1)
				}
				check("first block", p.Body[0].Text, w.first, false)
			}
		})
	}
}

// TestHTMLDropsChrome: navigation, cookie banners, footers, forms, hidden
// parts and scripts never reach the model; lists and captions keep their kind.
// TestFastLiveBlog: a JSON-LD live blog with every body whole is read off
// the tokenizer, and reads as the tree reads it.
func TestFastLiveBlog(t *testing.T) {
	data := bigHTML(200<<10, true)
	fast, ok := scanLiveBlog(decoded(data, ""))
	if !ok {
		t.Fatal("not read off the tokenizer")
	}
	fast = finish(fast, nil)
	slow, err := readTree(data, "")
	if err != nil || !reflect.DeepEqual(fast, slow) {
		t.Errorf("fast and tree readings differ (%v)", err)
	}
	// an update whose body is only in the markup needs the tree
	if _, ok := scanLiveBlog(decoded(readHTMLFixture(t, "jsonld-liveblog.html"), "")); ok {
		t.Error("an empty articleBody was read off the tokenizer")
	}
}

func TestHTMLDropsChrome(t *testing.T) {
	for _, file := range []string{"jsonld-liveblog.html", "plain-article.html", "newsarticle.html"} {
		b, err := Load(Config{}, Source{Name: "page", Origin: file, Data: readHTMLFixture(t, file)})
		if err != nil {
			t.Fatal(err)
		}
		var all strings.Builder
		kinds := map[model.BlockKind]int{}
		for _, p := range b.Posts {
			all.WriteString(p.Title + "\n" + p.Text() + "\n")
			for _, bl := range p.Body {
				kinds[bl.Kind]++
			}
		}
		for _, bad := range []string{"cookies", "Home", "rights reserved", "Search", "tracking", "Contact us", "Related"} {
			if strings.Contains(all.String(), bad) {
				t.Errorf("%s: %q reached the model:\n%s", file, bad, all.String())
			}
		}
		switch file {
		case "jsonld-liveblog.html":
			if kinds[model.BlockBullet] != 2 || kinds[model.BlockCaption] != 1 {
				t.Errorf("%s: block kinds %v, want 2 bullets and a caption", file, kinds)
			}
		case "newsarticle.html":
			if kinds[model.BlockBullet] != 2 || kinds[model.BlockSubheading] != 1 {
				t.Errorf("%s: block kinds %v, want 2 bullets and a subheading", file, kinds)
			}
		case "plain-article.html":
			if kinds[model.BlockCaption] != 1 {
				t.Errorf("%s: block kinds %v, want the figure's caption", file, kinds)
			}
		}
	}
}

func TestHTMLHostile(t *testing.T) {
	b, err := Load(Config{}, Source{Name: "page", Origin: "hostile.html", Data: readHTMLFixture(t, "hostile.html")})
	if err != nil {
		t.Fatal(err)
	}
	checkStrings(t, reflect.ValueOf(b).Elem(), "Briefing")
	text := b.Posts[0].Title + "\n" + b.Posts[0].Text()
	for _, bad := range []string{"alert", "steal", "javascript", "Enable JavaScript", "[31m", "\x1b"} {
		if strings.Contains(text, bad) {
			t.Errorf("%q reached the model: %q", bad, text)
		}
	}
	if b.Posts[0].Title != "Hostile headline" {
		t.Errorf("title %q", b.Posts[0].Title)
	}
}

func TestLooksHTML(t *testing.T) {
	for in, want := range map[string]bool{
		"<!DOCTYPE html><p>x":                 true,
		"\xef\xbb\xbf\n  <html><body>":        true,
		"<!-- saved --><html>":                true,
		"<?xml version=\"1.0\"?><html xmlns=": true,
		"<b>not a page</b> says the text":     false,
		"1. Title published at 10:00 BST":     false,
		"<?xml version=\"1.0\"?><rss>":        false,
	} {
		if got := looksHTML([]byte(in), ""); got != want {
			t.Errorf("looksHTML(%q) = %v", in, got)
		}
	}
	if !looksHTML([]byte("plain"), "text/html; charset=utf-8") {
		t.Error("a text/html content type is HTML")
	}
}

// TestHTMLCharsetHeader: the HTTP header's charset is read when the page
// names none.
func TestHTMLCharsetHeader(t *testing.T) {
	data := []byte("<html><body><article><h1>Caf\xe9</h1><p>Une caf\xe9 cr\xe8me, s'il vous pla\xeet, pour la route.</p></article></body></html>")
	b, err := Load(Config{}, Source{Name: "p", Origin: "p", Data: data, ContentType: "text/html; charset=iso-8859-1"})
	if err != nil {
		t.Fatal(err)
	}
	if got := b.Posts[0].Body[0].Text; got != "Une café crème, s'il vous plaît, pour la route." {
		t.Errorf("body %q", got)
	}
	// undeclared, invalid UTF-8 is U+FFFD, as in any source
	b, err = Load(Config{}, Source{Name: "p", Origin: "p", Data: data})
	if err != nil {
		t.Fatal(err)
	}
	if got := b.Posts[0].Body[0].Text; !strings.Contains(got, "caf\uFFFD") {
		t.Errorf("body %q", got)
	}
}

func TestHTMLNothingToRead(t *testing.T) {
	_, err := Load(Config{}, Source{Name: "p", Origin: "empty.html", Data: []byte("<html><head><script>x()</script></head><body><nav>Home</nav></body></html>")})
	if err == nil || !strings.HasPrefix(err.Error(), "empty.html: ") {
		t.Fatalf("err = %v", err)
	}
}

// FuzzHTML: whatever the markup, reading it never panics, and every string
// of the model is valid UTF-8 with no control character or escape.
func FuzzHTML(f *testing.F) {
	entries, _ := os.ReadDir(filepath.Join("testdata", "html"))
	for _, e := range entries {
		f.Add(readHTMLFixture(f, e.Name()))
	}
	f.Add([]byte(`<html><script type="application/ld+json">{"@graph":[{"@type":"LiveBlogPosting","liveBlogUpdate":{"itemListElement":[{"@type":"ListItem","item":{"headline":"\u001b[2Jx","articleBody":"<p>a&#27;b</p>","datePublished":"2026-01-01T10:00:00+05:30"}}]}}]}</script>`))
	f.Add([]byte(`<html><div itemscope itemtype="http://schema.org/LiveBlogPosting"><div itemprop="liveBlogUpdate" itemscope><time itemprop="datePublished">1 hr ago</time><p itemprop="headline">h</p></div></div>`))
	f.Fuzz(func(t *testing.T, data []byte) {
		doc, err := readHTML(data, "")
		if err != nil {
			return
		}
		checkStrings(t, reflect.ValueOf(doc), "htmlDoc")
		if fast, ok := scanLiveBlog(decoded(data, "")); ok {
			// the tokenizer's reading of a live blog is the tree's
			if fast = finish(fast, nil); len(fast.posts) > 0 {
				slow, err := readTree(data, "")
				if err != nil || !reflect.DeepEqual(fast.posts, slow.posts) || fast.title != slow.title || fast.shape != slow.shape {
					t.Fatalf("fast and tree readings differ:\n%+v\n%+v (%v)", fast, slow, err)
				}
			}
		}
		for _, p := range doc.posts {
			checkStrings(t, reflect.ValueOf(p), "rawPost")
		}
		b, err := Load(Config{}, Source{Name: "fuzz", Origin: "fuzz.html", Data: append([]byte("<!doctype html>"), data...)})
		if err == nil {
			checkStrings(t, reflect.ValueOf(b).Elem(), "Briefing")
		}
	})
}

// bigHTML is a live page of about size bytes: JSON-LD updates, or the same
// posts as markup only.
func bigHTML(size int, jsonLD bool) []byte {
	var posts, ld strings.Builder
	for i := 0; posts.Len()+ld.Len() < size; i++ {
		body := fmt.Sprintf("<p>Officials said the harbour talks would resume at %d o'clock, after a night of meetings in the port authority's offices.</p><p>Union leader Mara Quist said: \"We are close to a deal, but not there yet.\"</p>", i%24)
		if jsonLD {
			if i > 0 {
				ld.WriteByte(',')
			}
			fmt.Fprintf(&ld, `{"@type":"BlogPosting","headline":"Update %d","url":"https://x.example/live#p%d","datePublished":"2026-03-04T%02d:%02d:00+01:00","articleBody":%q}`, i, i, (i/60)%24, i%60, body)
		} else {
			fmt.Fprintf(&posts, `<article class="post" id="p%d"><h2>Update %d</h2><time datetime="2026-03-04T%02d:%02d:00+01:00">%02d:%02d</time><div class="body">%s</div><nav><a href="#">Share</a></nav></article>`+"\n", i, i, (i/60)%24, i%60, (i/60)%24, i%60, body)
		}
	}
	return []byte(`<!DOCTYPE html><html><head><meta charset="utf-8"><title>Live</title><script type="application/ld+json">{"@type":"LiveBlogPosting","headline":"Live","liveBlogUpdate":[` +
		ld.String() + `]}</script></head><body><main>` + posts.String() + `</main></body></html>`)
}

func BenchmarkReadHTML(b *testing.B) {
	for _, c := range []struct {
		name string
		ld   bool
	}{{"markup-5MB", false}, {"jsonld-5MB", true}} {
		data := bigHTML(5<<20, c.ld)
		b.Run(c.name, func(b *testing.B) {
			b.SetBytes(int64(len(data)))
			b.ReportAllocs()
			for b.Loop() {
				if _, err := readHTML(data, ""); err != nil {
					b.Fatal(err)
				}
			}
		})
		b.Run(c.name+"-tree", func(b *testing.B) {
			for b.Loop() {
				if _, err := readTree(data, ""); err != nil {
					b.Fatal(err)
				}
			}
		})
		b.Run(c.name+"-load", func(b *testing.B) {
			b.SetBytes(int64(len(data)))
			for b.Loop() {
				if _, err := Load(Config{}, Source{Name: "big", Origin: "big.html", Data: data}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkParseOnly is the floor under BenchmarkReadHTML: x/net/html's
// parse of the same page.
func BenchmarkParseOnly(b *testing.B) {
	data := bigHTML(5<<20, false)
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		if _, err := html.Parse(bytes.NewReader(data)); err != nil {
			b.Fatal(err)
		}
	}
}

// TestHTMLShortArticleBody: an articleBody that is only the standfirst
// gives way to the page's own text; caption markers read as on a copied page.
func TestHTMLShortArticleBody(t *testing.T) {
	page := `<!DOCTYPE html><html><head><script type="application/ld+json">{"@type":"Article","headline":"Gun laws","articleBody":"The president tells the BBC of his frustration."}</script></head>
<body><div class="story-body" property="articleBody">
<figure><figcaption><span>Media caption</span>The president spoke in the White House</figcaption></figure>
<div class="player-with-placeholder__caption">Media playback is unsupported on your device</div>
<p>The president has admitted that his failure to pass gun safety laws is the greatest frustration of his time in office.</p>
<p>In an interview he said it was distressing not to have made progress on the issue even after mass shootings.</p>
</div><div class="related"><p>Other news from the region, with a headline long enough to count as a paragraph.</p></div></body></html>`
	b, err := Load(Config{}, Source{Name: "a", Origin: "a.html", Data: []byte(page)})
	if err != nil {
		t.Fatal(err)
	}
	body := b.Posts[0].Body
	if len(body) != 3 || body[0] != (model.Block{Kind: model.BlockCaption, Text: "The president spoke in the White House"}) ||
		!strings.HasPrefix(body[1].Text, "The president has admitted") {
		t.Errorf("body %+v", body)
	}
}

func TestContainsFold(t *testing.T) {
	for _, c := range []struct {
		s, sub string
		want   bool
	}{{"Cookie-Banner", "cookie", true}, {"x gdpr", "gdpr", true}, {"coo", "cookie", false}, {"", "a", false}, {"SR-ONLY", "sr-only", true}} {
		if got := containsFold(c.s, c.sub); got != c.want {
			t.Errorf("containsFold(%q, %q) = %v", c.s, c.sub, got)
		}
	}
}
