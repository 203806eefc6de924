package export

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"path/filepath"

	"github.com/pdfcpu/pdfcpu/pkg/pdfcpu"
	"github.com/pdfcpu/pdfcpu/pkg/pdfcpu/model"
	"github.com/pdfcpu/pdfcpu/pkg/pdfcpu/types"
	"github.com/pdfcpu/pdfcpu/pkg/pdfcpu/validate"

	"github.com/lectern-app/lectern/internal/atomicfile"
	"github.com/lectern-app/lectern/internal/source/pdf/pdfstruct"
)

// pdfSource is a PDF deck read once and cut into any number of parts
// (see pagecopy.go): every part keeps the original pages, vectors and text.
type pdfSource struct {
	path     string
	ctx      *model.Context
	outline  []pdfcpu.Bookmark // 1-based source pages; nil when none or unreadable
	pageDims []types.Dim
	pages    []sourcePage // the page tree walked once; nil until a cut needs it
}

// openPDF reads the PDF at path, or takes the structure Load read for its
// page labels when the file has not changed since (see
// pdfstruct.Take; half the time of an export was reading the deck
// a second time). A deck with named destinations or a /Dests dictionary
// (LaTeX/hyperref, Beamer) is validated (relaxed: real-world PDFs bend the
// spec), which resolves the name trees its outline and links use. Other
// decks skip validation, which costs as much as the cut itself (mostly
// checking the structure tree of tagged PDFs, which a part does not keep
// anyway). A file pdfcpu cannot read (MuPDF, which shows it, repairs more)
// is a plain "damaged" error naming it.
func openPDF(path string) (*pdfSource, error) {
	return sourceFrom(path, pdfstruct.Take(path))
}

// sourceFrom makes the source from ctx, read from path (nil: read it now).
func sourceFrom(path string, ctx *model.Context) (*pdfSource, error) {
	if ctx == nil {
		var err error
		if ctx, _, err = pdfstruct.Read(path); err != nil {
			if errors.Is(err, fs.ErrNotExist) || errors.Is(err, fs.ErrPermission) {
				return nil, fmt.Errorf("open %s: %w", path, err)
			}
			return nil, damaged(path, err)
		}
	}
	if err := prepare(ctx); err != nil {
		return nil, damaged(path, err)
	}
	s := &pdfSource{path: path, ctx: ctx}
	if bms, err := pdfcpu.Bookmarks(ctx); err == nil {
		s.outline = bms
	}
	return s, nil
}

// prepare counts the pages and validates a deck whose outline or links
// use named destinations; a panic in pdfcpu is an error.
func prepare(ctx *model.Context) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("unreadable structure: %v", r)
		}
	}()
	if err := ctx.EnsurePageCount(); err != nil {
		return err
	}
	root, err := ctx.Catalog()
	if err != nil {
		return err
	}
	_, names := root.Find("Names")
	_, dests := root.Find("Dests")
	if names || dests {
		if err := validate.XRefTable(ctx); err != nil {
			return fmt.Errorf("validation error (obj#:%d): %w", ctx.CurObj, err)
		}
	} else if o, ok := root.Find("Outlines"); ok {
		if d, err := ctx.DereferenceDict(o); err == nil && d != nil {
			ctx.Outlines = d
		}
	}
	return nil
}

// damaged is the error for a PDF whose structure cannot be read.
func damaged(path string, err error) error {
	return fmt.Errorf("%s: the PDF is damaged (%v); it may still show, but its pages cannot be copied: open it and save it again (in a PDF viewer, Save As or Print to PDF), then export the new file", filepath.Base(path), err)
}

// pdfPart is what one part's PDF holds.
type pdfPart struct {
	pages   []int             // source pages, 1-based, in order
	title   []byte            // a one-page PDF put first, nil for none
	labels  []string          // page labels of the output, one per page
	outline []pdfcpu.Bookmark // in output page numbers
}

// write cuts the part into the file out.
func (s *pdfSource) write(out string, p pdfPart) error {
	dst, err := s.cutPart(p)
	if err != nil {
		return err
	}
	_, err = s.save(out, dst)
	return err
}

// cutPart builds the part's document in memory; a panic in pdfcpu on a
// malformed page is an error naming the deck.
func (s *pdfSource) cutPart(p pdfPart) (dst *model.Context, err error) {
	for _, n := range p.pages {
		if n < 1 || n > s.ctx.PageCount {
			return nil, fmt.Errorf("%s has no page %d (it has %d)", s.path, n, s.ctx.PageCount)
		}
	}
	defer func() {
		if r := recover(); r != nil {
			dst, err = nil, damaged(s.path, fmt.Errorf("%v", r))
		}
	}()
	if dst, err = s.cut(p); err != nil {
		return nil, fmt.Errorf("cut pages from %s: %w", s.path, err)
	}
	return dst, nil
}

// save writes a cut part into the file out, streamed (building a 1 MB
// part in a growing buffer first cost a quarter of the cut in clearing and
// copying memory), and returns its size and SHA-256 for parts.json. It
// only reads dst and the stream bytes dst shares with the source, never
// the source's objects, so it may run while the next part is cut.
func (s *pdfSource) save(out string, dst *model.Context) (WrittenFile, error) {
	h := newHashWriter()
	err := atomicfile.Write(out, atomicfile.DefaultPerm, func(w io.Writer) (err error) {
		defer func() {
			if r := recover(); r != nil {
				err = damaged(s.path, fmt.Errorf("%v", r))
			}
		}()
		write := writeContext
		if plainObjects(dst) {
			write = writePlain
		}
		if err := write(dst, io.MultiWriter(w, h)); err != nil {
			return fmt.Errorf("write the pages of %s: %w", s.path, err)
		}
		return nil
	})
	return h.sum(), err
}

// cut builds the part's document: the title page, the pages, the named
// destinations they use, the outline and the page labels.
func (s *pdfSource) cut(p pdfPart) (*model.Context, error) {
	// Its own configuration (pdfcpu shares the pointer), with a classic
	// cross-reference table and no object streams: compressing those was
	// ~18% of the cut, for 2% of the file size.
	conf := *s.ctx.Conf
	conf.WriteObjectStream, conf.WriteXRefStream = false, false
	dst, err := pdfcpu.CreateContextWithXRefTable(&conf, types.PaperSize["A4"])
	if err != nil {
		return nil, err
	}
	var refs []types.IndirectRef
	if p.title != nil {
		tctx, err := readPDF(p.title)
		if err != nil {
			return nil, fmt.Errorf("title slide: %w", err)
		}
		tr, err := newCopier(tctx, dst, nil).appendPages([]int{1})
		if err != nil {
			return nil, fmt.Errorf("title slide: %w", err)
		}
		refs = append(refs, tr...)
	}
	if s.pages == nil {
		if s.pages, err = pageList(s.ctx.XRefTable); err != nil {
			return nil, err
		}
	}
	c := newCopier(s.ctx, dst, s.pages)
	pr, err := c.appendPages(p.pages)
	if err != nil {
		return nil, err
	}
	refs = append(refs, pr...)
	if err := c.namedDests(); err != nil {
		return nil, fmt.Errorf("named destinations: %w", err)
	}
	if err := addOutline(dst, p.outline, refs); err != nil {
		return nil, fmt.Errorf("outline: %w", err)
	}
	if len(p.labels) > 0 {
		root, err := dst.Catalog()
		if err != nil {
			return nil, err
		}
		root["PageLabels"] = labelTree(p.labels)
	}
	return dst, nil
}

// labelTree is a /PageLabels number tree: a range starts wherever the label
// changes, and its pages all show the range's prefix (no numbering style),
// so the pages of one slide share its label.
func labelTree(labels []string) types.Dict {
	nums := types.Array{}
	for i, l := range labels {
		if i > 0 && l == labels[i-1] {
			continue
		}
		nums = append(nums, types.Integer(i), types.Dict{"P": types.NewHexLiteral([]byte(types.EncodeUTF16String(l)))})
	}
	return types.Dict{"Nums": nums}
}

// partOutline keeps the source outline entries that point into the part,
// renumbered: pageMap maps a source page to its output page. An entry whose
// page is not in the part drops out and its children that are take its
// place. When nothing points at the part's first page, an entry with the
// part's title is put first (unless an entry already carries that title).
func partOutline(src []pdfcpu.Bookmark, pageMap map[int]int, first int, title string) []pdfcpu.Bookmark {
	out := filterOutline(src, pageMap)
	if title == "" {
		return out
	}
	if len(out) > 0 && out[0].PageFrom <= first {
		return out
	}
	for _, b := range out {
		if b.Title == title {
			return out
		}
	}
	return append([]pdfcpu.Bookmark{{Title: title, PageFrom: first}}, out...)
}

func filterOutline(src []pdfcpu.Bookmark, pageMap map[int]int) []pdfcpu.Bookmark {
	var out []pdfcpu.Bookmark
	for _, b := range src {
		kids := filterOutline(b.Kids, pageMap)
		p, ok := pageMap[b.PageFrom]
		if !ok || b.Title == "" {
			out = append(out, kids...)
			continue
		}
		out = append(out, pdfcpu.Bookmark{Title: b.Title, PageFrom: p, Bold: b.Bold, Italic: b.Italic, Color: b.Color, Kids: kids})
	}
	return out
}

// dims are the page sizes in points, read once.
func (s *pdfSource) dims() ([]types.Dim, error) {
	if s.pageDims == nil {
		d, err := s.ctx.PageDims()
		if err != nil {
			return nil, err
		}
		s.pageDims = d
	}
	return s.pageDims, nil
}
