package raster_test

import (
	"image"
	"testing"
	"unicode"

	"github.com/lectern-app/lectern/render/fonts"
	"github.com/lectern-app/lectern/render/fonts/fontstest"
	"github.com/lectern-app/lectern/render/layout"
	"github.com/lectern-app/lectern/render/layout/layouttest"
	"github.com/lectern-app/lectern/render/raster"
)

func benchSlide(b *testing.B, slide, px int) {
	d, err := layouttest.Load(testdata+"talk.md", "light")
	if err != nil {
		b.Fatal(err)
	}
	s := d.Slide(slide)
	b.ReportAllocs()
	for b.Loop() {
		p, err := layout.Layout(s, d, 1, layout.Options{})
		if err != nil {
			b.Fatal(err)
		}
		raster.Draw(p, px)
	}
}

// BenchmarkLayoutDraw1920 lays out and draws a list-and-picture slide at 1920×1080.
func BenchmarkLayoutDraw1920(b *testing.B) { benchSlide(b, 2, 1920) }

// BenchmarkLayoutDrawCode1920 does the same for the highlighted-code slide.
func BenchmarkLayoutDrawCode1920(b *testing.B) { benchSlide(b, 6, 1920) }

// BenchmarkLayoutDrawThumb320 is one overview thumbnail.
func BenchmarkLayoutDrawThumb320(b *testing.B) { benchSlide(b, 2, 320) }

// BenchmarkDrawTo1920 draws a laid-out slide into a reused 1920×1080 image.
func BenchmarkDrawTo1920(b *testing.B) {
	d, err := layouttest.Load(testdata+"talk.md", "light")
	if err != nil {
		b.Fatal(err)
	}
	p, _ := layout.Layout(d.Slide(2), d, 1, layout.Options{})
	dst := image.NewRGBA(image.Rect(0, 0, 1920, 1080))
	b.ReportAllocs()
	for b.Loop() {
		raster.DrawTo(dst, p)
	}
}

// shapeOps fills Glyphs of the page's unshaped runs with fonts.Shape, as the
// layout does once it shapes every run, so the shaped path is what is timed.
func shapeOps(b testing.TB, p *layout.Page) {
	for i, op := range p.Ops {
		if t, ok := op.(layout.Text); ok && t.Glyphs == nil {
			t.RTL = rightToLeft(t.Text)
			sh, err := fonts.Shape(t.Font, t.Size, t.Text, t.RTL)
			if err != nil {
				b.Fatal(err)
			}
			t.Glyphs = sh.Glyphs
			p.Ops[i] = t
		}
	}
}

func rightToLeft(s string) bool {
	for _, r := range s {
		if unicode.In(r, unicode.Arabic, unicode.Hebrew) {
			return true
		}
		if unicode.IsLetter(r) {
			return false
		}
	}
	return false
}

// textHeavyPage is 24 lines of 70 characters at 36 px: about 1,700 shaped glyphs.
func textHeavyPage(b *testing.B) *layout.Page {
	const line = "The quick brown fox jumps over the lazy dog, then checks the timer. 42"
	p := &layout.Page{W: 1920, H: 1080, Background: white}
	for i := range 24 {
		f := fonts.Regular
		if i%5 == 0 {
			f = fonts.Bold
		}
		p.Ops = append(p.Ops, layout.Text{X: 80, Y: 60 + 42*float64(i), Size: 36, Font: f, Color: black, Text: line})
	}
	shapeOps(b, p)
	return p
}

func benchDrawTo(b *testing.B, p *layout.Page) {
	dst := image.NewRGBA(image.Rect(0, 0, 1920, 1080))
	raster.DrawTo(dst, p) // glyphs cached, as from the second frame on
	b.ReportAllocs()
	for b.Loop() {
		raster.DrawTo(dst, p)
	}
}

// BenchmarkDrawShapedText1920 draws a text-heavy shaped slide at 1920×1080.
func BenchmarkDrawShapedText1920(b *testing.B) { benchDrawTo(b, textHeavyPage(b)) }

// BenchmarkDrawUnshapedText1920 is the same slide arriving unshaped (Glyphs
// nil), so the raster shapes each run first (layout.ShapeText).
func BenchmarkDrawUnshapedText1920(b *testing.B) {
	p := textHeavyPage(b)
	for i, op := range p.Ops {
		t := op.(layout.Text)
		t.Glyphs = nil
		p.Ops[i] = t
	}
	benchDrawTo(b, p)
}

// multiScriptPage lays out issue 8's multi-script slide (Devanagari,
// Bengali, Tamil, CJK, Arabic and Hebrew in English, Greek, Cyrillic, emoji,
// math, accents), every run shaped.
func multiScriptPage(b *testing.B) *layout.Page {
	fontstest.Need(b, fontstest.Scripts...)
	d, err := layouttest.Load(testdata+"multiscript.md", "light")
	if err != nil {
		b.Fatal(err)
	}
	l, err := layout.LayoutSlide(d.Slide(1), d, layout.Options{})
	if err != nil {
		b.Fatal(err)
	}
	p := l.Page(1)
	shapeOps(b, p)
	return p
}

// BenchmarkDrawMultiScript1920 draws the multi-script slide at 1920×1080.
func BenchmarkDrawMultiScript1920(b *testing.B) { benchDrawTo(b, multiScriptPage(b)) }

// BenchmarkLayoutDrawMultiScript1920 lays out and draws it, as a slide
// switch with nothing prepared does.
func BenchmarkLayoutDrawMultiScript1920(b *testing.B) {
	multiScriptPage(b) // fonts found and glyphs cached, as after the first slide
	d, err := layouttest.Load(testdata+"multiscript.md", "light")
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		l, err := layout.LayoutSlide(d.Slide(1), d, layout.Options{})
		if err != nil {
			b.Fatal(err)
		}
		p := l.Page(1)
		shapeOps(b, p)
		raster.Draw(p, 1920)
	}
}

// BenchmarkDrawShapedTextCold draws the text-heavy slide with an empty
// glyph cache at a new size each time: the first frame of a new window size.
func BenchmarkDrawShapedTextCold(b *testing.B) {
	p := textHeavyPage(b)
	b.ReportAllocs()
	w := 1900
	for b.Loop() {
		w++ // a new pixel size: nothing cached
		raster.Draw(p, w)
	}
}
