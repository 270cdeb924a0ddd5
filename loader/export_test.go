package loader

import (
	"bytes"
	"encoding/json"
	"testing"

	"briefing/loader/loadertest"
	"briefing/model"
)

// WriteJSON streams the export a list element at a time; its bytes must be
// those the encoder gives for the whole document (`briefing export
// --format json`), filtered or not.
func TestWriteJSONIsTheEncodersBytes(t *testing.T) {
	people := seedBytes(t, "people.json")
	big, err := Load(Config{People: people}, Source{Name: "live", Origin: "live", Data: loadertest.LiveBlog(seedBytes(t, liveFile), 60)})
	if err != nil {
		t.Fatal(err)
	}
	harbour, err := Load(Config{People: people}, Source{Name: "harbour", Origin: "harbour", Data: readTestdata(t, "harbour-strike.txt")})
	if err != nil {
		t.Fatal(err)
	}
	for _, b := range []*model.Briefing{loadSeeds(t), big, harbour} {
		for _, f := range []model.Filter{{}, {People: []string{"merz"}}, {Query: "ceasefire"}, {Query: "no such words"}} {
			v := b.Apply(f)
			var want bytes.Buffer
			enc := json.NewEncoder(&want)
			enc.SetEscapeHTML(false)
			enc.SetIndent("", "  ")
			if err := enc.Encode(b.JSON(v)); err != nil {
				t.Fatal(err)
			}
			var got bytes.Buffer
			if err := b.WriteJSON(&got, v); err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(got.Bytes(), want.Bytes()) {
				t.Errorf("%s, filter %+v: WriteJSON differs from the encoder (%d vs %d bytes)", b.Title, f, got.Len(), want.Len())
			}
		}
	}
}
