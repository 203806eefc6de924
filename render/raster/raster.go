// Package raster draws a laid-out page into pixels: thumbnails, PNG output,
// golden tests and screenshots. Glyphs are placed with the same advances the
// layout measured with (render/fonts), so lines end where the layout says.
package raster

import (
	"image"
	"image/color"
	"image/draw"
	"math"

	"golang.org/x/image/vector"

	"github.com/lectern-app/lectern/render/layout"
)

// Draw rasterises p at widthPx pixels wide (height follows the page aspect).
func Draw(p *layout.Page, widthPx int) *image.RGBA {
	widthPx = max(1, widthPx)
	k := float64(widthPx) / p.W
	h := max(1, int(math.Round(p.H*k)))
	dst := image.NewRGBA(image.Rect(0, 0, widthPx, h))
	fill(dst, p.Background)
	r := &renderer{dst: dst, k: k}
	for _, op := range p.Ops {
		switch o := op.(type) {
		case layout.Rect:
			r.rect(o)
		case layout.Line:
			r.line(o)
		case layout.Text:
			r.text(o)
		case layout.Picture:
			r.picture(o)
		}
	}
	return dst
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

// roundRect adds a closed rounded rectangle; ccw reverses its direction so
// it cuts a hole in an enclosing path.
func roundRect(z *vector.Rasterizer, x, y, w, h, rad float64, ccw bool) {
	rad = max(0, min(rad, w/2, h/2))
	const kappa = 0.5523
	c := rad * (1 - kappa)
	type pt struct{ x, y float64 }
	// corners as (start, ctrl1, ctrl2, end) going clockwise from the top edge
	var pts []pt
	if rad == 0 {
		pts = []pt{{x, y}, {x + w, y}, {x + w, y + h}, {x, y + h}}
		if ccw {
			pts[1], pts[3] = pts[3], pts[1]
		}
		z.MoveTo(float32(pts[0].x), float32(pts[0].y))
		for _, p := range pts[1:] {
			z.LineTo(float32(p.x), float32(p.y))
		}
		z.ClosePath()
		return
	}
	segs := [][4]pt{
		{{x + w - rad, y}, {x + w - c, y}, {x + w, y + c}, {x + w, y + rad}},
		{{x + w, y + h - rad}, {x + w, y + h - c}, {x + w - c, y + h}, {x + w - rad, y + h}},
		{{x + rad, y + h}, {x + c, y + h}, {x, y + h - c}, {x, y + h - rad}},
		{{x, y + rad}, {x, y + c}, {x + c, y}, {x + rad, y}},
	}
	if ccw {
		// walk the same outline backwards
		rev := make([][4]pt, 4)
		for i, s := range segs {
			rev[3-i] = [4]pt{s[3], s[2], s[1], s[0]}
		}
		z.MoveTo(float32(rev[0][0].x), float32(rev[0][0].y))
		for i, s := range rev {
			if i > 0 {
				z.LineTo(float32(s[0].x), float32(s[0].y))
			}
			z.CubeTo(float32(s[1].x), float32(s[1].y), float32(s[2].x), float32(s[2].y), float32(s[3].x), float32(s[3].y))
		}
		z.ClosePath()
		return
	}
	z.MoveTo(float32(x+rad), float32(y))
	for _, s := range segs {
		z.LineTo(float32(s[0].x), float32(s[0].y))
		z.CubeTo(float32(s[1].x), float32(s[1].y), float32(s[2].x), float32(s[2].y), float32(s[3].x), float32(s[3].y))
	}
	z.ClosePath()
}

func (r *renderer) rect(o layout.Rect) {
	k := r.k
	x, y, w, h := o.X*k, o.Y*k, o.W*k, o.H*k
	rad := o.Radius * k
	if o.Fill.A != 0 {
		if rad == 0 && o.Fill.A == 0xff && isWhole(x, y, w, h) {
			draw.Draw(r.dst, image.Rect(int(x), int(y), int(x+w), int(y+h)), image.NewUniform(o.Fill), image.Point{}, draw.Src)
		} else {
			r.shape(x, y, x+w, y+h, o.Fill, func(z *vector.Rasterizer, ox, oy float64) {
				roundRect(z, x-ox, y-oy, w, h, rad, false)
			})
		}
	}
	if o.Stroke.A != 0 && o.StrokeWidth > 0 {
		sw := max(o.StrokeWidth*k, 0.75)
		hw := sw / 2
		r.shape(x-hw, y-hw, x+w+hw, y+h+hw, o.Stroke, func(z *vector.Rasterizer, ox, oy float64) {
			roundRect(z, x-hw-ox, y-hw-oy, w+sw, h+sw, rad+hw, false)
			if w > sw && h > sw {
				roundRect(z, x+hw-ox, y+hw-oy, w-sw, h-sw, max(0, rad-hw), true)
			}
		})
	}
}

func isWhole(vs ...float64) bool {
	for _, v := range vs {
		if v != math.Trunc(v) {
			return false
		}
	}
	return true
}

func (r *renderer) line(o layout.Line) {
	k := r.k
	x1, y1, x2, y2 := o.X1*k, o.Y1*k, o.X2*k, o.Y2*k
	hw := max(o.Width*k, 0.75) / 2
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
