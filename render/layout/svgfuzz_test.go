package layout

import (
	"os"
	"strings"
	"testing"
)

// FuzzSVG feeds any bytes to the SVG reader (normaliser, text reader,
// oksvg) and rasteriser: no panic escapes, the raster has the asked size and
// the text stays within the run bound.
func FuzzSVG(f *testing.F) {
	for _, name := range []string{"svg-text.svg", "svg-chart.svg", "svg-features.svg", "svg-mermaid.svg",
		"svg-clip.svg", "svg-mask.svg", "svg-pattern.svg", "svg-image.svg", "svg-filter.svg", "svg-opacity.svg", "svg-hidden.svg",
		"svg-gradients.svg", "svg-cairo.svg", "svg-viewports.svg", "svg-colors.svg", "svg-dashes.svg", "svg-fillrule.svg", "svg-usergradients.svg"} {
		if data, err := os.ReadFile("../../testdata/render/" + name); err == nil {
			f.Add(data)
		}
	}
	f.Add([]byte(`<svg><style>a b c > d { fill: red } @media x { g { } } .x{</style><use href="#u" id="u"/><text>` + strings.Repeat("<tspan dx='1e308'>x</tspan>", 50) + `</text></svg>`))
	f.Add([]byte(`<svg viewBox="0 0 0 0"><text transform="matrix(0 0 0 0 0 0)" font-size="1e9">z</text></svg>`))
	f.Add([]byte(`<svg viewBox="-1e300 0 1e300 5"><g transform="rotate(nan)"><text font-size="-3">q</text></g></svg>`))
	f.Fuzz(func(t *testing.T, data []byte) {
		doc, err := parseSVG(data)
		if err != nil {
			return
		}
		if len(doc.runs) > svgMaxRuns {
			t.Fatalf("%d runs, bound %d", len(doc.runs), svgMaxRuns)
		}
		img, err := doc.raster(96)
		if err != nil {
			return
		}
		if b := img.Bounds(); b.Dx() > 96 || b.Dy() > 96 || b.Dx() < 1 || b.Dy() < 1 {
			t.Fatalf("raster %v for side 96", b)
		}
	})
}
