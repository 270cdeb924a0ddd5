package loader

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"briefing/model"
)

// Test helpers read the seeds from disk: loader must not import the seeds
// package (imports point main -> loader, seeds).
func seedBytes(t testing.TB, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("..", "seeds", name))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

const (
	liveFile    = "white-house-talks-liveblog.txt"
	articleFile = "white-house-talks-article.txt"
)

func seedSource(t testing.TB, file string) Source {
	return Source{Name: strings.TrimSuffix(file, ".txt"), Origin: "seeds/" + file, Data: seedBytes(t, file)}
}

// loadSeeds loads both seeds, as the binary does with no arguments.
func loadSeeds(t testing.TB) *model.Briefing {
	t.Helper()
	b, err := Load(Config{People: seedBytes(t, "people.json")}, seedSource(t, liveFile), seedSource(t, articleFile))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func loadOne(t testing.TB, file string) *model.Briefing {
	t.Helper()
	b, err := Load(Config{People: seedBytes(t, "people.json")}, seedSource(t, file))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func readTestdata(t testing.TB, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	return b
}
