package pdfpc

import (
	"sort"
	"strconv"

	"github.com/lectern-app/lectern/internal/deck"
)

// FromDeck builds a format 2 file for the deck's own PDF: page i is idx
// i-1 and a slide's notes go on each of its pages so every pdfpc version
// shows them on every step. pageLabels are the PDF's page labels (index =
// page - 1), which readers compare against; nil uses the slides' labels,
// which is the same unless the deck regrouped pages whose labels go back
// and forth (Beamer notes pages).
func FromDeck(d *deck.Deck, pageLabels []string) *File {
	f := build(d.Meta, d.Slides, keepLabels)
	for _, p := range d.Hidden { // kept hidden, so rewriting the file loses nothing
		f.Pages = append(f.Pages, Page{Idx: p - 1, Label: strconv.Itoa(p), LabelText: true, Hidden: true})
	}
	sort.SliceStable(f.Pages, func(i, j int) bool { return f.Pages[i].Idx < f.Pages[j].Idx })
	f.EndSlide, f.EndSet = userSlide(d, d.Meta.EndSlide)
	f.SavedSlide, f.SavedSet = userSlide(d, d.Meta.Saved)
	for i := range f.Pages {
		if idx := f.Pages[i].Idx; idx >= 0 && idx < len(pageLabels) {
			f.Pages[i].Label = pageLabels[idx]
		}
	}
	return f
}

// FromPart builds a format 2 file for a new PDF made of these slides' steps
// in order (an exported part); indexes count from 0 in the new file. Labels
// must be the new PDF's, since readers match by label first: with
// labelled, the new PDF labels every page of its k-th slide "k" (so its
// overlays group); without, it has no labels and page n is labelled "n".
func FromPart(meta deck.Meta, slides []deck.Slide, labelled bool) *File {
	meta.Start = "" // the talk's planned start is not the part's
	if labelled {
		return build(meta, slides, relabelSlides)
	}
	return build(meta, slides, relabelPages)
}

type labelMode int

const (
	keepLabels labelMode = iota
	relabelSlides
	relabelPages
)

func build(meta deck.Meta, slides []deck.Slide, mode labelMode) *File {
	f := &File{Format: 2, Duration: meta.Duration, EndTime: meta.End, StartTime: meta.Start}
	switch {
	case meta.Warn > 0:
		f.LastMinutes, f.LastSet = minutes(meta.Warn), true
	case meta.Warn < 0: // never amber: pdfpc's lastMinutes 0
		f.LastMinutes, f.LastSet = 0, true
	}
	idx := 0
	for i, s := range slides {
		n := len(s.Pages)
		if n == 0 {
			n = 1
		}
		for k := 0; k < n; k++ {
			page, label, overlay := idx, s.Label, k
			switch {
			case mode == keepLabels && len(s.Pages) > 0:
				page = s.Pages[k] - 1
			case mode == relabelSlides:
				label = strconv.Itoa(i + 1)
			case mode == relabelPages:
				label, overlay = strconv.Itoa(idx+1), 0
			}
			if label == "" {
				label = strconv.Itoa(i + 1)
			}
			f.Pages = append(f.Pages, Page{Idx: page, Label: label, LabelText: true, Overlay: overlay, Note: s.NotesAt(k + 1)})
			idx++
		}
	}
	return f
}

// userSlide is pdfpc's 0-based user slide for the deck's slide n (1-based;
// 0: not set): every hidden page FromDeck writes is a user slide of its
// own, so those before slide n count too.
func userSlide(d *deck.Deck, n int) (int, bool) {
	s := d.Slide(n)
	if s == nil || len(s.Pages) == 0 {
		return 0, false
	}
	u := n - 1
	for _, p := range d.Hidden {
		if p < s.Pages[0] {
			u++
		}
	}
	return u, true
}
