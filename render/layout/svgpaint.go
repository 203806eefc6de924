package layout

import (
	"bytes"
	"fmt"
	"image"
	"image/color"
	"image/draw"
	"math"
	"strconv"
	"strings"

	"github.com/srwiley/oksvg"
	"github.com/srwiley/rasterx"
)

// svgPaint is shapes oksvg draws: one compiled document.
type svgPaint struct {
	icon    *oksvg.SvgIcon
	widths  []float64   // each path's stroke width as written (raster scales them)
	dashes  [][]float64 // and its dashes
	offsets []float64
}

// compile turns the parts' documents into oksvg icons, and says how many
// bytes they hold (roughly).
func (n *normaliser) compile(parts []svgPart) int64 {
	var size int64
	for i := range parts {
		p := &parts[i]
		switch {
		case p.tree != nil:
			p.paint, size = n.compileTree(p.tree), size+n.treeBytes
			p.tree = nil
		case p.group != nil:
			g := p.group
			size += n.compile(g.content) + n.compile(g.mask)
			if g.tile != nil {
				size += n.compile(g.tile.parts)
			}
			for _, t := range g.clipTrees {
				g.clips = append(g.clips, n.compileTree(t))
				size += n.treeBytes
			}
			g.clipTrees = nil
		case p.image != nil:
			size += pixelBytes(p.image.img)
		}
	}
	return size
}

// compileTree writes a part's document (strokes scaled by its transforms)
// and reads it with oksvg; nil when oksvg cannot.
func (n *normaliser) compileTree(tree *svgNode) *svgPaint {
	scaleStrokes(tree, svgIdentity, 1)
	scaleDashes(tree, svgIdentity, "", "", 0)
	markEvenOdd(tree, strings.TrimSpace(styleProps(tree)["fill-rule"]), 0) // the root may set it
	var buf bytes.Buffer
	n.write(&buf, tree)
	n.treeBytes = 4*int64(buf.Len()) + 512
	icon, err := readIcon(buf.Bytes())
	if err != nil { // oksvg refuses a whole document for one value it cannot read
		n.unsupported(fmt.Sprintf("shapes the SVG reader could not read (%v; left out)", err))
		return nil
	}
	p := &svgPaint{icon: icon, widths: make([]float64, len(icon.SVGPaths)),
		dashes: make([][]float64, len(icon.SVGPaths)), offsets: make([]float64, len(icon.SVGPaths))}
	for i, sp := range icon.SVGPaths {
		p.widths[i] = sp.LineWidth
		if sp.DashOffset == evenOddMark && sp.Dash == nil {
			icon.SVGPaths[i].DashOffset, icon.SVGPaths[i].UseNonZeroWinding = 0, false
		}
		p.dashes[i] = append([]float64(nil), sp.Dash...)
		p.offsets[i] = icon.SVGPaths[i].DashOffset
	}
	return p
}

// scaleDashes writes into each shape its dashes (and their offset) times
// the scale of the transforms above it, as scaleStrokes does the width.
func scaleDashes(el *svgNode, m svgMatrix, dash, offset string, depth int) {
	if depth > svgMaxDepth {
		return
	}
	for _, k := range el.kids {
		if k.name == "" {
			continue
		}
		props := styleProps(k)
		km, kd, ko := m, dash, offset
		if tr, ok := props["transform"]; ok {
			km = m.mul(parseTransform(tr))
		}
		if v, ok := props["stroke-dasharray"]; ok {
			kd = strings.TrimSpace(v)
		}
		if v, ok := props["stroke-dashoffset"]; ok {
			ko = strings.TrimSpace(v)
		}
		s := math.Sqrt(math.Abs(km.a*km.d - km.b*km.c))
		if svgShapes[k.name] && kd != "" && kd != "none" && math.Abs(s-1) > 1e-9 && !math.IsNaN(s) && !math.IsInf(s, 0) {
			var parts []string
			for _, f := range parseNumbers(kd) {
				parts = append(parts, strconv.FormatFloat(f*s, 'g', 6, 64))
			}
			if len(parts) > 0 {
				setStyle(k, "stroke-dasharray", strings.Join(parts, " "))
			}
			if f, ok := parseLength(ko, 16); ok && f != 0 {
				setStyle(k, "stroke-dashoffset", strconv.FormatFloat(f*s, 'g', 6, 64))
			}
		}
		scaleDashes(k, km, kd, ko, depth+1)
	}
}

// evenOddMark is the stroke-dashoffset that tells a shape filled by the
// even-odd rule: oksvg reads no fill-rule, and a dash offset without a dash
// array draws nothing, so it carries the rule through to the path it makes.
const evenOddMark = 0.000123457

// markEvenOdd marks the shapes whose fill-rule (inherited or their own) is
// evenodd and that have no dashes.
func markEvenOdd(el *svgNode, rule string, depth int) {
	if depth > svgMaxDepth {
		return
	}
	for _, k := range el.kids {
		if k.name == "" {
			continue
		}
		props := styleProps(k)
		r := rule
		if v, ok := props["fill-rule"]; ok {
			r = strings.TrimSpace(v)
		}
		if svgShapes[k.name] {
			if d := strings.TrimSpace(props["stroke-dasharray"]); r == "evenodd" && (d == "" || d == "none") {
				setStyle(k, "stroke-dashoffset", strconv.FormatFloat(evenOddMark, 'g', -1, 64))
			}
			continue
		}
		markEvenOdd(k, r, depth+1)
	}
}

// draw puts the shapes onto dst, whose pixels are kx, ky per user unit
// from the view box's origin (x, y); called with the document's lock held.
func (p *svgPaint) draw(dst *image.RGBA, v svgView) {
	if p == nil {
		return
	}
	// not SetTarget: it moves by the view box's origin in pixels, unscaled
	p.icon.Transform = rasterx.Identity.Scale(v.kx, v.ky).Translate(-v.x, -v.y)
	// oksvg strokes in pixels as written: scale the widths with the raster
	k := math.Sqrt(v.kx * v.ky)
	for i := range p.icon.SVGPaths {
		sp := &p.icon.SVGPaths[i]
		sp.LineWidth = p.widths[i] * k
		if p.dashes != nil { // dashes too are drawn in pixels as written
			for j := range sp.Dash {
				sp.Dash[j] = p.dashes[i][j] * k
			}
			sp.DashOffset = p.offsets[i] * k
		}
	}
	b := dst.Rect
	p.icon.Draw(rasterx.NewDasher(b.Dx(), b.Dy(), newBoxScanner(dst)), 1)
}

// svgView is how user space maps to the raster's pixels.
type svgView struct{ kx, ky, x, y float64 }

func (v svgView) matrix() svgMatrix {
	return svgMatrix{a: v.kx, d: v.ky, e: -v.x * v.kx, f: -v.y * v.ky}
}

// drawParts draws the parts in order onto dst.
func drawParts(dst *image.RGBA, parts []svgPart, v svgView) {
	for _, p := range parts {
		switch {
		case p.paint != nil:
			p.paint.draw(dst, v)
		case p.group != nil:
			p.group.draw(dst, v)
		case p.image != nil:
			p.image.draw(dst, v)
		}
	}
}

// draw composites the group's content onto dst through its clips' alpha
// and its mask's luminance. Every buffer is at most dst's size, and only
// as large as the clip leaves.
func (g *svgGroup) draw(dst *image.RGBA, v svgView) {
	if g.filter != nil {
		g.drawFiltered(dst, v)
		return
	}
	area := dst.Rect
	alpha := image.NewAlpha(area)
	for i := range alpha.Pix {
		alpha.Pix[i] = 255
	}
	for _, c := range g.clips {
		tmp := image.NewRGBA(area)
		c.draw(tmp, v)
		svgEachPixel(alpha, tmp, area, func(a uint8, p []uint8) uint8 { return uint8(uint32(a) * uint32(p[3]) / 255) })
		area = svgOpaqueBounds(alpha, area)
		if area.Empty() {
			return
		}
	}
	if g.hasMask {
		tmp := image.NewRGBA(area)
		drawParts(tmp, g.mask, v)
		// premultiplied colour: luminance (0.2125, 0.7154, 0.0721 in 1/65536) times alpha at once
		svgEachPixel(alpha, tmp, area, func(a uint8, p []uint8) uint8 {
			lum := (13926*uint32(p[0]) + 46884*uint32(p[1]) + 4725*uint32(p[2]) + 1<<15) >> 16
			return uint8((uint32(a)*lum + 127) / 255)
		})
	}
	if g.opacity < 1 {
		k := uint32(max(0, g.opacity)*256 + 0.5)
		for i, a := range alpha.Pix {
			alpha.Pix[i] = uint8(uint32(a) * k >> 8)
		}
	}
	content := image.NewRGBA(area)
	if g.tile != nil {
		g.tile.fill(content, alpha, v)
	} else {
		drawParts(content, g.content, v)
	}
	draw.DrawMask(dst, area, content, area.Min, alpha, area.Min, draw.Over)
}

// drawFiltered draws the content in the filter region, filters it and
// puts the result onto dst.
func (g *svgGroup) drawFiltered(dst *image.RGBA, v svgView) {
	area := g.filter.deviceRect(v).Intersect(dst.Rect)
	if area.Empty() {
		return
	}
	src := image.NewRGBA(area)
	drawParts(src, g.content, v)
	out := g.filter.apply(src, v)
	op := image.NewUniform(color.Alpha{A: uint8(min(1, max(0, g.opacity))*255 + 0.5)})
	draw.DrawMask(dst, area, out, area.Min, op, image.Point{}, draw.Over)
}

// svgEachPixel sets each alpha pixel in area to f of it and tmp's RGBA pixel.
func svgEachPixel(alpha *image.Alpha, tmp *image.RGBA, area image.Rectangle, f func(a uint8, p []uint8) uint8) {
	w := area.Dx()
	for y := area.Min.Y; y < area.Max.Y; y++ {
		arow := alpha.Pix[alpha.PixOffset(area.Min.X, y):][:w]
		prow := tmp.Pix[tmp.PixOffset(area.Min.X, y):][:4*w]
		for x, a := range arow {
			if a != 0 {
				arow[x] = f(a, prow[4*x:4*x+4:4*x+4])
			}
		}
	}
}

// svgOpaqueBounds is the part of area where a is not zero.
func svgOpaqueBounds(a *image.Alpha, area image.Rectangle) image.Rectangle {
	out := image.Rectangle{}
	for y := area.Min.Y; y < area.Max.Y; y++ {
		row := a.Pix[a.PixOffset(area.Min.X, y) : a.PixOffset(area.Max.X-1, y)+1]
		first := -1
		for x, v := range row {
			if v != 0 {
				first = x
				break
			}
		}
		if first < 0 {
			continue
		}
		last := first
		for x := len(row) - 1; x > first; x-- {
			if row[x] != 0 {
				last = x
				break
			}
		}
		out = out.Union(image.Rect(area.Min.X+first, y, area.Min.X+last+1, y+1))
	}
	return out
}
