package layout

import (
	"fmt"
	"image"
	"math"
	"os"
	"path/filepath"
	"sync"
	"sync/atomic"
	"testing"

	"github.com/lectern-app/lectern/internal/deck"
)

// chartDeck writes a chart SVG and a slide showing it into a temp folder.
func chartDeck(t testing.TB) (*deck.Deck, string) {
	dir := t.TempDir()
	svg := filepath.Join(dir, "chart.svg")
	if err := os.WriteFile(svg, chartSVG(12), 0o644); err != nil {
		t.Fatal(err)
	}
	body := "## Revenue by quarter\n\n- up in Q2\n- flat since\n\n![Revenue](chart.svg)"
	d := &deck.Deck{Path: filepath.Join(dir, "deck.md"), Meta: deck.Meta{Aspect: 16.0 / 9}}
	d.Slides = []deck.Slide{{Number: 1, Body: body, Steps: 1}}
	return d, svg
}

func pictures(p *Page) []Picture {
	var out []Picture
	for _, op := range p.Ops {
		if pic, ok := op.(Picture); ok {
			out = append(out, pic)
		}
	}
	return out
}

func TestSVGSideLadder(t *testing.T) {
	doc := &svgDoc{w: 800, h: 450}
	cases := []struct {
		w, h float64
		want int
	}{
		{0, 0, 2048}, {972, 547, 1024}, {1024, 576, 1024}, {1025, 900, 1448},
		{338, 190, 362}, {10, 10, 64}, {5000, 5000, 2048}, {800, 100, 181},
	}
	for _, c := range cases {
		if got := doc.side(c.w, c.h); got != c.want {
			t.Errorf("side(%g, %g) = %d, want %d", c.w, c.h, got, c.want)
		}
	}
}

// TestSVGDrawnAtBoxSize: an SVG picture's pixels are at least as large as
// its box (at PixelScale) and at most √2 larger, and the op names the file
// only as its Source.
func TestSVGDrawnAtBoxSize(t *testing.T) {
	d, svg := chartDeck(t)
	for _, scale := range []float64{0, 1, 2} {
		l, err := LayoutSlide(&d.Slides[0], d, Options{PixelScale: scale})
		if err != nil {
			t.Fatal(err)
		}
		pics := pictures(l.Page(1))
		if len(pics) != 1 {
			t.Fatalf("%d pictures, want 1", len(pics))
		}
		p := pics[0]
		iw, need := float64(p.Image.Bounds().Dx()), min(p.W*max(scale, 1), svgMaxSide)
		if iw < need-1 || iw > need*math.Sqrt2+1 {
			t.Errorf("scale %g: box %.0f wide, raster %.0f", scale, p.W, iw)
		}
		if p.Path != "" || p.Source != svg {
			t.Errorf("path %q source %q, want \"\" and %s", p.Path, p.Source, svg)
		}
		if a := iw / float64(p.Image.Bounds().Dy()); math.Abs(a-800.0/450) > 0.01 {
			t.Errorf("raster aspect %.3f", a)
		}
	}
	// LoadImage keeps its meaning: the full-size raster
	img, err := LoadImage(svg)
	if err != nil || max(img.Bounds().Dx(), img.Bounds().Dy()) != svgMaxSide {
		t.Errorf("LoadImage: %v %v", img.Bounds(), err)
	}
	a, _ := LoadImageAt(svg, 500, 300)
	b, _ := LoadImageAt(svg, 480, 290)
	if a != b || a.Bounds().Dx() != 512 {
		t.Errorf("nearby boxes should share one 512-px raster: %v %v", a.Bounds(), b.Bounds())
	}
}

// TestSVGBackgroundCover: an SVG background covers the page from a raster
// of the page's size, cut to the page's aspect.
func TestSVGBackgroundCover(t *testing.T) {
	d, _ := chartDeck(t)
	d.Slides[0].Body = "![bg](chart.svg)\n\n# Title"
	d.Meta.Aspect = 4.0 / 3
	l, err := LayoutSlide(&d.Slides[0], d, Options{})
	if err != nil {
		t.Fatal(err)
	}
	p := l.Page(1)
	bg := pictures(p)[0]
	r := bg.Image.Bounds()
	need := min(p.H, svgMaxSide*450/800) // the raster's height, capped
	if bg.W != p.W || bg.H != p.H || math.Abs(float64(r.Dx())/float64(r.Dy())-p.W/p.H) > 0.01 || float64(r.Dy()) < need-1 {
		t.Errorf("background %+v from a %v raster on a %gx%g page", bg, r, p.W, p.H)
	}
}

// TestImageCacheBounded: the cache drops the least recently used entries
// to stay under its byte bound.
func TestImageCacheBounded(t *testing.T) {
	c := newImageCache(1000)
	st, err := os.Stat(".")
	if err != nil {
		t.Fatal(err)
	}
	for i := range 20 {
		img := image.NewRGBA(image.Rect(0, 0, 5, 5)) // 100 bytes + 64
		if _, err := c.get(fmt.Sprint(i), st, func() (any, int64, error) { return img, 100, nil }); err != nil {
			t.Fatal(err)
		}
	}
	if c.used > c.max || c.order.Len() != 6 || len(c.byKey) != 6 {
		t.Errorf("used %d of %d with %d entries", c.used, c.max, c.order.Len())
	}
	if _, ok := c.byKey["19"]; !ok {
		t.Error("the newest entry was evicted")
	}
}

// TestImageCacheDecodesOnce: goroutines asking for the same key at once
// share one decode.
func TestImageCacheDecodesOnce(t *testing.T) {
	c := newImageCache(1 << 20)
	st, _ := os.Stat(".")
	var calls atomic.Int32
	release := make(chan struct{})
	var wg sync.WaitGroup
	for range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			v, err := c.get("k", st, func() (any, int64, error) {
				calls.Add(1)
				<-release
				return "pixels", 10, nil
			})
			if v != "pixels" || err != nil {
				t.Error(v, err)
			}
		}()
	}
	close(release)
	wg.Wait()
	if n := calls.Load(); n != 1 {
		t.Errorf("decoded %d times", n)
	}
}

// BenchmarkLayoutSVGChart lays out a slide with a 12-bar SVG chart from a
// cold image cache, as the first export or showing of a deck does.
func BenchmarkLayoutSVGChart(b *testing.B) {
	d, _ := chartDeck(b)
	b.ReportAllocs()
	for b.Loop() {
		ClearImageCache()
		if _, err := LayoutSlide(&d.Slides[0], d, Options{}); err != nil {
			b.Fatal(err)
		}
	}
}
