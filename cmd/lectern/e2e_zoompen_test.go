package main

import (
	"fmt"
	"image"
	"os"
	"path/filepath"
	"testing"
	"time"
)

// shotsDir is where the marks tests keep screenshots: a temp folder, or
// $LECTERN_E2E_SHOTS to look at them (docs/screenshots are made from them).
func shotsDir(t *testing.T) string {
	if d := os.Getenv("LECTERN_E2E_SHOTS"); d != "" {
		return d
	}
	return t.TempDir()
}

// blueBox is the bounding box of the title's dark blue pixels inside r.
func blueBox(img image.Image, r image.Rectangle) image.Rectangle {
	out := image.Rectangle{}
	for y := r.Min.Y; y < r.Max.Y; y++ {
		for x := r.Min.X; x < r.Max.X; x++ {
			cr, cg, cb, _ := img.At(x, y).RGBA()
			if cb > 0x5000 && cb > cr+0x3000 && cb > cg+0x1000 && cr < 0x6000 {
				out = out.Union(image.Rect(x, y, x+1, y+1))
			}
		}
	}
	return out
}

// TestZoomEndToEnd: z with the mouse on the title doubles it on the
// audience window; z again brings the whole slide back.
func TestZoomEndToEnd(t *testing.T) {
	a, _, _ := startPlaced(t)
	dir := shotsDir(t)
	shot := a.screenshot(filepath.Join(dir, "zoom-before.png"), "")
	slide := whiteBox(shot, image.Rect(0, 40, 870, 530))
	audBox := whiteBox(shot, image.Rect(1280, 0, 1920, 360))
	before := blueBox(shot, audBox)
	if before.Dx() < 50 {
		t.Fatalf("no title on the audience slide: %v in %v", before, audBox)
	}
	// The pointer on the title's middle, in slide coordinates.
	tx, ty := frac(audBox, float64(before.Min.X+before.Max.X)/2, float64(before.Min.Y+before.Max.Y)/2)
	a.x("xdotool", "mousemove", fmt.Sprint(slide.Min.X+int(tx*float64(slide.Dx()))), fmt.Sprint(slide.Min.Y+int(ty*float64(slide.Dy()))))
	time.Sleep(300 * time.Millisecond)
	a.key("z")
	time.Sleep(1500 * time.Millisecond)
	shot = a.screenshot(filepath.Join(dir, "zoom.png"), "")
	after := blueBox(shot, audBox)
	rw, rh := float64(after.Dx())/float64(before.Dx()), float64(after.Dy())/float64(before.Dy())
	if rw < 1.85 || rw > 2.15 || rh < 1.85 || rh > 2.15 {
		t.Fatalf("zoomed title %v from %v: %.2f× wide, %.2f× high, want 2×", after, before, rw, rh)
	}
	a.key("z")
	time.Sleep(1200 * time.Millisecond)
	shot = a.screenshot(filepath.Join(dir, "zoom-back.png"), "")
	if back := blueBox(shot, audBox); back.Dx() != before.Dx() {
		t.Fatalf("after z again the title is %v, was %v", back, before)
	}
}

// TestPenEndToEnd: in pen mode a mouse drag on the presenter's slide draws
// a line that shows on the audience window; x clears it.
func TestPenEndToEnd(t *testing.T) {
	a, _, _ := startPlaced(t)
	dir := shotsDir(t)
	shot := a.screenshot(filepath.Join(dir, "pen-before.png"), "")
	slide := whiteBox(shot, image.Rect(0, 40, 870, 530))
	audBox := whiteBox(shot, image.Rect(1280, 0, 1920, 360))
	at := func(fx, fy float64) []string {
		return []string{fmt.Sprint(slide.Min.X + int(fx*float64(slide.Dx()))), fmt.Sprint(slide.Min.Y + int(fy*float64(slide.Dy())))}
	}
	a.key("d")
	a.x(append([]string{"xdotool", "mousemove"}, at(0.2, 0.8)...)...)
	time.Sleep(200 * time.Millisecond)
	a.x("xdotool", "mousedown", "1")
	for i := 1; i <= 12; i++ {
		f := float64(i) / 12
		a.x(append([]string{"xdotool", "mousemove"}, at(0.2+0.6*f, 0.8-0.1*f)...)...)
		time.Sleep(40 * time.Millisecond)
	}
	a.x("xdotool", "mouseup", "1")
	a.x(append([]string{"xdotool", "mousemove"}, at(0.5, 0.95)...)...)
	time.Sleep(1200 * time.Millisecond)
	shot = a.screenshot(filepath.Join(dir, "pen.png"), "")
	x, y, n := redCentre(shot, audBox)
	if n < 100 {
		t.Fatalf("%d pen pixels on the audience slide", n)
	}
	if fx, fy := frac(audBox, x, y); abs(fx-0.5) > 0.05 || abs(fy-0.75) > 0.05 {
		t.Errorf("the stroke's middle is at %.2f,%.2f on the audience slide, want 0.5,0.75", fx, fy)
	}
	a.key("x")
	time.Sleep(800 * time.Millisecond)
	shot = a.screenshot(filepath.Join(dir, "pen-cleared.png"), "")
	if _, _, n := redCentre(shot, audBox); n != 0 {
		t.Fatalf("%d pen pixels after x", n)
	}
}
