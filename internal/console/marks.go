package console

import (
	"math"

	"github.com/lectern-app/lectern/internal/show"
)

// Point is a place on a slide in slide coordinates: 0..1 across its width
// and down its height, whatever the view's size or the slide's format.
type Point struct{ X, Y float64 }

// Rect is a region of a slide in slide coordinates; the zero Rect is none.
type Rect struct{ X0, Y0, X1, Y1 float64 }

// Empty reports whether r covers no area (no zoom).
func (r Rect) Empty() bool { return r.X1 <= r.X0 || r.Y1 <= r.Y0 }

// Pointer is the laser dot or spotlight as the windows draw it.
type Pointer struct {
	Shown     bool
	At        Point
	Radius    float64 // in slide heights
	Spotlight bool    // dim everything but a circle of Radius around At
}

// Stroke is one pen line on a slide.
type Stroke struct {
	Colour int // index into the pen colours (show.PenColours)
	Points []Point
}

// Marks is what is drawn over a slide: pointer, zoom and pen strokes.
type Marks struct {
	Pointer Pointer
	Zoom    Rect     // the audience view shows this region; empty: the whole slide
	Ink     []Stroke // the pen strokes of the slide shown
}

// pointerRadius is the laser dot's radius at size 0, in slide heights; each
// size step is 1.25×; the spotlight is four times the dot.
const pointerRadius = 0.012

// minZoomSide is the smallest zoom region side (a click is not a box).
const minZoomSide = 0.02

// marksState is the controller's part of the pointer, zoom and pen.
type marksState struct {
	at      Point
	in      bool // the mouse is over the presenter's slide
	held    bool // the left button is held (laser while held)
	zoom    Rect
	ink     map[int][]Stroke // by slide; kept for the session, across deck reloads
	drawing bool             // a pen stroke is under way
}

// PointerAt tells the controller where the mouse is over the presenter's
// current slide (in false: it left the slide).
func (c *Controller) PointerAt(p Point, in bool) {
	c.marks.at, c.marks.in = clampPoint(p), in
	if c.marks.drawing && in {
		c.extendStroke(p)
	}
}

// Hold says the left mouse button went down (true) or up over the slide:
// a laser while held; in pen mode a stroke instead.
func (c *Controller) Hold(p Point, down bool) {
	c.marks.at, c.marks.in = clampPoint(p), true
	if c.st.Pen {
		if down {
			c.startStroke(p)
		} else {
			c.marks.drawing = false
		}
		return
	}
	c.marks.held = down
}

// ZoomTo shows region r of the current slide on the audience view; a
// region too small to be meant (a click) is ignored.
func (c *Controller) ZoomTo(r Rect) {
	r = Rect{math.Min(r.X0, r.X1), math.Min(r.Y0, r.Y1), math.Max(r.X0, r.X1), math.Max(r.Y0, r.Y1)}
	r = Rect{clamp01(r.X0), clamp01(r.Y0), clamp01(r.X1), clamp01(r.Y1)}
	if r.X1-r.X0 < minZoomSide || r.Y1-r.Y0 < minZoomSide {
		return
	}
	c.marks.zoom = r
}

// zoomToggle is the z key: back from a zoom, else 2× around the pointer
// (the middle of the slide when the mouse is elsewhere).
func (c *Controller) zoomToggle() {
	if !c.marks.zoom.Empty() {
		c.marks.zoom = Rect{}
		return
	}
	at := Point{0.5, 0.5}
	if c.marks.in {
		at = c.marks.at
	}
	x0 := math.Min(math.Max(at.X-0.25, 0), 0.5)
	y0 := math.Min(math.Max(at.Y-0.25, 0), 0.5)
	c.marks.zoom = Rect{x0, y0, x0 + 0.5, y0 + 0.5}
}

func (c *Controller) startStroke(p Point) {
	if c.marks.ink == nil {
		c.marks.ink = map[int][]Stroke{}
	}
	n := c.st.Slide
	c.marks.ink[n] = append(c.marks.ink[n], Stroke{Colour: c.st.PenColour, Points: []Point{clampPoint(p)}})
	c.marks.drawing = true
}

func (c *Controller) extendStroke(p Point) {
	strokes := c.marks.ink[c.st.Slide]
	if len(strokes) == 0 {
		return
	}
	last := &strokes[len(strokes)-1]
	last.Points = append(last.Points, clampPoint(p))
}

// inkEffect carries out the pen's erase and clear on the current slide.
func (c *Controller) inkEffect(e show.Effect) {
	n := c.st.Slide
	switch e {
	case show.DoUndoStroke:
		if s := c.marks.ink[n]; len(s) > 0 {
			c.marks.ink[n] = s[:len(s)-1]
		}
	case show.DoClearStrokes:
		delete(c.marks.ink, n)
	}
	c.marks.drawing = false
}

// marksFor is what is drawn over slide n: the pointer only over the slide
// the presenter points at, the zoom only on the audience view.
func (c *Controller) marksFor(n int, audience bool) Marks {
	m := Marks{Ink: c.marks.ink[n]}
	st := c.st
	if n == st.Slide && c.marks.in && (st.Laser || st.Spotlight || (c.marks.held && !st.Pen)) {
		m.Pointer = Pointer{Shown: true, At: c.marks.at, Spotlight: st.Spotlight,
			Radius: pointerRadius * math.Pow(1.25, float64(st.PointerSize))}
		if st.Spotlight {
			m.Pointer.Radius *= 8
		}
	}
	if audience && n == st.Slide {
		m.Zoom = c.marks.zoom
	}
	return m
}

func clampPoint(p Point) Point { return Point{clamp01(p.X), clamp01(p.Y)} }

func clamp01(v float64) float64 {
	if math.IsNaN(v) {
		return 0
	}
	return math.Min(math.Max(v, 0), 1)
}

// InkBySlide is every pen stroke of the session, by slide number (a copy),
// for the export's handout.
func (c *Controller) InkBySlide() map[int][]Stroke {
	out := map[int][]Stroke{}
	for n, ss := range c.marks.ink {
		if len(ss) > 0 {
			out[n] = append([]Stroke(nil), ss...)
		}
	}
	return out
}
