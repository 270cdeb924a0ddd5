package loader

import "strings"

// blankShape reads untitled posts told apart only by a wider gap: two or
// more blank lines between posts where one blank line parts paragraphs, as
// some older live pages copy. It is the weakest evidence of all shapes.
type blankShape struct{}

func (blankShape) name() string { return "blank" }

func (blankShape) score(lines []string) int {
	gaps, single := blankGaps(lines)
	if single == 0 {
		return 0
	}
	return len(gaps) + 1
}

func (blankShape) read(lines []string) page {
	gaps, _ := blankGaps(lines)
	var heads []head
	start := firstPostLine(lines, 0)
	for _, g := range append(gaps, len(lines)) {
		if j := nextText(lines, start); j >= 0 && j < g {
			heads = append(heads, head{start: j, body: j, titleFromBody: true})
		}
		start = g
	}
	return readPosts(lines, heads, true)
}

// blankGaps lists the lines that end a run of two or more blank lines, and
// counts the single blank lines.
func blankGaps(lines []string) (gaps []int, single int) {
	run := 0
	for i, l := range lines {
		if strings.TrimSpace(l) == "" {
			run++
			continue
		}
		switch {
		case run >= 2 && i-run > 0:
			gaps = append(gaps, i)
		case run == 1:
			single++
		}
		run = 0
	}
	return gaps, single
}
