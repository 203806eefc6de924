package main

import (
	"fmt"
	"image"
	"image/png"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/lectern-app/lectern/internal/atomicfile"
	"github.com/lectern-app/lectern/internal/source"
	"github.com/lectern-app/lectern/internal/talk"
	"github.com/lectern-app/lectern/render/fonts/fontstest"
	"github.com/lectern-app/lectern/render/layout"
	"github.com/lectern-app/lectern/render/raster"
)

// scriptsSlide is put in as slide 2: text the Go fonts do not cover, which
// the screen must show as the rasteriser draws it, whatever fonts it finds.
const scriptsSlide = `
## नमस्ते · مرحبا بكم · 你好 · Привет

- Hindi नमस्ते दुनिया, Tamil வணக்கம், Hebrew שלום עולם
- Emoji 🐍 🚀 ✅, math ∑ ∫ ≤ →, accents café naïve

---
`

// TestScreenMatchesRasterPNG: the audience window of the real binary shows
// a Markdown slide with exactly the pixels raster.Draw gives it at the
// window's size (what a PNG export writes): the letterboxed slide in a
// screenshot differs from raster.Draw's image by a small mean, and 99% of
// its pixels are within a small tolerance. Slides: a title, many scripts,
// a list with a picture, and issue 8's multi-script deck (Indic, CJK,
// Arabic and Hebrew in English, emoji with a ZWJ sequence, math, combining
// accents); at Fyne scale 1, 1.5 and 2 (HiDPI: the slide is drawn at the
// window's pixels, not its units).
func TestScreenMatchesRasterPNG(t *testing.T) {
	display := needX(t)
	fontstest.Need(t, multiScriptSample...)
	for _, scale := range []string{"1", "1.5", "2"} {
		t.Run("scale"+scale, func(t *testing.T) {
			t.Setenv("FYNE_SCALE", scale) // startApp passes the environment on
			screenMatchesRaster(t, display, scale, talkWithScripts(t), []int{1, 2, 3})
			screenMatchesRaster(t, display, scale, testdataDeck(t, "render/multiscript.md"), []int{1})
		})
	}
}

// talkWithScripts is the sample talk with scriptsSlide put in as slide 2.
func talkWithScripts(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	deckPath := filepath.Join(dir, "talk.md")
	for _, f := range []string{"talk.md", "images/venue.png", "images/chart.png"} {
		b, err := os.ReadFile(filepath.Join("..", "..", "testdata", "decks", f))
		if err != nil {
			t.Fatal(err)
		}
		if f == "talk.md" { // after slide 1's closing ---
			i := strings.Index(string(b), "\n---\n\n## The conference")
			if i < 0 {
				t.Fatal("testdata/decks/talk.md no longer has its second slide where this test puts the scripts slide")
			}
			b = []byte(string(b[:i+5]) + scriptsSlide + string(b[i+5:]))
		}
		os.MkdirAll(filepath.Join(dir, filepath.Dir(f)), 0o755)
		if err := os.WriteFile(filepath.Join(dir, f), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return deckPath
}

func screenMatchesRaster(t *testing.T, display, scale, deckPath string, slides []int) {
	name := strings.TrimSuffix(filepath.Base(deckPath), ".md")
	a := startApp(t, display, t.TempDir(), deckPath)
	defer a.kill() // gone before the next deck's windows open where its were
	pres := a.presenterWindow()
	aud := a.windowNamed(func(n string) bool { return strings.HasPrefix(n, "Lectern") && !strings.Contains(n, "Presenter") })
	for i := 0; i < 6; i++ { // Fyne sets its own first size once up: size until it sticks
		time.Sleep(500 * time.Millisecond)
		a.x("xdotool", "windowsize", aud, "1000", "700", "windowmove", aud, "0", "0")
		a.x("xdotool", "windowsize", pres, "900", "700", "windowmove", pres, "1010", "0")
		if geo, _ := a.x("xdotool", "getwindowgeometry", aud); strings.Contains(geo, "1000x700") {
			break
		}
	}
	a.focus(pres)
	shots := shotsDir(t)
	for _, slide := range slides {
		if slide > 1 {
			a.key("Next")
		}
		time.Sleep(1500 * time.Millisecond)
		shot := a.screenshot(filepath.Join(shots, fmt.Sprintf("screen-%s-scale%s-slide%d.png", name, scale, slide)), aud)
		want := drawSlide(t, deckPath, slide, shot.Bounds())
		savePNG(t, filepath.Join(shots, fmt.Sprintf("raster-%s-scale%s-slide%d.png", name, scale, slide)), want)
		mean, within, at := bestMatch(shot, want)
		t.Logf("%s slide %d: raster %v at %v in a %v screenshot: mean |diff| %.3f, %.2f%% of pixels within 24",
			name, slide, want.Bounds().Size(), at, shot.Bounds().Size(), mean, within*100)
		if mean > 1.5 || within < 0.99 {
			t.Fatalf("%s slide %d on screen differs from raster.Draw: mean |diff| %.3f (want ≤ 1.5), %.2f%% of pixels within 24 (want ≥ 99%%); pictures in %s",
				name, slide, mean, within*100, shots)
		}
	}
}

// drawSlide is the slide as the app lays it out, drawn by raster.Draw at
// the pixel width of its letterbox in a window of size win.
func drawSlide(t *testing.T, path string, n int, win image.Rectangle) *image.RGBA {
	t.Helper()
	d, err := talk.Open(path, source.Options{})
	if err != nil {
		t.Fatal(err)
	}
	laid, err := layout.LayoutSlide(d.Slide(n), d, layout.Options{PixelScale: 2})
	if err != nil {
		t.Fatal(err)
	}
	page := laid.Page(1)
	w := win.Dx()
	if h := float64(w) * page.H / page.W; h > float64(win.Dy()) {
		w = int(float64(win.Dy()) * page.W / page.H)
	}
	return raster.Draw(page, w)
}

// bestMatch places want over shot at every offset near the centre and
// returns the best: the mean absolute channel difference (0..255), the share
// of pixels whose channels all differ by at most 24, and the offset.
func bestMatch(shot image.Image, want *image.RGBA) (mean, within float64, at image.Point) {
	sb, wb := shot.Bounds(), want.Bounds()
	cx, cy := (sb.Dx()-wb.Dx())/2, (sb.Dy()-wb.Dy())/2
	mean = 1e9
	for dy := -2; dy <= 2; dy++ {
		for dx := -2; dx <= 2; dx++ {
			off := image.Pt(sb.Min.X+cx+dx, sb.Min.Y+cy+dy)
			if !wb.Add(off).In(sb) {
				continue
			}
			m, w := compare(shot, want, off)
			if m < mean {
				mean, within, at = m, w, off
			}
		}
	}
	return mean, within, at
}

func compare(shot image.Image, want *image.RGBA, off image.Point) (mean, within float64) {
	var sum, ok, n int
	wb := want.Bounds()
	for y := wb.Min.Y; y < wb.Max.Y; y++ {
		for x := wb.Min.X; x < wb.Max.X; x++ {
			r, g, b, _ := shot.At(x+off.X, y+off.Y).RGBA()
			i := want.PixOffset(x, y)
			worst := 0
			for c, v := range []uint32{r >> 8, g >> 8, b >> 8} {
				d := int(v) - int(want.Pix[i+c])
				if d < 0 {
					d = -d
				}
				sum += d
				worst = max(worst, d)
			}
			if worst <= 24 {
				ok++
			}
			n++
		}
	}
	return float64(sum) / float64(3*n), float64(ok) / float64(n)
}

func savePNG(t *testing.T, path string, img image.Image) {
	t.Helper()
	if err := atomicfile.Write(path, 0o644, func(w io.Writer) error { return png.Encode(w, img) }); err != nil {
		t.Fatal(err)
	}
}
