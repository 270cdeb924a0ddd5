package loader

import (
	"fmt"
	"strings"
	"testing"
	"time"
)

// pathological are valid but hostile shapes of text. Each must load, or be
// refused with a clear error, in time roughly linear in its size.
var pathological = []struct {
	name string
	gen  func(n int) string // n scales the input
	n    int                // the size the test loads
}{
	{"single 5 MB line", func(n int) string { return strings.Repeat("word ", n) }, 1 << 20},
	{"quote marks in a row", func(n int) string { return "Trump said " + strings.Repeat(`"`, n) + " today." }, 200000},
	{"curly quotes in a row", func(n int) string { return "Merz said " + strings.Repeat("“”", n/2) + "." }, 200000},
	{"one-line posts", func(n int) string {
		var sb strings.Builder
		for i := n; i >= 1; i-- {
			fmt.Fprintf(&sb, "  %d. Post %d published at %02d:%02d\n    Body %d.\n", i, i, i/60%24, i%60, i)
		}
		return sb.String()
	}, 100000},
	{"repeated published at", func(n int) string {
		return "  1. Title " + strings.Repeat("published at 10:15 ", n) + "\n\n    Body.\n"
	}, 50000},
	{"published at on every line", func(n int) string {
		return strings.Repeat("published at published at 10:15 BST\n", n)
	}, 50000},
	{"posts with no title", func(n int) string {
		var sb strings.Builder
		for i := n; i >= 1; i-- {
			fmt.Fprintf(&sb, "  %d. published at 10:%02d BST\n\n    Said \"yes\", Trump said.\n\n", i, i%60)
		}
		return sb.String()
	}, 20000},
	{"bylines with no body", func(n int) string {
		var sb strings.Builder
		for i := n; i >= 1; i-- {
			fmt.Fprintf(&sb, "  %d. Update published at 09:%02d BST\n\n    Jane Doe\n    Live page editor\n\n", i, i%60)
		}
		return sb.String()
	}, 20000},
	{"one word per line", func(n int) string { return strings.Repeat("said\n", n) }, 500000},
	{"nested brackets and dashes", func(n int) string { return strings.Repeat("(- “ - ‘ ", n) }, 200000},
}

func TestPathological(t *testing.T) {
	people := seedBytes(t, "people.json")
	for _, c := range pathological {
		t.Run(c.name, func(t *testing.T) {
			data := []byte(c.gen(c.n))
			start := time.Now()
			b, err := Load(Config{People: people}, Source{Name: "p", Origin: "p.txt", Data: data})
			took := time.Since(start)
			t.Logf("%d KB in %v", len(data)>>10, took)
			if err != nil {
				if strings.Contains(err.Error(), "\n") || !strings.HasPrefix(err.Error(), "p.txt: ") {
					t.Fatalf("error is not one line naming the file: %q", err)
				}
				return
			}
			if len(b.Posts) == 0 {
				t.Fatalf("loaded with no posts")
			}
		})
	}
	t.Run("one-line posts are all there", func(t *testing.T) {
		b, err := Load(Config{}, Source{Name: "p", Origin: "p.txt", Data: []byte(pathological[3].gen(100000))})
		if err != nil {
			t.Fatal(err)
		}
		// the model keeps them oldest first: the page's last line is post 1
		if len(b.Posts) != 100000 || b.Posts[0].Title != "Post 1" || b.Posts[99999].Title != "Post 100000" {
			t.Fatalf("%d posts, first %q", len(b.Posts), b.Posts[0].Title)
		}
	})
}

// BenchmarkPathological loads each shape at two sizes: the MB/s figures of
// the pair should match, which is what linear means.
func BenchmarkPathological(b *testing.B) {
	people := seedBytes(b, "people.json")
	for _, c := range pathological {
		for _, n := range []int{c.n / 2, c.n} {
			data := []byte(c.gen(n))
			b.Run(fmt.Sprintf("%s/%dKB", strings.ReplaceAll(c.name, " ", "_"), len(data)>>10), func(b *testing.B) {
				b.SetBytes(int64(len(data)))
				for b.Loop() {
					Load(Config{People: people}, Source{Name: "p", Origin: "p.txt", Data: data})
				}
			})
		}
	}
}
