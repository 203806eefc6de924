package layout

import (
	"strconv"
	"strings"
)

// svgGradientAttrs are what a gradient takes from the one its href names
// when it does not set them itself (SVG 1.1 §13.2).
var svgGradientAttrs = []string{"gradientUnits", "gradientTransform", "spreadMethod",
	"x1", "y1", "x2", "y2", "cx", "cy", "r", "fx", "fy"}

// inheritGradients completes every gradient that names another by href
// (Inkscape writes each gradient so: the stops in one, the geometry in
// another) and gives each stop its colour as an attribute: oksvg follows
// no href and reads no stop style, and such fills came out black.
func (n *normaliser) inheritGradients(el *svgNode, depth int) {
	if depth > svgMaxDepth {
		return
	}
	for _, k := range el.kids {
		if k.name == "linearGradient" || k.name == "radialGradient" {
			n.inheritGradient(k)
			stopStyles(k)
			continue
		}
		if k.name != "" {
			n.inheritGradients(k, depth+1)
		}
	}
}

func (n *normaliser) inheritGradient(g *svgNode) {
	hasStops := gradientStops(g)
	src := g
	for range 8 {
		t := n.ids[strings.TrimPrefix(strings.TrimSpace(attrOf(src, "href")), "#")]
		if t == nil || t == g || (t.name != "linearGradient" && t.name != "radialGradient") {
			return
		}
		for _, name := range svgGradientAttrs {
			if attrOf(g, name) == "" && attrOf(t, name) != "" && (t.name == g.name || isCommonGradientAttr(name)) {
				svgSetAttr(g, name, attrOf(t, name))
			}
		}
		if !hasStops && gradientStops(t) {
			for _, s := range t.kids {
				if s.name == "stop" {
					g.kids = append(g.kids, n.clone(s))
				}
			}
			hasStops = true
		}
		src = t
	}
}

func isCommonGradientAttr(name string) bool {
	return name == "gradientUnits" || name == "gradientTransform" || name == "spreadMethod"
}

func gradientStops(g *svgNode) bool {
	for _, k := range g.kids {
		if k.name == "stop" {
			return true
		}
	}
	return false
}

// stopStyles writes a stop's colour and opacity given in its style (or by
// the style sheet) as attributes: oksvg reads only the attributes, and
// such a stop was black.
func stopStyles(g *svgNode) {
	for _, s := range g.kids {
		if s.name != "stop" {
			continue
		}
		props := styleProps(s)
		for _, p := range []string{"stop-color", "stop-opacity"} {
			if v := strings.TrimSpace(props[p]); v != "" && v != "inherit" && v != "currentColor" {
				svgSetAttr(s, p, v)
			}
		}
	}
}

// svgMaxLocalGradients bounds the per-shape gradient copies one SVG gets.
const svgMaxLocalGradients = 2000

// localiseGradients gives each shape filled or stroked with a
// userSpaceOnUse gradient its own copy in objectBoundingBox units: oksvg
// evaluates userSpaceOnUse gradients in pixels, ignoring every transform
// and the picture's scale (Inkscape writes all its gradients so; they came
// out wrong at any size but 1:1). The copy maps the shape's box back to
// user space, exact when the shape is not turned or skewed.
func (n *normaliser) localiseGradients(el *svgNode, depth int) {
	if depth > svgMaxDepth {
		return
	}
	for _, k := range el.kids {
		if k.name == "" {
			continue
		}
		if svgShapes[k.name] && hasURL(k) {
			for _, prop := range []string{"fill", "stroke"} {
				n.localiseGradient(k, prop)
			}
		}
		n.localiseGradients(k, depth+1)
	}
}

func (n *normaliser) localiseGradient(k *svgNode, prop string) {
	props := styleProps(k)
	g := n.ids[markerRef(props[prop])]
	if g == nil || (g.name != "linearGradient" && g.name != "radialGradient") ||
		strings.TrimSpace(attrOf(g, "gradientUnits")) != "userSpaceOnUse" || n.localGradients >= svgMaxLocalGradients {
		return
	}
	for _, a := range []string{"x1", "y1", "x2", "y2", "cx", "cy", "r", "fx", "fy"} {
		if strings.Contains(attrOf(g, a), "%") {
			return // of the view box: left as it is
		}
	}
	b, ok := n.bbox(k)
	if !ok {
		return
	}
	if prop == "stroke" { // oksvg measures a stroke's box around the stroke
		sw := 1.0
		if v, ok := parseLength(props["stroke-width"], 16); ok {
			sw = v
		}
		b = b.grow(sw / 2)
	}
	inv, ok := b.bboxMatrix().invert()
	if !ok || !(b.w > 0 && b.h > 0) {
		return
	}
	n.localGradients++
	c := n.clone(g)
	id := "lectern-gradient-" + strconv.Itoa(n.localGradients)
	svgSetAttr(c, "id", id)
	svgSetAttr(c, "gradientUnits", "objectBoundingBox")
	m := inv.mul(parseTransform(attrOf(g, "gradientTransform")))
	svgSetAttr(c, "gradientTransform", matrixAttr(m).Value)
	n.ids[id] = c
	n.extraGradients = append(n.extraGradients, c)
	replaceProp(k, prop, "url(#"+id+")")
}
