package ui

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/lectern-app/lectern/internal/console"
)

// TestCloseMidTalkAsks: the window manager's close mid-talk shows a
// confirm dialog instead of quitting (before, it quit at once); "Quit"
// quits. Before the talk starts it quits at once.
func TestCloseMidTalkAsks(t *testing.T) {
	p, _ := newTestPresenter(t, "talk.md")
	quits := 0
	p.onQuit = func() { quits++ }
	p.closeRequested()
	if quits != 1 || p.confirm != nil {
		t.Fatalf("before the talk: %d quits, dialog %v; want an immediate quit", quits, p.confirm != nil)
	}
	press(p.window, fyne.KeyRight)
	press(p.window, fyne.KeyRight)
	press(p.window, fyne.KeyRight) // slide 2: the clock runs
	p.closeRequested()
	if quits != 1 || p.confirm == nil {
		t.Fatalf("mid-talk: %d quits, dialog %v; want the question and no quit", quits, p.confirm != nil)
	}
	test.Tap(findButton(t, p.window, "Quit"))
	if quits != 2 || p.confirm != nil {
		t.Fatalf("after Quit in the dialog: %d quits", quits)
	}
}

// TestQuitKeyMidTalkAsksOnce: q mid-talk puts the question on the status
// line; the second q quits.
func TestQuitKeyMidTalkAsksOnce(t *testing.T) {
	p, _ := newTestPresenter(t, "talk.md")
	quits := 0
	p.onQuit = func() { quits++ }
	press(p.window, fyne.KeyRight)
	press(p.window, fyne.KeyRight)
	press(p.window, fyne.KeyRight)
	typeRune(p.window, 'q')
	if quits != 0 || p.view.status.Text != console.QuitPrompt {
		t.Fatalf("first q: %d quits, status %q", quits, p.view.status.Text)
	}
	typeRune(p.window, 'q')
	if quits != 1 {
		t.Fatalf("second q: %d quits, want 1", quits)
	}
}

// findButton finds a button by its label in a window or its overlays.
func findButton(t *testing.T, w fyne.Window, label string) *widget.Button {
	t.Helper()
	var found *widget.Button
	var walk func(o fyne.CanvasObject)
	walk = func(o fyne.CanvasObject) {
		if found != nil || o == nil {
			return
		}
		if b, ok := o.(*widget.Button); ok && b.Text == label {
			found = b
			return
		}
		switch c := o.(type) {
		case *fyne.Container:
			for _, ch := range c.Objects {
				walk(ch)
			}
		case fyne.Widget:
			for _, ch := range test.WidgetRenderer(c).Objects() {
				walk(ch)
			}
		}
	}
	for _, o := range w.Canvas().Overlays().List() {
		walk(o)
	}
	walk(w.Content())
	if found == nil {
		t.Fatalf("no %q button", label)
	}
	return found
}
