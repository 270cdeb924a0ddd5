package model

import (
	"bytes"
	"encoding/json"
	"io"
	"reflect"
)

// Document is the stable machine view of DESIGN §5 (`export --format json`).
// Its field names are a public contract: fields may be added, never renamed.
// Every list is non-nil so it encodes as [] rather than null, which spares
// consumers a null check per field.
type Document struct {
	Filter     DocFilter      `json:"filter"`
	TotalPosts int            `json:"total_posts"` // posts in the briefing before filtering
	Sources    []DocSource    `json:"sources"`
	Summary    []string       `json:"summary"`
	Posts      []DocPost      `json:"posts"` // oldest first
	People     []DocPerson    `json:"people"`
	Statements []DocStatement `json:"statements"`
	Options    []DocOption    `json:"options"`
}

// DocFilter records what the document was narrowed to, so a reader of the
// file can tell a filtered export from the whole briefing.
type DocFilter struct {
	People []string `json:"people"` // person ids
	Query  string   `json:"query"`
}

// DocSource is one source and how many of its posts the document holds.
type DocSource struct {
	Name      string     `json:"name"`
	Title     string     `json:"title"` // the name a reader sees
	Kind      SourceKind `json:"kind"`
	Origin    string     `json:"origin"`
	Shape     string     `json:"shape"` // the shape reader that read it
	URL       string     `json:"url"`
	FetchedAt string     `json:"fetched_at"`
	Posts     int        `json:"posts"`              // posts of this source in the document
	Encoding  string     `json:"encoding,omitempty"` // set when not UTF-8
}

// DocPost is one post with its body as blocks.
type DocPost struct {
	ID       string   `json:"id"`
	Source   string   `json:"source"`
	Page     int      `json:"page"`
	Time     string   `json:"time"`
	Zone     string   `json:"zone"`
	Date     string   `json:"date"`
	When     string   `json:"when"` // a relative time as written; time is empty then
	URL      string   `json:"url"`
	Label    string   `json:"label"`
	Title    string   `json:"title"`
	Author   Author   `json:"author"`
	Body     []Block  `json:"body"`
	Mentions []string `json:"mentions"` // person ids named in the post
}

// DocPerson is one person; Statements counts their statements in the document.
type DocPerson struct {
	ID         string   `json:"id"`
	Name       string   `json:"name"`
	Short      string   `json:"short"`
	Role       string   `json:"role"`
	Group      Group    `json:"group"`
	Aliases    []string `json:"aliases"`
	Statements int      `json:"statements"`
}

// DocStatement is one statement; Speaker is a person id.
type DocStatement struct {
	Speaker   string        `json:"speaker"`
	Quote     string        `json:"quote"`
	Parts     []string      `json:"parts"`
	Kind      StatementKind `json:"kind"`
	Sentence  string        `json:"sentence"`
	Citations []Citation    `json:"citations"`
}

// DocOption is one option with the mentions that pass the filter.
type DocOption struct {
	Name        string    `json:"name"`
	Assessment  string    `json:"assessment"`
	Rank        int       `json:"rank"`
	Description string    `json:"description"`
	Post        string    `json:"post"`
	Mentions    []Mention `json:"mentions"`
}

// JSON builds the machine view of v, a View of b. It reflects the view, so a
// filtered view gives a filtered document; sources are always all listed,
// with the number of their posts that passed.
func (b *Briefing) JSON(v View) Document {
	d := Document{
		Filter:     DocFilter{People: nonNil(v.Filter.People), Query: v.Filter.Query},
		TotalPosts: len(b.Posts),
		Sources:    make([]DocSource, 0, len(b.Sources)),
		Summary:    nonNil(v.Summary),
		Posts:      make([]DocPost, 0, len(v.Posts)),
		People:     make([]DocPerson, 0, len(v.People)),
		Statements: make([]DocStatement, 0, len(v.Statements)),
		Options:    make([]DocOption, 0, len(v.Options)),
	}
	perSource := make(map[string]int, len(b.Sources))
	for _, p := range v.Posts {
		perSource[p.Source]++
		d.Posts = append(d.Posts, DocPost{
			ID: p.ID, Source: p.Source, Page: p.Page, Time: p.Time, Zone: p.Zone,
			Date: p.Date, When: p.When, URL: p.URL, Label: p.Label, Title: p.Title, Author: p.Author,
			Body: nonNil(p.Body), Mentions: nonNil(p.Mentions),
		})
	}
	for _, s := range b.Sources {
		d.Sources = append(d.Sources, DocSource{Name: s.Name, Title: b.SourceTitle(s.Name), Kind: s.Kind, Origin: s.Origin,
			Shape: s.Shape, URL: s.URL, FetchedAt: s.FetchedAt, Posts: perSource[s.Name], Encoding: s.Encoding})
	}
	for _, p := range v.People {
		d.People = append(d.People, DocPerson{
			ID: p.ID, Name: p.Name, Short: p.Short, Role: p.Role, Group: p.Group,
			Aliases: nonNil(p.Aliases), Statements: v.Counts[p.ID],
		})
	}
	for _, s := range v.Statements {
		d.Statements = append(d.Statements, DocStatement{
			Speaker: s.Speaker, Quote: s.Quote, Parts: nonNil(s.Parts), Kind: s.Kind,
			Sentence: s.Sentence, Citations: nonNil(s.Citations),
		})
	}
	for _, o := range v.Options {
		d.Options = append(d.Options, DocOption{
			Name: o.Name, Assessment: o.Assessment, Rank: o.Rank, Description: o.Description,
			Post: o.Post, Mentions: nonNil(o.Mentions),
		})
	}
	return d
}

// WriteJSON writes the document of v, a View of b, as `briefing export
// --format json` prints it: json.Encoder with SetEscapeHTML(false) and
// SetIndent("", "  "). It writes the lists an element at a time, so a long
// briefing is never held whole as encoded text, and w needs no buffering.
func (b *Briefing) WriteJSON(w io.Writer, v View) error {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	encode := func(x any, prefix string) error {
		enc.SetIndent(prefix, "  ")
		if err := enc.Encode(x); err != nil {
			return err
		}
		buf.Truncate(buf.Len() - 1) // Encode ends a value with a newline
		if buf.Len() >= 64<<10 {
			if _, err := w.Write(buf.Bytes()); err != nil {
				return err
			}
			buf.Reset()
		}
		return nil
	}
	// Document's fields, in order, are all named by their tags alone.
	d := reflect.ValueOf(b.JSON(v))
	buf.WriteByte('{')
	for i := range d.NumField() {
		if i > 0 {
			buf.WriteByte(',')
		}
		buf.WriteString("\n  ")
		if err := encode(d.Type().Field(i).Tag.Get("json"), "  "); err != nil {
			return err
		}
		buf.WriteString(": ")
		f := d.Field(i)
		if f.Kind() != reflect.Slice || f.Len() == 0 {
			if err := encode(f.Interface(), "  "); err != nil {
				return err
			}
			continue
		}
		buf.WriteByte('[')
		for j := range f.Len() {
			if j > 0 {
				buf.WriteByte(',')
			}
			buf.WriteString("\n    ")
			if err := encode(f.Index(j).Interface(), "    "); err != nil {
				return err
			}
		}
		buf.WriteString("\n  ]")
	}
	buf.WriteString("\n}\n")
	_, err := w.Write(buf.Bytes())
	return err
}

func nonNil[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}
