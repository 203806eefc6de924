package export

import (
	"bytes"
	"fmt"
	"image/color"
	"regexp"
	"strings"

	"github.com/signintech/gopdf"

	"github.com/lectern-app/lectern/render/layout"
	"github.com/lectern-app/lectern/render/pdfout"
)

// handoutItem is one slide of a handout and its notes.
type handoutItem struct {
	number int    // slide number in the deck; 0 for the title slide
	title  string // slide title
	notes  string // Markdown
	page   *layout.Page
	pdf    int     // PDF decks: the page (1-based) of the source to place
	aspect float64 // width/height of the slide
}

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

// writeHandout writes an A4 handout: one slide per page, as vector (the
// original PDF page placed as it is, or the layout drawn again), its
// number and title above it, its notes below, running onto further pages
// when long.
func writeHandout(path string, src *pdfSource, header string, items []handoutItem) error {
	doc := pdfout.New(gopdf.Rect{W: a4W, H: a4H}, pdfout.Options{Title: header})
	boxW := a4W - 2*handoutMargin
	var places []placement
	for _, it := range items {
		doc.AddPage(a4W, a4H)
		if err := doc.TextAt(handoutMargin, 30, tinyStyle, header); err != nil {
			return err
		}
		y := 64.0
		head := it.title
		if it.number > 0 {
			head = fmt.Sprintf("%d · %s", it.number, it.title)
		}
		if err := doc.TextAt(handoutMargin, y, headStyle, strings.TrimSpace(head)); err != nil {
			return err
		}
		doc.Outline(strings.TrimSpace(head))
		y += 12
		a := it.aspect
		if a <= 0 {
			a = 16.0 / 9
		}
		w, h := boxW, boxW/a
		if h > 340 {
			h, w = 340, 340*a
		}
		x := handoutMargin + (boxW-w)/2
		if it.page != nil {
			if err := doc.Draw(it.page, x, y, w/it.page.W); err != nil {
				return fmt.Errorf("slide %d: %w", it.number, err)
			}
		} else {
			places = append(places, placement{page: doc.Pages(), src: it.pdf, x: x, y: y, w: w, h: h})
		}
		// The frame sits just outside the box: a placed page is drawn last.
		doc.Draw(&layout.Page{W: w + 1, H: h + 1, Ops: []layout.Op{layout.Rect{W: w + 1, H: h + 1, Stroke: frame, StrokeWidth: 0.6}}}, x-0.5, y-0.5, 1)
		y += h + 28
		notes := plainNotes(it.notes)
		st := noteStyle
		if notes == "" {
			notes, st = "(no notes)", pdfout.Style{Font: layout.Italic, Size: 11, Color: grey}
		}
		for _, l := range pdfout.Wrap(st, boxW, notes) {
			if y > a4H-handoutMargin {
				doc.AddPage(a4W, a4H)
				if err := doc.TextAt(handoutMargin, 30, tinyStyle, header+" · "+strings.TrimSpace(head)+" (continued)"); err != nil {
					return err
				}
				y = 64
			}
			if err := doc.TextAt(handoutMargin, y, st, l); err != nil {
				return err
			}
			y += st.LineHeight()
		}
	}
	var buf bytes.Buffer
	if _, err := doc.WriteTo(&buf); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	out := buf.Bytes()
	if len(places) > 0 {
		var err error
		if out, err = placePages(out, src, places); err != nil {
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
