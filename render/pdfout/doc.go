// Package pdfout writes laid-out slides (render/layout pages) as vector PDF:
// real text in the embedded fonts of render/fonts (shaped, selectable,
// searchable, at the positions the layout placed each glyph), rectangles,
// lines, links and images. It also sets simple wrapped text, which the
// exporter's title slides and handouts use. The PDF is written by this
// package itself (writer.go): objects, pages, fonts and images.
package pdfout

import (
	"bytes"
	"fmt"
	"io"
	"time"

	"github.com/lectern-app/lectern/internal/atomicfile"
	"github.com/lectern-app/lectern/render/layout"
)

// DefaultScale maps slide units to points: a 1920×1080 slide becomes a
// 960×540 pt page (13.33×7.5 in, the usual 16:9 slide size).
const DefaultScale = 0.5

// Options describe a document.
type Options struct {
	Scale   float64 // points per slide unit; 0: DefaultScale
	Title   string  // document info
	Author  string
	Subject string
	// Labels are page labels, one per page in order ("" repeats nothing: the
	// page is numbered). Viewers and pdfpc group consecutive pages with the
	// same label as overlays of one slide. Nil: no labels.
	Labels []string
	// Compress is the zlib level of content streams (0: default level 6;
	// use a negative value for none).
	Compress int
}

// Doc is a PDF being built. It is not safe for concurrent use. Pages are
// kept in memory until WriteTo, which writes the whole file.
type Doc struct {
	opt     Options
	pages   []*page
	cur     *page
	faces   map[layout.Font]*faceEmbed // fonts used so far
	faceSeq []*faceEmbed
	parts   []*fontPart // font resources, named /F1… in order
	images  *imageSet
	imgName map[*embedded]string // resource name of each image used
	imgSeq  []*embedded
	outline []outlineItem
	created time.Time
	err     error // first error, returned by Write
}

// outlineItem is a top-level bookmark to a page (0-based).
type outlineItem struct {
	title string
	page  int
}

// New starts an empty document.
func New(opt Options) *Doc {
	if opt.Scale <= 0 {
		opt.Scale = DefaultScale
	}
	return &Doc{opt: opt, images: newImageSet(), faces: map[layout.Font]*faceEmbed{},
		imgName: map[*embedded]string{}, created: time.Now()}
}

// Scale is the document's points per slide unit.
func (d *Doc) Scale() float64 { return d.opt.Scale }

// Pages is how many pages were added.
func (d *Doc) Pages() int { return len(d.pages) }

// AddPage adds a blank page of w×h points.
func (d *Doc) AddPage(w, h float64) {
	d.cur = newPage(w, h)
	d.pages = append(d.pages, d.cur)
}

// AddSlide adds a page the size of p (scaled) and draws p on it.
func (d *Doc) AddSlide(p *layout.Page) error {
	if p == nil {
		return d.fail(fmt.Errorf("page %d: no page given", len(d.pages)+1))
	}
	s := d.opt.Scale
	d.AddPage(p.W*s, p.H*s)
	return d.Draw(p, 0, 0, s)
}

// Outline adds a top-level bookmark to the current page.
func (d *Doc) Outline(title string) {
	if len(d.pages) > 0 && title != "" {
		d.outline = append(d.outline, outlineItem{title, len(d.pages) - 1})
	}
}

// WriteTo writes the PDF to w.
func (d *Doc) WriteTo(w io.Writer) (int64, error) {
	if d.err != nil {
		return 0, d.err
	}
	if len(d.pages) == 0 {
		return 0, fmt.Errorf("write PDF: no pages")
	}
	var buf bytes.Buffer
	if err := d.write(&buf); err != nil {
		return 0, fmt.Errorf("write PDF: %w", err)
	}
	return buf.WriteTo(w)
}

// WriteFile writes the PDF to path atomically (never half-written), with the
// mode the umask allows.
func (d *Doc) WriteFile(path string) error {
	return atomicfile.Write(path, atomicfile.DefaultPerm, func(w io.Writer) error {
		_, err := d.WriteTo(w)
		return err
	})
}

// WritePages writes one PDF page per laid-out page to path.
func WritePages(path string, pages []*layout.Page, opt Options) error {
	if len(pages) == 0 {
		return fmt.Errorf("write %s: no pages", path)
	}
	d := New(opt)
	for i, p := range pages {
		if p == nil {
			return fmt.Errorf("write %s: page %d is missing", path, i+1)
		}
		if err := d.AddSlide(p); err != nil {
			return fmt.Errorf("write %s: %w", path, err)
		}
	}
	if err := d.WriteFile(path); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	return nil
}

func (d *Doc) fail(err error) error {
	if d.err == nil {
		d.err = err
	}
	return err
}
