package layout

import (
	"encoding/xml"
	"fmt"
	"strings"
)

// svgRect is a box in some user space.
type svgRect struct{ x, y, w, h float64 }

// bboxMatrix maps the unit square onto b (objectBoundingBox units).
func (b svgRect) bboxMatrix() svgMatrix { return svgMatrix{a: b.w, d: b.h, e: b.x, f: b.y} }

// composite puts k, when it is clipped, masked, filled with a pattern or a
// translucent group of shapes, into the parts as a group, and says whether
// it did.
func (s *splitter) composite(chain []*svgNode, k *svgNode) bool {
	if !hasURL(k) && s.n.groupFade(k) == 1 {
		return false
	}
	clip, mask := s.n.clipOf(k), s.n.maskOf(k)
	fillPat, strokePat := s.n.patternOf(k, "fill"), s.n.patternOf(k, "stroke")
	fade := s.n.groupFade(k)
	filt := s.n.filterOf(k)
	if clip == nil && mask == nil && fillPat == nil && strokePat == nil && fade == 1 && filt == nil {
		return false
	}
	if s.mergeClip(chain, k, clip, mask) {
		return true
	}
	if s.depth >= svgMaxGroupDepth || s.n.groups >= svgMaxGroups {
		if clip != nil || mask != nil || fillPat != nil || strokePat != nil || filt != nil {
			s.n.unsupported(fmt.Sprintf("more than %d clip paths, masks, patterns and filters, or nested more than %d deep (the rest drawn unclipped, unmasked, unfiltered, patterns left out)", svgMaxGroups, svgMaxGroupDepth))
		} // a translucent group's shapes are then each translucent, as oksvg draws them
		plain := without(k, "clip-path", "mask", "filter")
		if fillPat != nil {
			setStyle(plain, "fill", "none")
		}
		if strokePat != nil {
			setStyle(plain, "stroke", "none")
		}
		s.add(chain, plain)
		return true
	}
	s.n.groups++
	s.cut()
	defer s.cut()
	if clip == nil && mask == nil && filt != nil {
		s.filterGroup(chain, k, filt)
		return true
	}
	if clip == nil && mask == nil && fade == 1 {
		s.patternParts(chain, k, fillPat, strokePat)
		return true
	}
	if clip == nil && mask == nil { // group opacity: the shapes drawn, then faded together
		sub := s.sub()
		sub.visit(chain, without(k, "opacity"))
		s.parts = append(s.parts, svgPart{group: &svgGroup{opacity: fade, content: sub.parts}})
		return true
	}
	if s.n.holdsText(k, 0) {
		s.n.unsupported("text inside a clip path or mask (drawn unclipped)")
	}
	um := ctm(append(chain[:len(chain):len(chain)], k))
	var box *svgRect
	bbox := func() (svgRect, bool) {
		if box == nil {
			b, ok := s.n.bbox(k)
			if !ok || !(b.w > 0 && b.h > 0) { // per SVG, such a box makes the units unusable
				return svgRect{}, false
			}
			box = &b
		}
		return *box, true
	}
	// the element's opacity applies to it as a whole
	g := &svgGroup{opacity: parseOpacity(styleProps(k)["opacity"], 1)}
	sub := s.sub()
	sub.visit(chain, without(k, "clip-path", "mask", "opacity"))
	g.content = sub.parts
	if clip != nil {
		g.clipTrees = append(g.clipTrees, s.clipTree(clip, um, bbox))
		if mask == nil && g.opacity == 1 && strings.TrimSpace(attrOf(clip, "clipPathUnits")) != "objectBoundingBox" {
			g.key = clipKey(chain, clip, um)
		}
	}
	if mask != nil {
		s.maskInto(g, mask, um, bbox)
	}
	s.parts = append(s.parts, svgPart{group: g})
	return true
}

// clipKey names a clip in a user space: siblings clipped by the same clip
// in the same space (matplotlib clips every line of a plot to its axes) are
// drawn as one group.
func clipKey(chain []*svgNode, clip *svgNode, um svgMatrix) string {
	return fmt.Sprintf("%p %p %v", chain[len(chain)-1], clip, um)
}

// mergeClip adds k to the group just drawn when it has the same clip in
// the same user space and nothing came between; the clip's edge then
// blends once instead of per element, the only difference.
func (s *splitter) mergeClip(chain []*svgNode, k, clip, mask *svgNode) bool {
	if clip == nil || mask != nil || len(s.parts) == 0 || s.src != nil || parseOpacity(styleProps(k)["opacity"], 1) != 1 {
		return false
	}
	g := s.parts[len(s.parts)-1].group
	if g == nil || g.key == "" || g.key != clipKey(chain, clip, ctm(append(chain[:len(chain):len(chain)], k))) {
		return false
	}
	if s.n.holdsText(k, 0) {
		s.n.unsupported("text inside a clip path or mask (drawn unclipped)")
	}
	sub := s.sub()
	sub.visit(chain, without(k, "clip-path", "mask"))
	g.content = append(g.content, sub.parts...)
	return true
}

// clipTree is a document whose black shapes are clip's, in the user space
// um of the element clipped (or its bounding box, clipPathUnits
// objectBoundingBox).
func (s *splitter) clipTree(clip *svgNode, um svgMatrix, bbox func() (svgRect, bool)) *svgNode {
	m := um
	if strings.TrimSpace(attrOf(clip, "clipPathUnits")) == "objectBoundingBox" {
		b, ok := bbox()
		if !ok { // nothing to clip to: the element is not drawn
			root, _ := s.frame(um)
			return root
		}
		m = m.mul(b.bboxMatrix())
	}
	if tr, ok := styleProps(clip)["transform"]; ok {
		m = m.mul(parseTransform(tr))
	}
	if s.n.clipOf(clip) != nil {
		s.n.unsupported("a clip path on a <clipPath> (the inner one is left out)")
	}
	root, g := s.frame(m)
	rule := styleProps(clip)["clip-rule"]
	for _, k := range clip.kids {
		if c := s.n.clipShape(k, rule, 0); c != nil {
			g.kids = append(g.kids, c)
		}
	}
	return root
}

// clipShape is a copy of a clip path's shape filled black (only its
// geometry clips), or nil for what is not a shape.
func (n *normaliser) clipShape(k *svgNode, rule string, depth int) *svgNode {
	if k.name == "" || depth > svgMaxDepth {
		return nil
	}
	props := styleProps(k)
	if r, ok := props["clip-rule"]; ok {
		rule = r
	}
	switch {
	case k.name == "text":
		n.unsupported("text in a <clipPath> (left out of the clip)")
		return nil
	case k.name == "g":
		g := &svgNode{name: "g"}
		if tr, ok := props["transform"]; ok {
			g.attrs = append(g.attrs, matrixAttr(parseTransform(tr)))
		}
		for _, kid := range k.kids {
			if c := n.clipShape(kid, rule, depth+1); c != nil {
				g.kids = append(g.kids, c)
			}
		}
		return g
	case !svgShapes[k.name]:
		return nil
	}
	n.nodes++
	c := without(k, "fill", "stroke", "opacity", "fill-opacity", "stroke-opacity", "fill-rule", "clip-rule",
		"clip-path", "mask", "filter", "marker-start", "marker-mid", "marker-end", "id")
	c.kids = nil
	setStyle(c, "fill", "#000")
	setStyle(c, "stroke", "none")
	if strings.TrimSpace(rule) == "evenodd" {
		setStyle(c, "fill-rule", "evenodd")
	}
	return c
}

// maskInto gives g the mask's content (drawn, its luminance is the alpha)
// and its region (a rectangle that clips).
func (s *splitter) maskInto(g *svgGroup, mask *svgNode, um svgMatrix, bbox func() (svgRect, bool)) {
	obb := strings.TrimSpace(attrOf(mask, "maskUnits")) != "userSpaceOnUse"
	var region svgRect
	if obb {
		b, ok := bbox()
		if !ok {
			root, _ := s.frame(um)
			g.clipTrees = append(g.clipTrees, root) // an empty box masks everything away
			return
		}
		f := svgRect{s.n.fraction(attrOf(mask, "x"), -0.1), s.n.fraction(attrOf(mask, "y"), -0.1),
			s.n.fraction(attrOf(mask, "width"), 1.2), s.n.fraction(attrOf(mask, "height"), 1.2)}
		region = svgRect{b.x + f.x*b.w, b.y + f.y*b.h, f.w * b.w, f.h * b.h}
	} else {
		region = s.userRect(mask)
	}
	g.clipTrees = append(g.clipTrees, s.rectTree(um, region))
	m := um
	if strings.TrimSpace(attrOf(mask, "maskContentUnits")) == "objectBoundingBox" {
		b, ok := bbox()
		if !ok {
			return
		}
		m = m.mul(b.bboxMatrix())
	}
	root, frame := s.frame(m)
	chain := []*svgNode{shallow(root), frame}
	sub := s.sub()
	if s.n.holdsText(mask, 0) {
		s.n.unsupported("text inside a <mask> (left out of the mask)")
	}
	for _, k := range mask.kids {
		sub.visit(chain, s.n.clone(k))
	}
	g.mask, g.hasMask = sub.parts, true
}

// rectTree is a document holding the black rectangle r in user space m.
func (s *splitter) rectTree(m svgMatrix, r svgRect) *svgNode {
	root, g := s.frame(m)
	g.kids = []*svgNode{{name: "rect", attrs: attrsOf("x", r.x, "y", r.y, "width", r.w, "height", r.h, "fill", "#000")}}
	return root
}

// fraction reads a length in objectBoundingBox units: 0.5 or 50%.
func (n *normaliser) fraction(v string, def float64) float64 {
	v = strings.TrimSpace(v)
	if v == "" {
		return def
	}
	if f, ok := parseLength(v, 1); ok {
		return f
	}
	return def
}

// userRect reads x, y, width and height in user units, a percentage being
// of the view box; what is missing is the view box grown by 10% each side.
func (s *splitter) userRect(el *svgNode) svgRect {
	vb := s.n.viewBox
	get := func(name string, of, def float64) float64 {
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
	return svgRect{get("x", vb.w, vb.x-0.1*vb.w), get("y", vb.h, vb.y-0.1*vb.h),
		get("width", vb.w, 1.2*vb.w), get("height", vb.h, 1.2*vb.h)}
}

// attrsOf makes attributes of name, value pairs.
func attrsOf(kv ...any) []xml.Attr {
	var out []xml.Attr
	for i := 0; i+1 < len(kv); i += 2 {
		out = append(out, xml.Attr{Name: xml.Name{Local: kv[i].(string)}, Value: fmt.Sprint(kv[i+1])})
	}
	return out
}

// groupFade is the opacity of a group of two or more shapes, which SVG
// applies to the group drawn (where its shapes overlap, the one on top
// hides the other), not to each shape as oksvg does; 1 for anything else.
func (n *normaliser) groupFade(el *svgNode) float64 {
	if el.name != "g" && el.name != "a" && el.name != "switch" {
		return 1
	}
	op := parseOpacity(styleProps(el)["opacity"], 1)
	if op >= 1 || n.countDrawn(el, 2, 0) < 2 {
		return 1
	}
	return op
}

// countDrawn counts the shapes, pictures and text under el, up to limit.
func (n *normaliser) countDrawn(el *svgNode, limit, depth int) int {
	c := 0
	for _, k := range el.kids {
		if c >= limit || depth > svgMaxDepth {
			break
		}
		switch {
		case k.name == "" || svgHidden[k.name] || k.name == "defs":
		case svgShapes[k.name] || k.name == "image" || k.name == "text":
			c++
		default:
			c += n.countDrawn(k, limit-c, depth+1)
		}
	}
	return c
}

// holdsText says whether el is or holds a <text> (slide text, drawn over
// the picture, which no clip reaches).
func (n *normaliser) holdsText(el *svgNode, depth int) bool {
	if el.name == "text" {
		return true
	}
	if depth > svgMaxDepth {
		return false
	}
	for _, k := range el.kids {
		if k.name != "" && !svgHidden[k.name] && n.holdsText(k, depth+1) {
			return true
		}
	}
	return false
}
