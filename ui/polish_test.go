package ui

import (
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"
)

// Issue 8: sources are shown by their display names, and the untitled
// article by a real title, in every pane: never a file name
// ("white-house-talks-liveblog") and never the article's first sentence cut
// with "…".
func TestSourcesShownByName(t *testing.T) {
	b := loadSeed(t)
	screens := map[string][]tea.Msg{
		"timeline":           nil,
		"article":            {runes("G")},
		"article detail":     {runes("G"), special(tea.KeyEnter)},
		"a post's detail":    {runes("j"), special(tea.KeyEnter)},
		"leaders":            {runes("2")},
		"statements":         {runes("2"), special(tea.KeyEnter)},
		"statement":          {runes("2"), special(tea.KeyEnter), special(tea.KeyEnter)},
		"guarantees":         {runes("3")},
		"guarantees mention": {runes("3"), runes("j")},
	}
	for name, keys := range screens {
		for _, w := range []int{80, 200} {
			m := press(New(b, testOptions()), append([]tea.Msg{size(w, 60)}, keys...)...)
			screen := ansi.Strip(m.View())
			if strings.Contains(screen, "white-house-talks") || strings.Contains(screen, "white‑house‑talks") {
				t.Errorf("%s at %d columns names a source by its file:\n%s", name, w, screen)
			}
			if strings.Contains(screen, "leaders at the…") || (strings.HasPrefix(name, "article") && !strings.Contains(screen, "Zelenskyy and Trump open")) {
				t.Errorf("%s at %d columns titles the article by its first sentence:\n%s", name, w, screen)
			}
		}
	}
}
