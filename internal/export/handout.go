package export

import (
	"bytes"
	"fmt"
	"regexp"
	"strings"
)

// handoutText is part p's handout words: the header and, per slide, its
// number, title and notes as plain text. Aspect is left to the caller.
func (w *writer) handoutText(p PartPlan) HandoutText {
	h := HandoutText{Header: handoutHeader(w.d, p)}
	for k := p.First; k <= p.Last; k++ {
		s := w.d.Slides[k-1]
		h.Items = append(h.Items, HandoutItem{Number: s.Number, Title: s.Title, Notes: plainNotes(s.Notes), Ink: w.opt.Ink[s.Number]})
	}
	return h
}

// writePDFHandout writes a PDF deck's A4 handout: the Drawer lays out the
// pages (header, titles, notes, a frame per slide), then each slide's
// original page srcPages[i] is placed into its box as vectors.
func (w *writer) writePDFHandout(path string, h HandoutText, srcPages []int) error {
	var buf bytes.Buffer
	boxes, err := w.opt.Drawer.Handout(&buf, h)
	if err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	var places []placement
	for _, b := range boxes {
		if b.Item < 0 || b.Item >= len(srcPages) {
			return fmt.Errorf("write %s: the drawer placed slide %d of %d", path, b.Item+1, len(srcPages))
		}
		places = append(places, placement{page: b.Page, src: srcPages[b.Item], x: b.X, y: b.Y, w: b.W, h: b.H})
	}
	out := buf.Bytes()
	if len(places) > 0 {
		if out, err = placePages(out, w.src, places); err != nil {
			return fmt.Errorf("write %s: %w", path, err)
		}
	}
	if err := writeFileAtomic(path, out); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	return nil
}

var (
	emphRE   = regexp.MustCompile("(\\*\\*|__|`)")
	bulletRE = regexp.MustCompile(`(?m)^(\s*)[-*+] `)
	caretRE  = regexp.MustCompile(`(?m)^\^ `)
)

// plainNotes turns Markdown notes into text for print: emphasis marks and
// Deckset's "^ " dropped, list bullets drawn as "•".
func plainNotes(md string) string {
	s := strings.TrimSpace(strings.ReplaceAll(md, "\r\n", "\n"))
	s = caretRE.ReplaceAllString(s, "")
	s = emphRE.ReplaceAllString(s, "")
	s = bulletRE.ReplaceAllString(s, "$1• ")
	return s
}
