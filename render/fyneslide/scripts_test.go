package fyneslide_test

import (
	"image/png"
	"os"
	"path/filepath"
	"testing"

	"fyne.io/fyne/v2/test"

	"github.com/lectern-app/lectern/render/fonts"
	"github.com/lectern-app/lectern/render/fonts/fontstest"
	"github.com/lectern-app/lectern/render/layout"
	"github.com/lectern-app/lectern/render/layout/layouttest"
)

// On screen every run of the scripts deck is drawn with the face the layout
// measured it in (FontSource), fallback faces included, and a character no
// font has still leaves ink (Fyne's replacement glyph), never nothing.
func TestScriptsDrawnOnScreen(t *testing.T) {
	fontstest.Need(t, fontstest.Scripts...)
	test.NewTempApp(t)
	d, err := layouttest.Load(testdata+"scripts.md", "light")
	if err != nil {
		t.Fatal(err)
	}
	dir := os.Getenv("LECTERN_PNG_DIR")
	for _, n := range []int{1, 2} {
		p, err := layout.Layout(d.Slide(n), d, 1, layout.Options{})
		if err != nil {
			t.Fatal(err)
		}
		img := capture(t, p, 1920, 1080)
		if dir != "" {
			f, err := os.Create(filepath.Join(dir, "screen-scripts-"+string(rune('0'+n))+".png"))
			if err == nil {
				png.Encode(f, img)
				f.Close()
			}
		}
		for _, op := range p.Ops {
			x, ok := op.(layout.Text)
			if !ok || (x.Font < fonts.Embedded && fonts.Simple(x.Font, x.Text)) {
				continue
			}
			m := fonts.VMetrics(x.Font, x.Size)
			x0, x1 := int(x.X), int(x.X+fonts.Measure(x.Font, x.Size, x.Text))
			y0, y1 := int(x.Y-m.Ascent), int(x.Y+m.Descent)
			ink := 0
			for y := y0; y <= y1; y++ {
				for px := x0; px <= x1; px++ {
					if !same(img.At(px, y), p.Background) {
						ink++
					}
				}
			}
			if area := (x1 - x0 + 1) * (y1 - y0 + 1); ink < area/30 {
				t.Errorf("slide %d: %q (%s): %d of %d pixels inked in its box", n, x.Text, fonts.Name(x.Font), ink, area)
			}
		}
	}
}
