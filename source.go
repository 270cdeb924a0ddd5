package main

import (
	"bytes"
	"fmt"
	"io"
	"io/fs"
	"os"

	"briefing/loader"
)

// readFile reads a source path, refusing what is no text file before it is
// read: a directory, and anything over loader.MaxSize (a disk image given by
// mistake fails at once, not after filling memory).
func readFile(path string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	fi, err := f.Stat()
	if err != nil {
		return nil, err
	}
	if fi.IsDir() {
		return nil, &fs.PathError{Op: "read", Path: path, Err: errIsDir}
	}
	if fi.Mode().IsRegular() && fi.Size() > loader.MaxSize {
		return nil, tooLarge(path, fmt.Sprintf("%d MiB", fi.Size()>>20))
	}
	return readLimited(path, f, fi.Size())
}

// readLimited reads a stream (standard input, a pipe, a device) up to the
// limit and one byte more, to tell a full-size source from an endless one.
// size, when known, sizes the buffer once: growing it by doubling costs a
// 13 MB page a third of its load time.
func readLimited(origin string, r io.Reader, size int64) ([]byte, error) {
	var buf bytes.Buffer
	buf.Grow(int(min(size, loader.MaxSize)) + bytes.MinRead)
	_, err := buf.ReadFrom(io.LimitReader(r, loader.MaxSize+1))
	data := buf.Bytes()
	if err != nil {
		return nil, &fs.PathError{Op: "read", Path: origin, Err: unwrapPath(err)}
	}
	if len(data) > loader.MaxSize {
		return nil, tooLarge(origin, fmt.Sprintf("over %d MiB", loader.MaxSize>>20))
	}
	return data, nil
}

var errIsDir = fmt.Errorf("is a directory, not a file")

func tooLarge(origin, size string) error {
	return &loader.Error{Origin: origin, Err: fmt.Errorf("%w: %s, the limit is %d MiB", loader.ErrTooLarge, size, loader.MaxSize>>20)}
}

// unwrapPath drops the os package's own path from a read error, so the
// message names the source once.
func unwrapPath(err error) error {
	if pe, ok := err.(*fs.PathError); ok {
		return pe.Err
	}
	return err
}
