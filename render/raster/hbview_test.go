package raster_test

import (
	"fmt"
	"image"
	"image/color"
	"image/png"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"github.com/lectern-app/lectern/internal/testtool"
	"github.com/lectern-app/lectern/render/fonts"
	"github.com/lectern-app/lectern/render/fonts/fontstest"
	"github.com/lectern-app/lectern/render/layout"
	"github.com/lectern-app/lectern/render/raster"
)

// hbSize is the text size both renderings use, in pixels per em.
const hbSize = 96

// Devanagari conjuncts and Arabic joining come out as HarfBuzz itself draws
// them: the same string in the same font file at the same size, set by
// fonts.Shape and drawn by the raster, matches hb-view's picture once the
// ink boxes are aligned. The same words drawn character by character (no
// shaping) do not, so the comparison can tell.
func TestShapedTextMatchesHBView(t *testing.T) {
	hbView := testtool.Need(t, "hb-view")
	for _, c := range []struct {
		text string
		rtl  bool
	}{{"नमस्ते", false}, {"مرحبا", true}} {
		t.Run(c.text, func(t *testing.T) {
			fontstest.Need(t, c.text)
			f, _ := fonts.Resolve(fonts.Regular, []rune(c.text)[0])
			dir := pngDir(t)
			fontFile := filepath.Join(t.TempDir(), "face.ttf")
			if err := os.WriteFile(fontFile, fonts.Data(f), 0o644); err != nil {
				t.Fatal(err)
			}
			ref := filepath.Join(dir, "hb-"+fonts.Name(f)+".png")
			cmd := exec.Command(hbView, fmt.Sprintf("--font-size=%d", hbSize), "--margin=32", "-O", "png", "-o", ref, fontFile, c.text)
			if out, err := cmd.CombinedOutput(); err != nil {
				t.Fatalf("hb-view: %v\n%s", err, out)
			}
			want := coverage(t, readPNG(t, ref))

			sh, err := fonts.Shape(f, hbSize, c.text, c.rtl)
			if err != nil {
				t.Fatal(err)
			}
			op := layout.Text{X: 32, Y: 1.5 * hbSize, Size: hbSize, Font: f, Color: color.RGBA{A: 255},
				Text: c.text, Glyphs: sh.Glyphs, RTL: c.rtl}
			got := drawOps(t, filepath.Join(dir, "lectern-"+fonts.Name(f)+".png"), int(sh.Width)+64, 2*hbSize, op)
			if d := maskDiff(got, want); d.boxDelta > 3 || d.share > 0.03 {
				t.Errorf("%s in %s: shaped raster vs hb-view: ink boxes %v vs %v, %.1f%% of the box differs by more than 64",
					c.text, fonts.Name(f), d.gotBox.Size(), d.wantBox.Size(), 100*d.share)
			} else {
				t.Logf("%s in %s: ink boxes %v vs %v, %.2f%% differs", c.text, fonts.Name(f), d.gotBox.Size(), d.wantBox.Size(), 100*d.share)
			}

			op.Glyphs = nominalGlyphs(t, f, op.Size, c.text, c.rtl) // no conjuncts, no joining
			plain := drawOps(t, filepath.Join(dir, "unshaped-"+fonts.Name(f)+".png"), int(sh.Width)+64, 2*hbSize, op)
			if d := maskDiff(plain, want); d.boxDelta <= 3 && d.share <= 0.03 {
				t.Errorf("%s drawn without shaping also matches hb-view (%.1f%%): the comparison cannot tell", c.text, 100*d.share)
			}
		})
	}
}

// pngDir is where the test leaves its pictures: $LECTERN_PNG_DIR to look at them.
func pngDir(t *testing.T) string {
	if dir := os.Getenv("LECTERN_PNG_DIR"); dir != "" {
		return dir
	}
	return t.TempDir()
}

// drawOps rasterises ops on a white w×h page at one pixel per unit and
// saves the picture to path.
func drawOps(t *testing.T, path string, w, h int, ops ...layout.Op) []uint8Row {
	t.Helper()
	p := &layout.Page{W: float64(w), H: float64(h), Background: color.RGBA{255, 255, 255, 255}, Ops: ops}
	img := raster.Draw(p, w)
	writePNG(t, path, img)
	return coverage(t, img)
}

func writePNG(t *testing.T, path string, img image.Image) {
	t.Helper()
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if err := png.Encode(f, img); err != nil {
		t.Fatal(err)
	}
}

func readPNG(t *testing.T, path string) image.Image {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	img, err := png.Decode(f)
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return img
}

type uint8Row []uint8

// coverage is the ink of a black-on-white picture, 0 (paper) to 255 (ink), by row.
func coverage(t *testing.T, img image.Image) []uint8Row {
	t.Helper()
	b := img.Bounds()
	rows := make([]uint8Row, b.Dy())
	for y := range rows {
		rows[y] = make(uint8Row, b.Dx())
		for x := range rows[y] {
			g := color.GrayModel.Convert(img.At(b.Min.X+x, b.Min.Y+y)).(color.Gray)
			rows[y][x] = 255 - g.Y
		}
	}
	return rows
}

// inkBox is the smallest rectangle holding every pixel with coverage over 64.
func inkBox(m []uint8Row) image.Rectangle {
	var r image.Rectangle
	for y, row := range m {
		for x, v := range row {
			if v > 64 {
				r = r.Union(image.Rect(x, y, x+1, y+1))
			}
		}
	}
	return r
}

type diff struct {
	gotBox, wantBox image.Rectangle
	boxDelta        int     // largest difference of the boxes' widths and heights, pixels
	share           float64 // of the larger box's pixels, those whose coverage differs by more than 64
}

// maskDiff aligns the two ink boxes' top-left corners and compares coverage.
func maskDiff(got, want []uint8Row) diff {
	d := diff{gotBox: inkBox(got), wantBox: inkBox(want)}
	gs, ws := d.gotBox.Size(), d.wantBox.Size()
	d.boxDelta = max(abs(gs.X-ws.X), abs(gs.Y-ws.Y))
	w, h := max(gs.X, ws.X), max(gs.Y, ws.Y)
	at := func(m []uint8Row, o image.Point, x, y int) int {
		x, y = x+o.X, y+o.Y
		if y < 0 || y >= len(m) || x < 0 || x >= len(m[y]) {
			return 0
		}
		return int(m[y][x])
	}
	bad := 0
	for y := 0; y < h; y++ {
		for x := 0; x < w; x++ {
			if abs(at(got, d.gotBox.Min, x, y)-at(want, d.wantBox.Min, x, y)) > 64 {
				bad++
			}
		}
	}
	d.share = float64(bad) / math.Max(1, float64(w*h))
	return d
}

func abs(v int) int { return max(v, -v) }

// nominalGlyphs sets text with each character's own glyph from the cmap at
// its advance, as a backend without shaping would (right to left reversed).
func nominalGlyphs(t *testing.T, f fonts.Font, size float64, text string, rtl bool) []fonts.Glyph {
	face, err := fonts.GoText(f)
	if err != nil {
		t.Fatal(err)
	}
	k := size / float64(face.Upem())
	var out []fonts.Glyph
	rs := []rune(text)
	if rtl {
		for i, j := 0, len(rs)-1; i < j; i, j = i+1, j-1 {
			rs[i], rs[j] = rs[j], rs[i]
		}
	}
	x := 0.0
	for _, r := range rs {
		gid, _ := face.NominalGlyph(r)
		adv := float64(face.HorizontalAdvance(gid)) * k
		out = append(out, fonts.Glyph{ID: uint16(gid), X: x, Advance: adv})
		x += adv
	}
	return out
}
