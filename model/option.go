package model

// Option is one possibility an analysis lays out ("Boots on the ground").
type Option struct {
	Name        string
	Description string
	Assessment  string // the analyst's words: "considered the least likely"
	Rank        int    // 1 = judged most likely; ties keep the analyst's order
	Post        string // the post that lays the option out
	Source      string
	Mentions    []Mention // statements and posts that mention it, in briefing order
}

// Mention is one place an option comes up. Speaker and Quote are set when the
// mention is inside a statement.
type Mention struct {
	Post    string `json:"post"`
	Source  string `json:"source"`
	Speaker string `json:"speaker,omitempty"`
	Quote   string `json:"quote,omitempty"`
	Text    string `json:"text"` // the sentence that mentions it
}
