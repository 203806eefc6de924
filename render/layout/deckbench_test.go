package layout_test

import (
	"testing"

	"github.com/lectern-app/lectern/render/layout"
)

// BenchmarkLayoutDeck60 lays out every slide of the 60-slide Marp deck the
// export benchmark writes (code, tables, SVG charts, text in many sizes): the
// whole-deck cost a PDF export or the overview pays for the layout.
func BenchmarkLayoutDeck60(b *testing.B) {
	d := load(b, "../export/bench/deck60.md", "light")
	b.ReportAllocs()
	for b.Loop() {
		for i := range d.Slides {
			if _, err := layout.LayoutSlide(&d.Slides[i], d, layout.Options{}); err != nil {
				b.Fatal(err)
			}
		}
	}
}
