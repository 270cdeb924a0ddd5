package model

// StatementKind says whether the words are quoted or reported.
type StatementKind string

const (
	Direct   StatementKind = "direct"   // the exact words, in quote marks
	Reported StatementKind = "reported" // "X said that ...": the clause as written
)

// Citation is one place a statement appears.
type Citation struct {
	Post   string `json:"post"`
	Source string `json:"source"`
}

// Statement is something a person said. The same words quoted in several
// posts are one Statement with several citations.
type Statement struct {
	Speaker   string        // Person.ID
	Quote     string        // the quoted words (parts joined by " … ") or the reported clause
	Parts     []string      // the quoted segments when a quote is split by "he said"
	Kind      StatementKind // direct or reported
	Sentence  string        // the sentence (or sentences) the words came from
	Citations []Citation    // first citation is the first place it appears on the page
}

// Cites reports whether the statement appears in the post.
func (s *Statement) Cites(postID string) bool {
	for _, c := range s.Citations {
		if c.Post == postID {
			return true
		}
	}
	return false
}
