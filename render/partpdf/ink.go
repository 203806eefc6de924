package partpdf

import (
	"github.com/lectern-app/lectern/internal/export"
	"github.com/lectern-app/lectern/render/layout"
)

// inkPage is the speaker's pen strokes over a w×h box: a line per segment,
// as wide relative to the slide as on screen.
func inkPage(strokes []export.Stroke, w, h float64) *layout.Page {
	p := &layout.Page{W: w, H: h}
	for _, s := range strokes {
		width := max(0.5, s.Width*w)
		for i := 1; i < len(s.Points); i++ {
			a, b := s.Points[i-1], s.Points[i]
			p.Ops = append(p.Ops, layout.Line{X1: a[0] * w, Y1: a[1] * h, X2: b[0] * w, Y2: b[1] * h, Width: width, Color: s.Colour})
		}
	}
	return p
}
