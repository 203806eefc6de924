package layout

import (
	"bytes"
	"fmt"
	"image"
	"math"

	"github.com/srwiley/oksvg"
	"github.com/srwiley/rasterx"
	"golang.org/x/image/math/fixed"
)

// bboxScale is how many raster units a user unit is while a bounding box is
// measured: curves are flattened finely enough for 1/16 of a unit.
const bboxScale = 16

// bbox is the bounding box of el's geometry in its own user space (its
// transform not applied, strokes not counted), for objectBoundingBox units.
// ok is false when it draws nothing or is only text; a line's box has no
// height.
func (n *normaliser) bbox(el *svgNode) (svgRect, bool) {
	tree := &svgNode{name: "svg", kids: []*svgNode{without(el, "transform", "clip-path", "mask", "filter")}}
	var buf bytes.Buffer
	n.write(&buf, tree)
	icon, err := readIcon(buf.Bytes())
	if err != nil {
		return svgRect{}, false
	}
	sc := &extentScanner{}
	sc.reset()
	icon.Transform = rasterx.Identity.Scale(bboxScale, bboxScale)
	for i := range icon.SVGPaths {
		icon.SVGPaths[i].LineWidth = 0 // the path itself, not its stroke
	}
	d := rasterx.NewDasher(1, 1, sc)
	for _, p := range icon.SVGPaths {
		p.DrawTransformed(d, 1, icon.Transform)
	}
	all := sc.all
	if all.Max.X < all.Min.X || all.Max.Y < all.Min.Y {
		return svgRect{}, false
	}
	k := 64.0 * bboxScale
	b := svgRect{float64(all.Min.X) / k, float64(all.Min.Y) / k, float64(all.Max.X-all.Min.X) / k, float64(all.Max.Y-all.Min.Y) / k}
	if math.IsInf(b.w, 0) || math.IsInf(b.h, 0) {
		return svgRect{}, false
	}
	return b, true
}

// readIcon parses an SVG for oksvg, recovering from its panics.
func readIcon(data []byte) (icon *oksvg.SvgIcon, err error) {
	defer func() {
		if r := recover(); r != nil {
			icon, err = nil, fmt.Errorf("the SVG could not be read: %v", r)
		}
	}()
	return oksvg.ReadIconStream(bytes.NewReader(data), oksvg.IgnoreErrorMode)
}

// extentScanner is a rasterx.Scanner that only measures what is drawn.
type extentScanner struct {
	extent fixed.Rectangle26_6 // the current path
	all    fixed.Rectangle26_6 // every path since reset
}

func (s *extentScanner) reset() {
	const big = fixed.Int26_6(math.MaxInt32)
	s.extent = fixed.Rectangle26_6{Min: fixed.Point26_6{X: big, Y: big}, Max: fixed.Point26_6{X: -big, Y: -big}}
	s.all = s.extent
}

func (s *extentScanner) grow(p fixed.Point26_6) {
	for _, r := range []*fixed.Rectangle26_6{&s.extent, &s.all} {
		r.Min.X, r.Max.X = min(r.Min.X, p.X), max(r.Max.X, p.X)
		r.Min.Y, r.Max.Y = min(r.Min.Y, p.Y), max(r.Max.Y, p.Y)
	}
}

func (s *extentScanner) Start(a fixed.Point26_6)            { s.grow(a) }
func (s *extentScanner) Line(b fixed.Point26_6)             { s.grow(b) }
func (s *extentScanner) Draw()                              {}
func (s *extentScanner) GetPathExtent() fixed.Rectangle26_6 { return s.extent }
func (s *extentScanner) SetBounds(w, h int)                 {}
func (s *extentScanner) SetColor(c interface{})             {}
func (s *extentScanner) SetWinding(bool)                    {}
func (s *extentScanner) SetClip(rect image.Rectangle)       {}
func (s *extentScanner) Clear() {
	const big = fixed.Int26_6(math.MaxInt32)
	s.extent = fixed.Rectangle26_6{Min: fixed.Point26_6{X: big, Y: big}, Max: fixed.Point26_6{X: -big, Y: -big}}
}

var _ rasterx.Scanner = (*extentScanner)(nil)
