// Command briefing reads news briefings (live pages and articles) in the
// terminal: a TUI with timeline, leaders and guarantees panes, and an export
// subcommand that prints the same views as markdown or JSON.
package main

import (
	"cmp"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"slices"
	"strings"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/muesli/termenv"
	"github.com/spf13/cobra"
	"golang.org/x/term"

	"briefing/internal/atomicfile"
	"briefing/internal/fetch"
	_ "briefing/internal/quietterm" // before bubbletea: no background query at init
	"briefing/loader"
	"briefing/model"
	"briefing/seeds"
	"briefing/ui"
	"briefing/ui/mdterm"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// Exit codes of DESIGN §5.
const (
	exitOK      = 0
	exitRuntime = 1
	exitUsage   = 2
)

// usageError marks a mistake in the command line, as opposed to a failure
// while doing what it asked; the two have different exit codes.
type usageError struct{ err error }

func (e usageError) Error() string { return e.err.Error() }
func (e usageError) Unwrap() error { return e.err }

func usagef(format string, args ...any) error { return usageError{fmt.Errorf(format, args...)} }

// run is main without the process: it returns the exit code so tests can run
// the whole CLI in-process.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	a := &app{stdin: stdin, stdout: stdout, stderr: stderr, getenv: os.Getenv}
	root := a.command()
	root.SetArgs(args)
	root.SetIn(stdin)
	root.SetOut(stdout)
	root.SetErr(stderr)
	err := root.Execute()
	if err == nil {
		return exitOK
	}
	if se := (signalExit{}); errors.As(err, &se) {
		return se.code() // no message, as with any killed program
	}
	msg := oneLine(describe(err))
	if errors.As(err, new(usageError)) {
		fmt.Fprintf(stderr, "briefing: %s\nRun 'briefing --help' for usage.\n", msg)
		return exitUsage
	}
	fmt.Fprintf(stderr, "briefing: %s\n", msg)
	return exitRuntime
}

// describe words an error as "<file>: <cause>". Path errors from the os
// package read "open x: ..."; the operation is noise to a reader.
func describe(err error) string {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		cause := pe.Err.Error()
		if errors.Is(pe.Err, fs.ErrExist) {
			cause = "file already exists (use --force to overwrite)"
		}
		return pe.Path + ": " + cause
	}
	return err.Error()
}

// oneLine keeps every error on one line of stderr, whatever its source, and
// keeps a file name's control characters off the terminal: they show as
// U+FFFD.
func oneLine(s string) string {
	s = strings.ToValidUTF8(s, "\uFFFD")
	s = strings.Map(func(r rune) rune {
		switch {
		case r == '\n' || r == '\t' || r == '\r':
			return ' '
		case model.IsControl(r):
			return '\uFFFD'
		}
		return r
	}, s)
	return strings.Join(strings.Fields(s), " ")
}

// app holds the parsed flags and the process's streams for one run.
type app struct {
	stdin          io.Reader
	stdout, stderr io.Writer
	getenv         func(string) string

	// shared
	leaders []string
	search  string
	// root (TUI)
	pane  string
	style string
	mouse bool
	// export
	view, format, order, output string
	force                       bool
	shape                       string // --shape: how the sources' posts are told apart
	// web sources (web.go)
	web webOpts
	// bgQuery answers whether the terminal's background is dark (nil:
	// ttyBackground, one bounded OSC 11 query); tests replace it.
	bgQuery func() (dark, ok bool)
	// --follow in the TUI (tuifollow.go), and the sources the TUI was loaded from
	follow      tuiFollow
	loaded      []loader.Source
	keepSources bool // load keeps the bytes read in loaded, for the TUI
}

func (a *app) command() *cobra.Command {
	root := &cobra.Command{
		Use:   "briefing [flags] [SOURCE ...]",
		Short: "Read a news briefing in the terminal",
		Long: `briefing reads live pages and articles and shows them as a timeline, what each
leader said, and the options an analysis lays out.

SOURCE is a file path (text or HTML), an http(s) address, or - for standard input. With no SOURCE the built-in
briefing is shown. When standard output is not a terminal, briefing prints
the markdown export instead of starting the TUI.`,
		Example: `  briefing                                 browse the built-in briefing
  briefing --leader merz --pane leaders    open on what Merz said
  briefing export --format json | jq .     the machine view
  briefing export - < page.txt             read a page from standard input`,
		Version:                    version(),
		Args:                       cobra.ArbitraryArgs,
		SilenceUsage:               true,
		SilenceErrors:              true,
		SuggestionsMinimumDistance: 2,
		RunE:                       a.runRoot,
	}
	root.SetVersionTemplate("briefing {{.Version}}\n")
	root.SetFlagErrorFunc(func(_ *cobra.Command, err error) error { return usageError{err} })

	pf := root.PersistentFlags()
	pf.StringArrayVar(&a.leaders, "leader", nil, "show only what `NAME` said or is named in (repeatable; any spelling, any case)")
	pf.StringVar(&a.search, "search", "", "show only items containing `TEXT` (case-insensitive)")
	a.web.flags(pf)
	pf.StringVar(&a.shape, "shape", "", "read every source as `SHAPE` instead of detecting it: "+strings.Join(loader.ShapeNames(), ", "))

	f := root.Flags()
	f.StringVar(&a.pane, "pane", "timeline", "`PANE` to open: timeline, leaders or guarantees")
	f.StringVar(&a.style, "style", "", "markdown `STYLE`: dark, light, notty, ascii, dracula, tokyo-night, pink or auto (default $GLAMOUR_STYLE, else by background)")
	f.BoolVar(&a.mouse, "mouse", false, "enable mouse wheel and click")
	f.BoolVar(&a.follow.on, "follow", false, "read the sources again every --every, keeping your place; new posts are marked")
	f.DurationVar(&a.follow.every, "every", defaultEvery, "with --follow, read the sources again every `DURATION`")

	export := &cobra.Command{
		Use:   "export [flags] [SOURCE ...]",
		Short: "Print or write a view as markdown or JSON",
		Long: `export prints a view of the briefing, with the --leader and --search filters
applied, as markdown or as the stable JSON document. With -o it writes the
file atomically and refuses to replace an existing one unless --force.`,
		Example: `  briefing export --view leaders --leader merz
  briefing export --format json -o briefing.json
  briefing export --search ceasefire -o ceasefire.md --force`,
		Args: cobra.ArbitraryArgs,
		RunE: a.runExport,
	}
	ef := export.Flags()
	ef.StringVar(&a.view, "view", "all", "`VIEW` to export: timeline, leaders, guarantees or all")
	ef.StringVar(&a.format, "format", "md", "output `FORMAT`: md or json")
	ef.StringVar(&a.order, "order", "newest", "timeline `ORDER` in markdown: newest or oldest (JSON is always oldest first)")
	ef.StringVarP(&a.output, "output", "o", "", "write to `FILE` instead of standard output (atomically)")
	ef.BoolVar(&a.force, "force", false, "let -o replace an existing file")

	ver := &cobra.Command{
		Use:   "version",
		Short: "Print the version",
		Args:  noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			_, err := fmt.Fprintf(cmd.OutOrStdout(), "briefing %s\n", version())
			return err
		},
	}
	root.AddCommand(export, a.followCommand(), ver)
	completeFlags(root, export)
	return root
}

func noArgs(cmd *cobra.Command, args []string) error {
	if len(args) > 0 {
		return usagef("%s takes no arguments, got %q", cmd.CommandPath(), args[0])
	}
	return nil
}

// version is the module version when installed with go install, "devel"
// when built from a checkout.
func version() string {
	v := "devel"
	if bi, ok := debug.ReadBuildInfo(); ok && bi.Main.Version != "" && bi.Main.Version != "(devel)" {
		v = bi.Main.Version
	}
	return v + " (" + runtime.Version() + ")"
}

func (a *app) runRoot(cmd *cobra.Command, args []string) error {
	if err := oneOf("--pane", a.pane, "timeline", "leaders", "guarantees"); err != nil {
		return err
	}
	if a.style != "" {
		if _, ok := mdterm.Lookup(a.style); !ok && a.style != mdterm.Auto {
			return usagef("unknown --style %q (want one of %s)", a.style, strings.Join(styleNames(), ", "))
		}
	}
	if err := a.checkFollow(args); err != nil {
		return err
	}
	if isTerminal(a.stdout) {
		a.keepSources = true
		srcs, cfg, err := a.sources(cmd, args)
		if err != nil {
			return err
		}
		return a.runTUI(srcs, cfg, args)
	}
	b, f, err := a.load(cmd, args)
	if err != nil {
		return err
	}
	// Piped: print what the TUI would have shown, as markdown.
	pane := "all"
	if cmd.Flags().Changed("pane") {
		pane = a.pane
	}
	if err := ui.WriteMarkdown(a.stdout, b, b.Apply(f), ui.ExportOptions{Pane: pane, NewestFirst: true}); err != nil {
		return fmt.Errorf("stdout: %w", err)
	}
	return nil
}

func (a *app) runExport(cmd *cobra.Command, args []string) error {
	if err := cmp.Or(
		oneOf("--view", a.view, "timeline", "leaders", "guarantees", "all"),
		oneOf("--format", a.format, "md", "json"),
		oneOf("--order", a.order, "newest", "oldest"),
	); err != nil {
		return err
	}
	if a.force && a.output == "" {
		return usagef("--force needs -o FILE")
	}
	b, f, err := a.load(cmd, args)
	if err != nil {
		return err
	}
	v := b.Apply(f)
	// JSON and markdown are both streamed, a list element or a block at a
	// time, to stdout or straight into -o's temp file: a long briefing's
	// export is never held whole in memory.
	export := func(w io.Writer) error {
		if a.format == "json" {
			return b.WriteJSON(w, v)
		}
		return ui.WriteMarkdown(w, b, v, ui.ExportOptions{Pane: a.view, NewestFirst: a.order == "newest"})
	}
	if a.output != "" && a.output != "-" {
		return atomicfile.WriteWith(a.output, a.force, export)
	}
	if err := export(a.stdout); err != nil {
		return fmt.Errorf("stdout: %w", err)
	}
	return nil
}

func (a *app) write(s string) error {
	if _, err := io.WriteString(a.stdout, s); err != nil {
		return fmt.Errorf("stdout: %w", err)
	}
	return nil
}

func oneOf(flag, val string, allowed ...string) error {
	if slices.Contains(allowed, val) {
		return nil
	}
	return usagef("invalid %s %q (want %s)", flag, val, strings.Join(allowed, ", "))
}

func styleNames() []string {
	names := append([]string{mdterm.Auto}, mdterm.Names()...)
	slices.Sort(names)
	return names
}

// load reads the sources, builds the briefing and resolves the filter flags
// against its people.
func (a *app) load(cmd *cobra.Command, args []string) (*model.Briefing, model.Filter, error) {
	srcs, cfg, err := a.sources(cmd, args)
	if err != nil {
		return nil, model.Filter{}, err
	}
	return a.build(srcs, cfg)
}

// build is load's second half: the sources read into a briefing, and the
// filter flags resolved against its people. The TUI runs it while its
// first frame is being drawn (boot.go).
func (a *app) build(srcs []loader.Source, cfg loader.Config) (*model.Briefing, model.Filter, error) {
	first := srcs[0].Origin
	if a.keepSources {
		// The TUI's r and --follow read again and reuse what did not
		// change; an export lets Load free each source's bytes.
		a.loaded = slices.Clone(srcs)
	}
	b, err := loader.Load(cfg, srcs...)
	if err != nil {
		return nil, model.Filter{}, err
	}
	if len(b.Posts) == 0 {
		return nil, model.Filter{}, fmt.Errorf("%s: nothing to read (no posts found)", first)
	}
	for _, s := range b.Sources {
		if s.Encoding != "" {
			// Not an error: the text was read, but a reader should know the
			// file was not UTF-8, in case it was meant as another 8-bit code.
			fmt.Fprintf(a.stderr, "briefing: note: %s: not UTF-8, read as %s\n", oneLine(s.Origin), s.Encoding)
		}
	}
	// Flags enter the model (the JSON's filter.query, the filter line) and
	// are cleaned like every other string there.
	f := model.Filter{Query: loader.CleanLine(a.search)}
	for _, name := range a.leaders {
		p, ok := b.FindPerson(loader.CleanLine(name))
		if !ok {
			return nil, model.Filter{}, fmt.Errorf("unknown leader %q (known: %s)", name, strings.Join(b.Suggest(name), ", "))
		}
		if !f.Has(p.ID) {
			f = f.Toggle(p.ID)
		}
	}
	return b, f, nil
}

// sources turns the SOURCE arguments into loader sources; with none, the
// embedded briefing in its manifest's order.
func (a *app) sources(cmd *cobra.Command, args []string) ([]loader.Source, loader.Config, error) {
	cfg := loader.Config{People: seeds.People(), Shape: a.shape}
	if a.shape != "" && !loader.ValidShape(a.shape) {
		return nil, cfg, usagef("unknown --shape %q: the shapes are %s", a.shape, strings.Join(loader.ShapeNames(), ", "))
	}
	if len(args) == 0 {
		m := seeds.Load()
		cfg.Title = m.Title
		srcs := make([]loader.Source, 0, len(m.Sources))
		for _, s := range m.Sources {
			srcs = append(srcs, loader.Source{Name: s.Name, Title: s.Title, Origin: "embedded:" + s.File, Data: s.Data})
		}
		return srcs, cfg, nil
	}

	if n := countOf(args, "-"); n > 1 {
		return nil, cfg, usagef("- (standard input) given %d times; it can be read once", n)
	}
	srcs := make([]loader.Source, 0, len(args))
	seen := map[string]int{}
	for _, arg := range args {
		var (
			data []byte
			err  error
			name string
			web  loader.Source // an address's fetch
		)
		switch arg {
		case "":
			return nil, cfg, usagef("empty SOURCE path")
		case "-":
			name = "stdin"
			data, err = readLimited("-", a.stdin, 0)
			if err != nil {
				return nil, cfg, err
			}
		default:
			if fetch.IsWeb(arg) {
				if web, err = a.fetchSource(cmd.Context(), arg); err != nil {
					return nil, cfg, err
				}
				name, data = web.Name, web.Data
				break
			}
			name = baseName(arg)
			data, err = readFile(arg)
			if err != nil {
				return nil, cfg, mistypedCommand(cmd, arg, err)
			}
		}
		// Post ids are "<source>/<n>": two files with one base name must not share ids.
		seen[name]++
		if n := seen[name]; n > 1 {
			name = fmt.Sprintf("%s-%d", name, n)
		}
		srcs = append(srcs, loader.Source{Name: name, Origin: arg, Data: data, URL: web.URL, FetchedAt: web.FetchedAt, ContentType: web.ContentType})
	}
	return srcs, cfg, nil
}

// mistypedCommand turns "briefing exprot" into a usage error rather than
// "exprot: no such file": a bare word that is no file but is close to a
// subcommand was meant as one.
func mistypedCommand(cmd *cobra.Command, arg string, err error) error {
	if cmd.HasParent() || !errors.Is(err, fs.ErrNotExist) || strings.ContainsAny(arg, `./\`) {
		return err
	}
	if s := cmd.SuggestionsFor(arg); len(s) > 0 {
		return usagef("unknown command %q (did you mean %q?)", arg, s[0])
	}
	return err
}

func baseName(path string) string {
	base := filepath.Base(path)
	return strings.TrimSuffix(base, filepath.Ext(base))
}

func countOf(ss []string, s string) int {
	n := 0
	for _, x := range ss {
		if x == s {
			n++
		}
	}
	return n
}

// markdownStyle picks the markdown style: --style, else NO_COLOR's plain
// style, else $GLAMOUR_STYLE (glow's variable, whose names are ours) when
// it names a built-in style, else dark or light by the terminal's
// background. dark is only called when needed, as it queries the terminal.
func markdownStyle(flag, env string, noColor bool, dark func() bool) string {
	known := func(s string) bool { _, ok := mdterm.Lookup(s); return ok }
	switch {
	case known(flag):
		return flag
	case flag == "" && noColor:
		return mdterm.NoTTY
	case flag == "" && known(env):
		return env
	case dark():
		return mdterm.Dark
	default:
		return mdterm.Light
	}
}

// styleIsDark says which background a style is made for, when it is made
// for one; the styles without colour (notty, ascii) are made for none.
func styleIsDark(style string) (dark, ok bool) {
	t, known := mdterm.Lookup(style)
	if !known || t.Background == "" {
		return false, false
	}
	return t.Background == "dark", true
}

func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	return ok && term.IsTerminal(int(f.Fd()))
}

// background asks the terminal once, bounded (ttyBackground), and
// assumes dark when it does not say; the renderer is then told the
// answer, so lipgloss never asks again.
func (a *app) background() bool {
	q := a.bgQuery
	if q == nil {
		q = ttyBackground
	}
	dark, ok := q()
	return dark || !ok
}

// runTUI resolves the terminal's colour profile and the markdown style once,
// here, so the ui package never reads the environment or queries the
// terminal itself. The program starts before the sources are read into a
// briefing: the reading runs while bubbletea waits for its first frame,
// and the briefing takes over the screen when it is ready (boot.go).
func (a *app) runTUI(srcs []loader.Source, cfg loader.Config, args []string) error {
	r := lipgloss.NewRenderer(a.stdout)
	noColor := a.getenv("NO_COLOR") != ""
	style := markdownStyle(a.style, a.getenv("GLAMOUR_STYLE"), noColor, a.background)
	// The list, tabs and bars follow the chosen theme as the detail does,
	// and the renderer never asks the terminal (again): a style made for a
	// background says which; a plain one (notty, ascii) needs no answer.
	dark, coloured := styleIsDark(style)
	if !coloured {
		dark = true
	}
	// NO_COLOR, or a style without colour: no colour anywhere, but bold,
	// underline and reverse still mark the headings, the selection and the
	// hits. termenv reports Ascii (nothing at all) under NO_COLOR; the TUI
	// runs on a terminal, so the basic profile's attributes are safe.
	plain := noColor || !coloured
	if plain {
		r.SetColorProfile(termenv.ANSI)
	}
	r.SetHasDarkBackground(dark)
	lipgloss.SetDefaultRenderer(r) // any style built without our renderer agrees with it
	opts := ui.Options{
		Style:    style,
		Profile:  r.ColorProfile(),
		NoColor:  plain,
		Renderer: r,
		Mouse:    a.mouse,
		Pane:     a.pane,
		// OSC 52 must reach the terminal the program draws on.
		Clipboard: a.stdout,
		Follow:    a.follow.on,
		Every:     a.follow.every,
		Open:      a.opener(),
	}
	opts.Home, _ = os.UserHomeDir() // for "~/" in the export prompt
	if f, ok := a.stdout.(*os.File); ok {
		opts.Width, opts.Height, _ = term.GetSize(int(f.Fd()))
	}
	popts := []tea.ProgramOption{tea.WithAltScreen(), tea.WithOutput(a.stdout)}
	if a.mouse {
		popts = append(popts, tea.WithMouseCellMotion())
	}
	// The loader's notes ("not UTF-8, read as ...") would draw over the
	// screen; they are kept and said once the terminal is restored.
	// The reading may still run when the user quits first: the notes are
	// then held until the program is over and the rest are dropped.
	notes := &heldNotes{}
	stderr := a.stderr
	a.stderr = notes
	defer func() { notes.flush(stderr) }()
	build := func() (tea.Model, error) {
		b, f, err := a.build(srcs, cfg)
		if err != nil {
			return nil, err
		}
		opts.Filter = f
		opts.Reload = a.reloader(args)
		return ui.New(b, opts), nil
	}
	return runProgram(guard(newBoot(srcs, build)), popts...)
}

// runProgram runs the TUI and reports how it ended, once the terminal is
// restored: a panic, the model's own fatal error, or nil.
func runProgram(g guarded, popts ...tea.ProgramOption) error {
	p := tea.NewProgram(g, append(popts, tea.WithoutSignalHandler())...)
	g.crash.quit = p.Quit
	stop := quitOnSignals(p)
	final, err := p.Run()
	if sig := stop(); sig != 0 {
		return signalExit{sig}
	}
	if g.err() != nil {
		return g.err()
	}
	if err != nil {
		return fmt.Errorf("terminal: %w", err)
	}
	if gm, ok := final.(guarded); ok {
		if m, ok := gm.Model.(interface{ Err() error }); ok && m.Err() != nil {
			return m.Err()
		}
	}
	return nil
}
