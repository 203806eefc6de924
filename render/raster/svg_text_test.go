package raster_test

import (
	"image"
	"testing"

	"github.com/lectern-app/lectern/render/layout"
	"github.com/lectern-app/lectern/render/layout/layouttest"
	"github.com/lectern-app/lectern/render/raster"
)

// svgPage lays out slide n of the SVG text deck.
func svgPage(t *testing.T, n int) *layout.Page {
	t.Helper()
	d, err := layouttest.Load(testdata+"svg-text.md", "light")
	if err != nil {
		t.Fatal(err)
	}
	l, err := layout.LayoutSlide(d.Slide(n), d, layout.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return l.Page(1)
}

// inkedNear counts pixels in r close to colour (r, g, b).
func inkedNear(img *image.RGBA, box image.Rectangle, r, g, b uint8) int {
	n := 0
	for y := box.Min.Y; y < box.Max.Y; y++ {
		for x := box.Min.X; x < box.Max.X; x++ {
			c := img.RGBAAt(x, y)
			if absDiff(uint32(c.R), r) < 40 && absDiff(uint32(c.G), g) < 40 && absDiff(uint32(c.B), b) < 40 {
				n++
			}
		}
	}
	return n
}

// An SVG whose only content is text shows that text on the slide: oksvg
// draws no <text>, so the picture was blank before.
func TestSVGTextIsDrawn(t *testing.T) {
	p := svgPage(t, 1)
	var pic *layout.Picture
	for _, op := range p.Ops {
		if o, ok := op.(layout.Picture); ok {
			pic = &o
		}
	}
	if pic == nil {
		t.Fatal("no picture on the slide")
	}
	img := raster.Draw(p, 1920)
	box := image.Rect(int(pic.X), int(pic.Y), int(pic.X+pic.W), int(pic.Y+pic.H))
	// LECTERN: bold, 120 of 800 units wide, #1a237e, in the upper half
	upper := image.Rect(box.Min.X, box.Min.Y, box.Max.X, box.Min.Y+box.Dy()*2/5)
	if n := inkedNear(img, upper, 0x1a, 0x23, 0x7e); n < 5000 {
		t.Errorf("%d pixels of the big title's colour in %v, want ≥ 5000", n, upper)
	}
	lower := image.Rect(box.Min.X, box.Min.Y+box.Dy()*3/5, box.Min.X+box.Dx()*3/4, box.Max.Y)
	if n := inkedNear(img, lower, 0xb7, 0x1c, 0x1c); n < 500 {
		t.Errorf("%d pixels of the mono text's colour in %v, want ≥ 500", n, lower)
	}
	if n := inkedNear(img, lower, 0, 0x80, 0); n < 500 {
		t.Errorf("%d pixels of the tspan's green in %v, want ≥ 500", n, lower)
	}
	// TURNED, rotated a quarter turn, is drawn into the picture at the right edge
	right := image.Rect(box.Min.X+box.Dx()*9/10, box.Min.Y, box.Max.X, box.Max.Y)
	if n := inkedNear(img, right, 0, 0, 0); n < 300 {
		t.Errorf("%d black pixels of the turned text in %v, want ≥ 300", n, right)
	}
}
