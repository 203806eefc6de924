package layout

import (
	"encoding/xml"
	"strings"
)

// nestedViewports turns each <svg> inside the document into a <g> moved
// and scaled as its x, y, width, height and viewBox say (d2 wraps its
// whole drawing in one with a view box from -9 -9); oksvg drew its content
// as if it were the root's. What overflows the viewport is not cut.
func nestedViewports(el *svgNode, vb svgRect, depth int) {
	if depth > svgMaxDepth {
		return
	}
	for _, k := range el.kids {
		if k.name == "" {
			continue
		}
		inner := vb
		if k.name == "svg" {
			m, box := viewportMatrix(k, vb)
			k.name = "g"
			kept := k.attrs[:0]
			for _, a := range k.attrs {
				switch a.Name.Local {
				case "x", "y", "width", "height", "viewBox", "preserveAspectRatio":
				default:
					kept = append(kept, a)
				}
			}
			k.attrs = append(kept, matrixAttr(m))
			inner = box
		}
		nestedViewports(k, inner, depth+1)
	}
}

// viewportMatrix maps the content of a viewport element (a nested <svg>,
// or a <symbol> placed by <use>) into its parent's user space, whose view
// box is parent; it also returns the view box the content sees.
func viewportMatrix(el *svgNode, parent svgRect) (svgMatrix, svgRect) {
	length := func(name string, of, def float64) float64 {
		v := strings.TrimSpace(attrOf(el, name))
		if strings.HasSuffix(v, "%") {
			if f, ok := parseLength(v, 1); ok {
				return f * of
			}
		}
		if f, ok := parseLength(v, 16); ok {
			return f
		}
		return def
	}
	port := svgRect{length("x", parent.w, 0), length("y", parent.h, 0),
		length("width", parent.w, parent.w), length("height", parent.h, parent.h)}
	vb := parseNumbers(attrOf(el, "viewBox"))
	if len(vb) != 4 || !(vb[2] > 0 && vb[3] > 0) || !(port.w > 0 && port.h > 0) {
		return svgMatrix{a: 1, d: 1, e: port.x, f: port.y}, svgRect{0, 0, port.w, port.h}
	}
	box := svgRect{vb[0], vb[1], vb[2], vb[3]}
	return viewBoxMatrix(port, box, attrOf(el, "preserveAspectRatio")), box
}

// placeSymbol gives the copy of a <symbol> or <svg> that a <use> places the
// transform of its view box in the use's width and height.
func placeSymbol(c *svgNode, use *svgNode, parent svgRect) {
	probe := &svgNode{attrs: append([]xml.Attr(nil), c.attrs...)}
	for _, a := range use.attrs { // the use's size wins; its x, y move the whole
		if a.Name.Local == "width" || a.Name.Local == "height" {
			svgSetAttr(probe, a.Name.Local, a.Value)
		}
	}
	svgSetAttr(probe, "x", "0")
	svgSetAttr(probe, "y", "0")
	m, _ := viewportMatrix(probe, parent)
	kept := c.attrs[:0]
	for _, a := range c.attrs {
		switch a.Name.Local {
		case "x", "y", "width", "height", "viewBox", "preserveAspectRatio":
		default:
			kept = append(kept, a)
		}
	}
	c.attrs = append(kept, matrixAttr(m))
}

// rootViewBox is the document's view box: its viewBox, else its width and
// height, else 300×150 as browsers do.
func rootViewBox(root *svgNode) svgRect {
	if vb := parseNumbers(attrOf(root, "viewBox")); len(vb) == 4 && vb[2] > 0 && vb[3] > 0 {
		return svgRect{vb[0], vb[1], vb[2], vb[3]}
	}
	w, okw := parseLength(attrOf(root, "width"), 16)
	h, okh := parseLength(attrOf(root, "height"), 16)
	if okw && okh && w > 0 && h > 0 && !strings.HasSuffix(strings.TrimSpace(attrOf(root, "width")), "%") &&
		!strings.HasSuffix(strings.TrimSpace(attrOf(root, "height")), "%") {
		return svgRect{0, 0, w, h}
	}
	return svgRect{0, 0, 300, 150}
}
