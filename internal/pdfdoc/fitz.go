package pdfdoc

import (
	"bytes"
	"errors"
	"fmt"
	"image"
	"io"
	"math"
	"os"
	"strings"
	"sync"

	fitz "github.com/gen2brain/go-fitz"
)

// fitzDoc is a Document backed by MuPDF. MuPDF is not safe for concurrent
// use, so every call on the document holds mu.
type fitzDoc struct {
	mu     sync.Mutex
	doc    *fitz.Document
	path   string
	pages  int
	closed bool
}

// Open opens the PDF at path with MuPDF. Its errors read
// "open <path>: <problem>" and wrap ErrEncrypted, ErrEmpty, ErrNotPDF,
// ErrCorrupt or ErrNoPages when one of those is the problem.

// storeBytes bounds MuPDF's own cache of decoded fonts and images per
// document. go-fitz's default, 256 MB, let a 200-page deck with photos grow
// the presenter past 600 MB; the pages around the current one need far less.
const storeBytes = 32 << 20

func init() { fitz.MaxStore = storeBytes }

func Open(path string) (Document, error) {
	if err := checkHeader(path); err != nil {
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	doc, err := openFitz(path)
	if err != nil {
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	d := &fitzDoc{doc: doc, path: path}
	if err := d.guard(func() error {
		d.pages = doc.NumPage()
		return nil
	}); err != nil {
		quiet(doc.Close)
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	if d.pages <= 0 {
		quiet(doc.Close)
		if !Complete(path) {
			return nil, fmt.Errorf("open %s: %w", path, ErrTruncated)
		}
		return nil, fmt.Errorf("open %s: %w", path, ErrNoPages)
	}
	return d, nil
}

// checkHeader rejects files that are missing, empty or plainly not PDF
// before MuPDF sees them.
func checkHeader(path string) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	buf := make([]byte, 1024)
	n, err := io.ReadFull(f, buf)
	if err != nil && err != io.ErrUnexpectedEOF && err != io.EOF {
		return err
	}
	if n == 0 {
		return ErrEmpty
	}
	if !bytes.Contains(buf[:n], []byte("%PDF-")) {
		return ErrNotPDF
	}
	return nil
}

// Complete reports whether the file ends with the %%EOF marker (give or
// take trailing whitespace or junk), as a PDF that was written out fully
// does. MuPDF repairs many truncated files, so a false here deserves a
// warning even when the pages load.
func Complete(path string) bool {
	f, err := os.Open(path)
	if err != nil {
		return false
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return false
	}
	n := int64(1024)
	if st.Size() < n {
		n = st.Size()
	}
	buf := make([]byte, n)
	if _, err := f.ReadAt(buf, st.Size()-n); err != nil && err != io.EOF {
		return false
	}
	return bytes.Contains(buf, []byte("%%EOF"))
}

func openFitz(path string) (doc *fitz.Document, err error) {
	defer func() {
		if r := recover(); r != nil {
			doc, err = nil, fmt.Errorf("%w (%v)", ErrCorrupt, r)
		}
	}()
	err = quiet(func() (e error) {
		doc, e = fitz.New(path)
		return e
	})
	switch {
	case err == nil:
		return doc, nil
	case errors.Is(err, fitz.ErrNeedsPassword):
		quiet(doc.Close)
		return nil, ErrEncrypted
	case errors.Is(err, fitz.ErrOpenDocument):
		quiet(doc.Close) // frees the context; the document itself is nil
		return nil, ErrCorrupt
	case errors.Is(err, fitz.ErrNoSuchFile):
		return nil, os.ErrNotExist
	default:
		return nil, err
	}
}

// guard runs fn under the document lock and turns a panic into an error.
func (d *fitzDoc) guard(fn func() error) (err error) {
	d.mu.Lock()
	defer d.mu.Unlock()
	if d.closed {
		return ErrClosed
	}
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("%s: %w (%v)", d.path, ErrCorrupt, r)
		}
	}()
	return quiet(fn)
}

func (d *fitzDoc) checkPage(page int) error {
	if page < 1 || page > d.pages {
		return &PageError{Page: page, Count: d.pages}
	}
	return nil
}

// pageErr explains a failed page operation in a sentence naming the file.
func (d *fitzDoc) pageErr(what string, page int, err error) error {
	return fmt.Errorf("%s page %d of %s: %w", what, page, d.path, err)
}

func (d *fitzDoc) NumPages() int { return d.pages }

func (d *fitzDoc) PageSize(page int) (float64, float64, error) {
	if err := d.checkPage(page); err != nil {
		return 0, 0, d.pageErr("measure", page, err)
	}
	var r image.Rectangle
	err := d.guard(func() (e error) {
		r, e = d.doc.Bound(page - 1)
		return e
	})
	if err != nil {
		return 0, 0, d.pageErr("measure", page, err)
	}
	if r.Dx() <= 0 || r.Dy() <= 0 {
		return 0, 0, d.pageErr("measure", page, fmt.Errorf("%w: the page has no size", ErrCorrupt))
	}
	return float64(r.Dx()), float64(r.Dy()), nil
}

func (d *fitzDoc) Render(page int, widthPx int) (*image.RGBA, error) {
	return d.RenderRegion(page, Whole, widthPx)
}

func (d *fitzDoc) RenderRegion(page int, rg Region, widthPx int) (*image.RGBA, error) {
	if err := d.checkPage(page); err != nil {
		return nil, d.pageErr("render", page, err)
	}
	if widthPx <= 0 || widthPx > 20000 {
		return nil, d.pageErr("render", page, fmt.Errorf("width %d px is out of range", widthPx))
	}
	if !rg.valid() {
		return nil, d.pageErr("render", page, fmt.Errorf("region %v is not inside the page", rg))
	}
	w, _, err := d.PageSize(page)
	if err != nil {
		return nil, err
	}
	// The page is drawn whole at the scale that makes the region widthPx
	// wide, then cropped: go-fitz cannot draw a clip.
	dpi := float64(widthPx) * 72 / (w * (rg.X1 - rg.X0))
	var img *image.RGBA
	err = d.guard(func() (e error) {
		img, e = d.doc.ImageDPI(page-1, dpi)
		return e
	})
	if err != nil {
		return nil, d.pageErr("render", page, err)
	}
	return crop(img, rg, widthPx), nil
}

func (r Region) valid() bool {
	return r.X0 >= 0 && r.Y0 >= 0 && r.X1 <= 1 && r.Y1 <= 1 && r.X1 > r.X0 && r.Y1 > r.Y0
}

// crop returns the region of img with its origin at 0,0.
// The page size from MuPDF is rounded to whole points, so the image may
// come out a pixel or two wider than asked: those columns are dropped.
func crop(img *image.RGBA, rg Region, widthPx int) *image.RGBA {
	b := img.Bounds()
	fw, fh := float64(b.Dx()), float64(b.Dy())
	x0 := b.Min.X + int(math.Round(rg.X0*fw))
	x1 := b.Min.X + int(math.Round(rg.X1*fw))
	y0 := b.Min.Y + int(math.Round(rg.Y0*fh))
	y1 := b.Min.Y + int(math.Round(rg.Y1*fh))
	if x1-x0 > widthPx && x1-x0 <= widthPx+3 {
		x1 = x0 + widthPx
	}
	sub := img.SubImage(image.Rect(x0, y0, x1, y1)).(*image.RGBA)
	out := &image.RGBA{Pix: sub.Pix, Stride: sub.Stride, Rect: image.Rect(0, 0, x1-x0, y1-y0)}
	if out.Stride == 4*out.Rect.Dx() {
		return out
	}
	// A region of the page: copy it out tightly packed, so the cache does not
	// keep the other half alive and GPU uploads can take Pix as it is.
	packed := image.NewRGBA(out.Rect)
	for y := 0; y < out.Rect.Dy(); y++ {
		copy(packed.Pix[y*packed.Stride:(y+1)*packed.Stride], out.Pix[y*out.Stride:])
	}
	return packed
}

func (d *fitzDoc) Outline() ([]OutlineItem, error) {
	var toc []fitz.Outline
	err := d.guard(func() (e error) {
		toc, e = d.doc.ToC()
		return e
	})
	if errors.Is(err, fitz.ErrLoadOutline) {
		return nil, nil // MuPDF reports "no outline" this way
	}
	if err != nil {
		return nil, fmt.Errorf("read the outline of %s: %w", d.path, err)
	}
	var out []OutlineItem
	for _, o := range toc {
		p := o.Page + 1
		if o.Page < 0 || p > d.pages {
			p = 0
		}
		out = append(out, OutlineItem{Level: o.Level, Title: cleanText(o.Title), Page: p})
	}
	return out, nil
}

func (d *fitzDoc) Text(page int) (string, error) {
	if err := d.checkPage(page); err != nil {
		return "", d.pageErr("read the text of", page, err)
	}
	var s string
	err := d.guard(func() (e error) {
		s, e = d.doc.Text(page - 1)
		return e
	})
	if err != nil {
		return "", d.pageErr("read the text of", page, err)
	}
	return s, nil
}

func (d *fitzDoc) HTML(page int) (string, error) {
	if err := d.checkPage(page); err != nil {
		return "", d.pageErr("read the text of", page, err)
	}
	var s string
	err := d.guard(func() (e error) {
		s, e = d.doc.HTML(page-1, false)
		return e
	})
	if err != nil {
		return "", d.pageErr("read the text of", page, err)
	}
	return s, nil
}

func (d *fitzDoc) Links(page int) ([]string, error) {
	if err := d.checkPage(page); err != nil {
		return nil, d.pageErr("read the links of", page, err)
	}
	var out []string
	err := d.guard(func() error {
		ls, e := d.doc.Links(page - 1)
		for _, l := range ls {
			out = append(out, l.URI)
		}
		return e
	})
	if err != nil {
		return nil, d.pageErr("read the links of", page, err)
	}
	return out, nil
}

func (d *fitzDoc) Metadata() map[string]string {
	var m map[string]string
	if err := d.guard(func() error {
		m = d.doc.Metadata()
		return nil
	}); err != nil {
		return map[string]string{}
	}
	out := make(map[string]string, len(m))
	for k, v := range m {
		out[k] = cleanText(v)
	}
	return out
}

func (d *fitzDoc) Close() error {
	d.mu.Lock()
	defer d.mu.Unlock()
	if d.closed {
		return nil
	}
	d.closed = true
	err := quiet(d.doc.Close) // dropping a document flushes MuPDF's pending warnings
	trimCHeap()
	return err
}

// cleanText drops NUL padding and surrounding space.
func cleanText(s string) string {
	if i := strings.IndexByte(s, 0); i >= 0 {
		s = s[:i]
	}
	return strings.TrimSpace(strings.ToValidUTF8(s, ""))
}
