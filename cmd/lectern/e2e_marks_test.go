package main

import (
	"fmt"
	"image"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// markDeck is a plain deck: white slides, black text, nothing red.
const markDeck = "---\ntitle: Marks\n---\n\n# Pointing at things\n\nA plain slide with some text to point at.\n\n---\n\n# Two\n\nMore text\n"

// startPlaced starts the app on a plain deck with the presenter at 0,0
// (1280x800) and the audience at 1280,0 (640x360), and returns them.
func startPlaced(t *testing.T) (a *app, pres, aud string) {
	display := needX(t)
	path := filepath.Join(t.TempDir(), "marks.md")
	if err := os.WriteFile(path, []byte(markDeck), 0o644); err != nil {
		t.Fatal(err)
	}
	a = startApp(t, display, t.TempDir(), path)
	pres = a.presenterWindow()
	aud = a.windowNamed(func(n string) bool { return strings.HasPrefix(n, "Lectern") && !strings.Contains(n, "Presenter") })
	for i := 0; i < 6; i++ { // Fyne sets its own first size once up: size until it sticks
		time.Sleep(500 * time.Millisecond)
		a.x("xdotool", "windowsize", pres, "1280", "800", "windowmove", pres, "0", "0")
		a.x("xdotool", "windowsize", aud, "640", "360", "windowmove", aud, "1280", "0")
		geo, _ := a.x("xdotool", "getwindowgeometry", pres)
		if strings.Contains(geo, "1280x800") {
			break
		}
	}
	time.Sleep(time.Second)
	a.focus(pres)
	return a, pres, aud
}

// whiteBox is the box of rows and columns inside r that are mostly
// near-white: a light slide's letterbox (menu text or a few white glyphs
// elsewhere do not count).
func whiteBox(img image.Image, r image.Rectangle) image.Rectangle {
	white := func(x, y int) bool {
		cr, cg, cb, _ := img.At(x, y).RGBA()
		return cr > 0xf000 && cg > 0xf000 && cb > 0xf000
	}
	out := image.Rectangle{}
	rows := []int{}
	for y := r.Min.Y; y < r.Max.Y; y++ {
		n := 0
		for x := r.Min.X; x < r.Max.X; x++ {
			if white(x, y) {
				n++
			}
		}
		if n > r.Dx()/2 {
			rows = append(rows, y)
		}
	}
	if len(rows) == 0 {
		return out
	}
	y0, y1 := rows[0], rows[len(rows)-1]+1
	x0, x1 := -1, -1
	for x := r.Min.X; x < r.Max.X; x++ {
		n := 0
		for y := y0; y < y1; y++ {
			if white(x, y) {
				n++
			}
		}
		if n > (y1-y0)/2 {
			if x0 < 0 {
				x0 = x
			}
			x1 = x + 1
		}
	}
	return image.Rect(x0, y0, x1, y1)
}

// redCentre is the centre and count of laser-red pixels inside r.
func redCentre(img image.Image, r image.Rectangle) (x, y float64, n int) {
	for py := r.Min.Y; py < r.Max.Y; py++ {
		for px := r.Min.X; px < r.Max.X; px++ {
			cr, cg, cb, _ := img.At(px, py).RGBA()
			if cr > 0xd000 && cg < 0x5000 && cb < 0x5000 {
				x, y, n = x+float64(px), y+float64(py), n+1
			}
		}
	}
	if n > 0 {
		x, y = x/float64(n), y/float64(n)
	}
	return x, y, n
}

// frac is where (x, y) lies in box b, 0..1 each way.
func frac(b image.Rectangle, x, y float64) (float64, float64) {
	return (x - float64(b.Min.X)) / float64(b.Dx()), (y - float64(b.Min.Y)) / float64(b.Dy())
}

// TestPointerEndToEnd: with the mouse over the presenter's slide and l
// pressed, the audience window shows a red dot at the same place in slide
// coordinates.
func TestPointerEndToEnd(t *testing.T) {
	a, _, aud := startPlaced(t)
	dir := t.TempDir()
	if d := os.Getenv("LECTERN_E2E_SHOTS"); d != "" {
		dir = d
	}
	shot := a.screenshot(filepath.Join(dir, "before.png"), "")
	slide := whiteBox(shot, image.Rect(0, 0, 870, 530)) // the presenter's current slide
	audBox := whiteBox(shot, image.Rect(1280, 0, 1920, 360))
	if slide.Dx() < 300 || audBox.Dx() < 300 {
		t.Fatalf("slides not found: presenter %v, audience %v", slide, audBox)
	}
	t.Logf("presenter slide %v, audience slide %v", slide, audBox)
	if _, _, n := redCentre(shot, audBox); n != 0 {
		t.Fatalf("%d red pixels before the pointer", n)
	}
	for _, want := range [][2]float64{{0.3, 0.4}, {0.75, 0.7}} {
		mx := slide.Min.X + int(want[0]*float64(slide.Dx()))
		my := slide.Min.Y + int(want[1]*float64(slide.Dy()))
		a.x("xdotool", "mousemove", fmt.Sprint(mx), fmt.Sprint(my))
		time.Sleep(300 * time.Millisecond)
		if want == [2]float64{0.3, 0.4} {
			a.key("l")
		}
		time.Sleep(700 * time.Millisecond)
		shot = a.screenshot(filepath.Join(dir, "pointer.png"), "")
		x, y, n := redCentre(shot, audBox)
		if n < 10 {
			t.Fatalf("mouse at %v: %d red pixels on the audience slide", want, n)
		}
		fx, fy := frac(audBox, x, y)
		if d := abs(fx-want[0]) + abs(fy-want[1]); d > 0.03 {
			t.Errorf("mouse at slide %v: audience dot at %.3f,%.3f", want, fx, fy)
		}
	}
	_ = aud
}

func abs(v float64) float64 {
	if v < 0 {
		return -v
	}
	return v
}
