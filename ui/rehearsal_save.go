package ui

import (
	"fmt"
	"path/filepath"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"github.com/lectern-app/lectern/internal/rehearse"
)

// RunNotSavedError is what Rehearse returns when the window was closed on a
// run that could not be saved anywhere.
type RunNotSavedError struct {
	Deck string
	Err  error
}

func (e *RunNotSavedError) Error() string {
	return fmt.Sprintf("the rehearsal of %s was not saved: %v", e.Deck, e.Err)
}

func (e *RunNotSavedError) Unwrap() error { return e.Err }

// finish ends the run and saves it unless it is discarded.
func (r *rehearsal) finish(keep bool) {
	if r.done {
		return
	}
	r.done = true
	r.run = r.rec.Finish(r.now())
	if !keep {
		r.end(false, "Rehearsal discarded.")
		return
	}
	r.retry()
}

// retry saves the ended run beside the deck, or in the data folder when the
// deck's folder cannot be written. Beside the deck, the window closes; in the
// data folder, it stays to say where; nowhere, it stays with the error, Retry
// and Save as…, so the run is never lost by accident.
func (r *rehearsal) retry() {
	saved, err := r.save(r.d.Path, r.run)
	if err != nil {
		r.saveErr = err
		r.showOutcome("Could not save the rehearsal: "+err.Error()+
			" Retry, save it elsewhere, or close this window to throw the run away.", true)
		return
	}
	r.saveErr = nil
	msg := saved.Describe(r.d.Path, r.run)
	if saved.Fallback == nil {
		r.end(true, msg)
		return
	}
	r.held = msg
	r.showOutcome(msg, false)
}

// saveAs adds the run to a history file the user chose.
func (r *rehearsal) saveAs(path string) {
	if _, err := rehearse.SaveRunTo(path, r.run); err != nil {
		r.saveErr = err
		r.showOutcome("Could not save the rehearsal: "+err.Error()+
			" Retry, save it elsewhere, or close this window to throw the run away.", true)
		return
	}
	r.saveErr = nil
	r.end(true, fmt.Sprintf("Rehearsal saved to %s: %s in all. Lectern reads runs beside the deck (%s); move the file there to count it.",
		path, rehearse.FormatClock(r.run.Total()), filepath.Base(rehearse.FilePath(r.d.Path))))
}

func (r *rehearsal) askSaveAs() {
	d := dialog.NewFileSave(func(w fyne.URIWriteCloser, err error) {
		if err != nil {
			r.showOutcome("Could not save the rehearsal: "+err.Error(), true)
			return
		}
		if w == nil {
			return // cancelled; the error and buttons stay
		}
		uri := w.URI()
		w.Close() // the history is written atomically by path, not through Fyne's writer
		if uri.Scheme() != "file" {
			r.showOutcome("Could not save the rehearsal: "+uri.String()+" is not a local file.", true)
			return
		}
		r.saveAs(uri.Path())
	}, r.w)
	d.SetFileName(filepath.Base(rehearse.FilePath(r.d.Path)))
	d.Resize(fyne.NewSize(900, 600))
	d.Show()
}

// showOutcome replaces the status line by what happened to the run: an error
// with Retry and Save as…, or where it was saved with Close.
func (r *rehearsal) showOutcome(msg string, failed bool) {
	label := widget.NewLabel(msg)
	label.Wrapping = fyne.TextWrapWord
	var buttons []fyne.CanvasObject
	if failed {
		label.Importance = widget.DangerImportance
		buttons = append(buttons, widget.NewButton("Retry", r.retry), widget.NewButton("Save as…", r.askSaveAs))
	} else {
		buttons = append(buttons, widget.NewButton("Close", func() { r.end(true, r.held) }))
	}
	r.bottom.Objects = []fyne.CanvasObject{container.NewPadded(
		container.NewBorder(nil, nil, nil, container.NewHBox(buttons...), label))}
	r.bottom.Refresh()
	r.w.SetTitle("Lectern · Rehearsal ended · " + r.d.Meta.Title)
}

// endedKey handles keys once the run has ended: q, Escape or Return close a
// window that only says where the run was saved.
func (r *rehearsal) endedKey(name string) {
	switch name {
	case "q", "Q", "Escape", "Return", "Enter":
		if r.held != "" && r.saveErr == nil {
			r.end(true, r.held)
		}
	}
}

// closeRequested is the window's close button: during the run it ends and
// saves the run; after a failed save it throws the run away, saying so.
func (r *rehearsal) closeRequested() {
	switch {
	case !r.done:
		r.finish(true)
	case r.saveErr != nil:
		r.end(false, (&RunNotSavedError{Deck: filepath.Base(r.d.Path), Err: r.saveErr}).Error())
	default:
		r.end(true, r.held)
	}
}

// end closes the window and reports once what happened to the run.
func (r *rehearsal) end(saved bool, msg string) {
	if r.closed {
		return
	}
	r.closed = true
	r.w.Close()
	if r.onDone != nil {
		r.onDone(saved, msg)
	}
}

// notSaved is the error for a window closed on an unsaved run, or nil.
func (r *rehearsal) notSaved() error {
	if r.closed && r.saveErr != nil {
		return &RunNotSavedError{Deck: r.d.Path, Err: r.saveErr}
	}
	return nil
}
