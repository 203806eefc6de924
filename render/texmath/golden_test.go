package texmath_test

import (
	"flag"
	"fmt"
	"image"
	"image/color"
	"image/png"
	"math"
	"os"
	"path/filepath"
	"testing"

	"github.com/lectern-app/lectern/render/layout"
	"github.com/lectern-app/lectern/render/raster"
	"github.com/lectern-app/lectern/render/texmath"
)

var update = flag.Bool("update", false, "rewrite the golden PNGs")

// drawFormula renders display-style tex at 48 slide units on white.
func drawFormula(tex string) (*image.RGBA, *texmath.Formula) {
	const size, pad = 48.0, 16.0
	f := texmath.Layout(tex, 1, true)
	w, h := math.Ceil(f.W*size+2*pad), math.Ceil((f.Ascent+f.Descent)*size+2*pad)
	p := &layout.Page{W: w, H: h, Background: color.RGBA{255, 255, 255, 255},
		Ops: layout.FormulaOps(f, size, pad, pad+f.Ascent*size, color.RGBA{0, 0, 0, 255})}
	return raster.Draw(p, int(w)), f
}

// TestGoldenFormulas draws each formula and compares it with its golden
// PNG: the same size, and at most 0.5% of pixels differing by more than a
// quarter of the range (anti-aliasing and font hinting may move an edge).
func TestGoldenFormulas(t *testing.T) {
	for _, fm := range formulas {
		img, f := drawFormula(fm.tex)
		if len(f.Unsupported) > 0 {
			t.Errorf("%s: unsupported %q", fm.name, f.Unsupported)
		}
		path := filepath.Join("testdata", fm.name+".png")
		if *update {
			if err := writePNG(path, img); err != nil {
				t.Fatal(err)
			}
			continue
		}
		want, err := readPNG(path)
		if err != nil {
			t.Errorf("%s: %v (run with -update to create)", fm.name, err)
			continue
		}
		if d := differ(img, want); d > 0.005 {
			t.Errorf("%s: %.2f%% of pixels differ from %s", fm.name, 100*d, path)
			_ = writePNG(filepath.Join(t.TempDir(), fm.name+".png"), img)
		}
	}
}

func differ(a *image.RGBA, b image.Image) float64 {
	if a.Bounds().Size() != b.Bounds().Size() {
		return 1
	}
	n, bad := 0, 0
	bb := b.Bounds()
	for y := 0; y < bb.Dy(); y++ {
		for x := 0; x < bb.Dx(); x++ {
			r1, g1, b1, _ := a.At(x, y).RGBA()
			r2, g2, b2, _ := b.At(bb.Min.X+x, bb.Min.Y+y).RGBA()
			n++
			if absDiff(r1, r2) > 0x4000 || absDiff(g1, g2) > 0x4000 || absDiff(b1, b2) > 0x4000 {
				bad++
			}
		}
	}
	return float64(bad) / float64(max(n, 1))
}

func absDiff(a, b uint32) uint32 {
	if a > b {
		return a - b
	}
	return b - a
}

func readPNG(path string) (image.Image, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	img, err := png.Decode(f)
	if err != nil {
		return nil, fmt.Errorf("decode %s: %w", path, err)
	}
	return img, nil
}

func writePNG(path string, img image.Image) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	if err := png.Encode(f, img); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}
