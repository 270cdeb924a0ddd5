package loader

import (
	"encoding/json"
	"testing"

	"github.com/charmbracelet/x/exp/golden"

	"briefing/model"
)

// The JSON of each seed, as `briefing export --format json` prints it.
// Regenerate with `go test ./loader -run TestGolden -update` and read the diff.
func TestGolden(t *testing.T) {
	for _, c := range []struct{ name, file string }{
		{"liveblog", liveFile},
		{"article", articleFile},
	} {
		t.Run(c.name, func(t *testing.T) {
			b := loadOne(t, c.file)
			out, err := json.MarshalIndent(b.JSON(b.Apply(model.Filter{})), "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			golden.RequireEqual(t, append(out, '\n'))
		})
	}
}
