// Package mdterm renders markdown for a terminal: the detail pane's reader.
//
// It parses CommonMark with goldmark (no extensions) and lays the document
// out itself, word-wrapped to exactly the width it is given, with its own
// themes (theme.go) turned into SGR sequences through a termenv colour
// profile. It replaces glamour, whose syntax highlighter (chroma) and HTML
// sanitiser (bluemonday) cost the program ~10 ms of package init before
// its first screen, and whose word wrap miscounted hyphens and quote bars.
//
// What it draws: headings as bold coloured text (no "##"), paragraphs,
// emphasis, strong, code spans, links as their text and then their address
// in a muted style, block quotes behind a one-cell bar, bullet and ordered
// lists with a hanging indent, thematic breaks, hard breaks, code blocks as
// preformatted text, and raw HTML as the text it is (never interpreted).
// Every string that reaches the output has its control characters removed,
// so the only escape sequences in a rendered line are the theme's SGR.
//
// The files: render.go parses and walks the blocks, inline.go turns a
// block's inline nodes into styled runs, wrap.go breaks runs into lines,
// theme.go holds the themes and how a style becomes SGR.
package mdterm
