package layout

import (
	"image"
	"image/color"
	"image/draw"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"github.com/lectern-app/lectern/internal/testtool"
)

// onWhite flattens img onto white, as a slide shows a transparent SVG.
func onWhite(img image.Image) *image.RGBA {
	b := img.Bounds()
	out := image.NewRGBA(image.Rect(0, 0, b.Dx(), b.Dy()))
	draw.Draw(out, out.Rect, image.NewUniform(color.White), image.Point{}, draw.Src)
	draw.Draw(out, out.Rect, img, b.Min, draw.Over)
	return out
}

// svgDiff is the share of pixels whose colour differs by more than 48 in
// some channel, and the mean difference per channel (0-255).
func svgDiff(a, b *image.RGBA) (far, mean float64) {
	n, sum, bad := 0, 0, 0
	for y := 0; y < a.Rect.Dy(); y++ {
		for x := 0; x < a.Rect.Dx(); x++ {
			p, q := a.RGBAAt(x, y), b.RGBAAt(x, y)
			worst := 0
			for _, d := range []int{int(p.R) - int(q.R), int(p.G) - int(q.G), int(p.B) - int(q.B)} {
				d = max(d, -d)
				sum += d
				worst = max(worst, d)
			}
			if worst > 48 {
				bad++
			}
			n++
		}
	}
	return float64(bad) / float64(n), float64(sum) / float64(3*n)
}

// An SVG with gradients, <use> (of several <defs> entries, nested, with
// xlink:href) and a <style> sheet draws as librsvg draws it: at most 1.5% of
// pixels far apart (the edges' anti-aliasing) and a mean difference under 3
// of 255. Before the normaliser applied the sheet, its element and class
// rules were lost (black dots, no strokes): 4.9% of pixels far apart, mean 7.0.
func TestSVGMatchesRsvg(t *testing.T) {
	src := "../../testdata/render/svg-features.svg"
	rsvg := testtool.Need(t, "rsvg-convert")
	out := filepath.Join(t.TempDir(), "rsvg.png")
	if b, err := exec.Command(rsvg, "-w", "400", "-h", "300", src, "-o", out).CombinedOutput(); err != nil {
		t.Fatalf("rsvg-convert: %v %s", err, b)
	}
	f, err := os.Open(out)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	want, err := png.Decode(f)
	if err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(src)
	if err != nil {
		t.Fatal(err)
	}
	doc, err := parseSVG(data)
	if err != nil {
		t.Fatal(err)
	}
	got, err := doc.raster(400)
	if err != nil {
		t.Fatal(err)
	}
	if got.Bounds().Size() != want.Bounds().Size() {
		t.Fatalf("sizes %v and %v", got.Bounds(), want.Bounds())
	}
	far, mean := svgDiff(onWhite(got), onWhite(want))
	t.Logf("far apart: %.2f%% of pixels, mean difference %.2f", 100*far, mean)
	if far > 0.015 || mean > 3 {
		t.Errorf("Lectern's drawing differs from rsvg-convert's: %.2f%% of pixels far apart (≤ 1.5%%), mean %.2f (≤ 3)", 100*far, mean)
		if os.Getenv("SVG_DIFF_DIR") != "" {
			for name, img := range map[string]image.Image{"lectern.png": onWhite(got), "rsvg.png": want} {
				w, _ := os.Create(filepath.Join(os.Getenv("SVG_DIFF_DIR"), name))
				_ = png.Encode(w, img)
				w.Close()
			}
		}
	}
}
