package atomicfile

import (
	"errors"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"unicode/utf8"
)

func TestWriteFile(t *testing.T) {
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
			err := WriteFile(path, []byte("new"), tt.overwrite)
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

func TestWriteFileFailures(t *testing.T) {
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
			err := WriteFile(tt.path, []byte("x"), true)
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

func TestWriteFileDiskFull(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "briefing.md")
	if err := os.WriteFile(path, []byte("old export\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	var tmp string
	err := write(path, []byte(strings.Repeat("new export\n", 1000)), true, func(name string) (tempFile, error) {
		f, err := os.OpenFile(name, os.O_RDWR|os.O_CREATE|os.O_EXCL, 0o600)
		tmp = name
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

// A legal 253-byte name (255 is the usual limit) is written: the temp name
// is short whatever the target's length.
func TestWriteFileLongName(t *testing.T) {
	dir := t.TempDir()
	name := strings.Repeat("é", 100) + strings.Repeat("a", 50) + ".md"
	if len(name) != 253 {
		t.Fatalf("name is %d bytes", len(name))
	}
	if err := WriteFile(filepath.Join(dir, name), []byte("x"), false); err != nil {
		t.Fatal(err)
	}
	assertOnlyFile(t, dir, name)
	if n := tempName(name, 4194304, 0xffffffff); len(n) > 70 || !utf8.ValidString(n) || staleOwner(n) != 4194304 {
		t.Errorf("temp name %q: %d bytes, owner %d", n, len(n), staleOwner(n))
	}
}

// After a SIGKILL the temp file stays; the next write into the directory
// removes it, and only it: a live process's temp file and other files
// that merely look alike stay.
func TestWriteFileRemovesStaleTemps(t *testing.T) {
	dir := t.TempDir()
	dead := exec.Command(os.Args[0], "-test.run=^$")
	if err := dead.Run(); err != nil {
		t.Fatal(err)
	}
	stale := tempName("out.md", dead.Process.Pid, 0xdeadbeef)
	live := tempName("out.md", os.Getppid(), 0x0badf00d)
	keep := []string{live, ".out.md.tmp", ".out.md.briefing-x-0badf00d.tmp", "notes.briefing-1-0badf00d.tmp"}
	for _, n := range append(keep, stale) {
		if err := os.WriteFile(filepath.Join(dir, n), []byte("half"), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	if err := WriteFile(filepath.Join(dir, "other.md"), []byte("x"), false); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(dir, stale)); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("stale temp file %s is still there (%v)", stale, err)
	}
	for _, n := range keep {
		if _, err := os.Stat(filepath.Join(dir, n)); err != nil {
			t.Errorf("%s was removed: %v", n, err)
		}
	}
}
