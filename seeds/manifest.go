package seeds

import (
	"encoding/json"
	"path"
)

// Manifest is briefing.json read: what main needs to load the built-in
// briefing, typed, so that no caller parses the file itself.
type Manifest struct {
	Title   string
	Sources []Source // in the manifest's order, which is the timeline's tie-break
}

// Source is one embedded source of the built-in briefing.
type Source struct {
	File  string // the embedded file, "white-house-talks-liveblog.txt"
	Name  string // the file without its extension: the source's id in post ids
	Title string // the name a reader sees for it ("BBC News live page")
	Data  []byte
}

// Load reads the manifest and every source it names. The files are
// compiled in, so a bad manifest is a build defect, not input: Load panics
// on one, as People does, and seeds' own test is what catches it.
func Load() Manifest {
	var raw struct {
		Title   string            `json:"title"`
		Sources []string          `json:"sources"`
		Titles  map[string]string `json:"titles"` // a source's name for readers, by file
	}
	if err := json.Unmarshal(must("briefing.json"), &raw); err != nil {
		panic("seeds: briefing.json: " + err.Error())
	}
	m := Manifest{Title: raw.Title, Sources: make([]Source, 0, len(raw.Sources))}
	for _, file := range raw.Sources {
		m.Sources = append(m.Sources, Source{
			File:  file,
			Name:  file[:len(file)-len(path.Ext(file))],
			Title: raw.Titles[file],
			Data:  must(file),
		})
	}
	return m
}
