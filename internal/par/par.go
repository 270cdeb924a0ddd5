// Package par spreads work over [0, n) across the machine's cores in
// chunks, keeping results in order, for the loader's passes over a long
// page. (model does not use it: its search is fast enough on one core.)
package par

import (
	"runtime"
	"sync"
	"sync/atomic"
)

// Chunks does read over [0, n) in chunks of size, in parallel on the
// machine's cores, and hands each chunk's result to merge in order on the
// calling goroutine, so what merge builds does not depend on scheduling.
// Each worker has its own state from newWorker: read does not share one.
func Chunks[W, R any](n, size int, newWorker func() W, read func(w W, lo, hi int) R, merge func(R)) {
	chunks := (n + size - 1) / size
	workers := min(runtime.GOMAXPROCS(0), chunks)
	if workers <= 1 {
		if n > 0 {
			w := newWorker()
			for lo := 0; lo < n; lo += size {
				merge(read(w, lo, min(lo+size, n)))
			}
		}
		return
	}
	results := make([]R, chunks)
	done := make([]chan struct{}, chunks)
	for c := range done {
		done[c] = make(chan struct{})
	}
	var (
		next    atomic.Int64
		wg      sync.WaitGroup
		failed  = make(chan struct{})
		fail    sync.Once
		failure any
	)
	for range workers {
		wg.Go(func() {
			// a panic goes to the caller, as it would without the workers
			defer func() {
				if p := recover(); p != nil {
					fail.Do(func() { failure = p; close(failed) })
				}
			}()
			w := newWorker()
			for {
				c := int(next.Add(1)) - 1
				if c >= chunks {
					return
				}
				select {
				case <-failed:
					return
				default:
				}
				lo := c * size
				results[c] = read(w, lo, min(lo+size, n))
				close(done[c])
			}
		})
	}
	for c := range chunks {
		select {
		case <-done[c]:
		case <-failed:
			wg.Wait()
			panic(failure)
		}
		merge(results[c])
		var zero R
		results[c] = zero // merged: let it go
	}
	wg.Wait()
}

// Do does fn over [0, n) in chunks of size on the machine's cores, for
// work whose chunks write apart.
func Do(n, size int, fn func(lo, hi int)) {
	Chunks(n, size, func() struct{} { return struct{}{} },
		func(_ struct{}, lo, hi int) struct{} { fn(lo, hi); return struct{}{} },
		func(struct{}) {})
}
