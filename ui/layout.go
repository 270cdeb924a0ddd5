package ui

import (
	"strings"
	"unicode"

	"github.com/charmbracelet/x/ansi"
)

// Below these sizes the screen says so instead of drawing garbage; below
// wideMin columns one pane (list or detail) is shown at a time.
const (
	minWidth  = 40
	minHeight = 10
	wideMin   = 90
	// On a very wide terminal the list widens up to listMax, so titles are
	// not cut at 56 columns, and the detail's text stops at readingMax, a
	// comfortable line to read; the rest of the row stays blank.
	listMax    = 80
	readingMax = 100
)

// box cuts or pads s to exactly w cells by h lines, so columns line up and
// nothing a child draws can overflow the terminal.
func box(s string, w, h int) string {
	if w <= 0 || h <= 0 {
		return ""
	}
	lines := strings.Split(s, "\n")
	if len(lines) > h {
		lines = lines[:h]
	}
	for len(lines) < h {
		lines = append(lines, "")
	}
	for i, l := range lines {
		lines[i] = fitLine(l, w)
	}
	return strings.Join(lines, "\n")
}

// fitLine truncates or pads one line to exactly w cells.
func fitLine(l string, w int) string {
	lw := ansi.StringWidth(l)
	if lw > w {
		return ansi.Truncate(l, w, "")
	}
	return l + strings.Repeat(" ", w-lw)
}

// clip makes s fit w x h: the last guard of View, so that no line is wider
// than the terminal and there are never more lines than rows.
func clip(s string, w, h int) string {
	if w <= 0 || h <= 0 {
		return ""
	}
	lines := strings.Split(s, "\n")
	if len(lines) > h {
		lines = lines[:h]
	}
	for i, l := range lines {
		if ansi.StringWidth(l) > w {
			lines[i] = ansi.Truncate(l, w, "")
		}
	}
	return strings.Join(lines, "\n")
}

// sameWidth rewrites text so that every terminal gives it the width the
// layout measures. The layout counts grapheme clusters; tmux and xterm
// count code points, so an emoji sequence (👍🏽, 👩‍💻, 🧑‍🤝‍🧑: skin tones,
// joiners, variation selectors) was two cells to us and four or six to
// them, and the row wrapped. Dropping the joiners and modifiers leaves
// plain emoji that both count alike; a tab, which a terminal draws up to
// eight cells wide, becomes a space.
//
// Indic scripts (Devanagari: का, प्र) put in one cluster code points that
// tmux gives a cell each: a spacing vowel sign (Mc) and the consonant
// after a virama. A zero-width space before each of those ends the
// cluster there, so the layout counts the cell tmux draws, and tmux,
// which gives U+200B no cell, counts the same.
func sameWidth(s string) string {
	if !strings.ContainsFunc(s, needsSameWidth) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + len(s)/4)
	prev := rune(-1)
	for _, r := range s {
		switch {
		case r == '\t':
			b.WriteByte(' ')
		case dropForWidth(r):
			continue
		case splitBefore(prev, r):
			b.WriteRune('\u200b')
			b.WriteRune(r)
		default:
			b.WriteRune(r)
		}
		prev = r
	}
	return b.String()
}

// splitBefore says whether r, after prev, is a code point tmux draws in a
// cell of its own though the layout's cluster would hold it in prev's.
func splitBefore(prev, r rune) bool {
	if prev < 0 || prev == ' ' {
		return false
	}
	if unicode.Is(unicode.Mc, r) {
		return true
	}
	return unicode.Is(unicode.Mn, prev) && unicode.IsLetter(r) && !unicode.Is(unicode.Latin, r)
}

func dropForWidth(r rune) bool {
	switch {
	case r == '\u200d', r == '\ufe0e', r == '\ufe0f':
		return true
	case r >= 0x1f3fb && r <= 0x1f3ff: // skin tones
		return true
	}
	return false
}

func needsSameWidth(r rune) bool {
	return r == '\t' || dropForWidth(r) || unicode.Is(unicode.Mc, r) || (r >= 0x0900 && r <= 0x0dff)
}
