package raster_test

import (
	"image"
	"testing"

	"github.com/lectern-app/lectern/render/layout"
	"github.com/lectern-app/lectern/render/layout/layouttest"
	"github.com/lectern-app/lectern/render/raster"
)

func benchSlide(b *testing.B, slide, px int) {
	d, err := layouttest.Load(testdata+"talk.md", "light")
	if err != nil {
		b.Fatal(err)
	}
	s := d.Slide(slide)
	b.ReportAllocs()
	for b.Loop() {
		p, err := layout.Layout(s, d, 1, layout.Options{})
		if err != nil {
			b.Fatal(err)
		}
		raster.Draw(p, px)
	}
}

// BenchmarkLayoutDraw1920 lays out and draws a list-and-picture slide at 1920×1080.
func BenchmarkLayoutDraw1920(b *testing.B) { benchSlide(b, 2, 1920) }

// BenchmarkLayoutDrawCode1920 does the same for the highlighted-code slide.
func BenchmarkLayoutDrawCode1920(b *testing.B) { benchSlide(b, 6, 1920) }

// BenchmarkLayoutDrawThumb320 is one overview thumbnail.
func BenchmarkLayoutDrawThumb320(b *testing.B) { benchSlide(b, 2, 320) }

// BenchmarkDrawTo1920 draws a laid-out slide into a reused 1920×1080 image.
func BenchmarkDrawTo1920(b *testing.B) {
	d, err := layouttest.Load(testdata+"talk.md", "light")
	if err != nil {
		b.Fatal(err)
	}
	p, _ := layout.Layout(d.Slide(2), d, 1, layout.Options{})
	dst := image.NewRGBA(image.Rect(0, 0, 1920, 1080))
	b.ReportAllocs()
	for b.Loop() {
		raster.DrawTo(dst, p)
	}
}
