package layout_test

import (
	"image/png"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/lectern-app/lectern/internal/deck"
	"github.com/lectern-app/lectern/render/fonts"
	"github.com/lectern-app/lectern/render/layout"
	"github.com/lectern-app/lectern/render/raster"
)

// themed is a one-slide deck with a theme file's spec.
func themed(spec *deck.ThemeSpec) (*deck.Deck, *deck.Slide) {
	d := &deck.Deck{Format: deck.Markdown, Meta: deck.Meta{Aspect: 16.0 / 9, Theme: "brand", ThemeSet: spec}}
	d.Slides = []deck.Slide{{Number: 1, Steps: 1, Body: "## Heading first\n\nA paragraph of **body** text under it.\n\n- an item"}}
	return d, &d.Slides[0]
}

func pageOf(t *testing.T, d *deck.Deck, s *deck.Slide) (*layout.Laid, *layout.Page) {
	t.Helper()
	l, err := layout.LayoutSlide(s, d, layout.Options{NoNumber: true})
	if err != nil {
		t.Fatal(err)
	}
	return l, l.Page(1)
}

// margins.* from a theme file move the content: before they were read and
// ignored (the content stayed at x 110, top 76).
func TestThemeMarginsMoveTheContent(t *testing.T) {
	d, s := themed(&deck.ThemeSpec{Name: "brand"})
	_, p := pageOf(t, d, s)
	h0, b0 := find(t, p, "Heading first"), find(t, p, "an item")
	d, s = themed(&deck.ThemeSpec{Name: "brand", Margins: map[string]float64{"x": 400, "top": 250, "bottom": 20}})
	_, p = pageOf(t, d, s)
	h1, b1 := find(t, p, "Heading first"), find(t, p, "an item")
	if h0.X != 110 || h1.X != 400 {
		t.Errorf("heading at x %v by default and %v with margins.x = 400; want 110 and 400", h0.X, h1.X)
	}
	if dy := h1.Y - h0.Y; dy < 173 || dy > 175 {
		t.Errorf("heading moved down %v with margins.top 76 → 250, want 174", dy)
	}
	if b1.X-b0.X != 290 {
		t.Errorf("list item moved %v across, want 290", b1.X-b0.X)
	}
	for _, op := range p.Ops {
		if x, ok := op.(layout.Text); ok && x.X+width(x) > 1920-400+0.5 {
			t.Errorf("%q ends at %v, in the right margin", x.Text, x.X+width(x))
		}
	}
	savePNG(t, "theme-margins.png", p)

	// margins that would leave no room are shrunk, not obeyed
	d, s = themed(&deck.ThemeSpec{Name: "brand", Margins: map[string]float64{"x": 600, "top": 600, "bottom": 600}})
	l, p := pageOf(t, d, s)
	inside(t, "huge margins", p)
	if l.Scale <= 0 {
		t.Errorf("scale %v", l.Scale)
	}
}

// fonts.* name installed families (fonts-noto-core, .ci/deps): headings and
// text are set in them, bold in the family's bold; a family nobody has
// keeps the embedded faces.
func TestThemeFontsSetTheText(t *testing.T) {
	d, s := themed(&deck.ThemeSpec{Name: "brand", Fonts: map[string]string{"body": "Noto Serif", "heading": "Noto Sans"}})
	l, p := pageOf(t, d, s)
	face := func(text string) string { return strings.ToLower(fonts.Name(find(t, p, text).Font)) }
	if f := face("Heading first"); !strings.Contains(f, "notosans") {
		t.Errorf("heading set in %s, want Noto Sans", f)
	}
	if f := face("A paragraph of "); !strings.Contains(f, "notoserif") {
		t.Errorf("paragraph set in %s, want Noto Serif", f)
	}
	if f := face("an item"); !strings.Contains(f, "notoserif") {
		t.Errorf("list item set in %s, want Noto Serif", f)
	}
	bold, reg := find(t, p, "body"), find(t, p, "A paragraph of ")
	if bold.Font == reg.Font || !strings.Contains(strings.ToLower(fonts.Name(bold.Font)), "notoserif") {
		t.Errorf("bold text in %s, regular in %s: want Noto Serif's bold face", fonts.Name(bold.Font), fonts.Name(reg.Font))
	}
	if len(l.Problems) > 0 {
		t.Errorf("problems: %v", l.Problems)
	}
	savePNG(t, "theme-fonts.png", p)

	d, s = themed(&deck.ThemeSpec{Name: "brand", Fonts: map[string]string{"body": "No Such Family Anywhere"}})
	_, p = pageOf(t, d, s)
	if f := find(t, p, "A paragraph of ").Font; f != fonts.Regular {
		t.Errorf("an unknown family set the text in %s, want the embedded regular face", fonts.Name(f))
	}
}

// savePNG draws p into $LECTERN_COLUMNS_PNG when set (to look at), else a
// temporary folder.
func savePNG(t *testing.T, name string, p *layout.Page) {
	t.Helper()
	dir := os.Getenv("LECTERN_COLUMNS_PNG")
	if dir == "" {
		dir = t.TempDir()
	}
	f, err := os.Create(filepath.Join(dir, name))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if err := png.Encode(f, raster.Draw(p, 960)); err != nil {
		t.Fatal(err)
	}
}

// A theme's fonts reach tables (body, header as headings) and code blocks
// (fonts.code): before, both kept the embedded faces.
func TestThemeFontsInTablesAndCode(t *testing.T) {
	d, s := themed(&deck.ThemeSpec{Name: "brand", Fonts: map[string]string{"body": "Noto Serif", "heading": "Noto Sans", "code": "Noto Sans Mono CJK SC"}})
	s.Body = "| Key | Does |\n|---|---|\n| Tab | overview |\n\n```go\nfunc main() {}\n```\n"
	_, p := pageOf(t, d, s)
	face := func(text string) string { return strings.ToLower(fonts.Name(find(t, p, text).Font)) }
	if f := face("overview"); !strings.Contains(f, "notoserif") {
		t.Errorf("table cell set in %s, want Noto Serif", f)
	}
	if f := face("Does"); !strings.Contains(f, "notosans") || strings.Contains(f, "serif") {
		t.Errorf("table header set in %s, want Noto Sans", f)
	}
	var code string
	for _, op := range p.Ops {
		if x, ok := op.(layout.Text); ok && strings.Contains(x.Text, "main") {
			code = strings.ToLower(fonts.Name(x.Font))
		}
	}
	if !strings.Contains(code, "mono") || !strings.Contains(code, "cjk") {
		t.Errorf("code set in %q, want Noto Sans Mono CJK", code)
	}
}
