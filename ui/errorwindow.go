package ui

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/widget"

	"github.com/lectern-app/lectern/internal/source"
)

// ReportedError is a start-up error that was already reported (on stderr
// through Config.OnStartError, and in the error window) when the speaker
// quit without presenting: the command only sets its exit code.
type ReportedError struct{ Err error }

func (e *ReportedError) Error() string { return e.Err.Error() }
func (e *ReportedError) Unwrap() error { return e.Err }

// errorWindow is what a start-up error looks like when there is a display:
// Lectern started from a launcher or a file manager has no terminal, so
// the error must be a window or the speaker sees nothing happen.
type errorWindow struct {
	w        fyne.Window
	heading  *widget.Label
	message  *widget.Label
	openDeck *widget.Button
	openDemo *widget.Button
	quitApp  *widget.Button
	folder   string // where "Open another deck…" starts: the failed deck's folder

	try    func(path string) error // starts presenting path, or says why not
	report func(error)             // the same error on stderr
	quit   func()
}

// newErrorWindow builds the window for err (not shown yet). try opens the
// normal presenter windows on a deck; on success the error window closes.
func newErrorWindow(a fyne.App, err error, try func(string) error, report func(error)) *errorWindow {
	e := &errorWindow{w: a.NewWindow("Lectern"), try: try, report: report, quit: a.Quit}
	e.heading = widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	e.heading.Wrapping = fyne.TextWrapWord
	e.message = widget.NewLabel("")
	e.message.Wrapping = fyne.TextWrapWord
	e.openDeck = widget.NewButton("Open another deck…", e.openDialog)
	e.openDeck.Importance = widget.HighImportance
	e.openDemo = widget.NewButton("Open the demo deck", e.chooseDemo)
	e.quitApp = widget.NewButton("Quit", func() { e.quit() })
	buttons := container.NewHBox(e.openDeck, e.openDemo, layout.NewSpacer(), e.quitApp)
	e.w.SetContent(container.NewPadded(container.NewBorder(e.heading, buttons, nil, nil, e.message)))
	e.w.SetCloseIntercept(func() { e.quit() })
	e.w.Canvas().SetOnTypedKey(func(k *fyne.KeyEvent) {
		if k.Name == fyne.KeyEscape && e.w.Canvas().Overlays().Top() == nil {
			e.quit()
		}
	})
	e.w.Canvas().SetOnTypedRune(func(r rune) {
		if (r == 'q' || r == 'Q') && e.w.Canvas().Overlays().Top() == nil {
			e.quit()
		}
	})
	e.w.Resize(fyne.NewSize(640, 260))
	e.show(err)
	return e
}

// show puts err in the window as a heading naming the file and its message.
func (e *errorWindow) show(err error) {
	var se *source.Error
	if errors.As(err, &se) {
		e.heading.SetText(fmt.Sprintf("Lectern could not open %s.", filepath.Base(se.Path)))
		e.folder = filepath.Dir(se.Path)
	} else {
		e.heading.SetText("Lectern could not start the talk.")
	}
	e.message.SetText(sentence(err.Error()) +
		"\n\nOpen another deck, or the demo deck to see how Lectern works.")
}

// sentence makes a one-line error read as a sentence.
func sentence(s string) string {
	if s == "" || s[len(s)-1] == '.' {
		return s
	}
	return s + "."
}

// openDialog is the presenter's File › Open, over this window; the window
// grows first, since the dialog does not fit a small window.
func (e *errorWindow) openDialog() {
	size := e.w.Canvas().Size()
	e.w.Resize(fyne.NewSize(max(size.Width, 900), max(size.Height, 640)))
	folder := e.folder
	if st, err := os.Stat(folder); err != nil || !st.IsDir() {
		folder = ""
	}
	showOpenDeckDialog(e.w, folder, e.choose)
}

func (e *errorWindow) chooseDemo() {
	path, err := DeckOrDemo("")
	if err != nil {
		e.failed(err)
		return
	}
	e.choose(path)
}

// choose presents path, or keeps the window open with the new error.
func (e *errorWindow) choose(path string) {
	if err := e.try(path); err != nil {
		e.failed(err)
		return
	}
	e.w.SetCloseIntercept(nil)
	e.w.Close()
}

func (e *errorWindow) failed(err error) {
	e.report(err)
	e.show(err)
}

// reportTo returns the stderr reporter for start-up errors: the command's
// own when it gave one, else one plain line.
func reportTo(cfg Config) func(error) {
	if cfg.OnStartError != nil {
		return cfg.OnStartError
	}
	return func(err error) { fmt.Fprintf(os.Stderr, "lectern: %v\n", err) }
}
