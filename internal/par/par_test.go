package par

import (
	"runtime"
	"testing"
)

func TestChunksMergeInOrderAndPanicOnTheCaller(t *testing.T) {
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(4))
	var got []int
	Chunks(1000, 7, func() *int { return new(int) },
		func(w *int, lo, hi int) []int {
			var out []int
			for i := lo; i < hi; i++ {
				*w++
				out = append(out, i)
			}
			return out
		},
		func(part []int) { got = append(got, part...) })
	for i, v := range got {
		if v != i {
			t.Fatalf("merged out of order at %d: %d", i, v)
		}
	}
	if len(got) != 1000 {
		t.Fatalf("merged %d of 1000", len(got))
	}
	defer func() {
		if p := recover(); p != "boom" {
			t.Errorf("recovered %v, want the worker's panic", p)
		}
	}()
	Do(1000, 7, func(lo, hi int) {
		if lo <= 500 && 500 < hi {
			panic("boom")
		}
	})
	t.Error("no panic")
}
