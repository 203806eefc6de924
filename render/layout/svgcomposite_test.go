package layout

import (
	"fmt"
	"os"
	"strings"
	"testing"
)

// Clip paths, masks, patterns, <image> and group opacity draw as librsvg
// draws them. Before, oksvg left the first four out (far apart / mean:
// clip 37%/50, mask 52%/51, pattern 62%/114, image 55%/54) and faded each
// shape of a translucent group on its own, the overlaps showing through.
func TestSVGCompositesMatchRsvg(t *testing.T) {
	for _, c := range []struct {
		file      string
		far, mean float64 // bounds
	}{
		{"svg-clip.svg", 0.015, 3},
		{"svg-mask.svg", 0.015, 3},
		{"svg-pattern.svg", 0.015, 3},
		{"svg-image.svg", 0.015, 3},
		{"svg-opacity.svg", 0.015, 3},
		{"svg-filter.svg", 0.015, 3},
	} {
		t.Run(c.file, func(t *testing.T) {
			data, err := os.ReadFile("../../testdata/render/" + c.file)
			if err != nil {
				t.Fatal(err)
			}
			far, mean := rsvgDiff(t, c.file, data, "", 400, 300)
			if far > c.far || mean > c.mean {
				t.Errorf("Lectern's drawing differs from rsvg-convert's: %.2f%% of pixels far apart (≤ %.2f%%), mean %.2f (≤ %.2f)", 100*far, 100*c.far, mean, c.mean)
			}
		})
	}
}

// A plot clips each of its lines to the axes (matplotlib writes one
// clip-path per element): siblings with the same clip are one group, so
// a plot of hundreds of clipped lines is neither over the group bound
// (reported and drawn unclipped) nor hundreds of picture-sized buffers.
func TestSVGSameClipIsOneGroup(t *testing.T) {
	var b strings.Builder
	b.WriteString(`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 400 300"><defs><clipPath id="axes"><rect x="40" y="20" width="340" height="240"/></clipPath></defs>` + "\n")
	for i := range 300 {
		fmt.Fprintf(&b, "  <path d=\"M0 %d L400 %d\" stroke=\"#1f77b4\" clip-path=\"url(#axes)\"/>\n", i, 300-i)
	}
	b.WriteString(`<rect width="10" height="10"/><path d="M0 0 L9 9" clip-path="url(#axes)"/></svg>`)
	doc, err := parseSVG([]byte(b.String()))
	if err != nil {
		t.Fatal(err)
	}
	if len(doc.parts) != 3 || doc.parts[0].group == nil || len(doc.parts[0].group.content) != 300 || doc.parts[2].group == nil {
		t.Errorf("%d parts, want the 300 lines as one group, the rectangle, the last line's group", len(doc.parts))
	}
	if len(doc.missing) != 0 {
		t.Errorf("reported %q", doc.missing)
	}
	img, err := doc.raster(400)
	if err != nil {
		t.Fatal(err)
	}
	if _, _, _, a := img.At(20, 150).RGBA(); a != 0 {
		t.Errorf("a line is drawn outside the clip (alpha %d)", a>>8)
	}
	if _, _, _, a := img.At(200, 150).RGBA(); a == 0 {
		t.Errorf("no line inside the clip")
	}
}

// feDropShadow (SVG 2; the rsvg-convert here draws nothing for it) puts
// the shadow's colour, blurred, at the offset under the shape.
func TestSVGDropShadow(t *testing.T) {
	doc, err := parseSVG([]byte(`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100">
<filter id="d" x="-1" y="-1" width="3" height="3"><feDropShadow dx="10" dy="10" stdDeviation="1" flood-color="#00f"/></filter>
<rect x="20" y="20" width="40" height="40" fill="#f00" filter="url(#d)"/></svg>`))
	if err != nil {
		t.Fatal(err)
	}
	if len(doc.missing) != 0 {
		t.Errorf("reported %q", doc.missing)
	}
	img, err := doc.raster(100)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		x, y    int
		r, b, a uint32
	}{{40, 40, 255, 0, 255}, {65, 65, 0, 255, 255}, {15, 15, 0, 0, 0}} {
		r, _, b, a := img.At(c.x, c.y).RGBA()
		if r>>8 != c.r || b>>8 != c.b || a>>8 != c.a {
			t.Errorf("pixel (%d, %d) is r %d b %d a %d, want r %d b %d a %d", c.x, c.y, r>>8, b>>8, a>>8, c.r, c.b, c.a)
		}
	}
}
