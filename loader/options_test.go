package loader

import (
	"testing"
)

func TestOptionsFromTheAnalysis(t *testing.T) {
	b := loadSeeds(t)
	want := []struct {
		name, assessment string
		rank             int
	}{
		{"Boots on the ground", "considered the least likely", 4},
		{"Air and sea patrols", "more conceivable", 3},
		{"Intelligence", "one area where the US would probably be happy to assist", 1},
		{"Logistics", "one non-lethal area that Washington would likely be happy to help with", 2},
	}
	if len(b.Options) != len(want) {
		t.Fatalf("%d options, want 4: %+v", len(b.Options), b.Options)
	}
	for i, w := range want {
		o := b.Options[i]
		if o.Name != w.name || o.Assessment != w.assessment || o.Rank != w.rank {
			t.Errorf("option %d = %q %q rank %d, want %q %q rank %d", i+1, o.Name, o.Assessment, o.Rank, w.name, w.assessment, w.rank)
		}
		if o.Post != live+"/12" {
			t.Errorf("%s laid out in %s, want the 06:38 analysis", o.Name, o.Post)
		}
	}
	// Macron's "boots on the ground" is a mention by him.
	var macron bool
	for _, m := range b.Options[0].Mentions {
		if m.Speaker == "macron" && m.Quote == "boots on the ground" && m.Post == live+"/9" {
			macron = true
		}
		if m.Post == live+"/12" {
			t.Errorf("the option's own bullet counted as a mention: %q", m.Text)
		}
	}
	if !macron {
		t.Errorf("boots on the ground mentions = %+v, want Macron's", b.Options[0].Mentions)
	}
	// "logistical support" in the key takeaways mentions Logistics.
	var logistics bool
	for _, m := range b.Options[3].Mentions {
		if m.Post == live+"/11" {
			logistics = true
		}
	}
	if !logistics {
		t.Errorf("Logistics mentions = %+v", b.Options[3].Mentions)
	}
}

func TestNoOptionsWithoutAnAnnouncement(t *testing.T) {
	b := loadOne(t, articleFile)
	if len(b.Options) != 0 {
		t.Errorf("article alone has options %+v", b.Options)
	}
}
