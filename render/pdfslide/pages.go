// Package pdfslide renders the pages of a PDF deck at the window's real pixel
// size through the slide pixel cache (render/slidepix): pages around the
// current one prepared on one background worker (go-fitz is not concurrent),
// the cache bounded by memory.
package pdfslide

import (
	"fmt"
	"image"

	"github.com/lectern-app/lectern/internal/pdfdoc"
	"github.com/lectern-app/lectern/render/slidepix"
)

// DefaultBudget and WorkingSet bound the cache; see render/slidepix.
const (
	DefaultBudget = slidepix.DefaultBudget
	WorkingSet    = slidepix.WorkingSet
)

// Pages is a render cache over one open document, keyed by 1-based page.
type Pages = slidepix.Cache[int]

// New starts a cache over doc showing region of every page, using at most
// budget bytes of pixels (budget <= 0: slidepix's adaptive default).
func New(doc pdfdoc.Document, region pdfdoc.Region, budget int) *Pages {
	return slidepix.New(func(page, width int) (*image.RGBA, error) {
		if page < 1 || page > doc.NumPages() {
			return nil, fmt.Errorf("page %d does not exist (the document has %d)", page, doc.NumPages())
		}
		return doc.RenderRegion(page, region, width)
	}, budget)
}
