package ui

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
)

// WriteFileAtomic writes data to path so that a reader sees either the old
// file or the whole new one, never a half-written export: it writes a temp
// file in the same directory (a rename is only atomic within one file
// system), syncs it and renames it over path. Without overwrite an existing
// path is left untouched and the error wraps fs.ErrExist. Errors are
// *fs.PathError naming path, so callers can print "path: cause". The temp
// file never outlives a failure.
func WriteFileAtomic(path string, data []byte, overwrite bool) error {
	return writeFileAtomic(path, data, overwrite, func(dir, pattern string) (tempFile, error) {
		return os.CreateTemp(dir, pattern)
	})
}

// tempFile is the part of *os.File the write uses; tests put a failing
// disk behind it.
type tempFile interface {
	Name() string
	Write([]byte) (int, error)
	Chmod(fs.FileMode) error
	Sync() error
	Close() error
}

func writeFileAtomic(path string, data []byte, overwrite bool, createTemp func(dir, pattern string) (tempFile, error)) (err error) {
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

	f, err := createTemp(filepath.Dir(path), "."+filepath.Base(path)+".*.tmp")
	if err != nil {
		return fail(err)
	}
	tmp := f.Name()
	defer func() {
		if err != nil {
			f.Close()
			os.Remove(tmp)
		}
	}()
	if _, err = f.Write(data); err != nil {
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
