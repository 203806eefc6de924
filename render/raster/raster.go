// Package raster draws a laid-out page into pixels: thumbnails, PNG output,
// golden tests and screenshots. Glyphs are placed with the same advances the
// layout measured with (render/fonts), so lines end where the layout says.
package raster

import (
	"image"
	"image/color"
	"math"

	"golang.org/x/image/vector"

	"github.com/lectern-app/lectern/render/layout"
)

// Draw rasterises p at widthPx pixels wide (height follows the page aspect).
func Draw(p *layout.Page, widthPx int) *image.RGBA {
	widthPx = max(1, widthPx)
	h := max(1, int(math.Round(p.H*float64(widthPx)/p.W)))
	dst := image.NewRGBA(image.Rect(0, 0, widthPx, h))
	DrawTo(dst, p)
	return dst
}

// Size is the pixel size Draw gives a page at widthPx.
func Size(p *layout.Page, widthPx int) image.Point {
	widthPx = max(1, widthPx)
	return image.Pt(widthPx, max(1, int(math.Round(p.H*float64(widthPx)/p.W))))
}

// DrawTo draws p over the whole of dst, scaled to dst's width (reuse one
// image across frames to spare allocating and clearing it).
func DrawTo(dst *image.RGBA, p *layout.Page) {
	if dst.Rect.Empty() || p.W <= 0 {
		return
	}
	if dst.Rect.Min != (image.Point{}) {
		sub := &image.RGBA{Pix: dst.Pix, Stride: dst.Stride, Rect: dst.Rect.Sub(dst.Rect.Min)}
		dst = sub
	}
	k := float64(dst.Rect.Dx()) / p.W
	fill(dst, p.Background)
	r := &renderer{dst: dst, k: k}
	for _, op := range p.Ops {
		switch o := op.(type) {
		case layout.Rect:
			r.rect(o)
		case layout.Line:
			r.line(o)
		case layout.Text:
			// one text path: a run that arrives unshaped (a backend label,
			// a test's op) is split by face and shaped first
			for _, t := range layout.ShapeText(o) {
				r.drawGlyphs(t)
			}
		case layout.Picture:
			r.picture(o)
		}
	}
}

// fill paints the whole image one colour.
func fill(dst *image.RGBA, c color.RGBA) {
	if len(dst.Pix) == 0 {
		return
	}
	row := dst.Pix[:4*dst.Rect.Dx()]
	for i := 0; i < len(row); i += 4 {
		row[i], row[i+1], row[i+2], row[i+3] = c.R, c.G, c.B, c.A
	}
	for y := 1; y < dst.Rect.Dy(); y++ {
		copy(dst.Pix[y*dst.Stride:], row)
	}
}

type renderer struct {
	dst *image.RGBA
	k   float64
	z   vector.Rasterizer
}

// shape rasterises a path built by path (in pixel coordinates relative to the
// box origin) over the pixel box and composites colour c through it.
func (r *renderer) shape(x0, y0, x1, y1 float64, c color.RGBA, path func(z *vector.Rasterizer, ox, oy float64)) {
	if c.A == 0 {
		return
	}
	box := image.Rect(int(math.Floor(x0)), int(math.Floor(y0)), int(math.Ceil(x1)), int(math.Ceil(y1)))
	box = box.Intersect(r.dst.Rect)
	if box.Empty() {
		return
	}
	r.z.Reset(box.Dx(), box.Dy())
	path(&r.z, float64(box.Min.X), float64(box.Min.Y))
	r.z.Draw(r.dst, box, image.NewUniform(c), image.Point{})
}

func (r *renderer) rect(o layout.Rect) {
	k := r.k
	x, y, w, h := o.X*k, o.Y*k, o.W*k, o.H*k
	fillRoundRect(r.dst, x, y, w, h, o.Radius*k, o.Fill)
	if o.Stroke.A != 0 && o.StrokeWidth > 0 {
		strokeRoundRect(r.dst, x, y, w, h, o.Radius*k, max(o.StrokeWidth*k, 0.75), o.Stroke)
	}
}

func (r *renderer) line(o layout.Line) {
	k := r.k
	x1, y1, x2, y2 := o.X1*k, o.Y1*k, o.X2*k, o.Y2*k
	hw := max(o.Width*k, 0.75) / 2
	if y1 == y2 { // rules, underlines, strike-outs
		fillRoundRect(r.dst, min(x1, x2), y1-hw, math.Abs(x2-x1), 2*hw, 0, o.Color)
		return
	}
	if x1 == x2 {
		fillRoundRect(r.dst, x1-hw, min(y1, y2), 2*hw, math.Abs(y2-y1), 0, o.Color)
		return
	}
	dx, dy := x2-x1, y2-y1
	l := math.Hypot(dx, dy)
	if l == 0 {
		return
	}
	nx, ny := -dy/l*hw, dx/l*hw
	minX, maxX := min(x1, x2)-hw, max(x1, x2)+hw
	minY, maxY := min(y1, y2)-hw, max(y1, y2)+hw
	r.shape(minX, minY, maxX, maxY, o.Color, func(z *vector.Rasterizer, ox, oy float64) {
		z.MoveTo(float32(x1+nx-ox), float32(y1+ny-oy))
		z.LineTo(float32(x2+nx-ox), float32(y2+ny-oy))
		z.LineTo(float32(x2-nx-ox), float32(y2-ny-oy))
		z.LineTo(float32(x1-nx-ox), float32(y1-ny-oy))
		z.ClosePath()
	})
}
