package export

import (
	"bytes"
	"fmt"
	"os"
	"sync"

	"github.com/pdfcpu/pdfcpu/pkg/api"
	"github.com/pdfcpu/pdfcpu/pkg/pdfcpu"
	"github.com/pdfcpu/pdfcpu/pkg/pdfcpu/model"
	"github.com/pdfcpu/pdfcpu/pkg/pdfcpu/types"
)

var disableConfig sync.Once

// pdfConf is pdfcpu's configuration for reading decks: relaxed validation
// (real-world PDFs bend the spec) and no config folder in $HOME.
func pdfConf() *model.Configuration {
	disableConfig.Do(api.DisableConfigDir)
	conf := model.NewDefaultConfiguration()
	conf.ValidationMode = model.ValidationRelaxed
	return conf
}

// pdfSource is a PDF deck cut into any number of parts. The page objects
// are copied as they are (content streams, fonts, images, annotations), so
// every part keeps the original vectors and text.
//
// pdfcpu's page copy rewrites the source's named destinations and form
// fields in place (it carries over those the part uses and deletes the
// rest), so a context holding either serves one cut only: such decks are
// read again for every part. Decks without them (Marp, Keynote, PowerPoint
// exports) are read once, which is what makes a cut cheap.
type pdfSource struct {
	path     string
	data     []byte
	ctx      *model.Context
	used     bool              // ctx has served a cut
	oneShot  bool              // ctx is changed by a cut: read again before the next
	outline  []pdfcpu.Bookmark // 1-based source pages; nil when none or unreadable
	pageDims []types.Dim
}

// openPDF reads and validates the PDF at path (relaxed: real-world PDFs
// bend the spec). Validation is not optional: it resolves the named
// destinations and name trees that pdfcpu's page copy and outline rely on.
func openPDF(path string) (*pdfSource, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	s := &pdfSource{path: path, data: data}
	if err := s.read(); err != nil {
		return nil, err
	}
	_, dests := s.ctx.Names["Dests"]
	s.oneShot = dests || s.ctx.Form != nil
	if bms, err := pdfcpu.Bookmarks(s.ctx); err == nil {
		s.outline = bms
	}
	return s, nil
}

func (s *pdfSource) read() error {
	ctx, err := api.ReadAndValidate(bytes.NewReader(s.data), pdfConf())
	if err != nil {
		return fmt.Errorf("read %s: %w", s.path, err)
	}
	s.ctx, s.used = ctx, false
	return nil
}

// fresh returns a context no earlier cut has changed.
func (s *pdfSource) fresh() (*model.Context, error) {
	if s.used && s.oneShot {
		if err := s.read(); err != nil {
			return nil, err
		}
	}
	s.used = true
	return s.ctx, nil
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
	for _, n := range p.pages {
		if n < 1 || n > s.ctx.PageCount {
			return fmt.Errorf("%s has no page %d (it has %d)", s.path, n, s.ctx.PageCount)
		}
	}
	dst, err := s.cut(p, true)
	if err != nil && len(p.outline) > 0 {
		// An outline pdfcpu cannot rebuild (odd titles, duplicate names)
		// must not cost the speaker the part: write it without.
		dst, err = s.cut(p, false)
	}
	if err != nil {
		return fmt.Errorf("cut pages from %s: %w", s.path, err)
	}
	var buf bytes.Buffer
	if err := api.WriteContext(dst, &buf); err != nil {
		return fmt.Errorf("write %s: %w", out, err)
	}
	if err := writeFileAtomic(out, buf.Bytes()); err != nil {
		return fmt.Errorf("write %s: %w", out, err)
	}
	return nil
}

func (s *pdfSource) cut(p pdfPart, withOutline bool) (*model.Context, error) {
	src, err := s.fresh()
	if err != nil {
		return nil, err
	}
	var dst *model.Context
	if p.title == nil {
		dst, err = pdfcpu.ExtractPages(src, p.pages, false)
	} else {
		dst, err = withTitle(src, p)
	}
	if err != nil {
		return nil, err
	}
	if err := dst.EnsurePageCount(); err != nil {
		return nil, err
	}
	if withOutline && len(p.outline) > 0 {
		if err := pdfcpu.AddBookmarks(dst, p.outline, true); err != nil {
			return nil, fmt.Errorf("outline: %w", err)
		}
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

// withTitle makes a context holding the title page, then the part's pages.
func withTitle(src *model.Context, p pdfPart) (*model.Context, error) {
	tctx, err := api.ReadAndValidate(bytes.NewReader(p.title), pdfConf())
	if err != nil {
		return nil, fmt.Errorf("title slide: %w", err)
	}
	dst, err := pdfcpu.CreateContextWithXRefTable(src.Conf, types.PaperSize["A4"])
	if err != nil {
		return nil, err
	}
	if err := pdfcpu.AddPages(tctx, dst, []int{1}, false); err != nil {
		return nil, fmt.Errorf("title slide: %w", err)
	}
	if err := pdfcpu.AddPages(src, dst, p.pages, false); err != nil {
		return nil, err
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
	// Siblings must run in page order for pdfcpu; promoted children can
	// break it only if the source outline was out of order already.
	for i := 1; i < len(out); i++ {
		if out[i].PageFrom < out[i-1].PageFrom {
			return sortedFlat(out)
		}
	}
	return out
}

// sortedFlat flattens an outline into one sorted level (a last resort for
// outlines whose entries run out of page order).
func sortedFlat(bms []pdfcpu.Bookmark) []pdfcpu.Bookmark {
	var flat []pdfcpu.Bookmark
	var walk func([]pdfcpu.Bookmark)
	walk = func(l []pdfcpu.Bookmark) {
		for _, b := range l {
			kids := b.Kids
			b.Kids = nil
			flat = append(flat, b)
			walk(kids)
		}
	}
	walk(bms)
	for i := 1; i < len(flat); i++ {
		for j := i; j > 0 && flat[j].PageFrom < flat[j-1].PageFrom; j-- {
			flat[j], flat[j-1] = flat[j-1], flat[j]
		}
	}
	return flat
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
