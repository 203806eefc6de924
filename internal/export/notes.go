package export

import (
	"time"

	"github.com/lectern-app/lectern/internal/deck"
	"github.com/lectern-app/lectern/internal/source/pdfpc"
	"github.com/lectern-app/lectern/internal/timing"
)

// outSlide is one slide of a part's new PDF: a deck slide or the title slide.
type outSlide struct {
	slide deck.Slide // copy; Pages holds its pages in the new PDF (1-based)
	title bool       // the "Part N of M" slide
}

// partMeta is the deck's meta as a standalone part sees it: its own title
// and duration, no wall-clock end, and a warning that fits its length.
func partMeta(d *deck.Deck, p PartPlan) deck.Meta {
	m := d.Meta
	m.Title = p.Title
	m.Duration = p.Budget
	m.End = ""
	m.Warn = partWarn(d.Meta.Warn, p.Budget)
	return m
}

// partWarn is when a part's clock turns amber (timing.PartWarn: scaled to
// the part like the talk's).
func partWarn(warn, budget time.Duration) time.Duration {
	return timing.PartWarn(warn, budget)
}

// writeNotes writes the part's pdfpc sidecar (JSON format 2): the part's
// duration, and every slide's notes on its pages, indexed from 0 in the new
// PDF, whose page labels number the slides 1, 2, … (see pageLabels).
func writeNotes(path string, d *deck.Deck, p PartPlan, slides []outSlide) error {
	ss := make([]deck.Slide, len(slides))
	for i, s := range slides {
		ss[i] = s.slide
	}
	f := pdfpc.FromPart(partMeta(d, p), ss, true)
	if d.NotesSide != deck.NotesNone {
		f.NotesPosition = string(d.NotesSide)
	}
	return pdfpc.Write(path, f)
}

// pageLabels are the page labels of a part's new PDF (see SlideLabels).
func pageLabels(slides []outSlide) []string {
	pages := make([]int, len(slides))
	for i, s := range slides {
		pages[i] = len(s.slide.Pages)
	}
	return SlideLabels(pages)
}
