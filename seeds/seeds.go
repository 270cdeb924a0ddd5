// Package seeds embeds the built-in briefing: the live page and companion
// article of the 2025 White House talks on Ukraine, the manifest that names
// them, and the reference list of leaders the loader uses to join spelling
// variants. It reads its own manifest (Load), so main does not parse it;
// the sources themselves are the loader's to read.
package seeds

import "embed"

//go:embed *.txt briefing.json people.json
var files embed.FS

// People is people.json, the reference list of leaders.
func People() []byte { return must("people.json") }

// File returns one embedded source by name.
func File(name string) ([]byte, error) { return files.ReadFile(name) }

func must(name string) []byte {
	b, err := files.ReadFile(name)
	if err != nil {
		panic("seeds: " + name + " is not embedded: " + err.Error()) // a build defect, not input
	}
	return b
}
