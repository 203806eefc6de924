package ui

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/widget"

	"github.com/lectern-app/lectern/internal/console"
)

// pointerPad lies over the presenter's current slide and turns the mouse
// into slide coordinates for the controller: where it points, a held
// button (laser, or a pen stroke in pen mode), and a Shift+drag box to zoom
// the audience view into. It draws only that box while it is dragged.
type pointerPad struct {
	widget.BaseWidget
	aspect func() float64

	onMove func(p console.Point, in bool)
	onHold func(p console.Point, down bool)
	onZoom func(r console.Rect)

	sel      *canvas.Rectangle
	selFrom  console.Point
	selStart fyne.Position
	boxing   bool // a Shift+drag zoom box is being drawn
	down     bool
	last     fyne.Position // the last drag position
}

func newPointerPad(aspect func() float64) *pointerPad {
	p := &pointerPad{aspect: aspect, sel: canvas.NewRectangle(color.NRGBA{0xf5, 0xb3, 0x00, 0x30})}
	p.sel.StrokeColor = color.NRGBA{0xf5, 0xb3, 0x00, 0xff}
	p.sel.StrokeWidth = 2
	p.sel.Hide()
	p.ExtendBaseWidget(p)
	return p
}

// toSlide maps a position in the pad to slide coordinates; in says
// whether it is on the slide (not the letterbox bars).
func (p *pointerPad) toSlide(pos fyne.Position) (console.Point, bool) {
	b := letterbox(p.Size(), p.aspect())
	if b.Size.Width <= 0 || b.Size.Height <= 0 {
		return console.Point{}, false
	}
	pt := console.Point{X: float64((pos.X - b.Pos.X) / b.Size.Width), Y: float64((pos.Y - b.Pos.Y) / b.Size.Height)}
	return pt, pt.X >= 0 && pt.X <= 1 && pt.Y >= 0 && pt.Y <= 1
}

func (p *pointerPad) MouseIn(e *desktop.MouseEvent)    { p.MouseMoved(e) }
func (p *pointerPad) MouseMoved(e *desktop.MouseEvent) { p.move(e.Position) }
func (p *pointerPad) MouseOut() {
	if p.onMove != nil && !p.down {
		p.onMove(console.Point{}, false)
	}
}

func (p *pointerPad) move(pos fyne.Position) {
	pt, in := p.toSlide(pos)
	if p.onMove != nil {
		p.onMove(pt, in)
	}
}

func (p *pointerPad) MouseDown(e *desktop.MouseEvent) {
	if e.Button != desktop.MouseButtonPrimary {
		return
	}
	pt, in := p.toSlide(e.Position)
	if !in {
		return
	}
	p.down = true
	if e.Modifier&fyne.KeyModifierShift != 0 {
		p.boxing, p.selFrom, p.selStart = true, pt, e.Position
		return
	}
	if p.onHold != nil {
		p.onHold(pt, true)
	}
}

func (p *pointerPad) MouseUp(e *desktop.MouseEvent) {
	if !p.down {
		return
	}
	pt, _ := p.toSlide(e.Position)
	p.release(pt)
}

func (p *pointerPad) Dragged(e *fyne.DragEvent) {
	if p.boxing {
		a, b := p.selStart, e.Position
		p.sel.Move(fyne.NewPos(min(a.X, b.X), min(a.Y, b.Y)))
		p.sel.Resize(fyne.NewSize(abs32(b.X-a.X), abs32(b.Y-a.Y)))
		p.sel.Show()
		p.sel.Refresh()
		p.Refresh()
		p.last = e.Position
		return
	}
	p.move(e.Position)
	p.last = e.Position
}

func (p *pointerPad) DragEnd() {
	if p.down {
		pt, _ := p.toSlide(p.last)
		p.release(pt)
	}
}

func (p *pointerPad) release(pt console.Point) {
	p.down = false
	if p.boxing {
		p.boxing = false
		p.sel.Hide()
		p.Refresh()
		if p.onZoom != nil {
			p.onZoom(console.Rect{X0: p.selFrom.X, Y0: p.selFrom.Y, X1: pt.X, Y1: pt.Y})
		}
		return
	}
	if p.onHold != nil {
		p.onHold(pt, false)
	}
}

func abs32(v float32) float32 {
	if v < 0 {
		return -v
	}
	return v
}

func (p *pointerPad) CreateRenderer() fyne.WidgetRenderer {
	return &padRenderer{p: p}
}

type padRenderer struct{ p *pointerPad }

func (r *padRenderer) Objects() []fyne.CanvasObject { return []fyne.CanvasObject{r.p.sel} }
func (r *padRenderer) Destroy()                     {}
func (r *padRenderer) Layout(fyne.Size)             {}
func (r *padRenderer) MinSize() fyne.Size           { return fyne.NewSize(1, 1) }
func (r *padRenderer) Refresh()                     { canvas.Refresh(r.p.sel) }
