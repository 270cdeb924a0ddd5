package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/rogpeppe/go-internal/testscript"
)

func TestMain(m *testing.M) {
	testscript.Main(m, map[string]func(){
		"briefing": func() { os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr)) },
	})
}

// TestScripts is the CLI contract: testdata/script/*.txtar drive the real
// binary (stdout is a file there, never a terminal).
func TestScripts(t *testing.T) {
	testscript.Run(t, testscript.Params{
		Dir:  filepath.Join("testdata", "script"),
		Cmds: map[string]func(*testscript.TestScript, bool, []string){"jsonq": cmdJSONQ},
	})
}

// cmdJSONQ checks one value of a JSON file (or "stdout"):
//
//	jsonq FILE PATH WANT
//
// PATH is dot-separated: a key, an index, "@len", "*" (each element)
// or "[key=value]" (elements whose key has that value). WANT is the compact
// JSON of the result.
func cmdJSONQ(ts *testscript.TestScript, neg bool, args []string) {
	if len(args) != 3 {
		ts.Fatalf("usage: jsonq FILE PATH WANT")
	}
	var doc any
	if err := json.Unmarshal([]byte(ts.ReadFile(args[0])), &doc); err != nil {
		ts.Fatalf("%s is not JSON: %v", args[0], err)
	}
	v, err := jsonQuery(doc, args[1])
	if err != nil {
		ts.Fatalf("%s: %v", args[1], err)
	}
	got, err := json.Marshal(v)
	ts.Check(err)
	if (string(got) == args[2]) == neg {
		if neg {
			ts.Fatalf("%s = %s, want anything else", args[1], got)
		}
		ts.Fatalf("%s = %s, want %s", args[1], got, args[2])
	}
}

func jsonQuery(v any, path string) (any, error) {
	if path == "" {
		return v, nil
	}
	seg, rest, _ := strings.Cut(path, ".")
	arr, isArr := v.([]any)
	switch {
	case seg == "@len":
		if !isArr {
			return nil, fmt.Errorf("@len of a non-array %T", v)
		}
		return len(arr), nil
	case seg == "*" || strings.HasPrefix(seg, "["):
		if !isArr {
			return nil, fmt.Errorf("%s of a non-array %T", seg, v)
		}
		key, want, _ := strings.Cut(strings.Trim(seg, "[]"), "=")
		out := []any{}
		for _, el := range arr {
			if seg != "*" {
				if m, ok := el.(map[string]any); !ok || fmt.Sprint(m[key]) != want {
					continue
				}
				out = append(out, el)
				continue
			}
			x, err := jsonQuery(el, rest)
			if err != nil {
				return nil, err
			}
			out = append(out, x)
		}
		if seg == "*" {
			return out, nil
		}
		return jsonQuery(out, rest)
	case isArr:
		i, err := strconv.Atoi(seg)
		if err != nil || i < 0 || i >= len(arr) {
			return nil, fmt.Errorf("index %q out of %d elements", seg, len(arr))
		}
		return jsonQuery(arr[i], rest)
	}
	m, ok := v.(map[string]any)
	if !ok {
		return nil, fmt.Errorf("key %q of a non-object %T", seg, v)
	}
	x, ok := m[seg]
	if !ok {
		return nil, fmt.Errorf("no key %q", seg)
	}
	return jsonQuery(x, rest)
}

// TestExitCodes pins the exact exit codes of DESIGN §5, which testscript's
// "! exec" cannot tell apart, and that every error is one line.
func TestExitCodes(t *testing.T) {
	dir := t.TempDir()
	empty := filepath.Join(dir, "empty.txt")
	if err := os.WriteFile(empty, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	existing := filepath.Join(dir, "existing.md")
	if err := os.WriteFile(existing, []byte("keep me\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	missing := filepath.Join(dir, "missing.txt")
	binary := filepath.Join(dir, "photo.txt")
	if err := os.WriteFile(binary, []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00"), 0o644); err != nil {
		t.Fatal(err)
	}
	// Sparse: the size limit must be checked before anything is read.
	huge := filepath.Join(dir, "disk.img")
	if err := os.WriteFile(huge, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Truncate(huge, 300<<20); err != nil {
		t.Fatal(err)
	}
	unreadable, unwritable := unreadablePaths(t, dir)
	evil := filepath.Join(dir, "evil\x1b]0;pwned\x07.txt")
	tests := []struct {
		name   string
		args   []string
		code   int
		stderr string // substring of the one error line
	}{
		{"version", []string{"version"}, 0, ""},
		{"export", []string{"export"}, 0, ""},
		{"piped root prints markdown", nil, 0, ""},
		{"unknown flag", []string{"export", "--bogus"}, 2, "unknown flag: --bogus"},
		{"unknown root flag", []string{"--nope"}, 2, "unknown flag: --nope"},
		{"mistyped subcommand", []string{"exprot"}, 2, `unknown command "exprot" (did you mean "export"?)`},
		{"bad view", []string{"export", "--view", "people"}, 2, `invalid --view "people"`},
		{"bad format", []string{"export", "--format", "yaml"}, 2, `invalid --format "yaml"`},
		{"bad order", []string{"export", "--order", "random"}, 2, `invalid --order "random"`},
		{"bad pane", []string{"--pane", "nope"}, 2, `invalid --pane "nope"`},
		{"bad style", []string{"--style", "neon"}, 2, `unknown --style "neon"`},
		{"version takes no args", []string{"version", "now"}, 2, "takes no arguments"},
		{"stdin twice", []string{"export", "-", "-"}, 2, "given 2 times"},
		{"force without -o", []string{"export", "--force"}, 2, "--force needs -o"},
		{"missing source", []string{"export", missing}, 1, missing + ": no such file or directory"},
		{"empty source", []string{"export", empty}, 1, empty + ": "},
		{"directory source", []string{"export", dir}, 1, dir + ": "},
		{"unknown leader", []string{"export", "--leader", "xyz"}, 1, `unknown leader "xyz" (known: `},
		{"binary source", []string{"export", binary}, 1, binary + ": binary data, not text"},
		{"source over the limit", []string{"export", huge}, 1, huge + ": source too large: 300 MiB, the limit is 256 MiB"},
		{"unreadable source", []string{"export", unreadable}, 1, unreadable + ": "},
		{"escape in a file name", []string{"export", evil}, 1, "evil\uFFFD]0;pwned\uFFFD.txt: no such file or directory"},
		{"a device of NULs is binary from its first block", []string{"export", "/dev/zero"}, 1, "/dev/zero: binary data, not text"},
		{"-o into a missing directory", []string{"export", "-o", filepath.Join(missing, "out.md")}, 1, filepath.Join(missing, "out.md") + ": "},
		{"-o into a read-only directory", []string{"export", "-o", unwritable}, 1, unwritable + ": "},
		{"refuses to overwrite", []string{"export", "-o", existing}, 1, existing + ": file already exists (use --force to overwrite)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			code := run(tt.args, strings.NewReader(""), &stdout, &stderr)
			if code != tt.code {
				t.Errorf("exit code = %d, want %d (stderr %q)", code, tt.code, stderr.String())
			}
			if tt.code == 0 {
				if stderr.Len() > 0 || stdout.Len() == 0 {
					t.Errorf("stdout %d bytes, stderr %q; want output and no error", stdout.Len(), stderr.String())
				}
				return
			}
			if strings.ContainsAny(stderr.String(), "\x1b\x07\x00") {
				t.Errorf("control characters on stderr: %q", stderr.String())
			}
			lines := strings.Split(strings.TrimSuffix(stderr.String(), "\n"), "\n")
			if !strings.HasPrefix(lines[0], "briefing: ") || !strings.Contains(lines[0], tt.stderr) {
				t.Errorf("stderr = %q, want a line containing %q", stderr.String(), tt.stderr)
			}
			wantLines := 1
			if tt.code == 2 {
				wantLines = 2 // plus the --help hint
				if lines[len(lines)-1] != "Run 'briefing --help' for usage." {
					t.Errorf("usage error without the help hint: %q", stderr.String())
				}
			}
			if len(lines) != wantLines {
				t.Errorf("stderr has %d lines, want %d: %q", len(lines), wantLines, stderr.String())
			}
		})
	}
	if b, _ := os.ReadFile(existing); string(b) != "keep me\n" {
		t.Errorf("refused -o changed the file: %q", b)
	}
}

// A source's file name and the flags are cleaned like its contents: the
// name becomes the title, the source name and post ids. ESC # 8 fills the
// screen with E and ESC c resets the terminal; U+202E reverses what follows.
func TestHostileNamesAndFlags(t *testing.T) {
	dir := t.TempDir()
	page, err := os.ReadFile(filepath.Join("seeds", "white-house-talks-article.txt"))
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"ris\x1b#8\x1bc.txt", "evil\u202etxt.exe", "osc\x1b]0;T\x07\u009b2J.txt"} {
		path := filepath.Join(dir, name)
		if err := os.WriteFile(path, page, 0o644); err != nil {
			t.Fatal(err)
		}
		for _, format := range []string{"md", "json"} {
			var stdout, stderr bytes.Buffer
			args := []string{"export", "--format", format, "--search", "\u202etrump\x1b[2J", "--leader", "tru\u202emp", path}
			if code := run(args, strings.NewReader(""), &stdout, &stderr); code != 0 {
				t.Fatalf("%q: exit %d: %s", args, code, stderr.String())
			}
			if i := strings.IndexFunc(stdout.String(), isControlOrBidi); i >= 0 {
				t.Errorf("%q --format %s writes %q at byte %d", name, format, stdout.String()[i:min(i+4, stdout.Len())], i)
			}
		}
	}
}

// endless is a stream that never ends (a device, `yes`), counting what is
// read from it.
type endless struct {
	b    byte
	read int
}

func (e *endless) Read(p []byte) (int, error) {
	for i := range p {
		p[i] = e.b
	}
	e.read += len(p)
	return len(p), nil
}

// A stream is judged by its first block: a binary one is refused before a
// megabyte is read, not after 256 MiB; an endless text one at the limit.
func TestStreamsAreSniffed(t *testing.T) {
	zeros := &endless{b: 0}
	var stdout, stderr bytes.Buffer
	if code := run([]string{"export", "-"}, zeros, &stdout, &stderr); code != 1 || stderr.String() != "briefing: -: binary data, not text\n" {
		t.Errorf("endless NULs: exit %d, stderr %q", code, stderr.String())
	}
	if zeros.read > 1<<20 {
		t.Errorf("read %d bytes of NULs before refusing them", zeros.read)
	}
	stderr.Reset()
	ys := &endless{b: 'y'}
	if code := run([]string{"export", "-"}, ys, &stdout, &stderr); code != 1 || !strings.Contains(stderr.String(), "source too large") {
		t.Errorf("endless text: exit %d, stderr %q", code, stderr.String())
	}
}

// UTF-16 (with or without a BOM) and Windows-1252 files read as text, with
// a note on stderr saying how; names are not U+FFFD soup.
func TestEncodedSources(t *testing.T) {
	dir := t.TempDir()
	page, err := os.ReadFile(filepath.Join("seeds", "white-house-talks-article.txt"))
	if err != nil {
		t.Fatal(err)
	}
	utf16le := []byte{0xff, 0xfe}
	utf16be := []byte{}
	for _, r := range string(page) {
		utf16le = append(utf16le, byte(r), byte(r>>8))
		utf16be = append(utf16be, byte(r>>8), byte(r))
	}
	// Latin-1 of the page's ASCII with one accented name.
	latin := bytes.Map(func(r rune) rune {
		if r > 0x7f {
			return ' '
		}
		return r
	}, page)
	latin = bytes.ReplaceAll(latin, []byte("Zelenskyy"), []byte("Zelensk\xfd"))
	for _, tt := range []struct {
		name, enc string
		data      []byte
	}{
		{"le.txt", "UTF-16LE", utf16le}, {"be.txt", "UTF-16BE", utf16be}, {"latin.txt", "Windows-1252", latin},
	} {
		path := filepath.Join(dir, tt.name)
		if err := os.WriteFile(path, tt.data, 0o644); err != nil {
			t.Fatal(err)
		}
		var stdout, stderr bytes.Buffer
		if code := run([]string{"export", "--format", "json", path}, strings.NewReader(""), &stdout, &stderr); code != 0 {
			t.Fatalf("%s: exit %d: %s", tt.name, code, stderr.String())
		}
		if want := "briefing: note: " + path + ": not UTF-8, read as " + tt.enc + "\n"; stderr.String() != want {
			t.Errorf("%s: stderr %q, want %q", tt.name, stderr.String(), want)
		}
		if strings.Contains(stdout.String(), "\uFFFD") || !strings.Contains(stdout.String(), `"encoding": "`+tt.enc+`"`) {
			t.Errorf("%s: JSON has U+FFFD or no encoding:\n%.400s", tt.name, stdout.String())
		}
		if tt.enc == "Windows-1252" && !strings.Contains(stdout.String(), "Zelenský") {
			t.Errorf("%s: no Zelenský in the JSON", tt.name)
		}
	}
}

func isControlOrBidi(r rune) bool {
	return r < 0x20 && r != '\n' && r != '\t' || r >= 0x7f && r <= 0x9f || r >= 0x202a && r <= 0x202e || r >= 0x2066 && r <= 0x2069
}

// unreadablePaths gives a file that cannot be read and a path in a directory
// that cannot be written. Permissions do not stop root (CI may be root), so
// there the kernel provides them: /proc/self/mem fails to read at offset 0,
// and sysfs refuses to create files.
func unreadablePaths(t *testing.T, dir string) (file, out string) {
	t.Helper()
	if os.Geteuid() == 0 {
		return "/proc/self/mem", "/sys/briefing-test.md"
	}
	file = filepath.Join(dir, "locked.txt")
	if err := os.WriteFile(file, []byte("secret"), 0o000); err != nil {
		t.Fatal(err)
	}
	ro := filepath.Join(dir, "ro")
	if err := os.Mkdir(ro, 0o555); err != nil {
		t.Fatal(err)
	}
	return file, filepath.Join(ro, "out.md")
}

func TestMarkdownStyle(t *testing.T) {
	dark := func() bool { return true }
	light := func() bool { return false }
	tests := []struct {
		flag, env string
		noColor   bool
		bg        func() bool
		want      string
	}{
		{"", "", false, dark, "dark"},
		{"", "", false, light, "light"},
		{"auto", "", false, light, "light"},
		{"dracula", "", false, light, "dracula"},
		{"dracula", "", true, light, "dracula"}, // an explicit choice wins; NO_COLOR still drops colour
		{"", "", true, dark, "notty"},
		{"", "pink", false, dark, "pink"},
		{"", "pink", true, dark, "notty"},
		{"", "/some/style.json", false, light, "light"}, // not a built-in style: fall back
		{"notty", "", false, dark, "notty"},
	}
	for _, tt := range tests {
		if got := markdownStyle(tt.flag, tt.env, tt.noColor, tt.bg); got != tt.want {
			t.Errorf("markdownStyle(%q, %q, noColor=%v) = %q, want %q", tt.flag, tt.env, tt.noColor, got, tt.want)
		}
	}
}
