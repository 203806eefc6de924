package layout

import (
	"bytes"
	"fmt"
	"image"
	"math"
	"sync"

	"github.com/srwiley/oksvg"
	"github.com/srwiley/rasterx"
)

// svgMaxSide is the longest side, in pixels, an SVG is rasterised at.
const svgMaxSide = 2048

// svgMinSide is the smallest raster: tiny boxes still get crisp pixels.
const svgMinSide = 64

// svgDoc is an SVG parsed once; it is rasterised lazily at the sizes it is
// drawn at.
type svgDoc struct {
	mu    sync.Mutex // an oksvg icon is retargeted while drawn: one at a time
	icon  *oksvg.SvgIcon
	x, y  float64 // the view box's origin
	w, h  float64 // the view box (300×150 when it has none, as browsers do)
	bytes int64   // rough memory held, for the cache's bound
	runs  []svgRun
	// external lists what the file refers to outside itself (other files,
	// the network, external entities): never read, each left out
	external []string
	widths   []float64 // each path's stroke width as written (raster scales them)
}

func parseSVG(data []byte) (doc *svgDoc, err error) {
	if !bytes.Contains(data, []byte("<svg")) {
		return nil, fmt.Errorf("no <svg> element: not an SVG file")
	}
	defer func() {
		if r := recover(); r != nil {
			doc, err = nil, fmt.Errorf("the SVG could not be read: %v", r)
		}
	}()
	var external []string
	if norm, ext, err := normaliseSVG(data); err == nil {
		data, external = norm, ext
	}
	icon, err := oksvg.ReadIconStream(bytes.NewReader(data), oksvg.IgnoreErrorMode)
	if err != nil {
		return nil, err
	}
	w, h := icon.ViewBox.W, icon.ViewBox.H
	if !(w > 0 && h > 0) || math.IsInf(w, 0) || math.IsInf(h, 0) {
		w, h = 300, 150
	}
	runs := parseSVGText(data, svgCSS{})
	widths := make([]float64, len(icon.SVGPaths))
	for i, p := range icon.SVGPaths {
		widths[i] = p.LineWidth
	}
	return &svgDoc{icon: icon, x: icon.ViewBox.X, y: icon.ViewBox.Y, w: w, h: h, runs: runs, external: external, widths: widths,
		bytes: 4*int64(len(data)) + 1024 + 128*int64(len(runs))}, nil
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
	d.target(pw, ph)
	rgba := image.NewRGBA(image.Rect(0, 0, pw, ph)) // transparent
	d.icon.Draw(rasterx.NewDasher(pw, ph, newBoxScanner(rgba)), 1)
	to := d.toPixels(float64(pw)/d.w, float64(ph)/d.h)
	for _, r := range d.runs {
		if !r.m.upright() {
			drawRun(rgba, r, to)
		}
	}
	return rgba, nil
}

// target sets the icon up to draw into pw×ph pixels; called with d.mu held.
func (d *svgDoc) target(pw, ph int) {
	// not SetTarget: it moves by the view box's origin in pixels, unscaled
	d.icon.Transform = rasterx.Identity.Scale(float64(pw)/d.w, float64(ph)/d.h).Translate(-d.x, -d.y)
	// oksvg strokes in pixels as written: scale the widths with the raster
	k := math.Sqrt(float64(pw) / d.w * float64(ph) / d.h)
	for i := range d.icon.SVGPaths {
		d.icon.SVGPaths[i].LineWidth = d.widths[i] * k
	}
}

// toPixels maps the SVG's user space to a raster of kx, ky pixels per unit.
func (d *svgDoc) toPixels(kx, ky float64) svgMatrix {
	return svgMatrix{a: kx, d: ky, e: -d.x * kx, f: -d.y * ky}
}
