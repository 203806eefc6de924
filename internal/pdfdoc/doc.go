// Package pdfdoc is Lectern's small PDF backend: page count, page size,
// rendering, outline, text and metadata behind one interface, so the PDF
// source and the renderer can be tested against a fake. The real
// implementation wraps MuPDF through go-fitz.
//
// Pages are 1-based everywhere in this package.
package pdfdoc

import "image"

// OutlineItem is one bookmark of the document outline.
type OutlineItem struct {
	Level int    // 1 for top-level entries
	Title string // as shown in a viewer's bookmark pane
	Page  int    // 1-based target page, 0 when the entry points nowhere
}

// Region is a part of a page in fractions of its width and height:
// {0, 0, 1, 1} is the whole page, {0, 0, 0.5, 1} its left half.
type Region struct {
	X0, Y0, X1, Y1 float64
}

// Whole is the region covering the whole page.
var Whole = Region{0, 0, 1, 1}

// Document is an open PDF. Implementations are safe for use from several
// goroutines, but calls are serialised: render from one goroutine per
// document, or open one document per worker.
type Document interface {
	// NumPages is the number of pages.
	NumPages() int
	// PageSize is the page's width and height in points.
	PageSize(page int) (wPt, hPt float64, err error)
	// Render draws the page widthPx pixels wide (within a few pixels).
	Render(page int, widthPx int) (*image.RGBA, error)
	// RenderRegion draws a region of the page so that the region comes out
	// widthPx pixels wide (within a few pixels).
	RenderRegion(page int, r Region, widthPx int) (*image.RGBA, error)
	// Outline is the document outline in reading order, nil when it has none.
	Outline() ([]OutlineItem, error)
	// Text is the page's plain text, one line per text line.
	Text(page int) (string, error)
	// HTML is MuPDF's positioned HTML of the page: one <p> per text line
	// with its top and left in points. Lines parses it.
	HTML(page int) (string, error)
	// Links are the page's link targets as MuPDF reads them: web
	// addresses, "file:clip.mp4#page=1" for a launch of a file (Beamer's
	// \movie), "#page=3" inside the document.
	Links(page int) ([]string, error)
	// Metadata holds the document information: "title", "author",
	// "subject", "keywords", "creator", "producer", "format", "encryption".
	Metadata() map[string]string
	// Close releases the document; further calls return an error.
	Close() error
}
