package main

import (
	"os"
	"os/signal"
	"sync/atomic"
	"syscall"

	tea "github.com/charmbracelet/bubbletea"
)

// signalExit is the TUI ended by a signal: the program still quits the
// ordinary way, so bubbletea restores the terminal (raw mode off, the
// alternate screen left, the cursor shown), then exits 128+n as a shell
// expects of a killed program. Without this, SIGTERM exited 0 as if the
// reader had quit, SIGHUP left the terminal raw and SIGQUIT printed Go's
// stack dump into the alternate screen.
type signalExit struct{ sig syscall.Signal }

func (e signalExit) Error() string { return "stopped by " + e.sig.String() }

func (e signalExit) code() int { return 128 + int(e.sig) }

// quitOnSignals quits p on SIGHUP, SIGINT, SIGQUIT or SIGTERM (the program
// runs WithoutSignalHandler, so these are ours alone). stop ends the
// watch and says which signal, if any, ended the program.
func quitOnSignals(p *tea.Program) (stop func() syscall.Signal) {
	ch := make(chan os.Signal, 1)
	signal.Notify(ch, syscall.SIGHUP, syscall.SIGINT, syscall.SIGQUIT, syscall.SIGTERM)
	var got atomic.Int32
	done := make(chan struct{})
	go func() {
		select {
		case s := <-ch:
			if sig, ok := s.(syscall.Signal); ok {
				got.Store(int32(sig))
			}
			p.Quit()
		case <-done:
		}
	}()
	return func() syscall.Signal {
		signal.Stop(ch)
		close(done)
		return syscall.Signal(got.Load())
	}
}
