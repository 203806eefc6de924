package raster_test

import (
	"image"
	"image/color"
	"image/png"
	"math"
	"os"
	"path/filepath"
	"testing"

	"github.com/lectern-app/lectern/render/fonts"
	"github.com/lectern-app/lectern/render/fonts/fontstest"
	"github.com/lectern-app/lectern/render/layout"
	"github.com/lectern-app/lectern/render/layout/layouttest"
	"github.com/lectern-app/lectern/render/raster"
)

// Every run of the scripts deck, fallback faces and the .notdef box of a
// character no font has included, leaves ink where the layout put it.
func TestScriptsHaveInkWhereEachWordIs(t *testing.T) {
	fontstest.Need(t, fontstest.Scripts...)
	dir := os.Getenv("LECTERN_PNG_DIR")
	if dir == "" {
		dir = t.TempDir()
	}
	d, err := layouttest.Load("../../testdata/render/scripts.md", "light")
	if err != nil {
		t.Fatal(err)
	}
	for _, n := range []int{1, 2} {
		l, err := layout.LayoutSlide(d.Slide(n), d, layout.Options{})
		if err != nil {
			t.Fatal(err)
		}
		p := l.Page(1)
		img := raster.Draw(p, 1920)
		runs := 0
		for _, op := range p.Ops {
			tx, ok := op.(layout.Text)
			if !ok || (tx.Font < fonts.Embedded && fonts.Simple(tx.Font, tx.Text)) {
				continue
			}
			runs++
			w := fonts.Measure(tx.Font, tx.Size, tx.Text)
			box := image.Rect(int(tx.X), int(tx.Y-0.9*tx.Size), int(math.Ceil(tx.X+w)), int(tx.Y+0.3*tx.Size))
			if got, want := inkIn(img, box), box.Dx()*box.Dy()/40; got < want {
				t.Errorf("slide %d: run %q (%s) at %v has %d inked pixels, want at least %d",
					n, tx.Text, fonts.Name(tx.Font), box, got, want)
			}
		}
		if runs == 0 {
			t.Errorf("slide %d: no run in a fallback face or drawn as a box", n)
		}
		f, err := os.Create(filepath.Join(dir, "scripts-"+string(rune('0'+n))+".png"))
		if err != nil {
			t.Fatal(err)
		}
		if err := png.Encode(f, img); err != nil {
			t.Fatal(err)
		}
		f.Close()
	}
}

// inkIn counts the pixels of r darker than the light theme's background.
func inkIn(img image.Image, r image.Rectangle) int {
	n := 0
	for y := r.Min.Y; y < r.Max.Y; y++ {
		for x := r.Min.X; x < r.Max.X; x++ {
			c := color.GrayModel.Convert(img.At(x, y)).(color.Gray)
			if c.Y < 160 {
				n++
			}
		}
	}
	return n
}
