package model

import "strings"

// lower folds text for case-insensitive search. ToLower keeps byte offsets
// stable enough for substring tests, which is all search needs.
func lower(s string) string { return strings.ToLower(s) }
