package pdfslide

import (
	"testing"

	"github.com/lectern-app/lectern/internal/pdfdoc"
)

// deck200 is the 200-page Marp deck (960×540 pt pages, vector text, tables,
// SVG charts, 28 raster images) the targets are measured on.
const deck200 = "../../testdata/pdf/deck200.pdf"

// openDeck200 opens deck200.pdf or fails the test or benchmark.
func openDeck200(tb testing.TB) pdfdoc.Document {
	tb.Helper()
	doc, err := pdfdoc.Open(deck200)
	if err != nil {
		tb.Fatal(err)
	}
	if doc.NumPages() != 200 {
		doc.Close()
		tb.Fatalf("%s has %d pages, want 200", deck200, doc.NumPages())
	}
	return doc
}

// checkWidth fails unless a page came out 1920 px wide with a 16:9 height.
func checkWidth(b *testing.B, w, h int) {
	if w != 1920 || h < 1078 || h > 1082 {
		b.Fatalf("page 1 rendered %dx%d, want 1920x1080", w, h)
	}
}

// BenchmarkRenderFirstPage1920 renders page 1 of deck200.pdf 1920 px wide,
// the work `mutool draw -w 1920 deck200.pdf 1` does minus the PNG file
// (bench/render-vs-mutool.sh compares whole processes, PNG included).
//
//   - open+render: pdfdoc.Open, Render, Close every time (MuPDF cold);
//   - render: one open document, Render only (fonts already loaded);
//   - pages-cold: one open document, a new pdfslide.Pages every time, so
//     Get always misses its cache and renders;
//   - pages-hit: Get on a warm cache, for scale.
func BenchmarkRenderFirstPage1920(b *testing.B) {
	b.Run("open+render", func(b *testing.B) {
		for b.Loop() {
			doc := openDeck200(b)
			img, err := doc.Render(1, 1920)
			if err != nil {
				b.Fatal(err)
			}
			checkWidth(b, img.Bounds().Dx(), img.Bounds().Dy())
			doc.Close()
		}
	})
	b.Run("render", func(b *testing.B) {
		doc := openDeck200(b)
		defer doc.Close()
		for b.Loop() {
			img, err := doc.Render(1, 1920)
			if err != nil {
				b.Fatal(err)
			}
			checkWidth(b, img.Bounds().Dx(), img.Bounds().Dy())
		}
	})
	b.Run("pages-cold", func(b *testing.B) {
		doc := openDeck200(b)
		defer doc.Close()
		for b.Loop() {
			p := New(doc, pdfdoc.Whole, 0)
			img, err := p.Get(1, 1920)
			if err != nil {
				b.Fatal(err)
			}
			checkWidth(b, img.Bounds().Dx(), img.Bounds().Dy())
			p.Close()
		}
	})
	b.Run("pages-hit", func(b *testing.B) {
		doc := openDeck200(b)
		defer doc.Close()
		p := New(doc, pdfdoc.Whole, 0)
		defer p.Close()
		if _, err := p.Get(1, 1920); err != nil {
			b.Fatal(err)
		}
		for b.Loop() {
			if _, err := p.Get(1, 1920); err != nil {
				b.Fatal(err)
			}
		}
	})
}
