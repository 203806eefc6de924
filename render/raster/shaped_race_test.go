package raster_test

import (
	"image"
	"testing"

	"github.com/lectern-app/lectern/render/fonts"
	"github.com/lectern-app/lectern/render/fonts/fontstest"
	"github.com/lectern-app/lectern/render/layout"
	"github.com/lectern-app/lectern/render/layout/layouttest"
	"github.com/lectern-app/lectern/render/raster"
)

// Shaped runs draw the same from any goroutine, while other text is shaped
// at the same time (the raster reads glyphs through its own faces, not the
// shaper's): run with -race.
func TestShapedDrawIsDeterministicWhileShaping(t *testing.T) {
	fontstest.Need(t, fontstest.Scripts...)
	d, err := layouttest.Load(testdata+"scripts.md", "light")
	if err != nil {
		t.Fatal(err)
	}
	l, err := layout.LayoutSlide(d.Slide(1), d, layout.Options{})
	if err != nil {
		t.Fatal(err)
	}
	p := l.Page(1)
	shapeOps(t, p)
	want := raster.Draw(p, 800)
	done := make(chan *image.RGBA, 4)
	stop := make(chan struct{})
	go func() {
		for {
			select {
			case <-stop:
				return
			default:
				for _, s := range fontstest.Scripts {
					f, _ := fonts.Resolve(fonts.Regular, []rune(s)[0])
					fonts.Shape(f, 40, s, false)
				}
			}
		}
	}()
	for range 4 {
		go func() { done <- raster.Draw(p, 800) }()
	}
	for range 4 {
		got := <-done
		for i := range got.Pix {
			if got.Pix[i] != want.Pix[i] {
				close(stop)
				t.Fatal("concurrent draws of shaped text differ")
			}
		}
	}
	close(stop)
}
