package ui

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

func TestWriteFileAtomic(t *testing.T) {
	tests := []struct {
		name      string
		existing  string // "" = no file before
		overwrite bool
		wantErr   error // nil = success
		want      string
	}{
		{"new file", "", false, nil, "new"},
		{"refuses to overwrite", "old", false, fs.ErrExist, "old"},
		{"overwrites with force", "old", true, nil, "new"},
		{"force on a new file", "", true, nil, "new"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			path := filepath.Join(dir, "out.md")
			if tt.existing != "" {
				if err := os.WriteFile(path, []byte(tt.existing), 0o600); err != nil {
					t.Fatal(err)
				}
			}
			err := WriteFileAtomic(path, []byte("new"), tt.overwrite)
			if !errors.Is(err, tt.wantErr) || (err == nil) != (tt.wantErr == nil) {
				t.Fatalf("err = %v, want %v", err, tt.wantErr)
			}
			if err != nil && !strings.HasPrefix(err.Error(), "write "+path+": ") {
				t.Errorf("error %q does not name %s", err, path)
			}
			got, rerr := os.ReadFile(path)
			if rerr != nil || string(got) != tt.want {
				t.Errorf("file = %q (%v), want %q", got, rerr, tt.want)
			}
			if tt.existing != "" && tt.overwrite {
				if fi, _ := os.Stat(path); fi.Mode().Perm() != 0o600 {
					t.Errorf("mode = %v, want the replaced file's 0600", fi.Mode().Perm())
				}
			}
			assertOnlyFile(t, dir, "out.md")
		})
	}
}

func TestWriteFileAtomicFailures(t *testing.T) {
	dir := t.TempDir()
	tests := []struct {
		name string
		path string
	}{
		{"missing directory", filepath.Join(dir, "no", "such", "dir", "out.md")},
		{"target is a directory", dir},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := WriteFileAtomic(tt.path, []byte("x"), true)
			var pe *fs.PathError
			if !errors.As(err, &pe) || pe.Path != tt.path {
				t.Fatalf("err = %v, want a PathError naming %s", err, tt.path)
			}
		})
	}
	assertOnlyFile(t, dir, "") // no temp file left behind
}

func assertOnlyFile(t *testing.T, dir, name string) {
	t.Helper()
	ents, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range ents {
		if e.Name() != name {
			t.Errorf("stray file %s left in %s", e.Name(), dir)
		}
	}
}

// fullDisk is a temp file on a disk that fills up half-way through the
// write: the first half reaches the file, then ENOSPC.
type fullDisk struct{ *os.File }

func (f fullDisk) Write(p []byte) (int, error) {
	n, _ := f.File.Write(p[:len(p)/2])
	return n, syscall.ENOSPC
}

func TestWriteFileAtomicDiskFull(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "briefing.md")
	if err := os.WriteFile(path, []byte("old export\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	var tmp string
	err := writeFileAtomic(path, []byte(strings.Repeat("new export\n", 1000)), true, func(dir, pattern string) (tempFile, error) {
		f, err := os.CreateTemp(dir, pattern)
		if f != nil {
			tmp = f.Name()
		}
		return fullDisk{f}, err
	})
	if !errors.Is(err, syscall.ENOSPC) || !strings.HasPrefix(err.Error(), "write "+path+": ") {
		t.Fatalf("err = %v, want ENOSPC naming %s", err, path)
	}
	if b, _ := os.ReadFile(path); string(b) != "old export\n" {
		t.Fatalf("the old file changed: %q", b)
	}
	if _, err := os.Stat(tmp); !errors.Is(err, fs.ErrNotExist) {
		t.Fatalf("half-written temp file %s left behind (%v)", tmp, err)
	}
	assertOnlyFile(t, dir, "briefing.md")
}
