package raster_test

import (
	"flag"
	"fmt"
	"image"
	"image/color"
	"image/png"
	"os"
	"path/filepath"
	"testing"

	"github.com/lectern-app/lectern/render/fonts"
	"github.com/lectern-app/lectern/render/layout"
	"github.com/lectern-app/lectern/render/layout/layouttest"
	"github.com/lectern-app/lectern/render/raster"
)

var update = flag.Bool("update", false, "rewrite the golden PNGs")

const testdata = "../../testdata/render/"

var (
	white = color.RGBA{255, 255, 255, 255}
	black = color.RGBA{0, 0, 0, 255}
	red   = color.RGBA{220, 0, 0, 255}
)

func page(ops ...layout.Op) *layout.Page {
	return &layout.Page{W: 1920, H: 1080, Background: white, Ops: ops}
}

func at(img *image.RGBA, x, y int) color.RGBA { return img.RGBAAt(x, y) }

func TestDrawSizes(t *testing.T) {
	for _, c := range []struct{ w, h, px, wantH int }{{1920, 1080, 1920, 1080}, {1920, 1080, 320, 180}, {1920, 1440, 400, 300}} {
		p := &layout.Page{W: float64(c.w), H: float64(c.h), Background: red}
		img := raster.Draw(p, c.px)
		if img.Bounds().Dx() != c.px || img.Bounds().Dy() != c.wantH {
			t.Errorf("%dx%d at %d px: got %v", c.w, c.h, c.px, img.Bounds())
		}
		if at(img, c.px/2, c.wantH/2) != red {
			t.Error("background not filled")
		}
	}
}

func TestTextLandsInItsBox(t *testing.T) {
	tx := layout.Text{X: 100, Y: 200, Size: 60, Font: layout.Bold, Color: black, Text: "Hello, hall"}
	img := raster.Draw(page(tx), 1920)
	w := fonts.Measure(tx.Font, tx.Size, tx.Text)
	m := fonts.VMetrics(tx.Font, tx.Size)
	inside, outside := 0, 0
	for y := 0; y < 400; y++ {
		for x := 0; x < 1000; x++ {
			if at(img, x, y).R > 128 {
				continue
			}
			if float64(x) >= tx.X-2 && float64(x) <= tx.X+w+2 && float64(y) >= tx.Y-m.Ascent-2 && float64(y) <= tx.Y+m.Descent+2 {
				inside++
			} else {
				outside++
			}
		}
	}
	if inside < 500 || outside > 0 {
		t.Errorf("dark pixels: %d inside the text box, %d outside", inside, outside)
	}
	// the run ends where Measure says: the last glyph's ink is near X+w
	right := 0
	for x := 0; x < 1000; x++ {
		for y := 140; y < 220; y++ {
			if at(img, x, y).R < 128 {
				right = x
			}
		}
	}
	if float64(right) < tx.X+w-20 || float64(right) > tx.X+w+2 {
		t.Errorf("ink ends at %d, measured end %.0f", right, tx.X+w)
	}
}

func TestShapes(t *testing.T) {
	img := raster.Draw(page(
		layout.Rect{X: 100, Y: 100, W: 200, H: 100, Fill: red, Radius: 30},
		layout.Rect{X: 400, Y: 100, W: 200, H: 100, Stroke: black, StrokeWidth: 6},
		layout.Line{X1: 700, Y1: 150, X2: 900, Y2: 150, Width: 4, Color: black},
	), 1920)
	checks := []struct {
		x, y int
		want color.RGBA
		what string
	}{
		{200, 150, red, "fill centre"},
		{101, 101, white, "rounded corner"},
		{500, 150, white, "stroked rect inside"},
		{400, 150, black, "stroked rect left edge"},
		{500, 100, black, "stroked rect top edge"},
		{800, 150, black, "line"},
		{800, 155, white, "beside the line"},
	}
	for _, c := range checks {
		if got := at(img, c.x, c.y); got != c.want {
			t.Errorf("%s at (%d,%d): %v, want %v", c.what, c.x, c.y, got, c.want)
		}
	}
}

func TestPictureScaledIntoBox(t *testing.T) {
	src := image.NewRGBA(image.Rect(0, 0, 10, 5))
	for i := range src.Pix {
		src.Pix[i] = 255
		if i%4 == 1 || i%4 == 2 {
			src.Pix[i] = 0
		}
	}
	img := raster.Draw(page(layout.Picture{X: 200, Y: 200, W: 400, H: 200, Image: src}), 960)
	if c := at(img, 200, 150); c.R != 255 || c.G != 0 {
		t.Errorf("centre of the picture %v, want red", c)
	}
	if c := at(img, 95, 150); c != white {
		t.Errorf("left of the picture %v, want background", c)
	}
}

// TestGolden compares slides of the test deck with stored PNGs; a few
// percent of pixels may differ (anti-aliasing, resampling).
func TestGolden(t *testing.T) {
	for _, c := range []struct {
		theme string
		slide int
	}{{"light", 1}, {"light", 2}, {"light", 3}, {"dark", 6}, {"light", 8}} {
		name := fmt.Sprintf("talk-%s-%d.png", c.theme, c.slide)
		d, err := layouttest.Load(testdata+"talk.md", c.theme)
		if err != nil {
			t.Fatal(err)
		}
		p, err := layout.Layout(d.Slide(c.slide), d, 1, layout.Options{})
		if err != nil {
			t.Fatal(err)
		}
		img := raster.Draw(p, 960)
		path := filepath.Join(testdata, "golden", name)
		if *update {
			if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
				t.Fatal(err)
			}
			f, err := os.Create(path)
			if err != nil {
				t.Fatal(err)
			}
			if err := png.Encode(f, img); err != nil {
				t.Fatal(err)
			}
			f.Close()
			continue
		}
		f, err := os.Open(path)
		if err != nil {
			t.Fatalf("%v (run with -update to create)", err)
		}
		want, err := png.Decode(f)
		f.Close()
		if err != nil {
			t.Fatal(err)
		}
		if want.Bounds() != img.Bounds() {
			t.Errorf("%s: size %v, want %v", name, img.Bounds(), want.Bounds())
			continue
		}
		diff := 0
		b := img.Bounds()
		for y := b.Min.Y; y < b.Max.Y; y++ {
			for x := b.Min.X; x < b.Max.X; x++ {
				r1, g1, b1, _ := want.At(x, y).RGBA()
				c := img.RGBAAt(x, y)
				if absDiff(r1>>8, c.R) > 48 || absDiff(g1>>8, c.G) > 48 || absDiff(b1>>8, c.B) > 48 {
					diff++
				}
			}
		}
		if frac := float64(diff) / float64(b.Dx()*b.Dy()); frac > 0.02 {
			t.Errorf("%s: %.1f%% of pixels differ from the golden image", name, 100*frac)
		}
	}
}

func absDiff(a uint32, b uint8) uint32 {
	if a > uint32(b) {
		return a - uint32(b)
	}
	return uint32(b) - a
}

func TestDrawIsDeterministicAcrossGoroutines(t *testing.T) {
	d, err := layouttest.Load(testdata+"talk.md", "light")
	if err != nil {
		t.Fatal(err)
	}
	p, _ := layout.Layout(d.Slide(6), d, 1, layout.Options{})
	want := raster.Draw(p, 640)
	done := make(chan *image.RGBA, 4)
	for range 4 {
		go func() { done <- raster.Draw(p, 640) }()
	}
	for range 4 {
		got := <-done
		for i := range got.Pix {
			if got.Pix[i] != want.Pix[i] {
				t.Fatal("concurrent draws differ")
			}
		}
	}
}

func TestDrawToReusesAndMatchesDraw(t *testing.T) {
	d, err := layouttest.Load(testdata+"talk.md", "light")
	if err != nil {
		t.Fatal(err)
	}
	p, _ := layout.Layout(d.Slide(3), d, 1, layout.Options{})
	want := raster.Draw(p, 480)
	if sz := raster.Size(p, 480); sz != want.Bounds().Size() {
		t.Errorf("Size %v, Draw %v", sz, want.Bounds())
	}
	big := image.NewRGBA(image.Rect(0, 0, 600, 400))
	sub := big.SubImage(image.Rect(100, 50, 580, 320)).(*image.RGBA)
	raster.DrawTo(sub, p) // earlier content is painted over
	raster.DrawTo(sub, p)
	for y := 0; y < 270; y++ {
		for x := 0; x < 480; x++ {
			if sub.RGBAAt(100+x, 50+y) != want.RGBAAt(x, y) {
				t.Fatalf("pixel (%d,%d) differs", x, y)
			}
		}
	}
	if big.RGBAAt(50, 20) != (color.RGBA{}) {
		t.Error("DrawTo painted outside its image")
	}
}
