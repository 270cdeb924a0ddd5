package atomicfile

import (
	"os"
	"os/signal"
	"sync"
	"syscall"
	"time"
)

// The signals a terminal or a service manager sends to stop a program.
// While a temp file exists they are caught: the handler removes every temp
// file, then hands the signal on, so the process ends as the sender meant
// (exit status 130, 143 or 129), or the TUI, which listens too, handles it.
var catchable = []os.Signal{os.Interrupt, syscall.SIGTERM, syscall.SIGHUP}

var (
	mu      sync.Mutex
	pending = map[string]bool{} // temp files that exist or are being created
	dying   bool                // a signal came; no new temp file is made
	watch   *watcher
)

type watcher struct {
	sigs chan os.Signal
	done chan struct{}
}

// trackCreate registers name, then creates it, under the lock the handler
// takes: a signal removes either nothing or a file it knows about.
func trackCreate(name string, create func(string) (tempFile, error)) (tempFile, error) {
	mu.Lock()
	defer mu.Unlock()
	if dying {
		return nil, ErrInterrupted
	}
	if watch == nil {
		watch = startWatch()
	}
	f, err := create(name)
	if err != nil {
		stopIfIdle()
		return nil, err
	}
	pending[name] = true
	return f, nil
}

// untrack ends tracking of name once the write is done with it. It reports
// false if a signal's handler removed it first.
func untrack(name string) bool {
	mu.Lock()
	defer mu.Unlock()
	ok := pending[name]
	delete(pending, name)
	stopIfIdle()
	if !ok {
		// Give the re-raised signal the moment it needs to end the process
		// before the caller reports an error nobody will read.
		mu.Unlock()
		time.Sleep(time.Second)
		mu.Lock()
	}
	return ok
}

// stopIfIdle stops catching signals when no temp file is left, so the
// default action (or the TUI's handler) is back between writes. mu is held.
func stopIfIdle() {
	if len(pending) == 0 && watch != nil {
		signal.Stop(watch.sigs)
		close(watch.done)
		watch = nil
	}
}

func startWatch() *watcher {
	w := &watcher{sigs: make(chan os.Signal, 1), done: make(chan struct{})}
	for _, sig := range catchable {
		// A signal ignored at start (nohup) stays ignored: Notify would
		// make it deliverable.
		if !signal.Ignored(sig) {
			signal.Notify(w.sigs, sig)
		}
	}
	go w.run()
	return w
}

func (w *watcher) run() {
	var sig os.Signal
	select {
	case sig = <-w.sigs:
	case <-w.done:
		// Stopped; a signal that came just before is still owed its action.
		select {
		case sig = <-w.sigs:
		default:
			return
		}
	}
	mu.Lock()
	dying = true
	for name := range pending {
		os.Remove(name)
		delete(pending, name)
	}
	if watch == w {
		signal.Stop(w.sigs)
		watch = nil
	}
	mu.Unlock()
	raise(sig)
}

// raise sends sig to this process again now that it is no longer caught
// here: its default action ends the process, unless another part of the
// program (the TUI) catches it too.
func raise(sig os.Signal) {
	if p, err := os.FindProcess(os.Getpid()); err == nil {
		p.Signal(sig)
	}
}
