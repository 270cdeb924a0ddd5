package model

import "testing"

// An untitled post is shown by its opening words, never as an empty row.
func TestHeading(t *testing.T) {
	for _, c := range []struct {
		p    Post
		want string
	}{
		{Post{Title: "Talks end"}, "Talks end"},
		{Post{Body: []Block{{Kind: BlockCaption, Text: "A photo"}, {Kind: BlockParagraph, Text: "Hi, Áine McMahon here on the live blog today, stay following for all the latest news and updates."}}},
			"Hi, Áine McMahon here on the live blog today, stay following…"},
		{Post{Body: []Block{{Kind: BlockParagraph, Text: "Short one."}}}, "Short one."},
		{Post{}, "Untitled post"},
	} {
		if got := c.p.Heading(); got != c.want {
			t.Errorf("Heading() = %q, want %q", got, c.want)
		}
	}
}
