package export

import (
	"fmt"
	"math"

	"github.com/pdfcpu/pdfcpu/pkg/pdfcpu/model"
	"github.com/pdfcpu/pdfcpu/pkg/pdfcpu/types"
)

// sourcePage is one page of the source: its dictionary, its reference and
// the attributes it has or inherits from the page tree.
type sourcePage struct {
	dict types.Dict
	ref  types.IndirectRef
	inh  model.InheritedPageAttrs
}

// pageList walks the page tree once, in order. pdfcpu's PageDict walks it
// from the root for every page asked for, which on a flat 200-page tree
// was a tenth of a cut. Cycles, repeated nodes and nesting past pdfcpu's
// recursion limit are errors, as they are in pdfcpu.
func pageList(x *model.XRefTable) ([]sourcePage, error) {
	root, err := x.Pages()
	if err != nil || root == nil {
		return nil, fmt.Errorf("no page tree: %v", err)
	}
	w := &treeWalker{x: x, visit: model.NewPageTreeVisit()}
	if err := w.node(*root, model.InheritedPageAttrs{}, 0); err != nil {
		return nil, err
	}
	return w.pages, nil
}

type treeWalker struct {
	x     *model.XRefTable
	visit *model.PageTreeVisit
	pages []sourcePage
}

func (w *treeWalker) node(ref types.IndirectRef, inh model.InheritedPageAttrs, depth int) error {
	if err := w.x.CheckRecursionDepth("page tree", depth); err != nil {
		return err
	}
	d, err := w.x.DereferenceDict(ref)
	if err != nil {
		return err
	}
	if d == nil {
		return fmt.Errorf("page tree node %d is missing", ref.ObjectNumber.Value())
	}
	if err := w.inherit(d, &inh); err != nil {
		return fmt.Errorf("page tree node %d: %w", ref.ObjectNumber.Value(), err)
	}
	kids := d.ArrayEntry("Kids")
	if kids == nil {
		w.pages = append(w.pages, sourcePage{dict: d, ref: ref, inh: inh})
		return nil
	}
	nr := ref.ObjectNumber.Value()
	if err := w.visit.Enter(nr); err != nil {
		return err
	}
	defer w.visit.Leave(nr)
	for _, k := range kids {
		if k == nil {
			continue
		}
		kr, ok := k.(types.IndirectRef)
		if !ok {
			return fmt.Errorf("page tree node %d has a kid that is not a reference", nr)
		}
		if err := w.node(kr, inh, depth+1); err != nil {
			return err
		}
	}
	return nil
}

// inherit overrides the inherited attributes with the node's own, as
// pdfcpu's PageDict does (without consolidating resources).
func (w *treeWalker) inherit(d types.Dict, inh *model.InheritedPageAttrs) error {
	for _, k := range []string{"MediaBox", "CropBox"} {
		o, ok := d.Find(k)
		if !ok {
			continue
		}
		a, err := w.x.DereferenceArray(o)
		if err != nil {
			return err
		}
		if len(a) != 4 {
			return fmt.Errorf("/%s has %d numbers, not 4", k, len(a))
		}
		r, err := w.x.RectForArray(a)
		if err != nil {
			return err
		}
		if k == "MediaBox" {
			inh.MediaBox = r
		} else {
			inh.CropBox = r
		}
	}
	if o, ok := d.Find("Rotate"); ok {
		o, err := w.x.Dereference(o)
		if err != nil {
			return err
		}
		switch v := o.(type) {
		case types.Integer:
			inh.Rotate = v.Value()
		case types.Float:
			inh.Rotate = int(math.Round(v.Value()))
		default:
			return fmt.Errorf("/Rotate is not a number: %v", o)
		}
	}
	if o, ok := d.Find("Resources"); ok {
		r, err := w.x.DereferenceDict(o)
		if err != nil {
			return err
		}
		inh.Resources = r
	}
	return nil
}
