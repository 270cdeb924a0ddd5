package loader

// Source is one document to read.
type Source struct {
	Name   string // short stable name, used in post ids ("white-house-talks-liveblog")
	Origin string // what error messages name: a path, "-" for stdin, "embedded:<file>"
	Title  string // the name a reader sees (a manifest's); "" takes the page's title, else Name
	Data   []byte

	// Set for a web source: the address it was fetched from, when (RFC
	// 3339), and the Content-Type the server sent (its charset is read).
	URL, FetchedAt, ContentType string
	encoding                    string // how parse decoded Data: "" for UTF-8 (see decode)
	// article: the text is an HTML page's whose markup told of no live
	// posts, so it takes a live page's signs to read it as one
	article bool
}

// Config carries what the loader is told rather than what it finds.
type Config struct {
	Title  string // briefing title; "" derives one from the sources
	People []byte // reference list of leaders (seeds/people.json format); may be nil
	Shape  string // a shape reader every source is read with (ShapeNames); "" detects each
}
