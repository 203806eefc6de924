package layout

import (
	"image"
	"image/color"
	"math"

	"github.com/srwiley/rasterx"
	"golang.org/x/image/math/fixed"
	"golang.org/x/image/vector"
)

// boxScanner is a rasterx.Scanner that fills only the bounding box of each
// path. rasterx's ScannerGV accumulates and composites the whole image for
// every fill and every stroke, so an SVG of n shapes cost n full-image
// passes; here a shape costs its own area.
type boxScanner struct {
	dst     *image.RGBA
	r       vector.Rasterizer
	pts     []scanPt
	src     image.Image
	uniform image.Uniform
	fn      rasterx.ColorFunc
	clip    image.Rectangle

	minX, minY, maxX, maxY fixed.Int26_6
}

// scanPt is one recorded pen move (start) or line end.
type scanPt struct {
	x, y  float32
	start bool
}

// funcImage shows a rasterx.ColorFunc (gradients) as an image in dst coordinates.
type funcImage struct{ fn rasterx.ColorFunc }

func (f funcImage) ColorModel() color.Model { return color.RGBA64Model }
func (f funcImage) Bounds() image.Rectangle {
	return image.Rect(-1<<30, -1<<30, 1<<30, 1<<30)
}
func (f funcImage) At(x, y int) color.Color { return f.fn(x, y) }

func newBoxScanner(dst *image.RGBA) *boxScanner {
	s := &boxScanner{dst: dst}
	s.uniform.C = color.RGBA{255, 0, 0, 255}
	s.src = &s.uniform
	s.Clear()
	return s
}

func (s *boxScanner) extend(p fixed.Point26_6) {
	s.minX, s.maxX = min(s.minX, p.X), max(s.maxX, p.X)
	s.minY, s.maxY = min(s.minY, p.Y), max(s.maxY, p.Y)
}

// Start begins a new sub-path at a.
func (s *boxScanner) Start(a fixed.Point26_6) {
	s.extend(a)
	s.pts = append(s.pts, scanPt{float32(a.X) / 64, float32(a.Y) / 64, true})
}

// Line adds a straight segment to b.
func (s *boxScanner) Line(b fixed.Point26_6) {
	s.extend(b)
	s.pts = append(s.pts, scanPt{float32(b.X) / 64, float32(b.Y) / 64, false})
}

// GetPathExtent is the extent of the path so far (gradients in object units use it).
func (s *boxScanner) GetPathExtent() fixed.Rectangle26_6 {
	return fixed.Rectangle26_6{Min: fixed.Point26_6{X: s.minX, Y: s.minY}, Max: fixed.Point26_6{X: s.maxX, Y: s.maxY}}
}

// SetBounds is a no-op: the bounds are the destination's.
func (s *boxScanner) SetBounds(w, h int) {}

// SetWinding is a no-op: x/image/vector fills non-zero, like ScannerGV.
func (s *boxScanner) SetWinding(bool) {}

// SetColor takes a color.Color or a rasterx.ColorFunc.
func (s *boxScanner) SetColor(c interface{}) {
	switch c := c.(type) {
	case color.Color:
		s.uniform.C = c
		s.src = &s.uniform
	case rasterx.ColorFunc:
		s.src = funcImage{c}
	}
}

// SetClip restricts drawing to rect (image.ZR: no clip).
func (s *boxScanner) SetClip(rect image.Rectangle) { s.clip = rect }

// Clear forgets the path.
func (s *boxScanner) Clear() {
	s.pts = s.pts[:0]
	const big = fixed.Int26_6(math.MaxInt32)
	s.minX, s.minY, s.maxX, s.maxY = big, big, -big, -big
}

// Draw composites the path (over) inside its bounding box only.
func (s *boxScanner) Draw() {
	if len(s.pts) == 0 {
		return
	}
	box := image.Rect(s.minX.Floor(), s.minY.Floor(), s.maxX.Ceil()+1, s.maxY.Ceil()+1).Intersect(s.dst.Rect)
	if s.clip != image.ZR {
		box = box.Intersect(s.clip)
	}
	if box.Empty() {
		return
	}
	s.r.Reset(box.Dx(), box.Dy())
	ox, oy := float32(box.Min.X), float32(box.Min.Y)
	for _, p := range s.pts {
		if p.start {
			s.r.MoveTo(p.x-ox, p.y-oy)
		} else {
			s.r.LineTo(p.x-ox, p.y-oy)
		}
	}
	s.r.Draw(s.dst, box, s.src, box.Min)
}

var _ rasterx.Scanner = (*boxScanner)(nil)
