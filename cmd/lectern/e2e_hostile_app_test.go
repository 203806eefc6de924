package main

import (
	"path/filepath"
	"testing"
	"time"
)

// TestPresentHostileDeckEndToEnd presents the hostile deck in the real app:
// before, an image that was /dev/zero or a FIFO hung the window. Every
// slide must come up in turn, with placeholders where the pictures were.
func TestPresentHostileDeckEndToEnd(t *testing.T) {
	display := needX(t)
	deckPath, _ := hostileDeck(t)
	a := startApp(t, display, t.TempDir(), deckPath)
	win := a.presenterWindow()
	a.focus(win)
	a.waitTitle("1/8", 20*time.Second)
	for _, want := range []string{"2/8", "3/8", "4/8", "5/8", "6/8", "7/8", "8/8"} {
		a.key("Next")
		a.waitTitle(want, 10*time.Second)
	}
	time.Sleep(time.Second)
	shot := a.screenshot(filepath.Join(t.TempDir(), "hostile.png"), "")
	if n := distinctColours(shot); n < 20 {
		t.Fatalf("screenshot has %d colours: the windows look blank", n)
	}
	if a.cmd.ProcessState != nil {
		t.Fatalf("the app ended: %s", a.out)
	}
}
