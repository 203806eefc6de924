package raster_test

import (
	"image"
	"image/color"
	"math"
	"path/filepath"
	"strings"
	"testing"

	"github.com/lectern-app/lectern/render/fonts"
	"github.com/lectern-app/lectern/render/fonts/fontstest"
	"github.com/lectern-app/lectern/render/layout"
	"github.com/lectern-app/lectern/render/layout/layouttest"
	"github.com/lectern-app/lectern/render/raster"
)

// The PNG of issue 8's multi-script slide has ink where each word is: every
// space-separated word of every run, boxed by the glyphs whose clusters
// fall in it (so a right-to-left word is found where it was drawn).
func TestMultiScriptInkWhereEachWordIs(t *testing.T) {
	fontstest.Need(t, "नमस्ते", "নমস্কার", "வணக்கம்", "你好", "こんにちは", "안녕하세요", "مرحبا", "שלום", "∑∫≤→", "🐍🚀✅")
	d, err := layouttest.Load(testdata+"multiscript.md", "light")
	if err != nil {
		t.Fatal(err)
	}
	l, err := layout.LayoutSlide(d.Slide(1), d, layout.Options{})
	if err != nil {
		t.Fatal(err)
	}
	p := l.Page(1)
	shapeOps(t, p)
	img := raster.Draw(p, 1920)
	writePNG(t, filepath.Join(pngDir(t), "multiscript.png"), img)
	words := 0
	for _, op := range p.Ops {
		tx, ok := op.(layout.Text)
		if !ok {
			continue
		}
		for _, w := range wordBoxes(tx) {
			words++
			if got, want := inkOver(img, w.box, p.Background), w.box.Dx()*w.box.Dy()/40; got < want {
				t.Errorf("%q (%s) at %v has %d inked pixels, want at least %d", w.text, fonts.Name(tx.Font), w.box, got, want)
			}
		}
	}
	if words < 40 {
		t.Errorf("found %d words on the slide, want the whole slide's", words)
	}
}

type wordBox struct {
	text string
	box  image.Rectangle
}

// wordBoxes boxes each word of a shaped run at one pixel per slide unit.
func wordBoxes(tx layout.Text) []wordBox {
	var out []wordBox
	start := 0
	for _, w := range strings.SplitAfter(tx.Text, " ") {
		end := start + len(w)
		word := strings.TrimSpace(w)
		lo, hi := math.Inf(1), math.Inf(-1)
		for _, g := range tx.Glyphs {
			if g.Cluster >= start && g.Cluster < end && g.Cluster < start+len(word) {
				lo, hi = min(lo, g.X), max(hi, g.X+g.Advance)
			}
		}
		start = end
		if word == "" || math.IsInf(lo, 1) || strings.Trim(word, "()") == "" {
			continue
		}
		out = append(out, wordBox{word, image.Rect(int(tx.X+lo), int(tx.Y-0.8*tx.Size), int(math.Ceil(tx.X+hi)), int(tx.Y+0.25*tx.Size))})
	}
	return out
}

// inkOver counts the pixels of r that differ clearly from the background.
func inkOver(img *image.RGBA, r image.Rectangle, bg color.RGBA) int {
	n := 0
	for y := r.Min.Y; y < r.Max.Y; y++ {
		for x := r.Min.X; x < r.Max.X; x++ {
			c := img.RGBAAt(x, y)
			d := absDiff(uint32(c.R), bg.R) + absDiff(uint32(c.G), bg.G) + absDiff(uint32(c.B), bg.B)
			if d > 120 {
				n++
			}
		}
	}
	return n
}
