package layout

import (
	"bytes"
	"fmt"
	"image"
	"math"
	"sync"

	"github.com/srwiley/oksvg"
)

// svgMaxSide is the longest side, in pixels, an SVG is rasterised at.
const svgMaxSide = 2048

// svgMinSide is the smallest raster: tiny boxes still get crisp pixels.
const svgMinSide = 64

// svgDoc is an SVG parsed once; it is rasterised lazily at the sizes it is
// drawn at.
type svgDoc struct {
	mu    sync.Mutex // oksvg icons are retargeted while drawn: one at a time
	parts []svgPart  // what is drawn, in order (svgsplit.go)
	x, y  float64    // the view box's origin
	w, h  float64    // the view box (300×150 when it has none, as browsers do)
	bytes int64      // rough memory held, for the cache's bound
	runs  []svgRun
	// external lists what the file refers to outside itself (other files,
	// the network, external entities): never read, each left out
	external []string
	// missing lists what the file uses that is not drawn (a filter, ...)
	missing []string
}

// parseSVG reads an SVG that is not a file (or whose <image>s may name no file).
func parseSVG(data []byte) (*svgDoc, error) { return parseSVGFile(data, "") }

// parseSVGFile reads an SVG file in folder dir: its <image>s may show
// pictures in dir and below.
func parseSVGFile(data []byte, dir string) (doc *svgDoc, err error) {
	if !bytes.Contains(data, []byte("<svg")) {
		return nil, fmt.Errorf("no <svg> element: not an SVG file")
	}
	defer func() {
		if r := recover(); r != nil {
			doc, err = nil, fmt.Errorf("the SVG could not be read: %v", r)
		}
	}()
	n := newNormaliser(dir)
	root, err := n.prepare(data)
	if err != nil { // not well-formed: oksvg reads the original and says why
		icon, err := oksvg.ReadIconStream(bytes.NewReader(data), oksvg.IgnoreErrorMode)
		if err != nil {
			return nil, err
		}
		p := &svgPaint{icon: icon, widths: make([]float64, len(icon.SVGPaths))}
		for i, sp := range icon.SVGPaths {
			p.widths[i] = sp.LineWidth
		}
		return newSVGDoc(icon, []svgPart{{paint: p}}, parseSVGText(data, svgCSS{}), n, 4*int64(len(data))), nil
	}
	var full bytes.Buffer
	n.write(&full, root)
	// the view box as the normaliser read it (oksvg gives up on it after a
	// width it cannot read, "100%")
	icon := &oksvg.SvgIcon{}
	icon.ViewBox.X, icon.ViewBox.Y, icon.ViewBox.W, icon.ViewBox.H = n.viewBox.x, n.viewBox.y, n.viewBox.w, n.viewBox.h
	n.localiseGradients(root, 0)
	root.kids = append(root.kids, n.extraGradients...) // found by collectGradients
	parts := n.split(root)
	size := n.compile(parts)
	return newSVGDoc(icon, parts, parseSVGText(full.Bytes(), svgCSS{}), n, size), nil
}

func newSVGDoc(icon *oksvg.SvgIcon, parts []svgPart, runs []svgRun, n *normaliser, size int64) *svgDoc {
	w, h := icon.ViewBox.W, icon.ViewBox.H
	if !(w > 0 && h > 0) || math.IsInf(w, 0) || math.IsInf(h, 0) {
		w, h = 300, 150
	}
	return &svgDoc{parts: parts, x: icon.ViewBox.X, y: icon.ViewBox.Y, w: w, h: h, runs: runs,
		external: n.external, missing: n.missing, bytes: size + 1024 + 128*int64(len(runs))}
}

// side is the longest side, in pixels, of the raster for a w×h pixel box:
// the fitted size rounded up to the next rung of 64·√2ⁿ (64, 91, 128, 181,
// 256, 362, 512, 724, 1024, 1448, 2048), so boxes of nearby sizes share a
// raster that backends shrink by at most √2.
func (d *svgDoc) side(w, h float64) int {
	if !(w > 0 && h > 0) {
		return svgMaxSide
	}
	need := max(d.w, d.h) * min(w/d.w, h/d.h)
	s := float64(svgMinSide)
	for s < need-0.5 && s < svgMaxSide {
		s *= math.Sqrt2
	}
	return min(svgMaxSide, int(math.Round(s)))
}

// raster draws the SVG with its longest side at side pixels: its shapes,
// and the text that is turned or skewed (upright text is slide text that
// the layout puts on top: uprightText).
func (d *svgDoc) raster(side int) (img image.Image, err error) {
	d.mu.Lock()
	defer d.mu.Unlock()
	defer func() {
		if r := recover(); r != nil {
			img, err = nil, fmt.Errorf("the SVG could not be drawn: %v", r)
		}
	}()
	k := float64(side) / max(d.w, d.h)
	pw, ph := max(1, int(d.w*k+0.5)), max(1, int(d.h*k+0.5))
	rgba := image.NewRGBA(image.Rect(0, 0, pw, ph)) // transparent
	v := svgView{kx: float64(pw) / d.w, ky: float64(ph) / d.h, x: d.x, y: d.y}
	drawParts(rgba, d.parts, v)
	to := d.toPixels(v.kx, v.ky)
	for _, r := range d.runs {
		if !r.m.upright() {
			drawRun(rgba, r, to)
		}
	}
	return rgba, nil
}

// toPixels maps the SVG's user space to a raster of kx, ky pixels per unit.
func (d *svgDoc) toPixels(kx, ky float64) svgMatrix {
	return svgMatrix{a: kx, d: ky, e: -d.x * kx, f: -d.y * ky}
}
