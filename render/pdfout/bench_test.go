package pdfout

import (
	"io"
	"testing"

	"github.com/lectern-app/lectern/render/fonts/fontstest"
	"github.com/lectern-app/lectern/render/layout"
)

// BenchmarkShapedScriptsPages writes ten pages of the every-script lines
// (13 lines, nine faces) with the layout's glyphs, fonts subset and
// ToUnicode included: the cost of shaped text in the PDF.
func BenchmarkShapedScriptsPages(b *testing.B) {
	fontstest.Need(b, "नमस्ते", "你好", "مرحبا", "🐍")
	var pages []*layout.Page
	for range 10 {
		pages = append(pages, scriptPage(true))
	}
	b.ReportAllocs()
	for b.Loop() {
		d := New(Options{})
		for _, p := range pages {
			if err := d.AddSlide(p); err != nil {
				b.Fatal(err)
			}
		}
		if _, err := d.WriteTo(io.Discard); err != nil {
			b.Fatal(err)
		}
	}
}
