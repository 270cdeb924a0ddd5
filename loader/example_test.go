package loader_test

import (
	"fmt"

	"briefing/loader"
	"briefing/seeds"
)

// Load the built-in live page with the reference list of leaders, then ask
// the model what it found.
func ExampleLoad() {
	live, _ := seeds.File("white-house-talks-liveblog.txt")
	b, err := loader.Load(
		loader.Config{Title: "White House talks", People: seeds.People()},
		loader.Source{Name: "live", Origin: "white-house-talks-liveblog.txt", Data: live},
	)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(len(b.Posts), "posts,", len(b.Summary), "summary points")
	for _, o := range b.Options {
		fmt.Printf("%s: %s\n", o.Name, o.Assessment)
	}
	for _, s := range b.StatementsBy("merz") {
		fmt.Printf("%s (%s): %s\n", s.Speaker, s.Kind, s.Quote)
	}

	_, err = loader.Load(loader.Config{}, loader.Source{Name: "empty", Origin: "notes.txt"})
	fmt.Println(err)
	// Output:
	// 12 posts, 6 summary points
	// Boots on the ground: considered the least likely
	// Air and sea patrols: more conceivable
	// Intelligence: one area where the US would probably be happy to assist
	// Logistics: one non-lethal area that Washington would likely be happy to help with
	// merz (reported): a ceasefire in Ukraine should be the next step, even though Trump had argued that it was not necessary before a more permanent solution is found
	// merz (direct): put pressure on Russia for a ceasefire.
	// merz (direct): I can't imagine that the next meeting would take place without a ceasefire … So, let's work on that and let's try to put pressure on Russia
	// merz (reported): Putin had agreed to a bilateral meeting within the next two weeks
	// notes.txt: empty source
}
