package export

import (
	"bytes"
	"fmt"

	"github.com/pdfcpu/pdfcpu/pkg/pdfcpu/types"
)

// placement puts a page of the source PDF into a box of a handout page.
type placement struct {
	page       int     // handout page, 1-based
	src        int     // source page, 1-based
	x, y, w, h float64 // box in points, from the page's top-left corner
}

// placePages draws source pages into the boxes of a handout PDF written by
// pdfout: each source page becomes a form XObject (its content streams and
// resources copied, so text and vectors stay as they are) drawn scaled into
// its box, on pdfcpu's model, which reads the cross-reference streams that
// Chromium-made PDFs (Marp, Slidev, browsers) use.
func placePages(handout []byte, src *pdfSource, ps []placement) ([]byte, error) {
	hctx, err := readPDF(handout)
	if err != nil {
		return nil, fmt.Errorf("read the handout back: %w", err)
	}
	c := newCopier(src.ctx, hctx, src.pages)
	type form struct {
		ref types.IndirectRef
		box *types.Rectangle
	}
	forms := map[int]form{}
	for i, p := range ps {
		f, ok := forms[p.src]
		if !ok {
			ref, box, err := c.form(p.src)
			if err != nil {
				return nil, fmt.Errorf("slide page %d: %w", p.src, err)
			}
			f = form{ref, box}
			forms[p.src] = f
		}
		d, _, inh, err := hctx.PageDict(p.page, false)
		if err != nil || d == nil {
			return nil, fmt.Errorf("handout page %d: %v", p.page, err)
		}
		res, err := hctx.DereferenceDict(d["Resources"])
		if err != nil || res == nil {
			return nil, fmt.Errorf("handout page %d has no resources: %v", p.page, err)
		}
		xo, err := hctx.DereferenceDict(res["XObject"])
		if err != nil || xo == nil {
			xo = types.Dict{}
			res["XObject"] = xo
		}
		name := fmt.Sprintf("LecternSlide%d", i+1)
		xo[name] = f.ref
		ph := inh.MediaBox.Height()
		sx, sy := p.w/f.box.Width(), p.h/f.box.Height()
		tx, ty := p.x-f.box.LL.X*sx, ph-p.y-p.h-f.box.LL.Y*sy
		ops := fmt.Sprintf("q %.5f 0 0 %.5f %.3f %.3f cm /%s Do Q\n", sx, sy, tx, ty, name)
		sd, err := hctx.NewStreamDictForBuf([]byte(ops))
		if err != nil {
			return nil, err
		}
		if err := sd.Encode(); err != nil {
			return nil, err
		}
		ref, err := hctx.IndRefForNewObject(*sd)
		if err != nil {
			return nil, err
		}
		contents, err := hctx.Dereference(d["Contents"])
		if err != nil {
			return nil, err
		}
		// The slide goes under the handout's own drawing, so pen strokes
		// drawn over its box (Options.Ink) stay on top; the handout draws
		// nothing else inside the box.
		switch v := contents.(type) {
		case types.Array:
			d["Contents"] = append(types.Array{*ref}, v...)
		case nil:
			d["Contents"] = *ref
		default:
			d["Contents"] = types.Array{*ref, d["Contents"]}
		}
	}
	var buf bytes.Buffer
	if err := writeContext(hctx, &buf); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// form copies a source page into dst as a form XObject and returns it with
// its bounding box (the page's crop box, else its media box).
func (c *copier) form(page int) (types.IndirectRef, *types.Rectangle, error) {
	d, _, inh, err := c.src.PageDict(page, false)
	if err != nil || d == nil || inh == nil {
		return types.IndirectRef{}, nil, fmt.Errorf("no page %d: %v", page, err)
	}
	content, err := c.src.PageContent(d, page)
	if err != nil {
		return types.IndirectRef{}, nil, err
	}
	box := inh.CropBox
	if box == nil {
		box = inh.MediaBox
	}
	if box == nil || box.Width() <= 0 || box.Height() <= 0 {
		return types.IndirectRef{}, nil, fmt.Errorf("page %d has no size", page)
	}
	sd, err := c.dst.NewStreamDictForBuf(content)
	if err != nil {
		return types.IndirectRef{}, nil, err
	}
	sd.Dict["Type"] = types.Name("XObject")
	sd.Dict["Subtype"] = types.Name("Form")
	sd.Dict["BBox"] = box.Array()
	if inh.Resources != nil {
		res, err := c.dict(inh.Resources)
		if err != nil {
			return types.IndirectRef{}, nil, err
		}
		sd.Dict["Resources"] = res
	}
	if err := sd.Encode(); err != nil {
		return types.IndirectRef{}, nil, err
	}
	ref, err := c.dst.IndRefForNewObject(*sd)
	if err != nil {
		return types.IndirectRef{}, nil, err
	}
	return *ref, box, nil
}
