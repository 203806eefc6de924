package ui

import (
	"image"
	"image/color"
	"math"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"

	"github.com/lectern-app/lectern/internal/console"
)

// penColour is the colour of pen index i (console.Stroke.Colour), any int.
func penColour(i int) color.NRGBA {
	n := len(penColours)
	return penColours[(i%n+n)%n]
}

// penWidth is the pen's width as a fraction of the slide's width.
const penWidth = 0.006

// penColours are the pen's colours, by console.Stroke.Colour.
var penColours = []color.NRGBA{
	{0xe5, 0x1c, 0x23, 0xff}, // red
	{0x1e, 0x6f, 0xe8, 0xff}, // blue
	{0x1f, 0xa8, 0x3c, 0xff}, // green
	{0xf5, 0xb3, 0x00, 0xff}, // amber
}

// laserRed is the pointer dot: pure enough to find in a screenshot.
var laserRed = color.NRGBA{0xff, 0x10, 0x10, 0xff}

// marksLayer draws a slide's marks (laser dot, spotlight, pen strokes, the
// zoomed region's outline) over a slide view, in the slide's letterbox.
type marksLayer struct {
	root    *fyne.Container // no layout: objects are placed by hand
	spot    *canvas.Raster
	dot     *canvas.Circle
	outline *canvas.Rectangle
	lines   []*canvas.Line

	m        console.Marks
	zoomed   bool // the view shows m.Zoom: marks are placed in it
	b        box
	spotSize fyne.Size
}

func newMarksLayer() *marksLayer {
	l := &marksLayer{
		dot:     canvas.NewCircle(laserRed),
		outline: canvas.NewRectangle(color.Transparent),
	}
	l.outline.StrokeColor = color.NRGBA{0xf5, 0xb3, 0x00, 0xff}
	l.outline.StrokeWidth = 2
	l.spot = canvas.NewRaster(l.drawSpot)
	l.root = container.NewWithoutLayout(l.spot, l.outline, l.dot)
	l.spot.Hide()
	l.dot.Hide()
	l.outline.Hide()
	return l
}

// place maps a point in slide coordinates into the view.
func (l *marksLayer) place(p console.Point) fyne.Position {
	z := console.Rect{X0: 0, Y0: 0, X1: 1, Y1: 1}
	if l.zoomed {
		z = l.m.Zoom
	}
	x := (p.X - z.X0) / (z.X1 - z.X0)
	y := (p.Y - z.Y0) / (z.Y1 - z.Y0)
	return fyne.NewPos(l.b.Pos.X+float32(x)*l.b.Size.Width, l.b.Pos.Y+float32(y)*l.b.Size.Height)
}

// scale is view units per slide height (zoom makes marks bigger with the slide).
func (l *marksLayer) scale() float32 {
	h := l.b.Size.Height
	if l.zoomed {
		h /= float32(l.m.Zoom.Y1 - l.m.Zoom.Y0)
	}
	return h
}

// show lays out marks m over the letterbox b; zoomed: the view shows m.Zoom.
func (l *marksLayer) show(m console.Marks, b box, zoomed bool) {
	l.m, l.b, l.zoomed = m, b, zoomed && !m.Zoom.Empty()
	objs := []fyne.CanvasObject{l.spot}
	l.drawInk(&objs)
	objs = append(objs, l.outline, l.dot)
	l.root.Objects = objs

	p := m.Pointer
	l.spot.Hide()
	l.dot.Hide()
	if p.Shown {
		at := l.place(p.At)
		if p.Spotlight {
			l.spot.Move(b.Pos)
			l.spot.Resize(b.Size)
			l.spot.Show()
			l.spot.Refresh()
		} else {
			r := float32(p.Radius) * l.scale()
			l.dot.Move(fyne.NewPos(at.X-r, at.Y-r))
			l.dot.Resize(fyne.NewSize(2*r, 2*r))
			l.dot.Show()
			l.dot.Refresh()
		}
	}
	l.outline.Hide()
	if !zoomed && !m.Zoom.Empty() { // the presenter sees what the audience sees
		a, c := l.place(console.Point{X: m.Zoom.X0, Y: m.Zoom.Y0}), l.place(console.Point{X: m.Zoom.X1, Y: m.Zoom.Y1})
		l.outline.Move(a)
		l.outline.Resize(fyne.NewSize(c.X-a.X, c.Y-a.Y))
		l.outline.Show()
		l.outline.Refresh()
	}
	l.root.Refresh()
}

// drawInk adds a line per stroke segment, reusing the lines it made before.
func (l *marksLayer) drawInk(objs *[]fyne.CanvasObject) {
	width := max(2, l.scale()*penWidth)
	used := 0
	for _, s := range l.m.Ink {
		c := penColour(s.Colour)
		for i := 1; i < len(s.Points); i++ {
			if used == len(l.lines) {
				l.lines = append(l.lines, canvas.NewLine(c))
			}
			ln := l.lines[used]
			used++
			ln.StrokeColor, ln.StrokeWidth = c, width
			ln.Position1, ln.Position2 = l.place(s.Points[i-1]), l.place(s.Points[i])
			ln.Refresh()
			*objs = append(*objs, ln)
		}
	}
	l.lines = l.lines[:used]
}

// drawSpot dims the slide but a circle around the pointer.
func (l *marksLayer) drawSpot(w, h int) image.Image {
	img := image.NewNRGBA(image.Rect(0, 0, w, h))
	if w < 1 || h < 1 || l.b.Size.Width <= 0 {
		return img
	}
	at := l.place(l.m.Pointer.At)
	sx := float64(w) / float64(l.b.Size.Width)
	cx, cy := float64(at.X-l.b.Pos.X)*sx, float64(at.Y-l.b.Pos.Y)*sx
	r := l.m.Pointer.Radius * float64(l.scale()) * sx
	for y := 0; y < h; y++ {
		for x := 0; x < w; x++ {
			d := math.Hypot(float64(x)-cx, float64(y)-cy)
			a := math.Min(math.Max((d-r)/3, 0), 1) * 0xc8 // a soft edge
			img.Pix[y*img.Stride+x*4+3] = uint8(a)
		}
	}
	return img
}
