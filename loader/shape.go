package loader

import (
	"fmt"
	"slices"
	"strings"
)

// A shape is one way a page lays out its posts: numbered posts with a
// glued "published at" stamp, a line with only a time then the post, a
// headline then paragraphs... Each shape reader lives in its own file.
//
// Detection asks every reader how many post boundaries it sees and takes
// the one that explains the text best, weighted by how telling its
// boundaries are: a stamp is strong evidence, a short line before a
// paragraph weak. The first reader that matches is not the answer: an
// article quoting a clock time is not a time-first live page.
type shape interface {
	name() string
	// score counts the post boundaries the reader sees; below minPosts the
	// shape does not fit at all.
	score(lines []string) int
	// read splits the lines into the page's header and its posts, in page
	// order.
	read(lines []string) page
}

// page is a source read by a shape: what sits above the posts, and the posts.
type page struct {
	title   string   // the page's own title, when its header gives one
	summary []string // the key points above the first post
	posts   []rawPost
	live    bool // a live page (posts over time) rather than one article
}

// weighted is a reader with how much one of its boundaries counts, and the
// fewest boundaries that make it fit.
type weighted struct {
	shape
	weight   int
	minPosts int
}

// shapes lists every reader. Order breaks ties: the more specific first.
var shapes = []weighted{
	{stampedShape{}, 8, 1},
	{timeFirstShape{}, 5, 2},
	{relativeShape{}, 5, 2},
	{numberedShape{}, 4, 2},
	{markerShape{}, 3, 2},
	{bulletShape{}, 2, 2},
	{headlineShape{}, 2, 1},
	{blankShape{}, 1, 3},
	{articleShape{}, 1, 0},
}

// ShapeNames lists the shapes --shape accepts, in detection order.
func ShapeNames() []string {
	names := make([]string, len(shapes))
	for i, s := range shapes {
		names[i] = s.name()
	}
	return names
}

// shapeNamed finds a reader by name; "" asks for detection.
func shapeNamed(name string) (shape, error) {
	for _, s := range shapes {
		if s.name() == name {
			return s.shape, nil
		}
	}
	return nil, fmt.Errorf("%w %q: the shapes are %s", ErrShape, name, strings.Join(ShapeNames(), ", "))
}

// sampleLines is how much of a page detection reads: a page keeps one
// shape from top to bottom, so its first few thousand lines tell it, and a
// 10,000-post page costs no more to place than a short one.
const sampleLines = 3000

// strictScorer is a reader whose boundaries an article's text may have
// too (subheadings look like headlines): for the text of an HTML page
// whose markup told of no live posts it asks for more.
type strictScorer interface {
	strictScore(lines []string) int
}

// detectShape picks the reader that explains the lines best; article is
// set for an HTML page's text whose markup showed no live posts.
func detectShape(lines []string, article bool) shape {
	lines = lines[:min(len(lines), sampleLines)]
	best, bestScore := shape(articleShape{}), 0
	for _, s := range shapes {
		n := 0
		if st, ok := s.shape.(strictScorer); ok && article {
			n = st.strictScore(lines)
		} else {
			n = s.score(lines)
		}
		if n < s.minPosts || n == 0 {
			continue
		}
		if v := n * s.weight; v > bestScore {
			best, bestScore = s.shape, v
		}
	}
	return best
}

// ValidShape reports whether name is a shape --shape accepts.
func ValidShape(name string) bool {
	return slices.Contains(ShapeNames(), name)
}
