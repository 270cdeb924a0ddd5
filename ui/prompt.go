package ui

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"briefing/model"
)

// exportDoneMsg reports an export write. exists means the file was there
// and the write was refused: the prompt asks before overwriting.
type exportDoneMsg struct {
	path   string
	err    error
	exists bool
}

// pendingExport is an export waiting for the overwrite answer. The bytes
// are fixed when the path is entered, so the file is the view the reader
// asked for even if they answer later.
type pendingExport struct {
	path string
	data string
}

// writeCmd writes the export off the update loop; the ui never blocks on
// the disk.
func writeCmd(path, data string, overwrite bool) tea.Cmd {
	return func() tea.Msg {
		if fi, err := os.Stat(path); err == nil && fi.IsDir() { // not "exists, overwrite?"
			return exportDoneMsg{path: path, err: errors.New(path + " is a directory")}
		}
		err := WriteFileAtomic(path, []byte(data), overwrite)
		return exportDoneMsg{path: path, err: err, exists: !overwrite && errors.Is(err, fs.ErrExist)}
	}
}

// exportPath is the default: briefing-<pane>[-<leaders>].md in Options.Dir.
func (m Model) exportPath() string {
	name := "briefing-" + m.activePane().name()
	for _, id := range m.filter.People {
		name += "-" + model.Slug(id)
	}
	if p := m.exportOptions().Person; p != "" && !slices.Contains(m.filter.People, p) {
		name += "-" + model.Slug(p)
	}
	return filepath.Join(m.opts.Dir, name+".md")
}

// exportOptions is what is on screen: the active pane, its order, and the
// one person whose statements are open.
func (m Model) exportOptions() ExportOptions {
	return m.activePane().exportOptions(m.sh)
}

// expandHome reads "~/x.md" as the shell would; home comes from main.
func expandHome(path, home string) string {
	if home != "" && (path == "~" || strings.HasPrefix(path, "~/")) {
		return filepath.Join(home, path[1:])
	}
	return path
}

// updateExport edits the path; enter writes (refusing to overwrite), esc
// cancels.
func (m Model) updateExport(msg tea.KeyMsg) (tea.Model, tea.Cmd) {
	k := m.sh.keys
	switch {
	case key.Matches(msg, k.Apply):
		m.mode = modeBrowse
		m.input.Blur()
		path := expandHome(strings.TrimSpace(m.input.Value()), m.opts.Home)
		if path == "" {
			return m, nil
		}
		data := Markdown(m.sh.b, m.sh.view, m.exportOptions())
		m.pending = pendingExport{path: path, data: data}
		m.flash = flash{text: "writing " + path}
		return m, writeCmd(path, data, false)
	case key.Matches(msg, k.Cancel):
		m.mode = modeBrowse
		m.input.Blur()
		m.flash = flash{text: "export cancelled"}
		return m, nil
	}
	var cmd tea.Cmd
	m.input, cmd = m.input.Update(msg)
	return m, cmd
}

// updateConfirm answers "overwrite?": y writes, n or esc keeps the file.
func (m Model) updateConfirm(msg tea.KeyMsg) (tea.Model, tea.Cmd) {
	switch {
	case key.Matches(msg, m.sh.keys.Yes):
		m.mode = modeBrowse
		return m, writeCmd(m.pending.path, m.pending.data, true)
	case key.Matches(msg, m.sh.keys.No):
		m.mode = modeBrowse
		m.flash = flash{text: "not written: " + m.pending.path}
		m.pending = pendingExport{}
	}
	return m, nil
}

func (m *Model) exportDone(msg exportDoneMsg) {
	switch {
	case msg.exists:
		m.mode = modeConfirm
	case msg.err != nil:
		m.flash = flash{text: "export failed: " + msg.err.Error(), err: true}
		m.pending = pendingExport{}
	default:
		m.flash = flash{text: "wrote " + msg.path}
		m.pending = pendingExport{}
	}
}
