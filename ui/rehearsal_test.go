package ui

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/lectern-app/lectern/internal/rehearse"
	"github.com/lectern-app/lectern/internal/show"
	"github.com/lectern-app/lectern/internal/source"
	"github.com/lectern-app/lectern/internal/talk"
)

type ending struct {
	calls int
	saved bool
	msg   string
}

// newTestRehearsal opens a rehearsal of talk.md and runs it for 3 s on slide 1.
func newTestRehearsal(t *testing.T) (*rehearsal, *ending) {
	t.Helper()
	t.Setenv("XDG_DATA_HOME", t.TempDir())
	a := test.NewTempApp(t)
	a.Settings().SetTheme(newStageTheme())
	d, err := talk.Open(testDeck(t, "talk.md"), source.Options{})
	if err != nil {
		t.Fatal(err)
	}
	src, err := newSlides(d)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(src.close)
	clock := newFakeClock()
	end := &ending{}
	r := newRehearsal(a, d, src, show.DefaultKeymap(), clock.now, func(saved bool, msg string) {
		end.calls++
		end.saved, end.msg = saved, msg
	})
	r.w.Show()
	r.start()
	clock.add(3 * time.Second)
	return r, end
}

// inBottom finds the buttons and the message under the slide.
func inBottom(r *rehearsal) (buttons map[string]*widget.Button, text string) {
	buttons = map[string]*widget.Button{}
	var walk func(o fyne.CanvasObject)
	walk = func(o fyne.CanvasObject) {
		switch w := o.(type) {
		case *widget.Button:
			buttons[w.Text] = w
		case *widget.Label:
			text += w.Text
		case *fyne.Container:
			for _, c := range w.Objects {
				walk(c)
			}
		}
	}
	walk(r.bottom)
	return buttons, text
}

func failingSave(string, rehearse.Run) (rehearse.Saved, error) {
	return rehearse.Saved{}, errors.New("could not save the rehearsal to /ro/talk.lectern.json (read-only file system)")
}

func TestFailedSaveKeepsTheWindowWithRetry(t *testing.T) {
	r, end := newTestRehearsal(t)
	r.save = failingSave
	typeRune(r.w, 'q')
	if end.calls != 0 || r.closed {
		t.Fatalf("the window closed on a failed save: %+v", end)
	}
	buttons, text := inBottom(r)
	if !strings.Contains(text, "read-only file system") || buttons["Retry"] == nil || buttons["Save as…"] == nil {
		t.Fatalf("want the error with Retry and Save as…, got %q and %v", text, buttons)
	}
	typeRune(r.w, 'q') // keys do not throw the run away
	if end.calls != 0 {
		t.Fatal("q closed the window on an unsaved run")
	}
	r.save = rehearse.SaveRun // the folder is writable again
	test.Tap(buttons["Retry"])
	if end.calls != 1 || !end.saved || !strings.Contains(end.msg, "talk.lectern.json") || !r.closed {
		t.Fatalf("after Retry: %+v", end)
	}
	h, _, err := rehearse.LoadRuns(r.d.Path)
	if err != nil || len(h.Runs) != 1 || h.Runs[0].TotalS < 2.9 {
		t.Fatalf("the retried run was not saved: %+v %v", h, err)
	}
}

func TestClosingAfterAFailedSaveSaysTheRunIsLost(t *testing.T) {
	r, end := newTestRehearsal(t)
	r.save = failingSave
	r.closeRequested() // ends the run: the save fails
	if end.calls != 0 {
		t.Fatalf("closed at once: %+v", end)
	}
	r.closeRequested() // closing again throws it away, saying so
	var notSaved *RunNotSavedError
	if end.calls != 1 || end.saved || !strings.Contains(end.msg, "was not saved") ||
		!errors.As(r.notSaved(), &notSaved) {
		t.Fatalf("ending %+v, error %v", end, r.notSaved())
	}
}

func TestSaveAsWritesTheRunWhereChosen(t *testing.T) {
	r, end := newTestRehearsal(t)
	r.save = failingSave
	typeRune(r.w, 'q')
	path := filepath.Join(t.TempDir(), "kept.json")
	r.saveAs(path)
	if end.calls != 1 || !end.saved || !strings.Contains(end.msg, path) || r.notSaved() != nil {
		t.Fatalf("ending %+v", end)
	}
	if b, err := os.ReadFile(path); err != nil || !strings.Contains(string(b), `"total_s": 3`) {
		t.Fatalf("saved file: %s %v", b, err)
	}
}

func TestSavedInTheDataFolderTheWindowSaysWhere(t *testing.T) {
	r, end := newTestRehearsal(t)
	r.save = func(deckPath string, run rehearse.Run) (rehearse.Saved, error) {
		return rehearse.Saved{Path: "/home/u/.local/share/lectern/rehearsals/talk-0a1b.lectern.json",
			Fallback: &os.PathError{Op: "open", Path: "/ro/x", Err: errors.New("permission denied")}}, nil
	}
	typeRune(r.w, 'q')
	buttons, text := inBottom(r)
	if end.calls != 0 || !strings.Contains(text, "talk-0a1b.lectern.json") || !strings.Contains(text, "permission denied") ||
		buttons["Close"] == nil {
		t.Fatalf("window shows %q %v, ending %+v", text, buttons, end)
	}
	typeRune(r.w, 'q')
	if end.calls != 1 || !end.saved || end.msg != text {
		t.Fatalf("ending %+v", end)
	}
}
