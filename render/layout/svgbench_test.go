package layout

import "testing"

// BenchmarkLayoutSVGChartWarm lays out the chart slide again with its
// raster and text cached, as a slide switch does: the labels are set as
// slide text on every layout.
func BenchmarkLayoutSVGChartWarm(b *testing.B) {
	d, _ := chartDeck(b)
	if _, err := LayoutSlide(&d.Slides[0], d, Options{}); err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := LayoutSlide(&d.Slides[0], d, Options{}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkParseSVGChart parses the 12-bar chart: the normaliser (an
// extra XML pass), oksvg and the text reader.
func BenchmarkParseSVGChart(b *testing.B) {
	data := chartSVG(12)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := parseSVG(data); err != nil {
			b.Fatal(err)
		}
	}
}
