package loader

import (
	"strings"
	"testing"

	"briefing/loader/loadertest"
)

// BenchmarkDetectShape scores every shape reader on the 10,000-post page:
// set against BenchmarkLoad/liveblog-10k it shows what detection costs of
// a load (the real-pages issue asks under 5%).
func BenchmarkDetectShape(b *testing.B) {
	lines := strings.Split(clean(loadertest.LiveBlog(seedBytes(b, liveFile), 10000)), "\n")
	b.ReportAllocs()
	for b.Loop() {
		if s := detectShape(lines, false); s.name() != "stamped" {
			b.Fatalf("detected %s", s.name())
		}
	}
}
