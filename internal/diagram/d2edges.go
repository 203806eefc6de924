package diagram

import (
	"fmt"
	"math"
	"strings"

	"oss.terrastruct.com/d2/d2target"
	"oss.terrastruct.com/d2/lib/geo"
)

// connection writes an edge: its route (Bézier segments when D2 curved it),
// pulled back from the shapes by the arrowheads it ends in, the arrowheads,
// and its label on a patch of the background, as D2's renderer masks it.
func (w *d2Writer) connection(c d2target.Connection) {
	r := c.Route
	if len(r) < 2 || c.Opacity == 0 {
		return
	}
	srcAdj := w.pullBack(r[1], r[0], c.SrcArrow, c.StrokeWidth, c.Src)
	dstAdj := w.pullBack(r[len(r)-2], r[len(r)-1], c.DstArrow, c.StrokeWidth, c.Dst)
	var d strings.Builder
	fmt.Fprintf(&d, "M %g %g", r[0].X+srcAdj.X, r[0].Y+srcAdj.Y)
	if c.IsCurve && len(r) >= 4 {
		i := 1
		for ; i+2 < len(r)-1; i += 3 {
			fmt.Fprintf(&d, " C %g %g %g %g %g %g", r[i].X, r[i].Y, r[i+1].X, r[i+1].Y, r[i+2].X, r[i+2].Y)
		}
		if i+2 == len(r)-1 {
			fmt.Fprintf(&d, " C %g %g %g %g %g %g", r[i].X, r[i].Y, r[i+1].X, r[i+1].Y, r[i+2].X+dstAdj.X, r[i+2].Y+dstAdj.Y)
		} else {
			fmt.Fprintf(&d, " L %g %g", r[len(r)-1].X+dstAdj.X, r[len(r)-1].Y+dstAdj.Y)
		}
	} else {
		for _, p := range r[1 : len(r)-1] {
			fmt.Fprintf(&d, " L %g %g", p.X, p.Y)
		}
		fmt.Fprintf(&d, " L %g %g", r[len(r)-1].X+dstAdj.X, r[len(r)-1].Y+dstAdj.Y)
	}
	fmt.Fprintf(&w.buf, `<path d="%s" %s/>`, d.String(), w.paint("", c.Stroke, c.StrokeWidth, c.StrokeDash, c.Opacity))
	w.arrowhead(r[1], r[0], c.SrcArrow, c)
	w.arrowhead(r[len(r)-2], r[len(r)-1], c.DstArrow, c)
	if c.Label != "" {
		tl := c.GetLabelTopLeft()
		under := w.fillUnder(tl.X+float64(c.LabelWidth)/2, tl.Y+float64(c.LabelHeight)/2)
		// 4 units wider each side: the slide's face may set the label wider than D2 measured it
		fmt.Fprintf(&w.buf, `<rect x="%g" y="%g" width="%d" height="%d" fill="%s"/>`, tl.X-4, tl.Y, c.LabelWidth+8, c.LabelHeight, under)
		w.text(c.Label, tl, c.LabelWidth, c.LabelHeight, c.FontSize, c.FontFamily, c.Bold, c.Italic, cmpOr(c.Color, "N2"), false)
	}
}

// fillUnder is the colour under (x, y): the fill of the innermost box shape
// there (a container), else the background.
func (w *d2Writer) fillUnder(x, y float64) string {
	best, level := "N7", -1
	for _, s := range w.shapes {
		boxy := s.Type == "" || s.Type == d2target.ShapeRectangle || s.Type == d2target.ShapeSquare
		inside := x >= float64(s.Pos.X) && x <= float64(s.Pos.X+s.Width) && y >= float64(s.Pos.Y) && y <= float64(s.Pos.Y+s.Height)
		if boxy && inside && s.Level > level && s.Fill != "" && s.Fill != "transparent" {
			best, level = s.Fill, s.Level
		}
	}
	return w.colour(best)
}

func cmpOr(s, dflt string) string {
	if s == "" {
		return dflt
	}
	return s
}

// pullBack is how far an edge's end moves back from the shape it touches,
// so that its stroke stops at the arrowhead's base (as D2's renderer).
func (w *d2Writer) pullBack(from, end *geo.Point, head d2target.Arrowhead, width int, id string) *geo.Point {
	dist := float64(width+w.shapes[id].StrokeWidth) / 2
	if head != d2target.NoArrowhead {
		dist += float64(width)
	}
	v := geo.NewVector(end.X-from.X, end.Y-from.Y)
	if v.Length() == 0 {
		return geo.NewPoint(0, 0)
	}
	return v.Unit().Multiply(-dist).ToPoint()
}

// arrowhead draws head with its tip at tip, pointing away from from.
func (w *d2Writer) arrowhead(from, tip *geo.Point, head d2target.Arrowhead, c d2target.Connection) {
	if head == d2target.NoArrowhead || head == "" {
		return
	}
	dx, dy := tip.X-from.X, tip.Y-from.Y
	n := math.Hypot(dx, dy)
	if n == 0 {
		return
	}
	ux, uy := dx/n, dy/n // along the edge, towards the tip
	length, across := head.Dimensions(float64(c.StrokeWidth))
	// a point at a along the edge back from the tip and b to its side
	at := func(a, b float64) string {
		return fmt.Sprintf("%g,%g", tip.X-ux*a-uy*b, tip.Y-uy*a+ux*b)
	}
	stroke := w.colour(c.Stroke)
	filled := fmt.Sprintf(`fill="%s" stroke="%s" stroke-width="1"`, stroke, stroke)
	hollow := fmt.Sprintf(`fill="%s" stroke="%s" stroke-width="%d"`, w.colour("N7"), stroke, c.StrokeWidth)
	open := fmt.Sprintf(`fill="none" stroke="%s" stroke-width="%d"`, stroke, c.StrokeWidth)
	switch head {
	case d2target.ArrowArrowhead:
		fmt.Fprintf(&w.buf, `<polygon points="%s %s %s %s" %s/>`, at(0, 0), at(length, across/2), at(length*0.6, 0), at(length, -across/2), filled)
	case d2target.UnfilledTriangleArrowhead:
		fmt.Fprintf(&w.buf, `<polygon points="%s %s %s" %s/>`, at(0, 0), at(length, across/2), at(length, -across/2), hollow)
	case d2target.DiamondArrowhead, d2target.FilledDiamondArrowhead:
		style := hollow
		if head == d2target.FilledDiamondArrowhead {
			style = filled
		}
		fmt.Fprintf(&w.buf, `<polygon points="%s %s %s %s" %s/>`, at(0, 0), at(length/2, across/2), at(length, 0), at(length/2, -across/2), style)
	case d2target.CircleArrowhead, d2target.FilledCircleArrowhead:
		style := hollow
		if head == d2target.FilledCircleArrowhead {
			style = filled
		}
		cx, cy := tip.X-ux*length/2, tip.Y-uy*length/2
		fmt.Fprintf(&w.buf, `<circle cx="%g" cy="%g" r="%g" %s/>`, cx, cy, length/2, style)
	case d2target.BoxArrowhead, d2target.FilledBoxArrowhead:
		style := hollow
		if head == d2target.FilledBoxArrowhead {
			style = filled
		}
		fmt.Fprintf(&w.buf, `<polygon points="%s %s %s %s" %s/>`, at(0, across/2), at(length, across/2), at(length, -across/2), at(0, -across/2), style)
	case d2target.CrossArrowhead:
		fmt.Fprintf(&w.buf, `<path d="M %s L %s M %s L %s" %s/>`, at(0, across/2), at(length, -across/2), at(0, -across/2), at(length, across/2), open)
	case d2target.TriangleArrowhead:
		fmt.Fprintf(&w.buf, `<polygon points="%s %s %s" %s/>`, at(0, 0), at(length, across/2), at(length, -across/2), filled)
	default: // line and crow's feet: an open V
		fmt.Fprintf(&w.buf, `<path d="M %s L %s L %s" %s/>`, at(length, across/2), at(0, 0), at(length, -across/2), open)
	}
}
