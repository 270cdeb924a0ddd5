package ui

import "github.com/charmbracelet/lipgloss"

// Styles is every style the ui draws with, built once in New from the
// renderer main chose. Colours are adaptive so light and dark terminals
// both read well; emphasis that matters (selection, matches) also uses
// bold/reverse so it survives NO_COLOR.
type Styles struct {
	Tab, ActiveTab, TabGap, Title lipgloss.Style
	Divider                       lipgloss.Style

	Item, ItemMeta, ItemRight         lipgloss.Style
	Selected, SelectedMeta, Marker    lipgloss.Style
	Group                             lipgloss.Style
	Match                             lipgloss.Style // search hits and the jumped-to quote
	Header                            lipgloss.Style // the breadcrumb over a drill-down list
	Status, StatusKey, Flash, Error   lipgloss.Style
	Prompt, Dim, TooSmall, HelpBorder lipgloss.Style
}

// newStyles builds the styles from r. With noColor (NO_COLOR) every colour
// is dropped but the attributes stay: NO_COLOR forbids colour, not
// emphasis, and the selection and search hits must still show (reverse,
// bold, underline).
func newStyles(r *lipgloss.Renderer, noColor bool) Styles {
	c := func(light, dark string) lipgloss.TerminalColor {
		if noColor {
			return lipgloss.NoColor{}
		}
		return lipgloss.AdaptiveColor{Light: light, Dark: dark}
	}
	var (
		accent = c("25", "111")
		dim    = c("243", "246")
		text   = c("235", "252")
		warn   = c("124", "210")
		ok     = c("28", "114")
		bar    = c("254", "236")
	)
	tab := r.NewStyle().Padding(0, 1).Foreground(dim)
	item := r.NewStyle().Foreground(text)
	status := r.NewStyle().Foreground(text).Background(bar)
	return Styles{
		Tab:       tab,
		ActiveTab: tab.Padding(0).Bold(true).Foreground(accent),
		TabGap:    r.NewStyle().Foreground(dim),
		Title:     r.NewStyle().Foreground(dim).Italic(true),
		Divider:   r.NewStyle().Foreground(dim),

		Item:         item,
		ItemMeta:     r.NewStyle().Foreground(dim),
		ItemRight:    r.NewStyle().Foreground(dim),
		Selected:     item.Bold(true).Foreground(accent),
		SelectedMeta: r.NewStyle().Foreground(accent),
		Marker:       r.NewStyle().Foreground(accent).Bold(true),
		Group:        r.NewStyle().Foreground(dim).Bold(true),
		Match:        r.NewStyle().Reverse(true),
		Header:       r.NewStyle().Foreground(accent).Bold(true),

		Status:    status,
		StatusKey: status.Bold(true),
		Flash:     status.Foreground(ok),
		Error:     status.Foreground(warn).Bold(true),

		Prompt:     r.NewStyle().Foreground(accent).Bold(true),
		Dim:        r.NewStyle().Foreground(dim),
		TooSmall:   r.NewStyle().Foreground(warn),
		HelpBorder: r.NewStyle().Foreground(dim),
	}
}
