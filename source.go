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

// sniffSize is how much of a source decides whether it is text at all.
const sniffSize = 64 << 10

// readLimited reads a stream (standard input, a pipe, a device) up to the
// limit and one byte more, to tell a full-size source from an endless one.
// The first block decides "binary": /dev/zero or a disk image is refused
// after 64 KiB, not 256 MiB. size, when known, sizes the buffer once
// (growing it by doubling costs a 13 MB page a third of its load time); a
// stream's buffer doubles but never past the limit, so a 256 MiB stream
// peaks near 384 MiB rather than bytes.Buffer's 768 MiB.
func readLimited(origin string, r io.Reader, size int64) ([]byte, error) {
	const limit = loader.MaxSize + 1
	buf := make([]byte, 0, min(max(size+1, sniffSize), limit))
	sniffed := false
	for {
		if len(buf) == cap(buf) {
			if len(buf) >= limit {
				break
			}
			// Double, but jump straight to the limit rather than pass it:
			// append's growth past 256 MiB would copy into 320 MiB and more.
			next := 2 * cap(buf)
			if 2*next > limit {
				next = limit
			}
			buf = append(make([]byte, 0, next), buf...)
		}
		n, err := r.Read(buf[len(buf):cap(buf)])
		buf = buf[:len(buf)+n]
		if !sniffed && (len(buf) >= sniffSize || err != nil) {
			sniffed = true
			if len(bytes.TrimSpace(buf)) > 0 && loader.Sniff(buf[:min(len(buf), sniffSize)]) != nil {
				return nil, &loader.Error{Origin: origin, Err: loader.ErrBinary}
			}
		}
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, &fs.PathError{Op: "read", Path: origin, Err: unwrapPath(err)}
		}
	}
	if len(buf) > loader.MaxSize {
		return nil, tooLarge(origin, fmt.Sprintf("over %d MiB", loader.MaxSize>>20))
	}
	return buf, nil
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
