// Package pdfout writes laid-out slides (render/layout pages) as vector PDF:
// real text in the embedded fonts of render/fonts (selectable, searchable,
// the same advances the layout broke lines with), rectangles, lines, links
// and images. It also sets simple wrapped text, which the exporter's title
// slides and handouts use.
package pdfout

import (
	"bytes"
	"fmt"
	"io"
	"time"

	"github.com/signintech/gopdf"

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

// Doc is a PDF being built. It is not safe for concurrent use.
type Doc struct {
	gp     *gopdf.GoPdf
	opt    Options
	fonts  map[layout.Font]bool // faces embedded so far
	pages  int
	pageH  float64 // height of the current page in points
	images *imageSet
	err    error // first error, returned by Write
}

// New starts an empty document. first is the size in points of the page
// size links are measured against (gopdf places link boxes against the
// document size); give the size most pages will have.
func New(first gopdf.Rect, opt Options) *Doc {
	if opt.Scale <= 0 {
		opt.Scale = DefaultScale
	}
	gp := &gopdf.GoPdf{}
	gp.Start(gopdf.Config{Unit: gopdf.UnitPT, PageSize: first})
	switch {
	case opt.Compress < 0:
		gp.SetNoCompression()
	case opt.Compress > 0:
		gp.SetCompressLevel(opt.Compress)
	}
	gp.SetInfo(gopdf.PdfInfo{
		Title: opt.Title, Author: opt.Author, Subject: opt.Subject,
		Creator: "Lectern", Producer: "Lectern (gopdf)", CreationDate: time.Now(),
	})
	return &Doc{gp: gp, opt: opt, images: newImageSet()}
}

// Scale is the document's points per slide unit.
func (d *Doc) Scale() float64 { return d.opt.Scale }

// Pages is how many pages were added.
func (d *Doc) Pages() int { return d.pages }

// AddPage adds a blank page of w×h points.
func (d *Doc) AddPage(w, h float64) {
	d.gp.AddPageWithOption(gopdf.PageOption{PageSize: &gopdf.Rect{W: w, H: h}})
	// gopdf writes an empty /Contents entry for a page with nothing drawn,
	// which readers reject: start every page's content stream.
	d.gp.SetLineWidth(1)
	d.pages++
	d.pageH = h
}

// AddSlide adds a page the size of p (scaled) and draws p on it.
func (d *Doc) AddSlide(p *layout.Page) error {
	if p == nil {
		return d.fail(fmt.Errorf("page %d: no page given", d.pages+1))
	}
	s := d.opt.Scale
	d.AddPage(p.W*s, p.H*s)
	return d.Draw(p, 0, 0, s)
}

// Outline adds a top-level bookmark to the current page.
func (d *Doc) Outline(title string) {
	if d.pages > 0 && title != "" {
		d.gp.AddOutline(title)
	}
}

// WriteTo writes the PDF to w.
func (d *Doc) WriteTo(w io.Writer) (int64, error) {
	if d.err != nil {
		return 0, d.err
	}
	if d.pages == 0 {
		return 0, fmt.Errorf("write PDF: no pages")
	}
	var buf bytes.Buffer
	if err := d.gp.Write(&buf); err != nil {
		return 0, fmt.Errorf("write PDF: %w", err)
	}
	out := buf.Bytes()
	if len(d.opt.Labels) > 0 {
		var err error
		if out, err = addPageLabels(out, d.opt.Labels); err != nil {
			return 0, err
		}
	}
	n, err := w.Write(out)
	return int64(n), err
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
	if opt.Scale <= 0 {
		opt.Scale = DefaultScale
	}
	if pages[0] == nil {
		return fmt.Errorf("write %s: page 1 is missing", path)
	}
	d := New(gopdf.Rect{W: pages[0].W * opt.Scale, H: pages[0].H * opt.Scale}, opt)
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
