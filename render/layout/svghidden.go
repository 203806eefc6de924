package layout

import (
	"encoding/xml"
	"strings"
)

// fixForOksvg rewrites what oksvg reads otherwise than SVG says: hidden
// elements (pruneHidden), rounded rectangles' radii, path data
// (explicitPath), colours (fixColors), text paths (flattenTextPaths), and
// the stroke width
// shapes inherit when nothing sets one (SVG's is 1, oksvg's 2: every
// Graphviz edge was drawn twice as thick).
func (n *normaliser) fixForOksvg(root *svgNode) {
	n.flattenTextPaths(root, 0)
	if _, ok := styleProps(root)["stroke-width"]; !ok {
		prependStyle(root, "stroke-width", "1")
	}
	pruneHidden(root, true, 0)
	fixColors(&svgNode{kids: []*svgNode{root}}, "black", 0) // the root's own colours too
}

// prependStyle puts prop: v first in an element's style (its own win).
func prependStyle(el *svgNode, prop, v string) {
	for i, a := range el.attrs {
		if a.Name.Local == "style" {
			el.attrs[i].Value = prop + ":" + v + ";" + a.Value
			return
		}
	}
	el.attrs = append(el.attrs, xml.Attr{Name: xml.Name{Local: "style"}, Value: prop + ":" + v})
}

// pruneHidden takes out what is not drawn: elements with display:none
// (Inkscape hides whole layers so) and shapes, pictures and text whose
// visibility, their own or inherited, is hidden. oksvg reads neither and
// drew them all. It also completes rounded rectangles' radii.
func pruneHidden(el *svgNode, visible bool, depth int) {
	if depth > svgMaxDepth {
		return
	}
	kept := el.kids[:0]
	for _, k := range el.kids {
		if k.name == "" {
			kept = append(kept, k)
			continue
		}
		props := styleProps(k)
		if strings.TrimSpace(props["display"]) == "none" && !svgHidden[k.name] {
			continue
		}
		vis := visible
		switch strings.TrimSpace(props["visibility"]) {
		case "hidden", "collapse":
			vis = false
		case "visible":
			vis = true
		}
		if !vis && (svgShapes[k.name] || k.name == "image" || k.name == "text") {
			continue
		}
		if k.name == "rect" {
			rectRadii(k)
		}
		if d := attrOf(k, "d"); k.name == "path" && d != "" {
			svgSetAttr(k, "d", explicitPath(d))
		}
		pruneHidden(k, vis, depth+1)
		kept = append(kept, k)
	}
	el.kids = kept
}

// rectRadii writes a rounded rectangle's missing radius: SVG takes ry from
// rx (and rx from ry), oksvg takes 0 and drew square corners.
func rectRadii(el *svgNode) {
	rx, ry := strings.TrimSpace(attrOf(el, "rx")), strings.TrimSpace(attrOf(el, "ry"))
	switch {
	case rx != "" && rx != "auto" && (ry == "" || ry == "auto"):
		svgSetAttr(el, "ry", rx)
	case ry != "" && ry != "auto" && (rx == "" || rx == "auto"):
		svgSetAttr(el, "rx", ry)
	}
}

func svgSetAttr(el *svgNode, name, v string) {
	for i, a := range el.attrs {
		if a.Name.Local == name {
			el.attrs[i].Value = v
			return
		}
	}
	el.attrs = append(el.attrs, xml.Attr{Name: xml.Name{Local: name}, Value: v})
}
