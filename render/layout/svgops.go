package layout

import (
	"fmt"
	"image"
	"path/filepath"
	"strings"
)

// KindSVGExternal is the problem kind of an SVG that refers to files or
// addresses outside itself.
const KindSVGExternal = "svg-external"

// SVGExternalError is an SVG picture that asks for something outside the
// file (another file, a web address, an external entity or style sheet):
// Lectern never reads or fetches it, and draws the picture without it.
type SVGExternalError struct {
	Path string
	What []string
}

func (e *SVGExternalError) Error() string {
	return fmt.Sprintf("SVG %s refers to things outside the file, which are not loaded: %s",
		filepath.Base(e.Path), strings.Join(e.What, ", "))
}

// Kind is the problem kind `lectern check` reports.
func (e *SVGExternalError) Kind() string { return KindSVGExternal }

// svgText puts the upright text of an SVG picture drawn in the box (x, y,
// w, h) on top of it as slide text, so it is as sharp as the slide's own
// text on screen and real text in the PDF. pix is the raster drawn in the
// box (a centred crop of the whole for a covering background); a run whose
// middle or baseline lies outside the box is left out, as the picture's
// edge would cut it (one that only overhangs is kept whole).
func (b *builder) svgText(path string, pix image.Image, x, y, w, h float64, emit func(Op)) {
	doc := svgDocOf(path)
	if doc != nil && len(doc.external) > 0 {
		b.problem(&SVGExternalError{Path: path, What: doc.external})
	}
	if doc != nil && len(doc.missing) > 0 {
		b.problem(&SVGUnsupportedError{Path: path, What: doc.missing})
	}
	if doc == nil || len(doc.runs) == 0 || pix == nil {
		return
	}
	r := pix.Bounds()
	if r.Dx() <= 0 || r.Dy() <= 0 {
		return
	}
	// the raster's pixels per user unit: the crop cut one side, the other is whole
	k := max(float64(r.Dx())/doc.w, float64(r.Dy())/doc.h)
	ox, oy := float64(r.Min.X), float64(r.Min.Y)
	sx, sy := w/float64(r.Dx()), h/float64(r.Dy())
	to := doc.toPixels(k, k)
	slop := 0.5 * min(w, h) / 100
	for _, run := range doc.runs {
		if !run.m.upright() {
			continue
		}
		m := to.mul(run.m)
		px, py := m.apply(run.x, run.y)
		size := run.size * m.d * sy
		tx, ty := x+(px-ox)*sx, y+(py-oy)*sy
		mid := tx + measure(run.font, size, run.text)/2
		if mid < x || mid > x+w || ty < y || ty > y+h+slop || size <= 0 {
			continue
		}
		emit(Text{X: tx, Y: ty, Size: size, Font: run.font, Color: run.color, Text: run.text})
	}
}

// svgDocOf is the parsed SVG at path from the image cache, or nil.
func svgDocOf(path string) *svgDoc {
	v, err := loadCached(path)
	if err != nil {
		return nil
	}
	doc, _ := v.(*svgDoc)
	return doc
}
