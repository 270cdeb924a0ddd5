package main

import "testing"

// --style light makes the whole TUI light, not only the detail: the
// renderer is told the background the style is made for.
func TestStyleIsDark(t *testing.T) {
	for style, want := range map[string][2]bool{
		"light": {false, true}, "dark": {true, true}, "dracula": {true, true},
		"notty": {false, false}, "ascii": {false, false},
	} {
		if dark, ok := styleIsDark(style); dark != want[0] || ok != want[1] {
			t.Errorf("styleIsDark(%q) = %v, %v; want %v, %v", style, dark, ok, want[0], want[1])
		}
	}
}
