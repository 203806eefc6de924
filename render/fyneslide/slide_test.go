package fyneslide_test

import (
	"fmt"
	"image"
	"image/color"
	"image/png"
	"os"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/lectern-app/lectern/render/fonts"
	"github.com/lectern-app/lectern/render/fyneslide"
	"github.com/lectern-app/lectern/render/layout"
	"github.com/lectern-app/lectern/render/layout/layouttest"
	"github.com/lectern-app/lectern/render/raster"
)

const testdata = "../../testdata/render/"

func page(t *testing.T, slide int, theme string) *layout.Page {
	t.Helper()
	d, err := layouttest.Load(testdata+"talk.md", theme)
	if err != nil {
		t.Fatal(err)
	}
	p, err := layout.Layout(d.Slide(slide), d, 1, layout.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return p
}

func capture(t *testing.T, p *layout.Page, w, h float32) image.Image {
	t.Helper()
	win := test.NewTempWindow(t, fyneslide.New(p))
	win.SetPadded(false)
	win.Resize(fyne.NewSize(w, h))
	return win.Canvas().Capture()
}

func same(a, b color.Color) bool {
	r1, g1, b1, _ := a.RGBA()
	r2, g2, b2, _ := b.RGBA()
	d := func(x, y uint32) bool { return x>>8 <= y>>8+24 && y>>8 <= x>>8+24 }
	return d(r1, r2) && d(g1, g2) && d(b1, b2)
}

func TestTextIsDrawnWhereLaidOut(t *testing.T) {
	test.NewTempApp(t)
	p := page(t, 1, "light")
	img := capture(t, p, 960, 540)
	if b := img.Bounds(); b.Dx() != 960 || b.Dy() != 540 {
		t.Fatalf("capture %v", b)
	}
	k := 960 / p.W
	for _, op := range p.Ops {
		x, ok := op.(layout.Text)
		if !ok {
			continue
		}
		m := fonts.VMetrics(x.Font, x.Size)
		x0, x1 := int(x.X*k), int((x.X+fonts.Measure(x.Font, x.Size, x.Text))*k)
		y0, y1 := int((x.Y-m.Ascent)*k), int((x.Y+m.Descent)*k)
		ink := 0
		for y := y0; y <= y1; y++ {
			for px := x0; px <= x1; px++ {
				if !same(img.At(px, y), p.Background) {
					ink++
				}
			}
		}
		if area := (x1 - x0 + 1) * (y1 - y0 + 1); ink < area/20 {
			t.Errorf("%q: %d of %d pixels inked in its box", x.Text, ink, area)
		}
	}
	// outside every op there is only background
	if c := img.At(20, 20); !same(c, p.Background) {
		t.Errorf("corner %v, want background %v", c, p.Background)
	}
}

// TestMatchesRaster: the Fyne drawing and the raster backend agree on where
// everything is, up to anti-aliasing and font hinting.
func TestMatchesRaster(t *testing.T) {
	test.NewTempApp(t)
	for _, c := range []struct {
		slide int
		theme string
	}{{2, "light"}, {3, "light"}, {6, "dark"}} {
		p := page(t, c.slide, c.theme)
		got := capture(t, p, 960, 540)
		want := raster.Draw(p, 960)
		diff := 0
		for y := 0; y < 540; y++ {
			for x := 0; x < 960; x++ {
				if !same(got.At(x, y), want.At(x, y)) {
					diff++
				}
			}
		}
		frac := float64(diff) / (960 * 540)
		t.Logf("slide %d: %.2f%% of pixels differ", c.slide, 100*frac)
		if frac > 0.04 {
			t.Errorf("slide %d %s: %.1f%% of pixels differ from the raster backend", c.slide, c.theme, 100*frac)
			if dir := os.Getenv("LECTERN_PNG_DIR"); dir != "" {
				f, _ := os.Create(fmt.Sprintf("%s/fyne-%s-%d.png", dir, c.theme, c.slide))
				png.Encode(f, got)
				f.Close()
			}
		}
	}
}

func TestLetterbox(t *testing.T) {
	test.NewTempApp(t)
	p := page(t, 2, "light")
	img := capture(t, p, 1200, 540) // wider than 16:9: bars left and right
	black := color.Black
	if !same(img.At(10, 270), black) || !same(img.At(1190, 270), black) {
		t.Errorf("no black bars at the sides: %v %v", img.At(10, 270), img.At(1190, 270))
	}
	if !same(img.At(130, 5), p.Background) {
		t.Errorf("page corner %v, want the page background", img.At(130, 5))
	}
	k, off := fyneslide.Letterbox(1920, 1080, fyne.NewSize(1200, 540))
	if k != 0.5 || off.X != 120 || off.Y != 0 {
		t.Errorf("letterbox %v %v", k, off)
	}
	k, off = fyneslide.Letterbox(1920, 1080, fyne.NewSize(960, 800)) // taller: bars top and bottom
	if k != 0.5 || off.X != 0 || off.Y != 130 {
		t.Errorf("letterbox %v %v", k, off)
	}
}

func TestSetPageSwitches(t *testing.T) {
	test.NewTempApp(t)
	light, dark := page(t, 2, "light"), page(t, 2, "dark")
	s := fyneslide.New(light)
	win := test.NewTempWindow(t, s)
	win.SetPadded(false)
	win.Resize(fyne.NewSize(480, 270))
	if c := win.Canvas().Capture().At(5, 5); !same(c, light.Background) {
		t.Fatalf("light page corner %v", c)
	}
	s.SetPage(dark)
	if c := win.Canvas().Capture().At(5, 5); !same(c, dark.Background) {
		t.Errorf("after SetPage, corner %v, want %v", c, dark.Background)
	}
	if s.Page() != dark {
		t.Error("Page() does not return the page set")
	}
	s.SetPage(nil)
	if c := win.Canvas().Capture().At(240, 135); !same(c, color.Black) {
		t.Errorf("no page: %v, want black", c)
	}
}
