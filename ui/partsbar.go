package ui

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/widget"

	"github.com/lectern-app/lectern/internal/console"
)

// partsBar shows the whole talk as one strip, a segment per part sized by
// its budget, filled as its time is spent: green within budget, red past
// it, the current part framed. A glance says which part is running long.
type partsBar struct {
	widget.BaseWidget
	parts []console.Segment
	rects []*canvas.Rectangle // per part: track, fill, frame
}

func newPartsBar() *partsBar {
	b := &partsBar{}
	b.ExtendBaseWidget(b)
	return b
}

func (b *partsBar) set(parts []console.Segment) {
	b.parts = parts
	b.Refresh()
}

func (b *partsBar) CreateRenderer() fyne.WidgetRenderer { return &partsBarRenderer{b: b} }

type partsBarRenderer struct {
	b    *partsBar
	objs []fyne.CanvasObject
}

func (r *partsBarRenderer) MinSize() fyne.Size           { return fyne.NewSize(100, 14) }
func (r *partsBarRenderer) Objects() []fyne.CanvasObject { return r.objs }
func (r *partsBarRenderer) Destroy()                     {}
func (r *partsBarRenderer) Refresh()                     { r.Layout(r.b.Size()) }
func (r *partsBarRenderer) Layout(size fyne.Size) {
	parts := r.b.parts
	for len(r.b.rects) < 3*len(parts) {
		rc := canvas.NewRectangle(color.Transparent)
		r.b.rects = append(r.b.rects, rc)
	}
	r.objs = r.objs[:0]
	total := 0.0
	for _, p := range parts {
		total += p.Weight
	}
	if total <= 0 || size.Width < 10 {
		return
	}
	const gap = 4
	width := float64(size.Width) - gap*float64(len(parts)-1)
	x := float32(0)
	for i, p := range parts {
		w := float32(width * p.Weight / total)
		track, fill, frame := r.b.rects[3*i], r.b.rects[3*i+1], r.b.rects[3*i+2]
		track.FillColor = color.NRGBA{0x33, 0x41, 0x55, 0xff}
		track.Move(fyne.NewPos(x, 0))
		track.Resize(fyne.NewSize(w, size.Height))
		fill.FillColor = colGood
		if p.Over {
			fill.FillColor = colOver
		}
		fill.Move(fyne.NewPos(x, 0))
		fill.Resize(fyne.NewSize(w*float32(min(p.Spent, 1)), size.Height))
		frame.FillColor = color.Transparent
		frame.StrokeWidth = 0
		if p.Current {
			frame.StrokeColor, frame.StrokeWidth = colNormal, 2
		}
		frame.Move(fyne.NewPos(x, 0))
		frame.Resize(fyne.NewSize(w, size.Height))
		for _, o := range []*canvas.Rectangle{track, fill, frame} {
			o.Refresh()
			r.objs = append(r.objs, o)
		}
		x += w + gap
	}
}
