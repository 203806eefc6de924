package layout

import (
	"image"
	"math"
)

// svgMaxTileSide bounds the raster a pattern's tile is drawn into.
const svgMaxTileSide = 1024

// svgTile is a pattern's tile for one shape: drawn once, repeated.
type svgTile struct {
	parts []svgPart // the content, in pattern space
	m     svgMatrix // pattern space to user space (the shape's, then patternTransform)
	rect  svgRect   // the tile, in pattern space
}

// fill paints dst, where alpha is not zero, with the tile repeated: the
// tile is drawn once at the density the picture shows it (what overflows
// it is cut, as SVG says), then sampled through the inverse transform,
// wrapping, with bilinear filtering.
func (t *svgTile) fill(dst *image.RGBA, alpha *image.Alpha, v svgView) {
	d := v.matrix().mul(t.m) // pattern space to pixels
	inv, ok := d.invert()
	if !ok {
		return
	}
	side := func(units, perUnit float64) int {
		n := math.Ceil(units * perUnit)
		if !(n >= 1) {
			return 1
		}
		return int(min(n, svgMaxTileSide))
	}
	tw, th := side(t.rect.w, math.Hypot(d.a, d.b)), side(t.rect.h, math.Hypot(d.c, d.d))
	kx, ky := float64(tw)/t.rect.w, float64(th)/t.rect.h
	tile := image.NewRGBA(image.Rect(0, 0, tw, th))
	drawParts(tile, t.parts, svgView{kx: kx, ky: ky, x: t.rect.x, y: t.rect.y})
	wrap := func(i, n int) int {
		if i >= 0 && i < n {
			return i
		}
		i %= n
		if i < 0 {
			i += n
		}
		return i
	}
	r := dst.Rect
	// the sample point moves by (du, dw) tile pixels a picture pixel along a row
	du, dw := inv.a*kx, inv.b*ky
	for y := r.Min.Y; y < r.Max.Y; y++ {
		arow := alpha.Pix[alpha.PixOffset(r.Min.X, y):][:r.Dx()]
		drow := dst.Pix[dst.PixOffset(r.Min.X, y):][:4*r.Dx()]
		px, py := inv.apply(float64(r.Min.X)+0.5, float64(y)+0.5)
		u0, w0 := (px-t.rect.x)*kx-0.5, (py-t.rect.y)*ky-0.5
		if math.IsNaN(u0+w0+du+dw) || math.Abs(u0)+math.Abs(w0)+float64(r.Dx())*(math.Abs(du)+math.Abs(dw)) > 1e15 {
			continue
		}
		// start within the first tile: fewer wraps, exact floats
		u0 -= math.Floor(u0/float64(tw)) * float64(tw)
		w0 -= math.Floor(w0/float64(th)) * float64(th)
		for i, a := range arow {
			if a == 0 {
				continue
			}
			u, w := u0+float64(i)*du, w0+float64(i)*dw
			fu, fw := math.Floor(u), math.Floor(w)
			x0, y0 := wrap(int(fu), tw), wrap(int(fw), th)
			x1, y1 := wrap(x0+1, tw), wrap(y0+1, th)
			ax, ay := uint32((u-fu)*256), uint32((w-fw)*256)
			q00, q10 := tile.Pix[y0*tile.Stride+4*x0:][:4], tile.Pix[y0*tile.Stride+4*x1:][:4]
			q01, q11 := tile.Pix[y1*tile.Stride+4*x0:][:4], tile.Pix[y1*tile.Stride+4*x1:][:4]
			d := drow[4*i : 4*i+4 : 4*i+4]
			for c := range 4 {
				top := uint32(q00[c])*(256-ax) + uint32(q10[c])*ax
				bot := uint32(q01[c])*(256-ax) + uint32(q11[c])*ax
				d[c] = uint8((top*(256-ay) + bot*ay + 1<<15) >> 16)
			}
		}
	}
}
