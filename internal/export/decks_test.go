package export

import (
	"github.com/lectern-app/lectern/internal/deck"
	"github.com/lectern-app/lectern/internal/source"
)

// The test decks are copies of the project's sample decks in
// testdata/export, read with the project's loaders; pdfDeck builds decks by
// hand where a test needs one no file gives (a broken page list).

const testdata = "../../testdata/export"

// pdfDeck builds a PDF deck from page labels (consecutive equal labels are
// one slide's steps), slide titles, part starts and notes by slide.
func pdfDeck(path string, labels, titles []string, parts []deck.PartStart, notes map[int]string) *deck.Deck {
	d := &deck.Deck{Path: path, Format: deck.PDF, PageCount: len(labels), Meta: deck.Meta{Aspect: 16.0 / 9, Warn: deck.DefaultWarn}}
	for i, l := range labels {
		if i > 0 && l == labels[i-1] {
			s := &d.Slides[len(d.Slides)-1]
			s.Pages = append(s.Pages, i+1)
			s.Steps++
			continue
		}
		n := len(d.Slides) + 1
		d.Slides = append(d.Slides, deck.Slide{Number: n, Label: l, Steps: 1, Pages: []int{i + 1}, Title: titles[n-1], Notes: notes[n]})
	}
	d.BuildParts(parts)
	d.ComputeBudgets()
	return d
}

func loadPath(path string) (*deck.Deck, error) { return source.Load(path, source.Options{}) }
