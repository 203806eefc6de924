package layout

import (
	"encoding/xml"
	"fmt"
	"math"
	"strconv"
	"strings"
)

// svgHidden are containers whose content is drawn only where something
// refers to it; oksvg would draw it where it stands, so the normaliser
// leaves them out of what oksvg reads (after copying what is used).
var svgHidden = map[string]bool{"symbol": true, "clipPath": true, "mask": true, "marker": true,
	"pattern": true, "style": true, "script": true, "foreignObject": true, "metadata": true}

// addMarkers puts a copy of the markers a line, polyline, polygon or path
// names (marker-start, marker-end) at its ends, turned along it, as a <g>
// right after it; oksvg draws no markers (Mermaid's arrowheads are markers).
func (n *normaliser) addMarkers(el *svgNode) {
	if len(el.kids) == 0 {
		return
	}
	out := make([]*svgNode, 0, len(el.kids))
	for _, k := range el.kids {
		out = append(out, k)
		if k.name == "" {
			continue
		}
		n.addMarkers(k)
		props := styleProps(k)
		for _, which := range []string{"marker-start", "marker-end"} {
			ref := markerRef(props[which])
			m := n.ids[ref]
			if ref == "" || m == nil || m.name != "marker" || n.nodes > svgMaxNodes {
				continue
			}
			pts := shapePoints(k)
			if len(pts) < 2 {
				continue
			}
			p, q := pts[len(pts)-2], pts[len(pts)-1] // direction into the end
			at := q
			if which == "marker-start" {
				p, q = pts[0], pts[1]
				at = p
			}
			angle := math.Atan2(q[1]-p[1], q[0]-p[0]) * 180 / math.Pi
			if g := n.placeMarker(m, at, angle, which == "marker-start", props); g != nil {
				out = append(out, g)
			}
		}
	}
	el.kids = out
}

// placeMarker is a <g> holding the marker's content moved to at and turned
// by angle (orient="auto"), scaled by the stroke width (markerUnits
// strokeWidth) and the marker's view box.
func (n *normaliser) placeMarker(m *svgNode, at [2]float64, angle float64, start bool, props map[string]string) *svgNode {
	num := func(name string, def float64) float64 {
		if v, ok := parseLength(attrOf(m, name), 16); ok {
			return v
		}
		return def
	}
	mw, mh := num("markerWidth", 3), num("markerHeight", 3)
	refX, refY := num("refX", 0), num("refY", 0)
	s := 1.0
	if vb := parseNumbers(attrOf(m, "viewBox")); len(vb) == 4 && vb[2] > 0 && vb[3] > 0 {
		s = min(mw/vb[2], mh/vb[3])
	}
	if attrOf(m, "markerUnits") != "userSpaceOnUse" {
		sw := 1.0
		if v, ok := parseLength(props["stroke-width"], 16); ok && v > 0 {
			sw = v
		}
		s *= sw
	}
	switch o := strings.TrimSpace(attrOf(m, "orient")); o {
	case "auto":
	case "auto-start-reverse":
		if start {
			angle += 180
		}
	default:
		angle, _ = strconv.ParseFloat(o, 64)
	}
	tr := fmt.Sprintf("translate(%g %g) rotate(%g) scale(%g) translate(%g %g)", at[0], at[1], angle, s, -refX, -refY)
	g := &svgNode{name: "g", attrs: []xml.Attr{{Name: xml.Name{Local: "transform"}, Value: tr}}}
	for _, k := range m.kids {
		g.kids = append(g.kids, n.clone(k))
	}
	return g
}

// styleProps are an element's presentation attributes with its style
// attribute over them (the sheet's rules are in the style by now).
func styleProps(el *svgNode) map[string]string {
	props := map[string]string{}
	for _, a := range el.attrs {
		props[a.Name.Local] = a.Value
	}
	for k, v := range parseDecls(props["style"]) {
		props[k] = v
	}
	return props
}

// markerRef is the id in "url(#id)", or "".
func markerRef(v string) string {
	v = strings.TrimSpace(v)
	if !strings.HasPrefix(v, "url(") || !strings.HasSuffix(v, ")") {
		return ""
	}
	v = strings.Trim(strings.TrimSpace(v[4:len(v)-1]), `"'`)
	if !strings.HasPrefix(v, "#") {
		return ""
	}
	return v[1:]
}

// shapePoints are the points that give a shape's first and last direction:
// the ends of a line, a polyline's points, or a path's points with each
// curve's control points (the tangent at a curve's end points at its last
// control point).
func shapePoints(el *svgNode) [][2]float64 {
	num := func(name string) float64 { v, _ := parseLength(attrOf(el, name), 16); return v }
	switch el.name {
	case "line":
		return [][2]float64{{num("x1"), num("y1")}, {num("x2"), num("y2")}}
	case "polyline", "polygon":
		v := parseNumbers(attrOf(el, "points"))
		var pts [][2]float64
		for i := 0; i+1 < len(v); i += 2 {
			pts = append(pts, [2]float64{v[i], v[i+1]})
		}
		if el.name == "polygon" && len(pts) > 0 {
			pts = append(pts, pts[0])
		}
		return pts
	case "path":
		return pathPoints(attrOf(el, "d"))
	}
	return nil
}

// pathPoints walks path data: every command's points in absolute
// coordinates, control points included; arcs give their end point.
func pathPoints(d string) [][2]float64 {
	var pts [][2]float64
	var cx, cy, sx, sy float64
	cmd := byte(0)
	i := 0
	next := func() (float64, bool) {
		for i < len(d) && (d[i] == ' ' || d[i] == ',' || d[i] == '\t' || d[i] == '\n' || d[i] == '\r') {
			i++
		}
		j := i
		for j < len(d) {
			c := d[j]
			if (c >= '0' && c <= '9') || c == '.' || c == 'e' || c == 'E' || ((c == '-' || c == '+') && (j == i || d[j-1] == 'e' || d[j-1] == 'E')) {
				if c == '.' && strings.IndexByte(d[i:j], '.') >= 0 && !strings.ContainsAny(d[i:j], "eE") {
					break // ".5.5" is two numbers
				}
				j++
				continue
			}
			break
		}
		if j == i {
			return 0, false
		}
		v, err := strconv.ParseFloat(d[i:j], 64)
		i = j
		return v, err == nil
	}
	for len(pts) < 100000 {
		for i < len(d) && strings.IndexByte(" ,\t\n\r", d[i]) >= 0 {
			i++
		}
		if i >= len(d) {
			break
		}
		if c := d[i]; (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') {
			cmd = c
			i++
			if cmd == 'z' || cmd == 'Z' {
				cx, cy = sx, sy
				pts = append(pts, [2]float64{cx, cy})
				continue
			}
		}
		rel := cmd >= 'a' && cmd <= 'z'
		ox, oy := 0.0, 0.0
		if rel {
			ox, oy = cx, cy
		}
		var n int
		switch cmd | 0x20 {
		case 'm', 'l', 't':
			n = 2
		case 'h', 'v':
			n = 1
		case 'q', 's':
			n = 4
		case 'c':
			n = 6
		case 'a':
			n = 7
		default:
			return pts
		}
		v := make([]float64, n)
		for k := range v {
			f, ok := next()
			if !ok {
				return pts
			}
			v[k] = f
		}
		switch cmd | 0x20 {
		case 'h': // ox, oy are 0 for absolute commands
			cx = ox + v[0]
		case 'v':
			cy = oy + v[0]
		case 'a':
			cx, cy = ox+v[5], oy+v[6]
		default:
			for k := 0; k+1 < n-2; k += 2 { // control points
				pts = append(pts, [2]float64{ox + v[k], oy + v[k+1]})
			}
			cx, cy = ox+v[n-2], oy+v[n-1]
		}
		pts = append(pts, [2]float64{cx, cy})
		if cmd == 'm' || cmd == 'M' {
			sx, sy = cx, cy
			if cmd == 'm' {
				cmd = 'l'
			} else {
				cmd = 'L'
			}
		}
	}
	return dedupe(pts)
}

// dedupe drops repeated points, which have no direction between them.
func dedupe(pts [][2]float64) [][2]float64 {
	out := pts[:0]
	for _, p := range pts {
		if len(out) > 0 && out[len(out)-1] == p {
			continue
		}
		out = append(out, p)
	}
	return out
}

// svgShapes are the elements oksvg strokes.
var svgShapes = map[string]bool{"path": true, "rect": true, "circle": true, "ellipse": true,
	"line": true, "polyline": true, "polygon": true}

// scaleStrokes writes into each stroked shape its stroke width times the
// scale of the transforms above it: oksvg strokes at the width as written,
// whatever the transform (the raster's own scale is applied in raster).
func scaleStrokes(el *svgNode, m svgMatrix, width float64) {
	for _, k := range el.kids {
		if k.name == "" {
			continue
		}
		props := styleProps(k)
		km, kw := m, width
		if tr, ok := props["transform"]; ok {
			km = m.mul(parseTransform(tr))
		}
		if v, ok := parseLength(props["stroke-width"], 16); ok && v >= 0 {
			kw = v
		}
		if svgShapes[k.name] {
			s := math.Sqrt(math.Abs(km.a*km.d - km.b*km.c))
			if math.Abs(s-1) > 1e-9 && !math.IsNaN(s) && !math.IsInf(s, 0) {
				setStyle(k, "stroke-width", strconv.FormatFloat(kw*s, 'g', 6, 64))
			}
		}
		scaleStrokes(k, km, kw)
	}
}

// setStyle puts prop: v last in an element's style attribute (it wins).
func setStyle(el *svgNode, prop, v string) {
	for i, a := range el.attrs {
		if a.Name.Local == "style" {
			el.attrs[i].Value = a.Value + ";" + prop + ":" + v
			return
		}
	}
	el.attrs = append(el.attrs, xml.Attr{Name: xml.Name{Local: "style"}, Value: prop + ":" + v})
}
