package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestCheckThemeNames: check names the deck's theme file, reports a theme
// name Lectern does not know and a bad setting in a theme file by file and
// line (exit 1: problems); the deck loads either way.
func TestCheckThemeNames(t *testing.T) {
	dir := t.TempDir()
	write := func(name, text string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	write("brand.lectern-theme.toml", "extends = \"dark\"\n[colors]\nheading = \"#fee715\"\n")
	write("typo.lectern-theme.toml", "[colors]\nheading = \"#fee715\"\n\n[sizes]\nbody = 9000\n")
	for _, tc := range []struct {
		theme string
		code  int
		want  string
	}{
		{"brand", 0, "Theme:    brand (brand.lectern-theme.toml, over dark)"},
		{"typo", 1, "typo.lectern-theme.toml line 5: sizes body = 9000 is outside 1..400"},
		{"seriph", 1, `theme "seriph" is neither a built-in (light, dark, default, gaia, uncover) nor a file seriph.lectern-theme.toml beside the deck`},
		{"gaia", 0, "No problems found."},
	} {
		deck := write(tc.theme+".md", "---\ntitle: T\ntheme: "+tc.theme+"\n---\n\n# One\n")
		code, out, errOut := runCLI(t, "check", deck)
		if code != tc.code || !strings.Contains(out, tc.want) {
			t.Errorf("%s: exit %d, want %d; want %q in\n%s%s", tc.theme, code, tc.code, tc.want, out, errOut)
		}
	}
}
