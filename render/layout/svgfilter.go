package layout

import (
	"image/color"
	"strings"
)

// svgFilterPrims are the filter primitives drawn (svgfilterdraw.go); a
// filter using any other is reported and the element drawn without it.
var svgFilterPrims = map[string]bool{"feGaussianBlur": true, "feOffset": true, "feFlood": true,
	"feMerge": true, "feComposite": true, "feColorMatrix": true, "feBlend": true, "feDropShadow": true}

// svgFilter is a filter as one element uses it.
type svgFilter struct {
	um     svgMatrix // the element's user space
	region svgRect   // the filter region, in that space
	prims  []svgPrim
}

// svgPrim is one primitive; lengths are in the element's user space.
type svgPrim struct {
	kind, in, in2, result string
	sx, sy, dx, dy        float64
	flood                 color.NRGBA
	op                    string // composite operator, blend mode, colour matrix type
	k                     [4]float64
	values                []float64
	merge                 []string
	linear                bool // color-interpolation-filters is linearRGB (the default)
}

// filterOf is the <filter> that el names, when every primitive of it is
// one that is drawn.
func (n *normaliser) filterOf(el *svgNode) *svgNode {
	f := n.refTo(el, "filter", "filter")
	if f == nil || len(n.unsupportedPrims(f)) > 0 {
		return nil
	}
	return f
}

func (n *normaliser) unsupportedPrims(f *svgNode) []string {
	var out []string
	if len(f.kids) > 2*svgMaxFilterPrims {
		out = append(out, "more than 16 steps")
	}
	for _, k := range f.kids {
		if k.name != "" && !svgFilterPrims[k.name] {
			out = append(out, k.name)
		}
		for _, in := range []string{"in", "in2"} {
			switch v := strings.TrimSpace(attrOf(k, in)); v {
			case "BackgroundImage", "BackgroundAlpha", "FillPaint", "StrokePaint":
				out = append(out, k.name+" in="+v)
			}
		}
	}
	return out
}

// filterGroup puts k, drawn then filtered, into the parts (its opacity
// applies to the filtered result).
func (s *splitter) filterGroup(chain []*svgNode, k, f *svgNode) {
	um := ctm(append(chain[:len(chain):len(chain)], k))
	b, ok := s.n.bbox(k)
	plan := s.filterPlan(f, um, b, ok && b.w > 0 && b.h > 0)
	if plan == nil { // no box to measure the region by: SVG draws nothing
		return
	}
	sub := s.sub()
	sub.visit(chain, without(k, "filter", "opacity"))
	s.parts = append(s.parts, svgPart{group: &svgGroup{opacity: parseOpacity(styleProps(k)["opacity"], 1),
		content: sub.parts, filter: plan}})
}

// filterPlan reads filter f for an element in user space um with bounding
// box b (ok false: it has none).
func (s *splitter) filterPlan(f *svgNode, um svgMatrix, b svgRect, hasBox bool) *svgFilter {
	n := s.n
	fl := &svgFilter{um: um}
	if strings.TrimSpace(attrOf(f, "filterUnits")) == "userSpaceOnUse" {
		fl.region = s.userRect(f)
	} else {
		if !hasBox {
			return nil
		}
		fr := svgRect{n.fraction(attrOf(f, "x"), -0.1), n.fraction(attrOf(f, "y"), -0.1),
			n.fraction(attrOf(f, "width"), 1.2), n.fraction(attrOf(f, "height"), 1.2)}
		fl.region = svgRect{b.x + fr.x*b.w, b.y + fr.y*b.h, fr.w * b.w, fr.h * b.h}
	}
	kx, ky := 1.0, 1.0 // primitiveUnits objectBoundingBox: lengths are fractions of the box
	if strings.TrimSpace(attrOf(f, "primitiveUnits")) == "objectBoundingBox" && hasBox {
		kx, ky = b.w, b.h
	}
	num := func(el *svgNode, name string, def float64) float64 {
		if v, ok := parseLength(attrOf(el, name), 16); ok {
			return v
		}
		return def
	}
	space := strings.TrimSpace(styleProps(f)["color-interpolation-filters"])
	for _, k := range f.kids {
		if k.name == "" {
			continue
		}
		props := styleProps(k)
		p := svgPrim{kind: k.name, in: strings.TrimSpace(attrOf(k, "in")), in2: strings.TrimSpace(attrOf(k, "in2")),
			result: strings.TrimSpace(attrOf(k, "result")), linear: space != "sRGB"}
		if v, ok := props["color-interpolation-filters"]; ok && strings.TrimSpace(v) != "inherit" {
			p.linear = strings.TrimSpace(v) != "sRGB"
		}
		switch k.name {
		case "feGaussianBlur", "feDropShadow":
			sd := parseNumbers(attrOf(k, "stdDeviation"))
			def := 0.0
			if k.name == "feDropShadow" {
				def = 2
			}
			switch len(sd) {
			case 0:
				p.sx, p.sy = def, def
			case 1:
				p.sx, p.sy = sd[0], sd[0]
			default:
				p.sx, p.sy = sd[0], sd[1]
			}
			p.sx, p.sy = max(0, p.sx*kx), max(0, p.sy*ky)
			if k.name == "feDropShadow" {
				p.dx, p.dy = num(k, "dx", 2)*kx, num(k, "dy", 2)*ky
				p.flood = floodColor(props)
			}
		case "feOffset":
			p.dx, p.dy = num(k, "dx", 0)*kx, num(k, "dy", 0)*ky
		case "feFlood":
			p.flood = floodColor(props)
		case "feComposite":
			p.op = strings.TrimSpace(attrOf(k, "operator"))
			for i, name := range []string{"k1", "k2", "k3", "k4"} {
				p.k[i] = num(k, name, 0)
			}
		case "feBlend":
			p.op = strings.TrimSpace(attrOf(k, "mode"))
		case "feColorMatrix":
			p.op = strings.TrimSpace(attrOf(k, "type"))
			p.values = parseNumbers(attrOf(k, "values"))
		case "feMerge":
			for _, m := range k.kids {
				if m.name == "feMergeNode" {
					p.merge = append(p.merge, strings.TrimSpace(attrOf(m, "in")))
				}
			}
		}
		fl.prims = append(fl.prims, p)
	}
	return fl
}

// floodColor is flood-color at flood-opacity (black, opaque by default).
func floodColor(props map[string]string) color.NRGBA {
	c := color.NRGBA{A: 255}
	if v, ok := props["flood-color"]; ok {
		st := defaultSVGStyle().with(map[string]string{"fill": v})
		if rgba, ok := st.paint(); ok {
			c = color.NRGBA{R: rgba.R, G: rgba.G, B: rgba.B, A: 255}
		}
	}
	c.A = uint8(parseOpacity(props["flood-opacity"], 1)*255 + 0.5)
	return c
}
