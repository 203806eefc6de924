package markdown

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// theme: NAME reads NAME.lectern-theme.toml beside the deck; a bad file is
// a problem naming the file and line (the default theme is used) and the
// deck still loads; a name Lectern does not know is a problem.
func TestThemeFile(t *testing.T) {
	dir := t.TempDir()
	write := func(name, text string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	write("brand.lectern-theme.toml", "extends = \"dark\"\n[colors]\nbackground = \"#102030\"\n")
	write("broken.lectern-theme.toml", "[colors]\nbackground = \"#102030\n")
	write("half.lectern-theme.toml", "[colors]\nbackground = \"#102030\"\ntext = \"blue\"\n")
	for _, tc := range []struct {
		theme   string
		file    bool
		problem string
	}{
		{"brand", true, ""},
		{"broken", false, "The theme file broken.lectern-theme.toml is not valid TOML on line 2"},
		{"half", true, `half.lectern-theme.toml line 3: colour text = "blue" is not #rgb or #rrggbb`},
		{"seriph", false, `theme "seriph" is neither a built-in (light, dark, default, gaia, uncover) nor a file seriph.lectern-theme.toml beside the deck`},
		{"gaia", false, ""},
		{"black", false, ""}, // reveal.js's dark theme: read as dark
	} {
		path := write(tc.theme+".md", "---\ntitle: T\ntheme: "+tc.theme+"\n---\n\n# One\n")
		d, err := Load(path, Options{})
		if err != nil {
			t.Fatalf("%s: %v", tc.theme, err)
		}
		if (d.Meta.ThemeSet != nil) != tc.file {
			t.Errorf("%s: theme file read = %v", tc.theme, d.Meta.ThemeSet != nil)
		}
		var msgs []string
		for _, p := range d.Problems {
			msgs = append(msgs, p.Message)
		}
		got := strings.Join(msgs, "\n")
		if (tc.problem == "") != (got == "") || !strings.Contains(got, tc.problem) {
			t.Errorf("%s: problems %q, want %q", tc.theme, got, tc.problem)
		}
	}
	d, _ := Load(filepath.Join(dir, "brand.md"), Options{})
	if s := d.Meta.ThemeSet; s == nil || s.Extends != "dark" || s.Colors["background"].B != 0x30 || s.Name != "brand" {
		t.Errorf("spec = %+v", s)
	}
}
