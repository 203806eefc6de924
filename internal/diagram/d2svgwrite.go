package diagram

import (
	"bytes"
	"cmp"
	"fmt"
	"html"
	"math"
	"slices"
	"strings"

	"oss.terrastruct.com/d2/d2target"
	"oss.terrastruct.com/d2/lib/geo"
	"oss.terrastruct.com/d2/lib/label"
	"oss.terrastruct.com/d2/lib/shape"
)

// d2Writer writes a laid-out D2 diagram as plain SVG 1.1 that the slide's
// SVG path draws: outlines as rect, ellipse and path, labels as <text>,
// D2's theme colour codes (N1, B6…) resolved through palette. Left out of
// D2's own renderer: sketch mode, shadows, 3D, icons, tooltips, links,
// syntax colours in code shapes, and markdown and LaTeX labels (shown as
// their source text).
type d2Writer struct {
	buf     bytes.Buffer
	palette map[string]string
	shapes  map[string]d2target.Shape
}

func writeD2SVG(d *d2target.Diagram, palette map[string]string) []byte {
	w := &d2Writer{palette: palette, shapes: map[string]d2target.Shape{}}
	tl, br := d.BoundingBox()
	const pad = 8
	x, y, wd, ht := tl.X-pad, tl.Y-pad, br.X-tl.X+2*pad, br.Y-tl.Y+2*pad
	fmt.Fprintf(&w.buf, `<svg xmlns="http://www.w3.org/2000/svg" viewBox="%d %d %d %d" width="%d" height="%d">`, x, y, wd, ht, wd, ht)
	type item struct {
		z, kind, level, i int
	}
	var items []item
	for i, s := range d.Shapes {
		w.shapes[s.ID] = s
		items = append(items, item{s.ZIndex, 0, s.Level, i})
	}
	for i, c := range d.Connections {
		items = append(items, item{c.ZIndex, 1, 0, i})
	}
	slices.SortStableFunc(items, func(a, b item) int {
		return cmp.Or(cmp.Compare(a.z, b.z), cmp.Compare(a.kind, b.kind), cmp.Compare(a.level, b.level))
	})
	for _, it := range items {
		if it.kind == 0 {
			w.shape(d.Shapes[it.i])
		} else {
			w.connection(d.Connections[it.i])
		}
	}
	w.buf.WriteString("</svg>")
	return w.buf.Bytes()
}

// colour resolves a theme code; CSS colours pass through.
func (w *d2Writer) colour(c string) string {
	if v, ok := w.palette[c]; ok {
		return v
	}
	if c == "" {
		return "none"
	}
	return html.EscapeString(c)
}

func (w *d2Writer) paint(fill, stroke string, strokeWidth int, dash float64, opacity float64) string {
	s := fmt.Sprintf(`fill="%s" stroke="%s" stroke-width="%d"`, w.colour(fill), w.colour(stroke), strokeWidth)
	if dash != 0 {
		s += fmt.Sprintf(` stroke-dasharray="%g,%g"`, dash*float64(strokeWidth), dash*float64(strokeWidth))
	}
	if opacity > 0 && opacity < 1 {
		s += fmt.Sprintf(` opacity="%g"`, opacity)
	}
	return s
}

func (w *d2Writer) shape(s d2target.Shape) {
	if s.Opacity == 0 {
		return
	}
	x, y, wd, ht := float64(s.Pos.X), float64(s.Pos.Y), float64(s.Width), float64(s.Height)
	outline := func(x, y float64) {
		p := w.paint(s.Fill, s.Stroke, s.StrokeWidth, s.StrokeDash, s.Opacity)
		switch s.Type {
		case d2target.ShapeText:
		case d2target.ShapeRectangle, d2target.ShapeSquare, d2target.ShapeSequenceDiagram, d2target.ShapeHierarchy, d2target.ShapeCode, d2target.ShapeImage, "":
			fmt.Fprintf(&w.buf, `<rect x="%g" y="%g" width="%g" height="%g" rx="%d" %s/>`, x, y, wd, ht, s.BorderRadius, p)
		case d2target.ShapeOval, d2target.ShapeCircle:
			fmt.Fprintf(&w.buf, `<ellipse cx="%g" cy="%g" rx="%g" ry="%g" %s/>`, x+wd/2, y+ht/2, wd/2, ht/2, p)
		default:
			sh := shape.NewShape(d2target.DSL_SHAPE_TO_SHAPE_TYPE[s.Type], geo.NewBox(geo.NewPoint(x, y), wd, ht))
			for _, d := range sh.GetSVGPathData() {
				fmt.Fprintf(&w.buf, `<path d="%s" %s/>`, d, p)
			}
		}
	}
	switch s.Type {
	case d2target.ShapeClass, d2target.ShapeSQLTable:
		w.table(s)
		return
	}
	if s.Multiple {
		outline(x+d2target.MULTIPLE_OFFSET, y-d2target.MULTIPLE_OFFSET)
	}
	outline(x, y)
	if s.Label == "" {
		return
	}
	pos := label.FromString(s.LabelPosition)
	sh := shape.NewShape(d2target.DSL_SHAPE_TO_SHAPE_TYPE[s.Type], geo.NewBox(geo.NewPoint(x, y), wd, ht))
	box := sh.GetInnerBox()
	if pos.IsOutside() || pos.IsBorder() {
		box = sh.GetBox()
	}
	if s.Type == d2target.ShapeCode || s.Type == d2target.ShapeText && s.Language != "" {
		pos = label.InsideMiddleCenter
	}
	tl := pos.GetPointOnBox(box, label.PADDING, float64(s.LabelWidth), float64(s.LabelHeight))
	font := s.FontFamily
	if s.Type == d2target.ShapeCode {
		font = "mono"
	}
	w.text(s.Label, tl, s.LabelWidth, s.LabelHeight, s.FontSize, font, s.Bold, s.Italic, s.GetFontColor(), s.Type == d2target.ShapeCode)
}

// text writes a label's lines in the box at tl: centred, or from the left
// for code.
func (w *d2Writer) text(lbl string, tl *geo.Point, width, height, size int, font string, bold, italic bool, fill string, left bool) {
	lines := strings.Split(lbl, "\n")
	attrs := fmt.Sprintf(`font-size="%d" fill="%s"`, size, w.colour(fill))
	if font == "mono" {
		attrs += ` font-family="monospace"`
	}
	if bold {
		attrs += ` font-weight="bold"`
	}
	if italic {
		attrs += ` font-style="italic"`
	}
	x, anchor := tl.X+float64(width)/2, "middle"
	if left {
		x, anchor = tl.X, "start"
	}
	step := float64(height) / float64(len(lines))
	for i, line := range lines {
		if strings.TrimSpace(line) == "" {
			continue
		}
		y := tl.Y + float64(size) + float64(i)*step
		fmt.Fprintf(&w.buf, `<text x="%g" y="%g" text-anchor="%s" %s>%s</text>`, x, y, anchor, attrs, html.EscapeString(line))
	}
}

// table draws a class or SQL table: a header band with the name, then a row
// per field, method or column.
func (w *d2Writer) table(s d2target.Shape) {
	x, y, wd, ht := float64(s.Pos.X), float64(s.Pos.Y), float64(s.Width), float64(s.Height)
	var rows [][2]string
	for _, f := range s.Fields {
		rows = append(rows, [2]string{f.VisibilityToken() + f.Name, f.Type})
	}
	for _, m := range s.Methods {
		rows = append(rows, [2]string{m.VisibilityToken() + m.Name, m.Return})
	}
	for _, c := range s.Columns {
		rows = append(rows, [2]string{c.Name.Label, c.Type.Label})
	}
	head := ht / float64(len(rows)+1)
	if len(rows) > 0 {
		head = math.Max(head, float64(s.LabelHeight)+12)
	}
	// D2 keeps the header colour in Fill and the rows' in Stroke for these.
	fmt.Fprintf(&w.buf, `<rect x="%g" y="%g" width="%g" height="%g" %s/>`, x, y, wd, ht, w.paint(s.Stroke, s.Fill, 2, 0, s.Opacity))
	fmt.Fprintf(&w.buf, `<rect x="%g" y="%g" width="%g" height="%g" %s/>`, x, y, wd, head, w.paint(s.Fill, "", 0, 0, s.Opacity))
	w.text(s.Label, geo.NewPoint(x, y+(head-float64(s.LabelHeight))/2), int(wd), s.LabelHeight, s.FontSize, s.FontFamily, true, false, "N7", false)
	rowH := (ht - head) / math.Max(1, float64(len(rows)))
	size := max(s.FontSize-4, 10)
	for i, r := range rows {
		ry := y + head + float64(i)*rowH + (rowH+float64(size))/2 - 2
		fmt.Fprintf(&w.buf, `<text x="%g" y="%g" font-size="%d" fill="%s">%s</text>`, x+10, ry, size, w.colour("N1"), html.EscapeString(r[0]))
		fmt.Fprintf(&w.buf, `<text x="%g" y="%g" text-anchor="end" font-size="%d" fill="%s">%s</text>`, x+wd-10, ry, size, w.colour("N2"), html.EscapeString(r[1]))
	}
}
