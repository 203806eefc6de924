package ui

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/storage"
)

// chooseInOpenDialog answers File › Open's dialog with path, as the dialog
// does when the speaker picks a file.
func chooseInOpenDialog(t *testing.T, p *presenter, path string) {
	t.Helper()
	r, err := storage.Reader(storage.NewFileURI(path))
	if err != nil {
		t.Fatal(err)
	}
	deckChosen(p.open)(r, nil)
}

// TestOpeningABrokenDeckKeepsTheOldDeckOnScreen: File › Open of a file that
// is not a deck shows the error and changes nothing: the same deck, slide
// and render source on both windows, and the clock keeps running.
func TestOpeningABrokenDeckKeepsTheOldDeckOnScreen(t *testing.T) {
	p, clock := newTestPresenter(t, "talk.md")
	press(p.window, fyne.KeyPageDown)
	press(p.window, fyne.KeyPageDown)
	clock.add(30 * time.Second)
	p.tick()
	src, title := p.src(), p.window.Title()
	broken, _ := brokenDeck(t)
	chooseInOpenDialog(t, p, broken)
	if p.window.Canvas().Overlays().Top() == nil {
		t.Fatal("no error dialog over the presenter window")
	}
	if p.src() != src || p.audienceView.src != src || p.view.current.src != src || p.audienceView.n != 3 {
		t.Fatalf("the views changed: audience on slide %d", p.audienceView.n)
	}
	last := p.view.clock.Text
	for i := 0; i < 40; i++ { // 10 s of 250 ms ticks
		clock.add(250 * time.Millisecond)
		p.tick()
		if p.window.Title() != title {
			t.Fatalf("tick %d: title %q, want %q", i, p.window.Title(), title)
		}
	}
	if p.view.clock.Text == last || p.view.clock.Text != "29:20" {
		t.Fatalf("clock %q after 10 s more (was %q), want 29:20 and running", p.view.clock.Text, last)
	}
	press(p.window, fyne.KeyPageDown)
	if !strings.HasSuffix(p.window.Title(), "· 4/9") {
		t.Fatalf("keys after the failed open: title %q", p.window.Title())
	}
}

// TestOpeningAnotherDeckSwitchesBothWindows: a good deck replaces the talk.
func TestOpeningAnotherDeckSwitchesBothWindows(t *testing.T) {
	p, _ := newTestPresenter(t, "talk.md")
	old := p.src()
	press(p.window, fyne.KeyPageDown)
	chooseInOpenDialog(t, p, testDeck(t, "talk.pdf"))
	t.Cleanup(func() { p.watch.close() })
	if p.src() == old || p.audienceView.src != p.src() || !p.src().isPDF() {
		t.Fatal("the windows do not draw the new deck")
	}
	if !strings.HasSuffix(p.window.Title(), fmt.Sprintf(" · 1/%d", p.ctl.State().NumSlides())) || p.view.clock.Text == "" {
		t.Fatalf("title %q clock %q", p.window.Title(), p.view.clock.Text)
	}
}
