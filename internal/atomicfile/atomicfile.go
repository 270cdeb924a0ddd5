// Package atomicfile writes a file so that a reader sees either the old
// file or the whole new one: the CLI's -o and the TUI's export both use it.
// A temporary file never outlives the write: not on an error, not on
// SIGINT, SIGTERM or SIGHUP (removed before the signal takes its course, as
// git does with its lock files), and after SIGKILL the next write into the
// same directory removes it.
package atomicfile

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"unicode/utf8"
)

// WriteFile writes data to path atomically: it writes a temp file in the
// same directory (a rename is only atomic within one file system), syncs it
// and renames it over path. Without overwrite an existing path is left
// untouched and the error wraps fs.ErrExist. Errors are *fs.PathError
// naming path, so callers can print "path: cause".
func WriteFile(path string, data []byte, overwrite bool) error {
	return write(path, data, overwrite, openTemp)
}

// WriteWith is WriteFile for output made as it is written: fill writes the
// file's contents (through a buffer), so a long export is never held in
// memory twice, once as text and once as bytes. An error from fill is the
// write's error, and the old file stays.
func WriteWith(path string, overwrite bool, fill func(io.Writer) error) error {
	return writeWith(path, overwrite, fill, openTemp)
}

func openTemp(name string) (tempFile, error) {
	return os.OpenFile(name, os.O_RDWR|os.O_CREATE|os.O_EXCL, 0o600)
}

// tempFile is the part of *os.File the write uses; tests put a failing
// disk behind it.
type tempFile interface {
	Write([]byte) (int, error)
	Chmod(fs.FileMode) error
	Sync() error
	Close() error
}

// ErrInterrupted is a write cut short by a signal; its temp file is gone.
var ErrInterrupted = errors.New("interrupted")

func write(path string, data []byte, overwrite bool, create func(name string) (tempFile, error)) error {
	return writeWith(path, overwrite, func(w io.Writer) error {
		_, err := w.Write(data)
		return err
	}, create)
}

func writeWith(path string, overwrite bool, fill func(io.Writer) error, create func(name string) (tempFile, error)) (err error) {
	fail := func(err error) error {
		var pe *fs.PathError
		if errors.As(err, &pe) {
			err = pe.Err // name the target, not the temp file
		}
		return &fs.PathError{Op: "write", Path: path, Err: err}
	}
	mode := fs.FileMode(0o644)
	if fi, err := os.Stat(path); err == nil {
		if !overwrite {
			return fail(fs.ErrExist)
		}
		if !fi.Mode().IsRegular() {
			return fail(errors.New("not a regular file"))
		}
		mode = fi.Mode().Perm() // replacing a file keeps its permissions
	}

	dir := filepath.Dir(path)
	removeStale(dir)
	f, tmp, err := createTemp(dir, filepath.Base(path), create)
	if err != nil {
		return fail(err)
	}
	defer func() {
		if err != nil {
			f.Close()
			os.Remove(tmp)
		}
		if !untrack(tmp) && err == nil {
			// A signal came during the write and its handler removed the
			// temp file; the renamed file, if any, is whole.
			err = fail(ErrInterrupted)
		}
	}()
	bw := bufio.NewWriterSize(f, 64<<10)
	if err = fill(bw); err != nil {
		return fail(err)
	}
	if err = bw.Flush(); err != nil {
		return fail(err)
	}
	if err = f.Chmod(mode); err != nil {
		return fail(err)
	}
	if err = f.Sync(); err != nil {
		return fail(err)
	}
	if err = f.Close(); err != nil {
		return fail(err)
	}
	if overwrite {
		if err = os.Rename(tmp, path); err != nil {
			return fail(err)
		}
		return nil
	}
	// A hard link fails if path appeared since the Stat above, so a file
	// created meanwhile is not clobbered. Where links are not supported,
	// fall back to rename after the check already made.
	if err = os.Link(tmp, path); err != nil {
		if errors.Is(err, fs.ErrExist) {
			return fail(fs.ErrExist)
		}
		if err = os.Rename(tmp, path); err != nil {
			return fail(err)
		}
		return nil
	}
	os.Remove(tmp)
	return nil
}

// tempMarker is in every temp file's name, with the writer's pid, so a
// later run can tell its own leftovers from anyone else's files.
const tempMarker = ".briefing-"

// prefixMax bytes of the target's name start the temp name, so a reader of
// the directory sees what it was for, while the whole stays short: a legal
// 255-byte target name must not need a longer temp name.
const prefixMax = 32

// tempName is ".<start of base>.briefing-<pid>-<8 hex>.tmp", at most 69
// bytes.
func tempName(base string, pid int, r uint32) string {
	if len(base) > prefixMax {
		cut := prefixMax
		for cut > 0 && !utf8.RuneStart(base[cut]) {
			cut--
		}
		base = base[:cut]
	}
	return fmt.Sprintf(".%s%s%d-%08x.tmp", base, tempMarker, pid, r)
}

// staleOwner is the pid in a name tempName made, or 0 if it made none.
func staleOwner(name string) int {
	if !strings.HasPrefix(name, ".") || !strings.HasSuffix(name, ".tmp") {
		return 0
	}
	i := strings.LastIndex(name, tempMarker)
	if i < 0 {
		return 0
	}
	pidHex := strings.TrimSuffix(name[i+len(tempMarker):], ".tmp")
	pidStr, hex, ok := strings.Cut(pidHex, "-")
	if !ok || len(hex) != 8 || strings.Trim(hex, "0123456789abcdef") != "" {
		return 0
	}
	pid, err := strconv.Atoi(pidStr)
	if err != nil || pid <= 0 {
		return 0
	}
	return pid
}

// createTemp creates a new temp file for base in dir, tracked for the
// signal handler from before it exists, so no signal can leave it behind.
func createTemp(dir, base string, create func(string) (tempFile, error)) (tempFile, string, error) {
	pid := os.Getpid()
	for range 100 {
		name := filepath.Join(dir, tempName(base, pid, rand.Uint32()))
		f, err := trackCreate(name, create)
		if errors.Is(err, fs.ErrExist) {
			continue
		}
		return f, name, err
	}
	return nil, "", errors.New("cannot find a free temporary file name")
}

// removeStale removes the temp files in dir that a briefing process left
// when it was killed (SIGKILL, a power cut): names made by tempName whose
// process is gone. Anything else, and a live process's file, is left alone.
func removeStale(dir string) {
	ents, err := os.ReadDir(dir)
	if err != nil {
		return
	}
	self := os.Getpid()
	for _, e := range ents {
		pid := staleOwner(e.Name())
		if pid == 0 || pid == self || !e.Type().IsRegular() || alive(pid) {
			continue
		}
		os.Remove(filepath.Join(dir, e.Name()))
	}
}

// alive reports whether process pid may still exist; only a clear "no such
// process" says it does not.
func alive(pid int) bool {
	p, err := os.FindProcess(pid)
	if err != nil {
		return false
	}
	defer p.Release()
	err = p.Signal(syscall.Signal(0))
	return !(errors.Is(err, os.ErrProcessDone) || errors.Is(err, syscall.ESRCH))
}
