package themefile

import (
	"image/color"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/lectern-app/lectern/internal/deck"
	"github.com/lectern-app/lectern/internal/deckfiles"
)

const good = `# a dark talk
extends = "dark"

[colors]
background = "#101820"
heading = "#fee715"

[sizes]
body = 50
h1 = 96
line-height = 1.4

[margins]
x = 140

[fonts]
body = "Test Sans"

[code]
style = "github-dark"

[layout]
title = "plain"
align = "center"
vertical = "middle"
`

func TestParseGoodFile(t *testing.T) {
	s, issues := Parse("night", []byte(good))
	if len(issues) != 0 {
		t.Fatalf("issues %+v", issues)
	}
	if s.Extends != "dark" || s.Colors["background"] != (color.RGBA{0x10, 0x18, 0x20, 0xff}) || s.Sizes["body"] != 50 ||
		s.Sizes["line-height"] != 1.4 || s.Margins["x"] != 140 || s.Fonts["body"] != "Test Sans" || s.CodeStyle != "github-dark" ||
		s.Title != "plain" || s.Align != "center" || s.Vertical != "middle" {
		t.Errorf("spec = %+v", s)
	}
}

// Each bad setting is an issue at its own line; the good ones still count.
func TestParseBadSettings(t *testing.T) {
	for _, tc := range []struct {
		name, src string
		line      int
		msg       string
	}{
		{"colour", "[colors]\ntext = \"#111\"\nheading = \"red\"\n", 3, `colour heading = "red" is not #rgb or #rrggbb`},
		{"unknown colour", "[colors]\n\nshadow = \"#000\"\n", 3, `"shadow" is not a theme colour`},
		{"size too big", "[sizes]\nbody = 40\nh1 = 9000\n", 3, "sizes h1 = 9000 is outside 1..400"},
		{"line height", "[sizes]\nline-height = 9\n", 2, "outside 0.5..4"},
		{"margin", "[margins]\nleft = 3\n", 2, `"left" is not one of the margins`},
		{"extends", "extends = \"solarized\"\n", 1, `extends "solarized" names no built-in theme`},
		{"code style", "[code]\nstyle = \"zenburn\"\n", 2, `code style "zenburn" is not one Lectern has (github, github-dark, monokai`},
		{"layout", "[layout]\ntitle = \"left\"\n", 2, `layout title = "left" should be center or plain`},
		{"unknown table", "[colors]\ntext = \"#111\"\n[shadows]\nsoft = true\n", 3, `"shadows" is not a theme setting`},
		{"unknown code key", "[code]\nstyle = \"github\"\ntheme = \"x\"\n", 3, `"code.theme" is not a theme setting`},
		{"dotted key", "colors.heading = \"nope\"\n", 1, `colour heading = "nope"`},
	} {
		s, issues := Parse("t", []byte(tc.src))
		if s == nil || len(issues) != 1 || issues[0].Line != tc.line || !strings.Contains(issues[0].Msg, tc.msg) {
			t.Errorf("%s: issues %+v, want line %d %q", tc.name, issues, tc.line, tc.msg)
		}
	}
	s, _ := Parse("t", []byte("[colors]\ntext = \"#111\"\nheading = \"red\"\n"))
	if _, ok := s.Colors["text"]; !ok {
		t.Error("a bad colour dropped the good one beside it")
	}
}

// A file that is not TOML, or gives a setting the wrong type, gives no
// spec and one issue at the line.
func TestParseNotTOML(t *testing.T) {
	for _, tc := range []struct {
		src  string
		line int
	}{
		{"[colors]\ntext = \"#111\n", 2},
		{"[sizes]\nbody = 40\nh1 = \"big\"\n", 3},
		{"extends = \"dark\"\n[colors\n", 2}, // the library says 3: past the end
	} {
		s, issues := Parse("t", []byte(tc.src))
		if s != nil || len(issues) != 1 || issues[0].Line != tc.line {
			t.Errorf("%q: spec %v, issues %+v, want line %d", tc.src, s, issues, tc.line)
		}
	}
}

func withFamilies(t *testing.T, names ...string) {
	t.Helper()
	installed.once.Do(func() {})
	old := installed.families
	installed.families = map[string]bool{}
	for _, n := range names {
		installed.families[normFamily(n)] = true
	}
	t.Cleanup(func() { installed.families = old })
}

func TestLoad(t *testing.T) {
	withFamilies(t, "Test  sans")
	dir := t.TempDir()
	deckPath := filepath.Join(dir, "talk.md")
	write := func(name, text string) {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("talk.md", "---\ntheme: night\n---\n# Hi\n")
	write("night.lectern-theme.toml", good+"\n[fonts]\n")
	pol := deckfiles.New(deckPath, nil)

	// A repeated table is not TOML: one problem naming the file and line.
	s, probs, found := Load(deckPath, "night", pol)
	if !found || s != nil || len(probs) != 1 || !strings.Contains(probs[0].Message, "night.lectern-theme.toml is not valid TOML on line 27") {
		t.Fatalf("found %v spec %v problems %+v", found, s, probs)
	}
	write("night.lectern-theme.toml", strings.Replace(good, `body = "Test Sans"`, "body = \"Test Sans\"\nheading = \"Nowhere Serif\"", 1))
	s, probs, found = Load(deckPath, "night", pol)
	if !found || s == nil || s.Fonts["body"] != "Test Sans" || s.File == "" {
		t.Fatalf("found %v spec %+v", found, s)
	}
	if len(probs) != 1 || !strings.Contains(probs[0].Message, `night.lectern-theme.toml line 18: the heading font "Nowhere Serif" is not installed`) {
		t.Errorf("problems %+v", probs)
	}
	if _, ok := s.Fonts["heading"]; ok {
		t.Error("a font that is not installed was kept")
	}
	if _, _, found := Load(deckPath, "missing", pol); found {
		t.Error("found a theme file that does not exist")
	}
	if _, _, found := Load(deckPath, "../night", pol); found {
		t.Error("a name with a folder named a file")
	}

	outside := filepath.Join(t.TempDir(), "x.lectern-theme.toml")
	if err := os.WriteFile(outside, []byte(good), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(outside, filepath.Join(dir, "out.lectern-theme.toml")); err != nil {
		t.Fatal(err)
	}
	if s, probs, found := Load(deckPath, "out", pol); !found || s != nil || len(probs) != 1 || !strings.Contains(probs[0].Message, "outside the deck's folder") {
		t.Errorf("symlink out: %v %+v", s, probs)
	}
	write("big.lectern-theme.toml", "# "+strings.Repeat("x", MaxBytes)+"\n")
	if s, probs, _ := Load(deckPath, "big", pol); s != nil || len(probs) != 1 || !strings.Contains(probs[0].Message, "at most 64 KB") {
		t.Errorf("big: %v %+v", s, probs)
	}
	if err := os.Mkdir(filepath.Join(dir, "dir.lectern-theme.toml"), 0o755); err != nil {
		t.Fatal(err)
	}
	if s, probs, _ := Load(deckPath, "dir", pol); s != nil || len(probs) != 1 || !strings.Contains(probs[0].Message, "not a regular file") {
		t.Errorf("folder: %v %+v", s, probs)
	}
}

func TestBuiltinNames(t *testing.T) {
	for _, n := range []string{"light", "Dark", " gaia ", "uncover-invert"} {
		if !deck.IsBuiltinTheme(n) {
			t.Errorf("%q is not built in", n)
		}
	}
	if deck.IsBuiltinTheme("seriph") {
		t.Error("seriph is built in")
	}
}

// A file of thousands of wrong keys reports 20 and how many more, fast.
func TestManyIssuesAreCapped(t *testing.T) {
	var b strings.Builder
	b.WriteString("[colors]\n")
	for i := range 5000 {
		b.WriteString("c" + strconv.Itoa(i) + " = \"#000\"\n")
	}
	_, issues := Parse("t", []byte(b.String()))
	if len(issues) != 21 || !strings.Contains(issues[20].Msg, "4980 more settings are wrong") {
		t.Fatalf("%d issues, last %+v", len(issues), issues[len(issues)-1])
	}
}
