package ui

import "briefing/internal/atomicfile"

// WriteFileAtomic is atomicfile.WriteFile, the one atomic write the CLI's
// -o and the TUI's export share.
func WriteFileAtomic(path string, data []byte, overwrite bool) error {
	return atomicfile.WriteFile(path, data, overwrite)
}
