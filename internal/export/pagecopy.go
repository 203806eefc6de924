package export

import (
	"fmt"
	"sort"

	"github.com/pdfcpu/pdfcpu/pkg/pdfcpu"
	"github.com/pdfcpu/pdfcpu/pkg/pdfcpu/model"
	"github.com/pdfcpu/pdfcpu/pkg/pdfcpu/types"
)

// A part's PDF is built by copying page objects and everything they refer
// to (content streams still encoded, fonts, images, annotations) from the
// source into a new document, renumbered. Unlike pdfcpu's ExtractPages this
// never decodes or parses a content stream (pdfcpu does, to prune unused
// resources, and that is most of its time) and never changes the source,
// so one read of the deck serves every part.

// copier copies objects from src to dst, each source object once.
type copier struct {
	src, dst *model.Context
	m        map[int]int  // source object number → destination object number
	pages    []sourcePage // src's pages, from pageList
}

// newCopier copies from src, whose pages are pages (nil: walk its page
// tree when first needed).
func newCopier(src, dst *model.Context, pages []sourcePage) *copier {
	return &copier{src: src, dst: dst, m: map[int]int{}, pages: pages}
}

// page is the source's page n (1-based).
func (c *copier) page(n int) (sourcePage, error) {
	if c.pages == nil {
		ps, err := pageList(c.src.XRefTable)
		if err != nil {
			return sourcePage{}, err
		}
		c.pages = ps
	}
	if n < 1 || n > len(c.pages) {
		return sourcePage{}, fmt.Errorf("page %d: no such page (the document has %d)", n, len(c.pages))
	}
	return c.pages[n-1], nil
}

// obj returns a copy of o whose references point into dst.
func (c *copier) obj(o types.Object) (types.Object, error) {
	switch v := o.(type) {
	case types.IndirectRef:
		return c.ref(v)
	case types.Dict:
		return c.dict(v)
	case types.StreamDict:
		d, err := c.dict(v.Dict)
		if err != nil {
			return nil, err
		}
		v.Dict = d // the encoded bytes are shared: nothing writes them
		return v, nil
	case types.Array:
		out := make(types.Array, len(v))
		for i, x := range v {
			y, err := c.obj(x)
			if err != nil {
				return nil, err
			}
			out[i] = y
		}
		return out, nil
	}
	return o, nil // names, numbers, strings: values
}

func (c *copier) dict(d types.Dict) (types.Dict, error) {
	out := make(types.Dict, len(d))
	for k, x := range d {
		y, err := c.obj(x)
		if err != nil {
			return nil, fmt.Errorf("/%s: %w", k, err)
		}
		out[k] = y
	}
	return out, nil
}

// ref copies the object ir names, once. A page that is not being copied
// (a link target in another part), a page tree node or the catalog becomes
// null rather than pulling the rest of the deck along.
func (c *copier) ref(ir types.IndirectRef) (types.Object, error) {
	n := ir.ObjectNumber.Value()
	if nr, ok := c.m[n]; ok {
		return *types.NewIndirectRef(nr, 0), nil
	}
	o, err := c.src.Dereference(ir)
	if err != nil {
		return nil, fmt.Errorf("object %d: %w", n, err)
	}
	if d, ok := o.(types.Dict); ok {
		if t := d.Type(); t != nil && (*t == "Page" || *t == "Pages" || *t == "Catalog") {
			return nil, nil
		}
	}
	nr, err := c.dst.InsertObject(nil)
	if err != nil {
		return nil, err
	}
	c.m[n] = nr
	cp, err := c.obj(o)
	if err != nil {
		return nil, err
	}
	c.dst.Table[nr].Object = cp
	return *types.NewIndirectRef(nr, 0), nil
}

// pageKeysDropped are page entries a part leaves out: the parent (set
// anew), inherited attributes (set from the resolved values) and article
// beads, which chain to pages of other parts.
var pageKeysDropped = map[string]bool{"Parent": true, "Resources": true, "MediaBox": true, "CropBox": true, "Rotate": true, "B": true}

// appendPages copies pages (1-based, in order) of c.src to the end of
// c.dst's page tree and returns their new references.
func (c *copier) appendPages(pages []int) ([]types.IndirectRef, error) {
	pagesRef, err := c.dst.Pages()
	if err != nil || pagesRef == nil {
		return nil, fmt.Errorf("new document has no page tree: %v", err)
	}
	pagesDict, err := c.dst.DereferenceDict(*pagesRef)
	if err != nil {
		return nil, err
	}
	type page struct {
		d   types.Dict
		inh model.InheritedPageAttrs
		nr  int
	}
	list := make([]page, len(pages))
	// Number every page first, so links and annotations between pages of
	// the part point at their copies.
	for i, n := range pages {
		sp, err := c.page(n)
		if err != nil {
			return nil, err
		}
		nr, err := c.dst.InsertObject(nil)
		if err != nil {
			return nil, err
		}
		if _, dup := c.m[sp.ref.ObjectNumber.Value()]; !dup {
			c.m[sp.ref.ObjectNumber.Value()] = nr
		}
		list[i] = page{d: sp.dict, inh: sp.inh, nr: nr}
	}
	refs := make([]types.IndirectRef, len(pages))
	for i, p := range list {
		nd := types.Dict{}
		for k, v := range p.d {
			if pageKeysDropped[k] {
				continue
			}
			cp, err := c.obj(v)
			if err != nil {
				return nil, fmt.Errorf("page %d: %w", pages[i], err)
			}
			nd[k] = cp
		}
		nd["Type"] = types.Name("Page")
		nd["Parent"] = *pagesRef
		if p.inh.Resources != nil {
			res, err := c.dict(p.inh.Resources)
			if err != nil {
				return nil, fmt.Errorf("page %d resources: %w", pages[i], err)
			}
			nd["Resources"] = res
		}
		if p.inh.MediaBox != nil {
			nd["MediaBox"] = p.inh.MediaBox.Array()
		}
		if p.inh.CropBox != nil {
			nd["CropBox"] = p.inh.CropBox.Array()
		}
		if p.inh.Rotate%360 != 0 {
			nd["Rotate"] = types.Integer(p.inh.Rotate)
		}
		c.dst.Table[p.nr].Object = nd
		refs[i] = *types.NewIndirectRef(p.nr, 0)
		if err := model.AppendPageTree(&refs[i], 1, pagesDict); err != nil {
			return nil, err
		}
	}
	c.dst.PageCount += len(pages)
	return refs, nil
}

// namedDests copies the source's named destinations that point at copied
// pages into a name tree of dst, so links inside the part keep working.
func (c *copier) namedDests() error {
	type entry struct {
		k string
		v types.Object
	}
	var entries []entry
	add := func(k string, v types.Object) error {
		target, err := c.src.Dereference(v)
		if err != nil {
			return nil // a broken destination: leave it out
		}
		arr, ok := target.(types.Array)
		if d, isDict := target.(types.Dict); isDict {
			a, err := c.src.Dereference(d["D"])
			if err != nil {
				return nil
			}
			arr, ok = a.(types.Array)
		}
		if !ok || len(arr) == 0 {
			return nil
		}
		pr, ok := arr[0].(types.IndirectRef)
		if !ok {
			return nil
		}
		if _, copied := c.m[pr.ObjectNumber.Value()]; !copied {
			return nil
		}
		cp, err := c.obj(arr)
		if err != nil {
			return err
		}
		entries = append(entries, entry{k, cp})
		return nil
	}
	if n := c.src.Names["Dests"]; n != nil {
		err := n.Process(c.src.XRefTable, func(_ *model.XRefTable, k string, v *types.Object) error {
			if v == nil || *v == nil {
				return nil
			}
			return add(k, *v)
		})
		if err != nil {
			return err
		}
	}
	if root, err := c.src.Catalog(); err == nil {
		if o, ok := root.Find("Dests"); ok {
			if d, err := c.src.DereferenceDict(o); err == nil {
				for k, v := range d {
					if err := add(k, v); err != nil {
						return err
					}
				}
			}
		}
	}
	if len(entries) == 0 {
		return nil
	}
	sort.Slice(entries, func(i, j int) bool { return entries[i].k < entries[j].k })
	names := types.Array{}
	for i, e := range entries {
		if i > 0 && e.k == entries[i-1].k {
			continue
		}
		s, err := types.Escape(e.k)
		if err != nil {
			continue
		}
		names = append(names, types.StringLiteral(*s), e.v)
	}
	tree, err := c.dst.IndRefForNewObject(types.Dict{"Names": names})
	if err != nil {
		return err
	}
	root, err := c.dst.Catalog()
	if err != nil {
		return err
	}
	root["Names"] = types.Dict{"Dests": *tree}
	return nil
}

// addOutline writes bookmarks (page numbers of dst, 1-based) as dst's
// outline, every entry open.
func addOutline(dst *model.Context, bms []pdfcpu.Bookmark, pages []types.IndirectRef) error {
	if len(bms) == 0 {
		return nil
	}
	root, err := dst.Catalog()
	if err != nil {
		return err
	}
	outlines := types.Dict{"Type": types.Name("Outlines")}
	oref, err := dst.IndRefForNewObject(outlines)
	if err != nil {
		return err
	}
	first, last, count, err := outlineItems(dst, bms, *oref, pages)
	if err != nil {
		return err
	}
	if first == nil {
		return nil
	}
	outlines["First"], outlines["Last"], outlines["Count"] = *first, *last, types.Integer(count)
	root["Outlines"] = *oref
	return nil
}

// outlineItems writes one level of the outline and returns its first and
// last items and how many items it holds, children included.
func outlineItems(dst *model.Context, bms []pdfcpu.Bookmark, parent types.IndirectRef, pages []types.IndirectRef) (first, last *types.IndirectRef, count int, err error) {
	var prev types.Dict
	for _, b := range bms {
		if b.PageFrom < 1 || b.PageFrom > len(pages) {
			continue
		}
		d := types.Dict{
			"Title":  types.NewHexLiteral([]byte(types.EncodeUTF16String(b.Title))),
			"Parent": parent,
			"Dest":   types.Array{pages[b.PageFrom-1], types.Name("Fit")},
		}
		if st := b.Style(); st > 0 {
			d["F"] = types.Integer(st)
		}
		if b.Color != nil {
			d["C"] = types.Array{types.Float(b.Color.R), types.Float(b.Color.G), types.Float(b.Color.B)}
		}
		ref, err := dst.IndRefForNewObject(d)
		if err != nil {
			return nil, nil, 0, err
		}
		count++
		if len(b.Kids) > 0 {
			kf, kl, kc, err := outlineItems(dst, b.Kids, *ref, pages)
			if err != nil {
				return nil, nil, 0, err
			}
			if kf != nil {
				d["First"], d["Last"], d["Count"] = *kf, *kl, types.Integer(kc)
				count += kc
			}
		}
		if first == nil {
			first = ref
		}
		if prev != nil {
			prev["Next"] = *ref
			d["Prev"] = *last
		}
		prev, last = d, ref
	}
	return first, last, count, nil
}
