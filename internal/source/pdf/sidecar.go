package pdf

import (
	"errors"
	"fmt"
	"io/fs"
	"path/filepath"
	"strings"
	"time"

	"github.com/lectern-app/lectern/internal/deck"
	"github.com/lectern-app/lectern/internal/source/pdfpc"
)

// SidecarPath is where pdfpc keeps notes for the PDF at path: the same
// name with the extension .pdfpc.
func SidecarPath(path string) string {
	return strings.TrimSuffix(path, filepath.Ext(path)) + ".pdfpc"
}

// readSidecar reads the deck's pdfpc file when there is one. A file that
// cannot be read is a warning on the deck, never a failed load.
func readSidecar(d *deck.Deck) *pdfpc.File {
	if d.Path == "" {
		return nil
	}
	p := SidecarPath(d.Path)
	f, err := pdfpc.Read(p)
	if errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	if err != nil {
		d.AddProblem(0, deck.Warning, "sidecar", fmt.Sprintf(
			"The notes file %s could not be read, so the deck is shown without its notes and timings: %s.",
			filepath.Base(p), strings.TrimPrefix(err.Error(), "read "+p+": ")))
		return nil
	}
	d.Sidecar = p
	return f
}

// applySidecarMeta takes the talk's duration, warning time and end time.
func applySidecarMeta(d *deck.Deck, f *pdfpc.File) {
	name := filepath.Base(d.Sidecar)
	for _, msg := range f.Refused {
		d.AddProblem(0, deck.Warning, "duration", fmt.Sprintf("%s: %s.", name, msg))
	}
	if f.Duration > 0 {
		d.Meta.Duration = f.Duration
	}
	if f.LastMinutes > 0 {
		d.Meta.Warn = time.Duration(f.LastMinutes) * time.Minute
	}
	if f.EndTime != "" {
		end, err := deck.ParseClock(f.EndTime)
		if err != nil {
			d.AddProblem(0, deck.Warning, "sidecar", fmt.Sprintf(
				"The end time in %s is ignored: %v.", name, err))
		} else {
			d.Meta.End = end
		}
	}
}

// sidecarSide is the notes position the sidecar asks for, "" when none.
func sidecarSide(f *pdfpc.File) deck.NotesSide {
	if f == nil {
		return ""
	}
	switch f.NotesPosition {
	case "right":
		return deck.NotesRight
	case "left":
		return deck.NotesLeft
	case "bottom":
		return deck.NotesBottom
	case "none":
		return NotesOff
	}
	return ""
}

// sidecarNotes places the sidecar's notes on the slides.
func sidecarNotes(d *deck.Deck, f *pdfpc.File, labels []string) []string {
	l := pdfpc.Layout{Labels: labels}
	for _, s := range d.Slides {
		l.Slides = append(l.Slides, s.Pages)
	}
	m := f.Match(l)
	if m.Unmatched > 0 {
		d.AddProblem(0, deck.Warning, "sidecar", fmt.Sprintf(
			"%d note(s) in %s match no slide of the PDF; has the PDF changed since they were written?",
			m.Unmatched, filepath.Base(d.Sidecar)))
	}
	return m.Notes
}
