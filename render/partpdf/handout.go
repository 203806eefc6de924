package partpdf

import (
	"fmt"
	"image/color"
	"io"
	"strings"

	"github.com/lectern-app/lectern/internal/export"
	"github.com/lectern-app/lectern/render/layout"
	"github.com/lectern-app/lectern/render/pdfout"
)

// A4 portrait, in points, and the handout's margins and type.
const (
	a4W, a4H      = 595.28, 841.89
	handoutMargin = 48.0
)

var (
	grey      = color.RGBA{R: 110, G: 110, B: 110, A: 255}
	frame     = color.RGBA{R: 190, G: 190, B: 190, A: 255}
	headStyle = pdfout.Style{Font: layout.Bold, Size: 12, Color: color.RGBA{A: 255}}
	noteStyle = pdfout.Style{Font: layout.Regular, Size: 11, Color: color.RGBA{R: 20, G: 20, B: 20, A: 255}, Leading: 1.4}
	tinyStyle = pdfout.Style{Font: layout.Regular, Size: 8.5, Color: grey}
)

// Handout draws a PDF deck's handout, leaving each slide's box for export
// to place the original page into.
func (Drawer) Handout(out io.Writer, h export.HandoutText) ([]export.Placement, error) {
	return handout(out, h, nil, 0)
}

// handout writes an A4 handout: one slide per page, its number and title
// above it, its notes below, running onto further pages when long. With
// pages (Markdown parts, one per item, aspect w/h) each slide is drawn as
// vectors from its layout; without, its framed box is returned empty.
func handout(out io.Writer, h export.HandoutText, pages []*layout.Page, aspect float64) ([]export.Placement, error) {
	if pages != nil && len(pages) != len(h.Items) {
		return nil, fmt.Errorf("handout: %d slides drawn for %d items", len(pages), len(h.Items))
	}
	doc := pdfout.New(pdfout.Options{Title: h.Header})
	boxW := a4W - 2*handoutMargin
	var places []export.Placement
	for i, it := range h.Items {
		doc.AddPage(a4W, a4H)
		if err := doc.TextAt(handoutMargin, 30, tinyStyle, h.Header); err != nil {
			return nil, err
		}
		y := 64.0
		head := it.Title
		if it.Number > 0 {
			head = fmt.Sprintf("%d · %s", it.Number, it.Title)
		}
		head = strings.TrimSpace(head)
		if err := doc.TextAt(handoutMargin, y, headStyle, head); err != nil {
			return nil, err
		}
		doc.Outline(head)
		y += 12
		a := it.Aspect
		if pages != nil {
			a = aspect
		}
		if a <= 0 {
			a = 16.0 / 9
		}
		w, bh := boxW, boxW/a
		if bh > 340 {
			bh, w = 340, 340*a
		}
		x := handoutMargin + (boxW-w)/2
		if pages != nil {
			if err := doc.Draw(pages[i], x, y, w/pages[i].W); err != nil {
				return nil, fmt.Errorf("slide %d: %w", it.Number, err)
			}
		} else {
			places = append(places, export.Placement{Page: doc.Pages(), Item: i, X: x, Y: y, W: w, H: bh})
		}
		// The frame sits just outside the box; a placed page goes under
		// the handout's drawing, so the speaker's pen strokes stay on top.
		doc.Draw(&layout.Page{W: w + 1, H: bh + 1, Ops: []layout.Op{layout.Rect{W: w + 1, H: bh + 1, Stroke: frame, StrokeWidth: 0.6}}}, x-0.5, y-0.5, 1)
		if len(it.Ink) > 0 {
			doc.Draw(inkPage(it.Ink, w, bh), x, y, 1)
		}
		y += bh + 28
		notes, st := it.Notes, noteStyle
		if notes == "" {
			notes, st = "(no notes)", pdfout.Style{Font: layout.Italic, Size: 11, Color: grey}
		}
		for _, l := range pdfout.Wrap(st, boxW, notes) {
			if y > a4H-handoutMargin {
				doc.AddPage(a4W, a4H)
				if err := doc.TextAt(handoutMargin, 30, tinyStyle, h.Header+" · "+head+" (continued)"); err != nil {
					return nil, err
				}
				y = 64
			}
			if err := doc.TextAt(handoutMargin, y, st, l); err != nil {
				return nil, err
			}
			y += st.LineHeight()
		}
	}
	if _, err := doc.WriteTo(out); err != nil {
		return nil, err
	}
	return places, nil
}
