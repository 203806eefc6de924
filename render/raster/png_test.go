package raster_test

import (
	"fmt"
	"image"
	"image/color"
	"image/png"
	"os"
	"path/filepath"
	"testing"

	"github.com/lectern-app/lectern/render/layout"
	"github.com/lectern-app/lectern/render/layout/layouttest"
	"github.com/lectern-app/lectern/render/raster"
)

// TestWriteTalkPNGs draws every slide of the test decks to PNG and checks
// each has ink; with $LECTERN_PNG_DIR set the PNGs stay there for looking
// at by eye.
func TestWriteTalkPNGs(t *testing.T) {
	dir := os.Getenv("LECTERN_PNG_DIR")
	if dir == "" {
		dir = t.TempDir()
	}
	for _, run := range []struct{ file, theme string }{
		{"talk", "light"}, {"talk", "dark"}, {"features", "light"}, {"features", "dark"}, {"overflow", "light"},
	} {
		theme := run.file + "-" + run.theme
		d, err := layouttest.Load("../../testdata/render/"+run.file+".md", run.theme)
		if err != nil {
			t.Fatal(err)
		}
		for i := range d.Slides {
			s := &d.Slides[i]
			l, err := layout.LayoutSlide(s, d, layout.Options{})
			if err != nil {
				t.Fatal(err)
			}
			img := raster.Draw(l.Page(s.Steps), 1920)
			if inked(img) < 500 {
				t.Errorf("%s slide %d: %d pixels differ from the background; the slide looks empty", theme, s.Number, inked(img))
			}
			f, err := os.Create(filepath.Join(dir, fmt.Sprintf("%s-%02d.png", theme, s.Number)))
			if err != nil {
				t.Fatal(err)
			}
			if err := png.Encode(f, img); err != nil {
				t.Fatal(err)
			}
			f.Close()
		}
	}
}

// inked counts the pixels that differ from the top-left one (the background).
func inked(img image.Image) int {
	b := img.Bounds()
	bg := color.RGBAModel.Convert(img.At(b.Min.X, b.Min.Y))
	n := 0
	for y := b.Min.Y; y < b.Max.Y; y += 2 {
		for x := b.Min.X; x < b.Max.X; x += 2 {
			if color.RGBAModel.Convert(img.At(x, y)) != bg {
				n++
			}
		}
	}
	return n
}
