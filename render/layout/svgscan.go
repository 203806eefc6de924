package layout

import (
	"image"
	"image/color"
	"image/draw"
	"math"

	"github.com/golang/freetype/raster"
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
	mask    image.Alpha        // coverage of the current path, reused
	eo      *raster.Rasterizer // even-odd fills, reused
	evenOdd bool

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

// SetWinding chooses the fill rule: x/image/vector fills non-zero, and
// even-odd is drawn by freetype's rasterizer (drawEvenOdd).
func (s *boxScanner) SetWinding(nonZero bool) { s.evenOdd = !nonZero }

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

// Draw composites the path (over) inside its bounding box only: the
// rasterizer writes a coverage mask straight from its accumulator (its fast
// path), and image/draw's glyph path blends the colour where the mask is not
// empty.
func (s *boxScanner) Draw() {
	if len(s.pts) == 0 {
		return
	}
	if u, ok := s.src.(*image.Uniform); ok {
		if _, _, _, a := u.C.RGBA(); a == 0 {
			return
		}
	}
	box := image.Rect(s.minX.Floor(), s.minY.Floor(), s.maxX.Ceil()+1, s.maxY.Ceil()+1).Intersect(s.dst.Rect)
	if s.clip != image.ZR {
		box = box.Intersect(s.clip)
	}
	if box.Empty() {
		return
	}
	w, h := box.Dx(), box.Dy()
	svgFitAlpha(&s.mask, w, h)
	if s.evenOdd {
		s.drawEvenOdd(box)
	} else {
		s.cover(&s.mask, box, s.pts)
	}
	if u, ok := s.src.(*image.Uniform); ok {
		blendUniform(s.dst, box, u.C, &s.mask)
		return
	}
	draw.DrawMask(s.dst, box, s.src, box.Min, &s.mask, image.Point{}, draw.Over)
}

// cover writes the non-zero coverage of pts, in box, into m.
func (s *boxScanner) cover(m *image.Alpha, box image.Rectangle, pts []scanPt) {
	s.r.Reset(box.Dx(), box.Dy())
	s.r.DrawOp = draw.Src
	ox, oy := float32(box.Min.X), float32(box.Min.Y)
	for _, p := range pts {
		if p.start {
			s.r.MoveTo(p.x-ox, p.y-oy)
		} else {
			s.r.LineTo(p.x-ox, p.y-oy)
		}
	}
	s.r.Draw(m, m.Rect, image.Opaque, image.Point{})
}

// drawEvenOdd fills by the even-odd rule with freetype's rasterizer
// (x/image/vector fills only non-zero), which also covers a sub-path
// crossing itself (a star drawn in one stroke).
func (s *boxScanner) drawEvenOdd(box image.Rectangle) {
	clear(s.mask.Pix)
	w, h := box.Dx(), box.Dy()
	if s.eo == nil {
		s.eo = raster.NewRasterizer(w, h)
	} else {
		s.eo.SetBounds(w, h)
	}
	s.eo.UseNonZeroWinding = false
	ox, oy := float32(box.Min.X), float32(box.Min.Y)
	at := func(p scanPt) fixed.Point26_6 {
		return fixed.Point26_6{X: fixed.Int26_6((p.x - ox) * 64), Y: fixed.Int26_6((p.y - oy) * 64)}
	}
	var first fixed.Point26_6
	for i, p := range s.pts {
		if p.start {
			if i > 0 {
				s.eo.Add1(first) // close the sub-path before
			}
			first = at(p)
			s.eo.Start(first)
			continue
		}
		s.eo.Add1(at(p))
	}
	s.eo.Add1(first)
	s.eo.Rasterize(raster.NewAlphaSrcPainter(&s.mask))
}

// svgFitAlpha makes m a w×h mask at the origin, reusing its pixels.
func svgFitAlpha(m *image.Alpha, w, h int) {
	if cap(m.Pix) < w*h {
		m.Pix = make([]uint8, w*h)
	}
	m.Pix, m.Stride, m.Rect = m.Pix[:w*h], w, image.Rect(0, 0, w, h)
}

// blendUniform draws colour c over dst inside r through mask (whose origin
// is r.Min): image/draw's glyph loop, plus a plain copy where an opaque
// colour fully covers a pixel (the inside of every filled shape).
func blendUniform(dst *image.RGBA, r image.Rectangle, c color.Color, mask *image.Alpha) {
	const m = 1<<16 - 1
	sr, sg, sb, sa := c.RGBA()
	solid := [4]uint8{uint8(sr >> 8), uint8(sg >> 8), uint8(sb >> 8), uint8(sa >> 8)}
	opaque := sa == m
	w := r.Dx()
	for y := range r.Dy() {
		row := dst.Pix[dst.PixOffset(r.Min.X, r.Min.Y+y):]
		mrow := mask.Pix[y*mask.Stride : y*mask.Stride+w]
		for x, mv := range mrow {
			if mv == 0 {
				continue
			}
			d := row[4*x : 4*x+4 : 4*x+4]
			if mv == 255 && opaque {
				d[0], d[1], d[2], d[3] = solid[0], solid[1], solid[2], solid[3]
				continue
			}
			ma := uint32(mv) * 0x101
			a := (m - (sa * ma / m)) * 0x101
			d[0] = uint8((uint32(d[0])*a + sr*ma) / m >> 8)
			d[1] = uint8((uint32(d[1])*a + sg*ma) / m >> 8)
			d[2] = uint8((uint32(d[2])*a + sb*ma) / m >> 8)
			d[3] = uint8((uint32(d[3])*a + sa*ma) / m >> 8)
		}
	}
}

var _ rasterx.Scanner = (*boxScanner)(nil)
