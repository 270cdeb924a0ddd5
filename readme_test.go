package main

import (
	"bytes"
	"os"
	"strings"
	"testing"
)

// TestReadmeExamples runs the README's console examples that stand alone
// (no pipe, no file written, no file to read, output not elided)
// and checks the output is what the README shows, so the README stays true.
func TestReadmeExamples(t *testing.T) {
	readme, err := os.ReadFile("README.md")
	if err != nil {
		t.Fatal(err)
	}
	ran := 0
	for _, block := range consoleBlocks(string(readme)) {
		for _, ex := range block {
			args, ok := shellWords(strings.TrimPrefix(ex.cmd, "briefing "))
			if !ok || !strings.HasPrefix(ex.cmd, "briefing ") || strings.ContainsAny(ex.cmd, "|<>") ||
				elided(ex.want) || strings.Contains(ex.cmd, " -o ") || strings.HasSuffix(ex.cmd, ".txt") {
				continue
			}
			var out bytes.Buffer
			run(args, strings.NewReader(""), &out, &out)
			if got := strings.TrimRight(out.String(), "\n"); got != ex.want {
				t.Errorf("README: $ %s\ngot:\n%s\nREADME shows:\n%s", ex.cmd, got, ex.want)
			}
			ran++
		}
	}
	if ran < 2 {
		t.Fatalf("only %d README examples ran; the filter above is too strict", ran)
	}
}

// elided: the README cut the output short, with a line of "…" or one
// ending in " …" (a quote's own " … " joins parts and is kept).
func elided(out string) bool {
	for _, l := range strings.Split(out, "\n") {
		if l == "…" || strings.HasSuffix(l, " …") {
			return true
		}
	}
	return false
}

type example struct{ cmd, want string }

// consoleBlocks reads the ```console blocks: "$ cmd" lines, each followed
// by its output.
func consoleBlocks(md string) [][]example {
	var blocks [][]example
	var cur []example
	in := false
	for _, line := range strings.Split(md, "\n") {
		switch {
		case line == "```console":
			in, cur = true, nil
		case in && line == "```":
			in = false
			blocks = append(blocks, cur)
		case in && strings.HasPrefix(line, "$ "):
			cur = append(cur, example{cmd: strings.TrimPrefix(line, "$ ")})
		case in && len(cur) > 0:
			ex := &cur[len(cur)-1]
			if ex.want != "" || line != "" {
				ex.want += line + "\n"
			}
		}
	}
	for _, b := range blocks {
		for i := range b {
			b[i].want = strings.TrimRight(b[i].want, "\n")
		}
	}
	return blocks
}

// shellWords splits a command line on spaces, keeping "double quoted"
// words together; anything fancier is not an example this test runs.
func shellWords(s string) ([]string, bool) {
	var words []string
	for s = strings.TrimSpace(s); s != ""; s = strings.TrimSpace(s) {
		if s[0] == '"' {
			end := strings.IndexByte(s[1:], '"')
			if end < 0 {
				return nil, false
			}
			words = append(words, s[1:end+1])
			s = s[end+2:]
			continue
		}
		w, rest, _ := strings.Cut(s, " ")
		if strings.ContainsAny(w, `'"$\`) {
			return nil, false
		}
		words, s = append(words, w), rest
	}
	return words, true
}
