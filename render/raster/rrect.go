package raster

import (
	"image"
	"image/color"
	"math"
)

// A rounded rectangle rasterised by rows: only the anti-aliased edge pixels
// are shaded one by one (from a signed distance), the interior is filled in
// spans. This is much faster than a general path rasteriser on the large
// boxes slides have (code blocks, tables, placeholders).

type rbox struct{ cx, cy, hw, hh, r float64 }

func newRBox(x, y, w, h, r float64) rbox {
	r = max(0, min(r, w/2, h/2))
	return rbox{cx: x + w/2, cy: y + h/2, hw: w / 2, hh: h / 2, r: r}
}

// cover is the coverage (0..1) of the pixel centred at (px, py).
func (b rbox) cover(px, py float64) float64 {
	if b.hw <= 0 || b.hh <= 0 {
		return 0
	}
	qx := math.Abs(px-b.cx) - (b.hw - b.r)
	qy := math.Abs(py-b.cy) - (b.hh - b.r)
	d := math.Hypot(max(qx, 0), max(qy, 0)) + min(max(qx, qy), 0) - b.r
	// thin boxes: coverage cannot exceed their width or height
	c := min(1, max(0, 0.5-d))
	return min(c, 2*b.hw, 2*b.hh)
}

// blend composites premultiplied colour c at coverage a into pixel i.
func blend(pix []uint8, i int, c color.RGBA, a float64) {
	if a <= 0 {
		return
	}
	if a >= 1 && c.A == 0xff {
		pix[i], pix[i+1], pix[i+2], pix[i+3] = c.R, c.G, c.B, 0xff
		return
	}
	sa := float64(c.A) * a / 255
	k := 1 - sa
	pix[i] = uint8(float64(c.R)*a + float64(pix[i])*k + 0.5)
	pix[i+1] = uint8(float64(c.G)*a + float64(pix[i+1])*k + 0.5)
	pix[i+2] = uint8(float64(c.B)*a + float64(pix[i+2])*k + 0.5)
	pix[i+3] = uint8(float64(c.A)*a + float64(pix[i+3])*k + 0.5)
}

// fillRoundRect fills a rounded rectangle (pixel coordinates) with c.
func fillRoundRect(dst *image.RGBA, x, y, w, h, r float64, c color.RGBA) {
	if c.A == 0 || w <= 0 || h <= 0 {
		return
	}
	b := newRBox(x, y, w, h, r)
	area := image.Rect(int(math.Floor(x)), int(math.Floor(y)), int(math.Ceil(x+w)), int(math.Ceil(y+h))).Intersect(dst.Rect)
	for py := area.Min.Y; py < area.Max.Y; py++ {
		fy := float64(py) + 0.5
		row := dst.PixOffset(0, py)
		xl := area.Max.X
		for px := area.Min.X; px < area.Max.X; px++ {
			a := b.cover(float64(px)+0.5, fy)
			if a >= 1 {
				xl = px
				break
			}
			blend(dst.Pix, row+4*px, c, a)
		}
		if xl == area.Max.X {
			continue
		}
		xr := xl
		for px := area.Max.X - 1; px > xl; px-- {
			a := b.cover(float64(px)+0.5, fy)
			if a >= 1 {
				xr = px
				break
			}
			blend(dst.Pix, row+4*px, c, a)
		}
		span(dst.Pix[row+4*xl:row+4*(xr+1)], c)
	}
}

// span fills whole pixels with c (composited over when c is translucent).
func span(pix []uint8, c color.RGBA) {
	if c.A == 0xff {
		for i := 0; i+3 < len(pix); i += 4 {
			pix[i], pix[i+1], pix[i+2], pix[i+3] = c.R, c.G, c.B, 0xff
		}
		return
	}
	for i := 0; i+3 < len(pix); i += 4 {
		blend(pix, i, c, 1)
	}
}

// strokeRoundRect draws the outline of a rounded rectangle, sw wide and
// centred on the edge.
func strokeRoundRect(dst *image.RGBA, x, y, w, h, r, sw float64, c color.RGBA) {
	if c.A == 0 || sw <= 0 {
		return
	}
	hs := sw / 2
	outer := newRBox(x-hs, y-hs, w+sw, h+sw, r+hs)
	inner := newRBox(x+hs, y+hs, w-sw, h-sw, max(0, r-hs))
	area := image.Rect(int(math.Floor(x-hs)), int(math.Floor(y-hs)), int(math.Ceil(x+w+hs)), int(math.Ceil(y+h+hs))).Intersect(dst.Rect)
	for py := area.Min.Y; py < area.Max.Y; py++ {
		fy := float64(py) + 0.5
		row := dst.PixOffset(0, py)
		xl := area.Max.X
		for px := area.Min.X; px < area.Max.X; px++ {
			fx := float64(px) + 0.5
			ci := inner.cover(fx, fy)
			if ci >= 1 {
				xl = px
				break
			}
			blend(dst.Pix, row+4*px, c, outer.cover(fx, fy)-ci)
		}
		for px := area.Max.X - 1; px > xl; px-- {
			fx := float64(px) + 0.5
			ci := inner.cover(fx, fy)
			if ci >= 1 {
				break
			}
			blend(dst.Pix, row+4*px, c, outer.cover(fx, fy)-ci)
		}
	}
}
