package main

import (
	"image"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestPresentBeamerNotesEndToEnd opens a Beamer deck whose pages carry the
// notes on their right half: the audience window must show the slide half
// only (16:9, not 32:9), and stepping through overlays moves within slide 2.
func TestPresentBeamerNotesEndToEnd(t *testing.T) {
	display := needX(t)
	a := startApp(t, display, t.TempDir(), copyDeck(t, "beamer-notes.pdf"))
	win := a.presenterWindow()
	a.focus(win)
	a.key("Next", "Next")
	title := a.waitTitle("2/7", 10*time.Second)
	if !strings.Contains(title, "Caching at Scale") {
		t.Errorf("presenter title %q does not name the talk", title)
	}
	audience := a.windowNamed(func(name string) bool {
		return strings.HasPrefix(name, "Lectern") && !strings.Contains(name, "Presenter")
	})
	// No window manager: keep the presenter off the audience window, then
	// wait for the slide to be drawn (the first page renders in the background
	// of a busy test run).
	a.x("xdotool", "windowmove", win, "960", "0")
	a.x("xdotool", "windowmove", audience, "0", "0")
	var w, h float64
	deadline := time.Now().Add(20 * time.Second)
	for time.Now().Before(deadline) {
		w, h = slideBox(a.screenshot(filepath.Join(t.TempDir(), "audience.png"), audience))
		if h > 0 {
			break
		}
		// Without a window manager nothing asks the uncovered audience window
		// to repaint: black and back (b b) makes the app draw it again.
		a.key("b", "b")
		time.Sleep(300 * time.Millisecond)
	}
	if h <= 0 || w/h < 1.6 || w/h > 1.95 {
		t.Fatalf("audience shows a %.0fx%.0f picture; want the 16:9 slide half, not the notes", w, h)
	}
}

// slideBox is the size of what is drawn on the black letterbox.
func slideBox(img image.Image) (w, h float64) {
	b := img.Bounds()
	minX, maxX, minY, maxY := b.Max.X, b.Min.X, b.Max.Y, b.Min.Y
	for y := b.Min.Y; y < b.Max.Y; y += 2 {
		for x := b.Min.X; x < b.Max.X; x += 2 {
			r, g, bl, _ := img.At(x, y).RGBA()
			if r+g+bl > 3*0x1000 {
				minX, maxX, minY, maxY = min(minX, x), max(maxX, x), min(minY, y), max(maxY, y)
			}
		}
	}
	if maxX <= minX || maxY <= minY {
		return 0, 0
	}
	return float64(maxX - minX), float64(maxY - minY)
}
