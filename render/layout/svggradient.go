package layout

import "strings"

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
