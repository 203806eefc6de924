package pdf

import (
	"errors"
	"fmt"
	"io/fs"
	"path/filepath"
	"strings"

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

// matchSidecar places the sidecar's notes and hidden marks on the pages
// of the slides as made so far, and names slides with the sidecar's labels
// when the PDF has none of its own.
func (b *builder) matchSidecar(f *pdfpc.File, labels []string) pdfpc.Matched {
	d := b.d
	if f == nil {
		return pdfpc.Matched{}
	}
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
	if !b.labels.own && !f.Legacy {
		named := map[int]string{}
		for _, p := range f.Pages {
			if pg := l.Page(p); pg > 0 && p.Label != "" {
				if _, ok := named[pg]; !ok {
					named[pg] = p.Label
				}
			}
		}
		for i := range d.Slides {
			if name := named[d.Slides[i].Pages[0]]; name != "" {
				d.Slides[i].Label = name
			}
		}
	}
	return m
}

// hidePages takes the pages the sidecar hides out of their slides, so
// neither the show nor an export has them; a slide left with no page goes.
func (b *builder) hidePages(hidden []int) {
	if len(hidden) == 0 {
		return
	}
	d := b.d
	gone := map[int]bool{}
	for _, p := range hidden {
		gone[p] = true
	}
	d.Hidden = append([]int(nil), hidden...)
	kept := d.Slides[:0]
	for _, s := range d.Slides {
		pages := make([]int, 0, len(s.Pages))
		for _, p := range s.Pages {
			if !gone[p] {
				pages = append(pages, p)
			}
		}
		if len(pages) == 0 {
			continue
		}
		s.Pages, s.Steps, s.Number = pages, len(pages), len(kept)+1
		kept = append(kept, s)
	}
	d.Slides = kept
}
