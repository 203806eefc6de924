package layout

import "strings"

// pruneHidden takes out what is not drawn: elements with display:none
// (Inkscape hides whole layers so) and shapes, pictures and text whose
// visibility, their own or inherited, is hidden. oksvg reads neither and
// drew them all.
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
		pruneHidden(k, vis, depth+1)
		kept = append(kept, k)
	}
	el.kids = kept
}
