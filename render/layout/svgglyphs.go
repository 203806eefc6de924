package layout

import (
	"image"
	"image/draw"

	"golang.org/x/image/font/sfnt"
	"golang.org/x/image/math/fixed"
	"golang.org/x/image/vector"

	"github.com/lectern-app/lectern/render/fonts"
)

// glyphEm is the size glyph outlines are loaded at before they are
// transformed (the outline is exact at any size; this only sets precision).
const glyphEm = 1024

// drawRun draws a turned or skewed text run into the SVG's raster as glyph
// outlines through to, the map from the run's own coordinates to raster
// pixels. Upright text is not drawn here: the layout sets it as slide text
// on top, sharp at any zoom and real text in the PDF.
func drawRun(dst *image.RGBA, r svgRun, to svgMatrix) {
	m := to.mul(r.m)
	var buf sfnt.Buffer
	x := r.x
	var ras vector.Rasterizer
	b := dst.Bounds()
	ras.Reset(b.Dx(), b.Dy())
	ras.DrawOp = draw.Over
	k := r.size / glyphEm
	pt := func(p fixed.Point26_6, gx float64) (float32, float32) {
		px, py := m.apply(gx+float64(p.X)/64*k, r.y+float64(p.Y)/64*k)
		return float32(px), float32(py)
	}
	drew := false
	fonts.EachRun(r.font, r.text, func(run fonts.Run) {
		sf, err := fonts.Parsed(run.Font)
		for _, ch := range run.Text {
			adv := fonts.Advance(run.Font, r.size, ch)
			if err != nil || run.Missing {
				x += adv
				continue
			}
			idx, err := sf.GlyphIndex(&buf, ch)
			if err != nil || idx == 0 {
				x += adv
				continue
			}
			segs, err := sf.LoadGlyph(&buf, idx, fixed.I(glyphEm), nil)
			if err != nil {
				x += adv
				continue
			}
			for _, s := range segs {
				switch s.Op {
				case sfnt.SegmentOpMoveTo:
					ras.MoveTo(pt(s.Args[0], x))
				case sfnt.SegmentOpLineTo:
					ras.LineTo(pt(s.Args[0], x))
				case sfnt.SegmentOpQuadTo:
					ax, ay := pt(s.Args[0], x)
					bx, by := pt(s.Args[1], x)
					ras.QuadTo(ax, ay, bx, by)
				case sfnt.SegmentOpCubeTo:
					ax, ay := pt(s.Args[0], x)
					bx, by := pt(s.Args[1], x)
					cx, cy := pt(s.Args[2], x)
					ras.CubeTo(ax, ay, bx, by, cx, cy)
				}
				drew = true
			}
			ras.ClosePath()
			x += adv
		}
	})
	if drew {
		ras.Draw(dst, b, image.NewUniform(r.color), image.Point{})
	}
}
