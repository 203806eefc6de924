package layout

import (
	"fmt"
	"path/filepath"
	"strings"
)

// KindSVGUnsupported is the problem kind of an SVG that uses what Lectern
// does not draw (a filter, text on a path, HTML inside the picture).
const KindSVGUnsupported = "svg-unsupported"

// SVGUnsupportedError is an SVG picture drawn without some of what it asks
// for: the rest of the picture is drawn, and this says what is missing.
type SVGUnsupportedError struct {
	Path string
	What []string
}

func (e *SVGUnsupportedError) Error() string {
	return fmt.Sprintf("SVG %s uses what Lectern does not draw, so it looks different here: %s",
		filepath.Base(e.Path), strings.Join(e.What, "; "))
}

// Kind is the problem kind `lectern check` reports.
func (e *SVGUnsupportedError) Kind() string { return KindSVGUnsupported }

// unsupported notes a feature drawn without (once each).
func (n *normaliser) unsupported(what string) {
	for _, w := range n.missing {
		if w == what {
			return
		}
	}
	if len(n.missing) < 20 {
		n.missing = append(n.missing, what)
	}
}

// noteUnsupported notes what el asks for that is not drawn: a filter with
// steps not drawn, a clip or mask that is not a reference to one in the file.
func (n *normaliser) noteUnsupported(el *svgNode) {
	props := styleProps(el)
	if f := strings.TrimSpace(props["filter"]); f != "" && f != "none" && n.filterOf(el) == nil {
		what := "filter"
		if t := n.ids[markerRef(f)]; t != nil && t.name == "filter" {
			prims := n.unsupportedPrims(t)
			if len(prims) > 4 {
				prims = prims[:4]
			}
			what += " " + strings.Join(prims, ", ")
		} else if markerRef(f) == "" {
			what += " " + clip(f)
		}
		n.unsupported(what + " (drawn without the filter)")
	}
	for _, p := range []string{"clip-path", "mask"} {
		v := strings.TrimSpace(props[p])
		if v != "" && v != "none" && markerRef(v) == "" {
			n.unsupported(fmt.Sprintf("%s: %s (only references to a <clipPath> or <mask> are drawn)", p, clip(v)))
		}
	}
}
