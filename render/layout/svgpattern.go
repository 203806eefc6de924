package layout

import (
	"encoding/xml"
	"math"
	"strings"
)

// patternParts puts a shape filled or stroked with a pattern into the
// parts: the pattern's tiles drawn through the shape's fill (or stroke) as
// a clip, then the rest of the shape as plain shapes.
func (s *splitter) patternParts(chain []*svgNode, k *svgNode, fillPat, strokePat *svgNode) {
	props := styleProps(k)
	base := ctm(chain)
	um := base
	if tr, ok := props["transform"]; ok {
		um = um.mul(parseTransform(tr))
	}
	op := chainOpacity(chain) * parseOpacity(props["opacity"], 1)
	b, hasBox := s.n.bbox(k)
	rest := without(k, "clip-path", "mask")
	if fillPat != nil {
		geom := without(k, "fill", "stroke", "opacity", "fill-opacity", "stroke-opacity", "filter", "marker-start", "marker-mid", "marker-end", "id")
		setStyle(geom, "fill", "#000")
		setStyle(geom, "stroke", "none")
		s.tiledGroup(fillPat, geom, base, um, b, hasBox && b.w > 0 && b.h > 0, op*parseOpacity(props["fill-opacity"], 1))
		setStyle(rest, "fill", "none")
	}
	if strokePat != nil {
		setStyle(rest, "stroke", "none") // the fill (if plain) goes first, then the stroke
	}
	s.add(chain, rest)
	s.cut()
	if strokePat != nil {
		geom := without(k, "fill", "stroke", "opacity", "fill-opacity", "stroke-opacity", "filter", "marker-start", "marker-mid", "marker-end", "id")
		setStyle(geom, "fill", "none")
		setStyle(geom, "stroke", "#000")
		sw := 1.0
		if v, ok := parseLength(props["stroke-width"], 16); ok {
			sw = v
		}
		s.tiledGroup(strokePat, geom, base, um, b.grow(sw/2), hasBox, op*parseOpacity(props["stroke-opacity"], 1))
	}
}

func (b svgRect) grow(d float64) svgRect { return svgRect{b.x - d, b.y - d, b.w + 2*d, b.h + 2*d} }

// chainOpacity is the product of the opacities above an element (its
// ancestors' group opacity, which oksvg applies to each shape).
func chainOpacity(chain []*svgNode) float64 {
	op := 1.0
	for _, el := range chain {
		op *= parseOpacity(styleProps(el)["opacity"], 1)
	}
	return op
}

// tiledGroup adds a group: the pattern's tiles covering box (in user space
// um), clipped to geom (drawn in user space base).
func (s *splitter) tiledGroup(pat, geom *svgNode, base, um svgMatrix, box svgRect, hasBox bool, opacity float64) {
	clip, g := s.frame(base)
	g.kids = []*svgNode{geom}
	group := &svgGroup{opacity: opacity, clipTrees: []*svgNode{clip}}
	if hasBox {
		group.tile = s.tile(pat, um, box)
	}
	s.parts = append(s.parts, svgPart{group: group})
}

// patternAttr is an attribute of a pattern or of the patterns it names by
// href (which it inherits from), and the first of them with content.
func (n *normaliser) patternAttr(pat *svgNode, name string) string {
	for i := 0; pat != nil && i < 8; i++ {
		if v := attrOf(pat, name); v != "" {
			return v
		}
		pat = n.patternHref(pat)
	}
	return ""
}

func (n *normaliser) patternHref(pat *svgNode) *svgNode {
	t := n.ids[strings.TrimPrefix(strings.TrimSpace(attrOf(pat, "href")), "#")]
	if t == nil || t.name != "pattern" {
		return nil
	}
	return t
}

func (n *normaliser) patternContent(pat *svgNode) []*svgNode {
	for i := 0; pat != nil && i < 8; i++ {
		for _, k := range pat.kids {
			if k.name != "" {
				return pat.kids
			}
		}
		pat = n.patternHref(pat)
	}
	return nil
}

// tile is the pattern's tile for a shape whose bounding box in user space
// um is box: its content drawn once in pattern space, repeated when drawn
// (svgtile.go); nil when it paints nothing.
func (s *splitter) tile(pat *svgNode, um svgMatrix, box svgRect) *svgTile {
	attr := func(name string) string { return strings.TrimSpace(s.n.patternAttr(pat, name)) }
	var tile svgRect
	if attr("patternUnits") == "userSpaceOnUse" {
		vb := s.n.viewBox
		get := func(name string, of float64) float64 {
			v := attr(name)
			if strings.HasSuffix(v, "%") {
				f, _ := parseLength(v, 1)
				return f * of
			}
			f, _ := parseLength(v, 16)
			return f
		}
		tile = svgRect{get("x", vb.w), get("y", vb.h), get("width", vb.w), get("height", vb.h)}
	} else {
		tile = svgRect{box.x + s.n.fraction(attr("x"), 0)*box.w, box.y + s.n.fraction(attr("y"), 0)*box.h,
			s.n.fraction(attr("width"), 0) * box.w, s.n.fraction(attr("height"), 0) * box.h}
	}
	if !(tile.w > 0 && tile.h > 0) || math.IsInf(tile.w, 0) || math.IsInf(tile.h, 0) {
		return nil // a tile of no size paints nothing
	}
	var content svgMatrix
	if vb := parseNumbers(attr("viewBox")); len(vb) == 4 && vb[2] > 0 && vb[3] > 0 {
		content = viewBoxMatrix(svgRect{0, 0, tile.w, tile.h}, svgRect{vb[0], vb[1], vb[2], vb[3]}, attr("preserveAspectRatio"))
	} else if attr("patternContentUnits") == "objectBoundingBox" {
		content = svgMatrix{a: box.w, d: box.h}
	} else {
		content = svgIdentity
	}
	pm := um.mul(parseTransform(attr("patternTransform")))
	if _, ok := pm.invert(); !ok {
		return nil
	}
	kids := s.n.patternContent(pat)
	for _, k := range kids {
		if k.name != "" && s.n.holdsText(k, 0) {
			s.n.unsupported("text inside a <pattern> (left out)")
			break
		}
	}
	// the content in pattern space, the tile's corner moved to its place
	root, _ := s.frame(svgIdentity)
	g := &svgNode{name: "g", attrs: []xml.Attr{matrixAttr(svgMatrix{a: 1, d: 1, e: tile.x, f: tile.y}.mul(content))}}
	chain := []*svgNode{shallow(root), g}
	sub := s.sub()
	for _, k := range kids {
		if s.n.nodes > svgMaxNodes {
			break
		}
		sub.visit(chain, s.n.clone(k))
	}
	return &svgTile{parts: sub.parts, m: pm, rect: tile}
}

// viewBoxMatrix maps view box vb onto the viewport r as preserveAspectRatio
// says (xMidYMid meet unless told; "none" stretches).
func viewBoxMatrix(r, vb svgRect, par string) svgMatrix {
	sx, sy := r.w/vb.w, r.h/vb.h
	f := strings.Fields(par)
	align := "xMidYMid"
	if len(f) > 0 {
		align = f[0]
	}
	if align == "none" {
		return svgMatrix{a: sx, d: sy, e: r.x - vb.x*sx, f: r.y - vb.y*sy}
	}
	s := min(sx, sy)
	if len(f) > 1 && f[1] == "slice" {
		s = max(sx, sy)
	}
	dx, dy := r.w-vb.w*s, r.h-vb.h*s
	fx, fy := 0.5, 0.5
	switch {
	case strings.HasPrefix(align, "xMin"):
		fx = 0
	case strings.HasPrefix(align, "xMax"):
		fx = 1
	}
	switch {
	case strings.HasSuffix(align, "YMin"):
		fy = 0
	case strings.HasSuffix(align, "YMax"):
		fy = 1
	}
	return svgMatrix{a: s, d: s, e: r.x + dx*fx - vb.x*s, f: r.y + dy*fy - vb.y*s}
}

// invert is m's inverse; ok is false when m flattens the plane.
func (m svgMatrix) invert() (svgMatrix, bool) {
	det := m.a*m.d - m.b*m.c
	if math.Abs(det) < 1e-12 || math.IsNaN(det) || math.IsInf(det, 0) {
		return svgMatrix{}, false
	}
	return svgMatrix{a: m.d / det, b: -m.b / det, c: -m.c / det, d: m.a / det,
		e: (m.c*m.f - m.d*m.e) / det, f: (m.b*m.e - m.a*m.f) / det}, true
}

// pushPatternPaint writes a pattern fill or stroke a group gives into the
// shapes under it that set none of their own: patterns are drawn per shape.
func (n *normaliser) pushPatternPaint(el *svgNode, fill, stroke string) {
	n.pushPaint(el, fill, stroke, 0)
}

func (n *normaliser) pushPaint(el *svgNode, fill, stroke string, depth int) {
	if depth > svgMaxDepth {
		return
	}
	isPattern := func(v string) bool { t := n.ids[markerRef(v)]; return t != nil && t.name == "pattern" }
	for _, k := range el.kids {
		if k.name == "" || svgHidden[k.name] {
			continue
		}
		props := styleProps(k)
		f, s := fill, stroke
		_, ownF := props["fill"]
		_, ownS := props["stroke"]
		if ownF {
			f = props["fill"]
		}
		if ownS {
			s = props["stroke"]
		}
		if svgShapes[k.name] {
			if !ownF && isPattern(f) {
				setStyle(k, "fill", f)
			}
			if !ownS && isPattern(s) {
				setStyle(k, "stroke", s)
			}
			continue
		}
		if isPattern(f) || isPattern(s) || k.name == "g" || k.name == "a" || k.name == "switch" || k.name == "svg" {
			n.pushPaint(k, f, s, depth+1)
		}
	}
}
