package deck

import (
	"image/color"
	"strings"
)

// ThemeSpec is a theme file the deck names (`theme: NAME` with
// NAME.lectern-theme.toml beside the deck), read and checked by the
// reader; the layout lays it over the built-in theme it extends. Zero
// values mean "as the base theme has it".
type ThemeSpec struct {
	Name    string // as the deck names it
	File    string // the file it was read from
	Extends string // a built-in theme name; "" is light

	Colors  map[string]color.RGBA // background, text, heading, h1, muted, link, accent, code-background, code-border, border, table-header
	Sizes   map[string]float64    // body, h1..h6, code, table, title, subtitle, title-text, number, chrome, line-height
	Margins map[string]float64    // x, top, bottom (slide units at 1920 wide)
	Fonts   map[string]string     // body, heading, code: installed family names (checked; unknown ones are dropped)

	CodeStyle string // a chroma style the layout has
	Title     string // "center" (title slides centred on the page) or "plain" (laid out like any slide); "" as the base
	Align     string // "left" or "center"; "" as the base
	Vertical  string // "top" or "middle"; "" as the base
}

// BuiltinThemes are the themes the layout has, by their main names.
var BuiltinThemes = []string{"light", "dark", "default", "gaia", "uncover"}

// builtinAliases are the other names the layout takes for them.
var builtinAliases = map[string]bool{
	"night": true, "invert": true, "marp-default": true,
	"default-invert": true, "default-dark": true, "marp-default-invert": true,
	"gaia-invert": true, "gaia-dark": true, "uncover-invert": true, "uncover-dark": true,
}

// IsBuiltinTheme reports whether the layout has a theme of that name.
func IsBuiltinTheme(name string) bool {
	n := strings.ToLower(strings.TrimSpace(name))
	for _, b := range BuiltinThemes {
		if n == b {
			return true
		}
	}
	return builtinAliases[n]
}

// CodeStyles are the chroma styles the layout has for code blocks.
var CodeStyles = []string{"github", "github-dark", "monokai", "dracula", "nord",
	"solarized-light", "solarized-dark", "vs", "xcode", "onedark"}
