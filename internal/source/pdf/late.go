package pdf

import (
	"fmt"

	"github.com/lectern-app/lectern/internal/deck"
	"github.com/lectern-app/lectern/internal/pdfdoc"
	"github.com/lectern-app/lectern/internal/source/pdf/pdfstruct"
)

// LateTitles reads the titles Load left out under Options.TextTitles: for
// every slide of the PDF deck d whose Title is empty it reads its first
// page's text as Load would, and returns all the slides' titles (index =
// slide number - 1). It does not change d, so it can run in the background
// while d is in use; the caller copies the titles in where it owns d.
func LateTitles(d *deck.Deck) ([]string, error) {
	return LateTitlesOf(d, nil)
}

// LateTitlesOf is LateTitles for the given slide numbers only (all when
// nil): export names parts after their first slides and needs no others.
func LateTitlesOf(d *deck.Deck, slides []int) ([]string, error) {
	doc, ok := documents.Take(d.Path)
	if !ok {
		var err error
		if doc, err = pdfdoc.Open(d.Path); err != nil {
			return nil, err
		}
	}
	defer doc.Close()
	return lateTitles(d, doc, slides)
}

// documents hands the document Load read to LateTitlesOf when it follows
// at once (lectern export naming its parts): opening deck200.pdf again and
// loading its fonts for the page text cost ~3 ms (see pdfstruct.Handoff).
var documents = pdfstruct.Handoff[pdfdoc.Document]{Drop: func(d pdfdoc.Document) { d.Close() }}

func lateTitles(d *deck.Deck, doc pdfdoc.Document, only []int) ([]string, error) {
	want := func(int) bool { return true }
	if only != nil {
		set := map[int]bool{}
		for _, n := range only {
			set[n] = true
		}
		want = func(i int) bool { return set[i+1] }
	}
	if doc.NumPages() != d.PageCount {
		return nil, fmt.Errorf("read titles from %s: it has %d pages now, %d when it was loaded", d.Path, doc.NumPages(), d.PageCount)
	}
	out := make([]string, len(d.Slides))
	slideOf := map[int]int{}
	todo := false
	for i, s := range d.Slides {
		out[i] = s.Title
		todo = todo || (s.Title == "" && want(i))
		for _, p := range s.Pages {
			slideOf[p] = i
		}
	}
	if !todo {
		return out, nil
	}
	items, _ := doc.Outline() // Load reported an unreadable outline already
	oi := readOutline(items, slideOf, len(d.Slides))
	positioned := d.NotesSide != deck.NotesNone
	var w, h float64
	if positioned {
		var err error
		if w, h, err = doc.PageSize(1); err != nil {
			return nil, fmt.Errorf("read titles from %s: %w", d.Path, err)
		}
	}
	for i, s := range d.Slides {
		if out[i] != "" || len(s.Pages) == 0 || !want(i) {
			continue
		}
		in := readPage(doc, s.Pages[0], positioned)
		if in.err != nil {
			continue // Load counts unreadable pages; the title stays empty
		}
		lines := in.text
		if positioned {
			lines = slideLines(in.lines, d.NotesSide, w, h)
		}
		out[i] = slideTitle(oi, i, lines)
	}
	return out, nil
}
