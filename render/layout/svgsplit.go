package layout

import (
	"encoding/xml"
	"fmt"
	"strings"
)

// oksvg draws every shape straight onto the picture: it has no clip paths,
// masks, patterns or <image>. The splitter cuts the normalised document,
// in drawing order, into parts: runs of plain shapes that oksvg draws, and
// between them the elements it cannot (a clipped or masked element, a
// pattern fill, an embedded picture), which raster composites itself.

// svgMaxGroups bounds the clipped, masked and pattern-filled elements of
// one SVG: each costs up to three picture-sized buffers while drawn.
const svgMaxGroups = 32

// svgMaxGroupDepth is how deeply such elements may nest (a clipped element
// inside a mask inside ...): the buffers of every level are held at once.
const svgMaxGroupDepth = 4

// svgPart is one step of drawing, in document order.
type svgPart struct {
	tree  *svgNode  // plain shapes: a copy of the document holding only them
	paint *svgPaint // tree compiled for oksvg
	group *svgGroup
	image *svgImage
}

// svgGroup is content drawn through the intersection of its clips' alpha
// and, when it has one, a mask's luminance, at an opacity.
type svgGroup struct {
	content   []svgPart
	clipTrees []*svgNode  // documents whose black shapes give the clip's alpha
	clips     []*svgPaint // clipTrees compiled
	mask      []svgPart   // nil: no mask
	hasMask   bool
	opacity   float64
	key       string   // the clip and user space, when other elements may join (mergeClip)
	tile      *svgTile // a pattern: the content is this tile repeated
	filter    *svgFilter
}

type splitter struct {
	n     *normaliser
	root  *svgNode // the document's <svg>
	defs  *svgNode // every gradient, put first in each part (oksvg needs them read first)
	parts []svgPart
	src   []*svgNode // the elements above the current plain part's last shape
	open  []*svgNode // their copies in that part (open[0] is its root)
	depth int
}

func newNormaliser(dir string) *normaliser {
	return &normaliser{ids: map[string]*svgNode{}, composites: map[*svgNode]bool{}, dir: dir}
}

// split cuts the document under root into parts.
func (n *normaliser) split(root *svgNode) []svgPart {
	n.pushPatternPaint(root, "", "")
	defs := &svgNode{name: "defs"}
	n.collectGradients(root, defs, 0)
	s := &splitter{n: n, root: root, defs: defs}
	if n.clipOf(root) != nil || n.maskOf(root) != nil || n.refTo(root, "filter", "filter") != nil {
		n.unsupported("a clip path, mask or filter on the <svg> element itself (drawn without)")
	} else {
		n.noteUnsupported(root)
	}
	for _, k := range root.kids {
		s.visit([]*svgNode{root}, k)
	}
	return s.parts
}

func (n *normaliser) collectGradients(el, defs *svgNode, depth int) {
	for _, k := range el.kids {
		if k.name == "linearGradient" || k.name == "radialGradient" {
			defs.kids = append(defs.kids, k)
			continue
		}
		if k.name != "" && depth < svgMaxDepth && k.name != "style" && k.name != "script" {
			n.collectGradients(k, defs, depth+1) // also in a mask, pattern or symbol
		}
	}
}

func (s *splitter) sub() *splitter {
	return &splitter{n: s.n, root: s.root, defs: s.defs, depth: s.depth + 1}
}

// visit puts element k, whose ancestors are chain, into the parts.
func (s *splitter) visit(chain []*svgNode, k *svgNode) {
	switch {
	case k.name == "":
		return // space between elements (text elements are added whole)
	case k.name == "linearGradient" || k.name == "radialGradient" || k.name == "defs":
		return // gradients are in every part; the rest of <defs> is drawn only through <use>
	case k.name == "foreignObject":
		s.n.unsupported("<foreignObject> (HTML inside an SVG)")
		return
	case svgHidden[k.name]:
		return
	case k.name == "image":
		s.n.noteUnsupported(k)
		s.image(chain, k)
		return
	}
	s.n.noteUnsupported(k)
	if s.composite(chain, k) {
		return
	}
	if s.n.holdsComposite(k, 0) {
		inner := append(chain[:len(chain):len(chain)], k)
		for _, kid := range k.kids {
			s.visit(inner, kid)
		}
		return
	}
	s.add(chain, k)
}

// add appends k to the current plain part under copies of its ancestors,
// starting a part when the last one was a group or picture.
func (s *splitter) add(chain []*svgNode, k *svgNode) {
	common := 0
	for common < len(s.src) && common < len(chain) && s.src[common] == chain[common] {
		common++
	}
	if common == 0 { // a new part
		root := shallow(chain[0])
		root.kids = []*svgNode{s.defs}
		s.parts = append(s.parts, svgPart{tree: root})
		s.src, s.open, common = []*svgNode{chain[0]}, []*svgNode{root}, 1
	}
	s.src, s.open = s.src[:common], s.open[:common]
	for _, a := range chain[common:] {
		c := shallow(a)
		parent := s.open[len(s.open)-1]
		parent.kids = append(parent.kids, c)
		s.src, s.open = append(s.src, a), append(s.open, c)
	}
	parent := s.open[len(s.open)-1]
	parent.kids = append(parent.kids, k)
}

// cut ends the current plain part: what follows is drawn after a group.
func (s *splitter) cut() { s.src, s.open = nil, nil }

func shallow(el *svgNode) *svgNode {
	return &svgNode{name: el.name, attrs: append([]xml.Attr(nil), el.attrs...)}
}

// holdsComposite says whether el or anything under it needs a group.
func (n *normaliser) holdsComposite(el *svgNode, depth int) bool {
	if v, ok := n.composites[el]; ok {
		return v
	}
	v := el.name == "image" || n.groupFade(el) < 1 || hasURL(el) && (n.filterOf(el) != nil || n.clipOf(el) != nil ||
		n.maskOf(el) != nil || n.patternOf(el, "fill") != nil || n.patternOf(el, "stroke") != nil)
	if !v && depth < svgMaxDepth && el.name != "text" {
		for _, k := range el.kids {
			if k.name != "" && !svgHidden[k.name] && n.holdsComposite(k, depth+1) {
				v = true
				break
			}
		}
	}
	n.composites[el] = v
	return v
}

// hasURL says whether any attribute of el (its style included) holds a
// url(…): only then can it name a clip, mask, pattern or filter. Most
// elements have none, and their style is then not parsed five times.
func hasURL(el *svgNode) bool {
	for _, a := range el.attrs {
		if strings.Contains(a.Value, "url(") {
			return true
		}
	}
	return false
}

// refTo is the element "url(#id)" in property prop of el names, when it is
// a name element.
func (n *normaliser) refTo(el *svgNode, prop, name string) *svgNode {
	v, ok := styleProps(el)[prop]
	if !ok {
		return nil
	}
	if t := n.ids[markerRef(v)]; t != nil && t.name == name {
		return t
	}
	return nil
}

func (n *normaliser) clipOf(el *svgNode) *svgNode { return n.refTo(el, "clip-path", "clipPath") }
func (n *normaliser) maskOf(el *svgNode) *svgNode { return n.refTo(el, "mask", "mask") }
func (n *normaliser) patternOf(el *svgNode, prop string) *svgNode {
	if !svgShapes[el.name] {
		return nil
	}
	return n.refTo(el, prop, "pattern")
}

// ctm is the transform from the user space of the last element of chain
// (its own transform included) to the document's.
func ctm(chain []*svgNode) svgMatrix {
	m := svgIdentity
	for _, el := range chain[1:] {
		if tr, ok := styleProps(el)["transform"]; ok {
			m = m.mul(parseTransform(tr))
		}
	}
	return m
}

func matrixAttr(m svgMatrix) xml.Attr {
	return xml.Attr{Name: xml.Name{Local: "transform"},
		Value: fmt.Sprintf("matrix(%g %g %g %g %g %g)", m.a, m.b, m.c, m.d, m.e, m.f)}
}

// frame is a document, with the gradients, holding one <g> at transform m:
// the user space of an element, for its clip, mask or pattern content.
func (s *splitter) frame(m svgMatrix) (*svgNode, *svgNode) {
	root := &svgNode{name: "svg", attrs: attrsOf("style", "stroke-width:1")} // SVG's default, not oksvg's 2
	for _, a := range s.root.attrs {
		switch a.Name.Local {
		case "viewBox", "width", "height":
			root.attrs = append(root.attrs, a)
		}
	}
	g := &svgNode{name: "g", attrs: []xml.Attr{matrixAttr(m)}}
	root.kids = []*svgNode{s.defs, g}
	return root, g
}

// without is a copy of el without the named properties, as attributes or
// in its style.
func without(el *svgNode, props ...string) *svgNode {
	drop := map[string]bool{}
	for _, p := range props {
		drop[p] = true
	}
	c := &svgNode{name: el.name, kids: el.kids, text: el.text}
	for _, a := range el.attrs {
		if drop[a.Name.Local] {
			continue
		}
		if a.Name.Local == "style" {
			decls := parseDecls(a.Value)
			var kept []string
			for _, k := range sortedKeysInOrder(a.Value, decls) {
				if !drop[k] {
					kept = append(kept, k+":"+decls[k])
				}
			}
			a.Value = joinDecls(kept)
		}
		c.attrs = append(c.attrs, a)
	}
	return c
}

func joinDecls(d []string) string { return strings.Join(d, ";") }
