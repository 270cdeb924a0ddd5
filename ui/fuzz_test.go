package ui

import (
	"testing"

	tea "github.com/charmbracelet/bubbletea"
)

// fuzzKeys is every key the app binds and a few it does not; a fuzz input
// byte picks one.
var fuzzKeys = []tea.Msg{
	runes("j"), runes("k"), runes("g"), runes("G"), runes("l"), runes("h"),
	runes("/"), runes("n"), runes("N"), runes("L"), runes("["), runes("]"),
	runes("x"), runes("o"), runes("e"), runes("y"), runes("?"), runes("q"),
	runes("1"), runes("2"), runes("3"), runes("f"), runes("b"), runes("d"), runes("u"),
	runes("a"), runes("z"), runes("é"), runes("国"), runes("jjk"),
	special(tea.KeyEnter), special(tea.KeyEsc), special(tea.KeyTab), special(tea.KeyShiftTab),
	special(tea.KeySpace), special(tea.KeyBackspace), special(tea.KeyUp), special(tea.KeyDown),
	special(tea.KeyLeft), special(tea.KeyRight), special(tea.KeyPgUp), special(tea.KeyPgDown),
	special(tea.KeyHome), special(tea.KeyEnd), special(tea.KeyCtrlD), special(tea.KeyCtrlU),
	tea.MouseMsg{X: 5, Y: 3, Action: tea.MouseActionPress, Button: tea.MouseButtonLeft},
	tea.MouseMsg{X: 70, Y: 10, Action: tea.MouseActionPress, Button: tea.MouseButtonWheelDown},
}

// FuzzUI drives the built-in briefing with a random key sequence at random
// sizes (a byte of 255 resizes, from the next two bytes). Whatever happens,
// no panic, and every frame fits the window.
func FuzzUI(f *testing.F) {
	b := loadSeed(f)
	f.Add([]byte{120, 40, 0, 0, 30, 19, 20, 30})
	f.Add([]byte{60, 20, 21, 29, 28, 31, 30, 255, 10, 3, 0, 1})
	f.Add([]byte{0, 0, 1, 2, 255, 1, 1, 3, 255, 200, 60, 5})
	f.Add([]byte{90, 30, 12, 0, 1, 31, 34, 10, 32, 31, 13, 14})
	f.Fuzz(func(t *testing.T, data []byte) {
		if len(data) < 2 {
			return
		}
		// a few hundred keys reach every screen; thousands only make one
		// input take seconds, which a loaded machine takes for a hang
		data = data[:min(len(data), 512)]
		// e then enter writes the export: the default path into Dir, a
		// typed relative one into the working directory
		dir := t.TempDir()
		t.Chdir(dir)
		opts := testOptions()
		opts.Dir = dir
		w, h := int(data[0]), int(data[1])
		m := press(New(b, opts), size(w, h))
		assertFits(t, m.View(), w, h)
		for i := 2; i < len(data); i++ {
			if data[i] == 255 && i+2 < len(data) {
				w, h = int(data[i+1]), int(data[i+2])
				m = press(m, size(w, h))
				i += 2
			} else {
				m = press(m, fuzzKeys[int(data[i])%len(fuzzKeys)])
			}
			assertFits(t, m.View(), w, h)
		}
	})
}
