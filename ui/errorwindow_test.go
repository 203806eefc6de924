package ui

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/lectern-app/lectern/internal/session"
	"github.com/lectern-app/lectern/internal/talk"
)

// brokenDeck writes a file that is not a deck and returns its open error.
func brokenDeck(t *testing.T) (string, error) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "broken.md")
	if err := os.WriteFile(path, []byte("\x00\x01 not text"), 0o644); err != nil {
		t.Fatal(err)
	}
	_, err := talk.Open(path, Config{}.Source)
	if err == nil {
		t.Fatal("a binary file opened as a deck")
	}
	return path, err
}

// newTestErrorWindow builds the error window the way present does, with try
// starting the real presenter on the test app.
func newTestErrorWindow(t *testing.T, err error) (*errorWindow, *[]error, **presenter) {
	t.Helper()
	t.Setenv(session.EnvDir, t.TempDir())
	a := test.NewTempApp(t)
	var reported []error
	var current *presenter
	try := func(path string) error {
		p, err := startPresenting(a, Config{}, path)
		if err != nil {
			return err
		}
		p.onQuit = func() {}
		t.Cleanup(func() { p.watch.close(); p.ctl.Close() })
		current = p
		return nil
	}
	e := newErrorWindow(a, err, try, func(err error) { reported = append(reported, err) })
	e.quit = func() {} // the test app must outlive a Quit
	e.w.Show()
	return e, &reported, &current
}

// labelsIn returns the text of every label and button in the window.
func labelsIn(w fyne.Window) string {
	var b strings.Builder
	var walk func(fyne.CanvasObject)
	walk = func(o fyne.CanvasObject) {
		switch v := o.(type) {
		case *widget.Label:
			b.WriteString(v.Text + "\n")
		case *widget.Button:
			b.WriteString("[" + v.Text + "]\n")
		case *fyne.Container:
			for _, c := range v.Objects {
				walk(c)
			}
		}
	}
	walk(w.Content())
	return b.String()
}

func TestErrorWindowNamesTheFileAndOffersAWayOn(t *testing.T) {
	path, err := brokenDeck(t)
	e, _, _ := newTestErrorWindow(t, err)
	if e.w.Title() != "Lectern" {
		t.Errorf("title %q, want Lectern", e.w.Title())
	}
	text := labelsIn(e.w)
	for _, want := range []string{
		"Lectern could not open broken.md.",
		path + ": is not a text file; a Markdown deck must be UTF-8 text.",
		"[Open another deck…]", "[Open the demo deck]", "[Quit]",
	} {
		if !strings.Contains(text, want) {
			t.Errorf("error window lacks %q; it says:\n%s", want, text)
		}
	}
}

func TestErrorWindowQuitButtonAndKeysQuit(t *testing.T) {
	_, err := brokenDeck(t)
	e, _, _ := newTestErrorWindow(t, err)
	quits := 0
	e.quit = func() { quits++ }
	test.Tap(e.quitApp)
	typeRune(e.w, 'q')
	press(e.w, fyne.KeyEscape)
	if quits != 3 {
		t.Fatalf("Quit, q and Esc quit %d times, want 3", quits)
	}
}

func TestErrorWindowOpensAGoodDeckChosenInTheOpenDialog(t *testing.T) {
	_, err := brokenDeck(t)
	e, reported, current := newTestErrorWindow(t, err)
	test.Tap(e.openDeck)
	if e.w.Canvas().Overlays().Top() == nil {
		t.Fatal("Open another deck… showed no dialog")
	}
	good := testDeck(t, "talk.md")
	r, err := storage.Reader(storage.NewFileURI(good))
	if err != nil {
		t.Fatal(err)
	}
	deckChosen(e.choose)(r, nil) // what the dialog calls on Open
	p := *current
	if p == nil {
		t.Fatal("choosing talk.md did not start presenting")
	}
	if want := "Lectern · Presenter · Talks that fit · 1/9"; p.window.Title() != want {
		t.Errorf("presenter title %q, want %q", p.window.Title(), want)
	}
	if len(*reported) != 0 {
		t.Errorf("a good deck reported errors: %v", *reported)
	}
	for _, w := range fyne.CurrentApp().Driver().AllWindows() {
		if w == e.w {
			t.Error("the error window is still open after the deck opened")
		}
	}
}

func TestErrorWindowShowsABadChoiceAndStaysOpen(t *testing.T) {
	_, err := brokenDeck(t)
	e, reported, current := newTestErrorWindow(t, err)
	missing := filepath.Join(t.TempDir(), "gone.pdf")
	e.choose(missing)
	if *current != nil {
		t.Fatal("a missing deck started presenting")
	}
	text := labelsIn(e.w)
	if !strings.Contains(text, "Lectern could not open gone.pdf.") || !strings.Contains(text, missing+": no such file.") {
		t.Errorf("error window after a missing deck says:\n%s", text)
	}
	if len(*reported) != 1 || !errors.Is((*reported)[0], os.ErrNotExist) {
		t.Errorf("reported %v, want the missing file's error on stderr too", *reported)
	}
	found := false
	for _, w := range fyne.CurrentApp().Driver().AllWindows() {
		found = found || w == e.w
	}
	if !found {
		t.Error("the error window closed after a bad choice")
	}
}

func TestErrorWindowOpensTheDemoDeck(t *testing.T) {
	t.Setenv("XDG_CACHE_HOME", t.TempDir())
	_, err := brokenDeck(t)
	e, reported, current := newTestErrorWindow(t, err)
	test.Tap(e.openDemo)
	if *current == nil {
		t.Fatalf("Open the demo deck did not start presenting (reported %v)", *reported)
	}
	if n := (*current).ctl.State().NumSlides(); n < 2 {
		t.Errorf("demo deck has %d slides", n)
	}
}
