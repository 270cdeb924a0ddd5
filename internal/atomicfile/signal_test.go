//go:build unix

package atomicfile

import (
	"bufio"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"syscall"
	"testing"
	"time"
)

// slowDisk announces the write on stdout and then takes its time, so the
// test's signal lands while the temp file exists.
type slowDisk struct{ *os.File }

func (f slowDisk) Write(p []byte) (int, error) {
	os.Stdout.WriteString("writing\n")
	time.Sleep(10 * time.Second)
	return f.File.Write(p)
}

// TestSignalRemovesTemp runs a write in a child process, signals it mid-
// write, and checks that the child died of that signal and left no temp
// file, for each signal that can be caught.
func TestSignalRemovesTemp(t *testing.T) {
	if path := os.Getenv("ATOMICFILE_SLOW_WRITE"); path != "" {
		err := write(path, []byte("export"), false, func(name string) (tempFile, error) {
			f, err := os.OpenFile(name, os.O_RDWR|os.O_CREATE|os.O_EXCL, 0o600)
			return slowDisk{f}, err
		})
		os.Stdout.WriteString("survived: " + errString(err) + "\n")
		os.Exit(0)
	}
	for _, sig := range []syscall.Signal{syscall.SIGINT, syscall.SIGTERM, syscall.SIGHUP} {
		t.Run(sig.String(), func(t *testing.T) {
			dir := t.TempDir()
			cmd := exec.Command(os.Args[0], "-test.run=^TestSignalRemovesTemp$")
			cmd.Env = append(os.Environ(), "ATOMICFILE_SLOW_WRITE="+filepath.Join(dir, "out.md"))
			out, err := cmd.StdoutPipe()
			if err != nil {
				t.Fatal(err)
			}
			if err := cmd.Start(); err != nil {
				t.Fatal(err)
			}
			r := bufio.NewReader(out)
			if line, err := r.ReadString('\n'); err != nil || line != "writing\n" {
				t.Fatalf("child said %q (%v)", line, err)
			}
			if err := cmd.Process.Signal(sig); err != nil {
				t.Fatal(err)
			}
			rest, _ := r.ReadString(0)
			err = cmd.Wait()
			var ee *exec.ExitError
			if !errors.As(err, &ee) {
				t.Fatalf("child exited with %v, output %q; want death by %v", err, rest, sig)
			}
			if ws := ee.Sys().(syscall.WaitStatus); !ws.Signaled() || ws.Signal() != sig {
				t.Errorf("child ended with %v, want the signal %v", ws, sig)
			}
			assertOnlyFile(t, dir, "")
		})
	}
}

func errString(err error) string {
	if err == nil {
		return "no error"
	}
	return err.Error()
}
