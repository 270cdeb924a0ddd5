package loader

import "errors"

// Error is a failure to read one source. It prints as one line that names
// the source and the cause: "notes.txt: empty source".
type Error struct {
	Origin string
	Err    error
}

func (e *Error) Error() string { return e.Origin + ": " + e.Err.Error() }
func (e *Error) Unwrap() error { return e.Err }

// The causes a caller may want to tell apart.
var (
	ErrEmpty    = errors.New("empty source")
	ErrBinary   = errors.New("binary data, not text")
	ErrTooLarge = errors.New("source too large")
	ErrNoPosts  = errors.New("no posts or paragraphs found")
	ErrPeople   = errors.New("reference list of people is not valid JSON")
	ErrShape    = errors.New("unknown shape")
)
