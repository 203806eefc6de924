package layout

import (
	"image/color"
	"testing"

	"github.com/alecthomas/chroma/v2"

	"github.com/lectern-app/lectern/internal/deck"
)

// The reader checks theme names and code styles against deck's lists;
// they must be the ones the layout has.
func TestThemeListsMatchTheLayout(t *testing.T) {
	for _, n := range append(deck.BuiltinThemes, "night", "invert", "gaia-invert", "uncover-dark", "default-invert") {
		if !deck.IsBuiltinTheme(n) || !IsBuiltin(n) {
			t.Errorf("%q: deck says %v, layout says %v", n, deck.IsBuiltinTheme(n), IsBuiltin(n))
		}
	}
	for _, s := range deck.CodeStyles {
		entries, ok := codeStyles[s]
		if !ok {
			t.Errorf("code style %q is not in the layout", s)
			continue
		}
		if _, err := chroma.NewStyle(s, entries); err != nil {
			t.Errorf("code style %q does not build: %v", s, err)
		}
	}
	if len(codeStyles) != len(deck.CodeStyles) {
		t.Errorf("the layout has %d code styles, deck lists %d", len(codeStyles), len(deck.CodeStyles))
	}
}

// A theme file's settings over the theme it extends, and a slide laid out
// with it: its background is the file's, title slides are not centred
// with title = "plain", text is centred with align = "center".
func TestThemeFileOverBuiltin(t *testing.T) {
	navy := color.RGBA{0x10, 0x20, 0x30, 0xff}
	gold := color.RGBA{0xfe, 0xe7, 0x15, 0xff}
	spec := &deck.ThemeSpec{
		Name: "brand", Extends: "dark",
		Colors:    map[string]color.RGBA{"background": navy, "heading": gold},
		Sizes:     map[string]float64{"body": 50, "h2": 70, "line-height": 1.4},
		Margins:   map[string]float64{"x": 140},
		Fonts:     map[string]string{"body": "Test Sans"},
		CodeStyle: "github", Title: "plain", Align: "center",
	}
	th := themeFromSpec(spec)
	if th.Name != "brand" || th.Background != navy || th.Heading != gold || th.H1 != gold || th.Text != Dark.Text ||
		th.Body != 50 || th.Headings[1] != 70 || th.Headings[0] != Dark.Headings[0] || th.LineHeight != 1.4 ||
		th.MarginX != 140 || th.MarginTop != marginTop || th.FontBody != "Test Sans" || th.ChromaName != "github" ||
		!th.Marp || !th.Center || th.Middle {
		t.Fatalf("theme = %+v", th)
	}
	d := &deck.Deck{Format: deck.Markdown, Meta: deck.Meta{Aspect: 16.0 / 9, ThemeSet: spec}}
	s := &deck.Slide{Number: 1, Steps: 1, Body: "# Title only\n"}
	l, err := LayoutSlide(s, d, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if l.Background != navy || l.Title {
		t.Errorf("background %v, laid out as a title slide %v", l.Background, l.Title)
	}
	// Export passes the deck's own Meta.Theme along: the file still counts.
	d.Meta.Theme = "light"
	if l, _ := LayoutSlide(s, d, Options{Theme: "light"}); l.Background != navy {
		t.Errorf("the deck's own theme passed along gave background %v", l.Background)
	}
	d.Meta.Theme = ""
	// The user's --theme still wins over the deck's file.
	if l, _ := LayoutSlide(s, d, Options{Theme: "light"}); l.Background != Light.Background {
		t.Errorf("--theme light gave background %v", l.Background)
	}
	// title = "center" centres title slides even over a Marp theme.
	spec2 := &deck.ThemeSpec{Name: "g", Extends: "gaia", Title: "center"}
	d.Meta.ThemeSet = spec2
	if l, _ := LayoutSlide(s, d, Options{}); !l.Title || l.Background != Gaia.Background {
		t.Errorf("gaia + title center: title %v background %v", l.Title, l.Background)
	}
}
