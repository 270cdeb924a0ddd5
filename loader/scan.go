package loader

import (
	"runtime"
	"sync"
)

// scan is one block read once into quotes and words; the passes over the
// text (titled names, attribution, option mentions) share it rather than
// each tokenizing the page again.
type scan struct {
	qs   []quote
	toks []token
}

// scanUnits reads every block of every unit. Blocks are independent, so
// the work is spread over the machine's cores.
func scanUnits(units []textUnit) {
	workers := min(runtime.GOMAXPROCS(0), len(units))
	if workers <= 1 {
		for i := range units {
			scanUnit(&units[i])
		}
		return
	}
	var wg sync.WaitGroup
	chunk := (len(units) + workers - 1) / workers
	for lo := 0; lo < len(units); lo += chunk {
		part := units[lo:min(lo+chunk, len(units))]
		wg.Go(func() {
			for i := range part {
				scanUnit(&part[i])
			}
		})
	}
	wg.Wait()
}

func scanUnit(u *textUnit) {
	u.scans = make([]scan, len(u.blocks))
	for i, text := range u.blocks {
		qs := findQuotes(text)
		u.scans[i] = scan{qs: qs, toks: tokenize(text, qs)}
	}
}
