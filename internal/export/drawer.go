package export

import (
	"errors"
	"io"
	"strconv"

	"github.com/lectern-app/lectern/internal/deck"
)

// Drawer draws the pages an export makes rather than copies: a Markdown
// deck's slides, title slides and handouts. internal/ never imports
// render/, so the drawing lives there (render/partpdf) and the caller
// passes it in Options.Drawer.
type Drawer interface {
	// MarkdownPart draws a Markdown deck's part as a vector PDF into
	// job.Slides and, when job.Handout is set, its handout. It returns how
	// many pages each of the part's slides got, in order, the title slide
	// not counted.
	MarkdownPart(job MarkdownJob) ([]int, error)
	// TitleSlide writes a one-page PDF, w×h points, of a PDF deck's part
	// title slide.
	TitleSlide(out io.Writer, w, h float64, t TitleText) error
	// Handout writes a PDF deck's A4 handout with an empty framed box for
	// each item's slide and returns the boxes, where Export places the
	// original pages.
	Handout(out io.Writer, h HandoutText) ([]Placement, error)
}

// MarkdownJob is one Markdown part to draw.
type MarkdownJob struct {
	Deck  *deck.Deck
	Part  PartPlan
	Theme string // "light", "dark"; "" the deck's own
	// Steps draws one page per step; else one page per slide, fully revealed.
	Steps bool
	// Title, when set, is drawn as a title slide before the part's slides.
	Title   *TitleText
	Slides  io.Writer // slides.pdf
	Handout io.Writer // handout.pdf; nil: none
	// HandoutText has one item per slide of the part.
	HandoutText HandoutText
	// Drawn is called after each slide's pages are drawn, with its deck
	// number; an error it returns stops the drawing and is returned.
	Drawn func(slide int) error
}

// TitleText is what a part's title slide says.
type TitleText struct {
	Deck string // the deck's title, small
	Part string // the part's title, large
	Of   string // "Part 2 of 3 · 7m30s"
}

// HandoutText is a handout's words: a header on every page, then one item
// per slide.
type HandoutText struct {
	Header string
	Items  []HandoutItem
}

// HandoutItem is one slide of a handout.
type HandoutItem struct {
	Number int      // slide number in the deck
	Title  string   // slide title
	Notes  string   // plain text, ready to print
	Aspect float64  // width/height of the slide; Markdown parts: the layout's
	Ink    []Stroke // pen strokes drawn over the slide (Options.Ink)
}

// Placement is a box of a handout page, in points from the page's top-left
// corner, that the original page of Items[Item] is drawn into.
type Placement struct {
	Page       int // handout page, 1-based
	Item       int // index into HandoutText.Items
	X, Y, W, H float64
}

// SlideLabels gives every page of the k-th slide the page label "k", so
// its steps group as one slide in Lectern, pdfpc and viewers; pages[k-1] is
// how many pages slide k has (0 counts as 1).
func SlideLabels(pages []int) []string {
	var out []string
	for i, n := range pages {
		for k := 0; k < max(n, 1); k++ {
			out = append(out, strconv.Itoa(i+1))
		}
	}
	return out
}

// errNoDrawer is the error of an export that must draw without a Drawer.
var errNoDrawer = errors.New("nothing to draw Markdown slides, title slides or handouts with (no Drawer in the export options)")

// needsDrawer says whether an export of d with opt draws pages.
func needsDrawer(d *deck.Deck, opt Options) bool {
	return d.Format == deck.Markdown || opt.TitleSlides || opt.Handout
}
