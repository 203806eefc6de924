package fyneslide

import (
	"image/color"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"

	"github.com/lectern-app/lectern/render/fonts"
	"github.com/lectern-app/lectern/render/layout"
)

// item is a canvas object with the op it draws.
type item struct {
	obj fyne.CanvasObject
	op  layout.Op
}

type renderer struct {
	s     *Slide
	page  *layout.Page // the page the items were built for
	bars  *canvas.Rectangle
	bg    *canvas.Rectangle
	items []item
	objs  []fyne.CanvasObject
	size  fyne.Size
}

// build makes one canvas object per op.
func (r *renderer) build() {
	r.page = r.s.page
	r.items = r.items[:0]
	r.objs = []fyne.CanvasObject{r.bars, r.bg}
	p := r.page
	if p == nil {
		r.bg.FillColor = color.Transparent
		return
	}
	r.bg.FillColor = p.Background
	for _, op := range p.Ops {
		var o fyne.CanvasObject
		switch v := op.(type) {
		case layout.Text:
			t := canvas.NewText(shown(v), v.Color)
			t.FontSource = fontResource(v.Font)
			t.TextStyle = styleOf(v.Font)
			o = t
		case layout.Rect:
			rc := canvas.NewRectangle(v.Fill)
			rc.StrokeColor = v.Stroke
			o = rc
		case layout.Line:
			o = canvas.NewLine(v.Color)
		case layout.Picture:
			if v.Image == nil {
				continue
			}
			img := canvas.NewImageFromImage(v.Image)
			img.FillMode = canvas.ImageFillStretch
			img.ScaleMode = canvas.ImageScaleSmooth
			o = img
		default:
			continue
		}
		r.items = append(r.items, item{obj: o, op: op})
		r.objs = append(r.objs, o)
	}
}

func (r *renderer) Layout(size fyne.Size) {
	r.size = size
	r.bars.Move(fyne.NewPos(0, 0))
	r.bars.Resize(size)
	p := r.page
	if p == nil {
		return
	}
	k, off := Letterbox(p.W, p.H, size)
	r.bg.Move(off)
	r.bg.Resize(fyne.NewSize(float32(p.W)*k, float32(p.H)*k))
	pos := func(x, y float64) fyne.Position {
		return fyne.NewPos(off.X+float32(x)*k, off.Y+float32(y)*k)
	}
	sz := func(w, h float64) fyne.Size { return fyne.NewSize(float32(w)*k, float32(h)*k) }
	for _, it := range r.items {
		switch v := it.op.(type) {
		case layout.Text:
			t := it.obj.(*canvas.Text)
			t.TextSize = fitSize(v, float32(v.Size)*k, k)
			asc := ascent(v.Font) * t.TextSize
			t.Move(pos(v.X, v.Y).SubtractXY(0, asc))
			t.Resize(t.MinSize())
		case layout.Rect:
			rc := it.obj.(*canvas.Rectangle)
			rc.StrokeWidth = float32(v.StrokeWidth) * k
			rc.CornerRadius = float32(v.Radius) * k
			if v.Stroke.A != 0 && v.StrokeWidth > 0 {
				// the layout centres strokes on the edge, Fyne draws them inside
				hs := v.StrokeWidth / 2
				rc.Move(pos(v.X-hs, v.Y-hs))
				rc.Resize(sz(v.W+2*hs, v.H+2*hs))
				continue
			}
			rc.Move(pos(v.X, v.Y))
			rc.Resize(sz(v.W, v.H))
		case layout.Line:
			l := it.obj.(*canvas.Line)
			l.StrokeWidth = max(float32(v.Width)*k, 1)
			l.Position1 = pos(v.X1, v.Y1)
			l.Position2 = pos(v.X2, v.Y2)
		case layout.Picture:
			it.obj.Move(pos(v.X, v.Y))
			it.obj.Resize(sz(v.W, v.H))
		}
	}
}

func (r *renderer) MinSize() fyne.Size { return r.s.MinSize() }

func (r *renderer) Refresh() {
	r.bars.FillColor = r.s.bars
	if r.page != r.s.page {
		r.build()
		r.Layout(r.size)
	}
	canvas.Refresh(r.s)
}

func (r *renderer) Objects() []fyne.CanvasObject { return r.objs }

func (r *renderer) Destroy() {}

// fitSize is the text size at which Fyne draws a run as wide as the layout
// measured it. Fyne's shaper rounds glyph advances to whole pixels, so at
// screen sizes a run can come out a space wider than laid out and run into
// the next one ("got" + "rushed" drawn as "gotrushed").
func fitSize(v layout.Text, size, k float32) float32 {
	run := strings.TrimRight(shown(v), " ")
	app := fyne.CurrentApp()
	if run == "" || size < 1 || app == nil {
		return size
	}
	want := float32(fonts.Measure(v.Font, v.Size, strings.TrimRight(v.Text, " "))) * k
	fitted := size
	// Widths step with the rounding, so correct a few times, not once.
	for i := 0; i < 4; i++ {
		got, _ := app.Driver().RenderedTextSize(run, fitted, styleOf(v.Font), fontResource(v.Font))
		if got.Width <= 0 || want <= 0 {
			return size
		}
		f := want / got.Width
		if f > 0.995 && f < 1.005 {
			break
		}
		fitted *= f
	}
	if r := fitted / size; r < 0.8 || r > 1.25 { // not a rounding difference: leave it alone
		return size
	}
	return fitted
}
