package ui

import (
	"strings"
)

// Source text put into markdown must stay text: the structure of an export
// (headings, lists, quotes, emphasis) is only the exporter's. Each function
// escapes for one position. All of them drop control characters (the
// loader already has; this is the ui's last guard), and escape every ASCII
// punctuation mark that can open inline markup anywhere in a line.
// CommonMark lets any ASCII punctuation be backslash-escaped, but glamour
// shows the backslash before "~", "=", ":" and "&" (and decodes a reference
// after "\&"), so those four are written as character references instead,
// which every renderer shows as the mark alone.
//
//   - mdInline: text inside a line, after a marker or other text.
//   - mdLine: text that starts a block (a paragraph, a list item, a quote),
//     where "#", ">", "-", "+", "=", "1." or "---" would open structure.
//   - mdHeading: a heading's text; "#" is always escaped, so a trailing
//     "##" cannot be read as the heading's closing sequence.
//   - mdCell: a table cell's text; "|" is always escaped.
//
// "&" becomes "&amp;" so a character reference in the text (&#27; &#x1b;)
// is never decoded into a real control character by a renderer such as
// glamour or glow.

// mdInlineEscaper escapes what opens inline markup: escapes, code, emphasis, strikethrough,
// links and images, autolinks and HTML, character references, table cells
// and heading closers. ">" (only a quote at a line start), "!" and "=" are
// harmless inside a line once "[" and "<" are escaped, and are left as
// written.
var mdInlineEscaper = strings.NewReplacer(
	`\`, `\\`, "`", "\\`", `*`, `\*`, `_`, `\_`, `~`, `&#126;`,
	`[`, `\[`, `]`, `\]`, `<`, `\<`, `&`, `&amp;`, `|`, `\|`, `#`, `\#`,
)

// mdInline is s as literal text inside a markdown line. Whitespace runs,
// newlines included, become one space: a block never breaks out of its
// list item or heading, and no line starts with four spaces (code).
func mdInline(s string) string {
	return mdInlineEscaper.Replace(strings.Join(strings.Fields(plain(s)), " "))
}

// mdLine is s as literal text at the start of a block. Beyond mdInline, a
// leading ">", "-", "+", "=" or ":" (quote, list item, rule, setext
// underline, definition) is escaped, and so is the "." or ")" after
// leading digits (an ordered list). "#", "*", "_", "`" and "~" are escaped
// wherever they are.
func mdLine(s string) string {
	s = mdInline(s)
	if s == "" {
		return s
	}
	switch s[0] {
	case '>', '-', '+':
		return `\` + s
	case '=':
		return "&#61;" + s[1:]
	case ':':
		return "&#58;" + s[1:]
	}
	i := 0
	for i < len(s) && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	if i > 0 && i < len(s) && (s[i] == '.' || s[i] == ')') {
		return s[:i] + `\` + s[i:]
	}
	return s
}

// mdHeading is s as a heading's text (after "### ").
func mdHeading(s string) string { return mdInline(s) }

// mdCell is s as a table cell's text.
func mdCell(s string) string { return mdInline(s) }
