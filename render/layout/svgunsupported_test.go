package layout_test

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/lectern-app/lectern/internal/deck"
	"github.com/lectern-app/lectern/render/layout"
)

// What Lectern does not draw in an SVG (a filter step such as turbulence,
// text along a path that is not there, HTML
// inside, a CSS shape as clip, clips nested too deep) is one
// svg-unsupported problem naming each, and the rest is drawn (the blurred
// rectangle unfiltered, the pattern of a million tiles a quarter opaque); before, all of it was dropped without a word. An
// SVG using only what is drawn (clips, masks, patterns, pictures) has none.
func TestSVGUnsupportedReported(t *testing.T) {
	dir := t.TempDir()
	nested := strings.Repeat(`<g clip-path="url(#c)">`, 6) + `<rect x="300" width="50" height="50" fill="#00f"/>` + strings.Repeat(`</g>`, 6)
	odd := `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 400 300">
<defs><filter id="blur"><feTurbulence baseFrequency="0.05"/><feDisplacementMap in="SourceGraphic" scale="9"/></filter>
<clipPath id="c"><rect width="400" height="300"/></clipPath>
<pattern id="fine" patternUnits="userSpaceOnUse" width="0.1" height="0.1"><rect width="0.05" height="0.05"/></pattern>
<path id="arc" d="M20 250 Q200 150 380 250"/></defs>
<rect x="10" y="10" width="100" height="100" fill="#f00" filter="url(#blur)"/>
<rect x="120" y="10" width="100" height="100" fill="url(#fine)"/>
<circle cx="50" cy="200" r="30" fill="#0a0" style="clip-path: circle(40%)"/>
<text><textPath xlink:href="#nowhere">along no path</textPath></text>
<foreignObject width="100" height="50"><p xmlns="http://www.w3.org/1999/xhtml">html</p></foreignObject>
` + nested + `</svg>`
	clean, err := os.ReadFile("../../testdata/render/svg-clip.svg")
	if err != nil {
		t.Fatal(err)
	}
	filtered, err := os.ReadFile("../../testdata/render/svg-filter.svg")
	if err != nil {
		t.Fatal(err)
	}
	for name, data := range map[string][]byte{"odd.svg": []byte(odd), "clean.svg": clean, "filtered.svg": filtered} {
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	start := time.Now()
	l, err := layout.LayoutSlide(&deck.Slide{Number: 1, Body: "![](odd.svg)"}, &deck.Deck{Path: filepath.Join(dir, "deck.md")}, layout.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if d := time.Since(start); d > 20*time.Second {
		t.Errorf("laying the slide out took %v", d)
	}
	t.Logf("problems: %v", l.Problems)
	var ue *layout.SVGUnsupportedError
	if len(l.Problems) != 1 || !errors.As(l.Problems[0], &ue) || ue.Kind() != layout.KindSVGUnsupported {
		t.Fatalf("problems %v, want one svg-unsupported", l.Problems)
	}
	for _, want := range []string{"odd.svg", "filter feTurbulence, feDisplacementMap", "<foreignObject>",
		"clip-path: circle(40%)", "nested more than 4 deep", "<textPath> without a <path>"} {
		if !strings.Contains(ue.Error(), want) {
			t.Errorf("%q does not name %q", ue.Error(), want)
		}
	}
	img, err := layout.LoadImageAt(filepath.Join(dir, "odd.svg"), 400, 300)
	if err != nil {
		t.Fatal(err)
	}
	b := img.Bounds()
	at := func(x, y float64) (r, g, bl, a uint32) {
		return img.At(b.Min.X+int(x*float64(b.Dx())/400), b.Min.Y+int(y*float64(b.Dy())/300)).RGBA()
	}
	if r, g, _, a := at(60, 60); r>>8 < 250 || g>>8 > 5 || a>>8 < 250 {
		t.Errorf("the filtered rectangle is not drawn red: %d %d alpha %d", r>>8, g>>8, a>>8)
	}
	// a quarter of each tile is black: a quarter opaque on average
	if _, _, _, a := at(170, 60); a>>8 < 40 || a>>8 > 90 {
		t.Errorf("the pattern of a million tiles is not drawn a quarter opaque: alpha %d", a>>8)
	}
	if _, _, bl, a := at(325, 25); bl>>8 < 250 || a>>8 < 250 {
		t.Errorf("the deeply clipped rectangle is not drawn: blue %d alpha %d", bl>>8, a>>8)
	}
	for _, name := range []string{"clean.svg", "filtered.svg"} {
		l, err = layout.LayoutSlide(&deck.Slide{Number: 1, Body: "![](" + name + ")"}, &deck.Deck{Path: filepath.Join(dir, "deck.md")}, layout.Options{})
		if err != nil {
			t.Fatal(err)
		}
		if len(l.Problems) != 0 {
			t.Errorf("%s: problems %v for an SVG of what is drawn", name, l.Problems)
		}
	}
}

// A filter or clip on the root <svg> itself is not drawn, and says so.
func TestSVGRootEffectsReported(t *testing.T) {
	dir := t.TempDir()
	svg := `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10" filter="url(#b)"><filter id="b"><feGaussianBlur stdDeviation="1"/></filter><rect width="5" height="5"/></svg>`
	if err := os.WriteFile(filepath.Join(dir, "root.svg"), []byte(svg), 0o644); err != nil {
		t.Fatal(err)
	}
	l, err := layout.LayoutSlide(&deck.Slide{Number: 1, Body: "![](root.svg)"}, &deck.Deck{Path: filepath.Join(dir, "deck.md")}, layout.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(l.Problems) != 1 || !strings.Contains(l.Problems[0].Error(), "on the <svg> element itself") {
		t.Errorf("problems %v, want the root's filter named", l.Problems)
	}
}
