package layout

import (
	"encoding/xml"
	"image/color"
	"math"
	"strconv"
	"strings"

	"github.com/srwiley/oksvg"
)

type textAnchor uint8

const (
	anchorStart textAnchor = iota
	anchorMiddle
	anchorEnd
)

// svgStyle is the inherited text style at an element.
type svgStyle struct {
	fill        string // as written: a colour, "none", "currentColor", url(…)
	color       string // the color property, for currentColor
	fillOpacity float64
	opacity     float64 // the product of the ancestors' opacity
	size        float64 // font size in user units
	bold        bool
	italic      bool
	mono        bool
	anchor      textAnchor
	baseline    float64 // dominant-baseline as a shift down in em (middle: 0.35)
	hidden      bool    // visibility: hidden
}

func defaultSVGStyle() svgStyle {
	return svgStyle{fill: "black", color: "black", fillOpacity: 1, opacity: 1, size: 16}
}

// with is the style of a child element with these properties.
func (s svgStyle) with(props map[string]string) svgStyle {
	if v, ok := props["font"]; ok {
		props = withFontShorthand(props, v)
	}
	for _, name := range []string{"dominant-baseline", "alignment-baseline"} {
		switch strings.TrimSpace(props[name]) {
		case "middle", "central":
			s.baseline = 0.35
		case "hanging", "text-before-edge", "before-edge":
			s.baseline = 0.8
		case "text-after-edge", "after-edge", "ideographic":
			s.baseline = -0.2
		case "auto", "alphabetic", "baseline":
			s.baseline = 0
		}
	}
	if v, ok := props["font-size"]; ok {
		if f, ok := parseFontSize(v, s.size); ok {
			s.size = f
		}
	}
	if v, ok := props["fill"]; ok && v != "inherit" {
		s.fill = v
	}
	if v, ok := props["color"]; ok && v != "inherit" {
		s.color = v
	}
	if v, ok := props["fill-opacity"]; ok {
		s.fillOpacity = parseOpacity(v, s.fillOpacity)
	}
	if v, ok := props["opacity"]; ok {
		s.opacity *= parseOpacity(v, 1)
	}
	if v, ok := props["font-weight"]; ok {
		switch v = strings.TrimSpace(v); v {
		case "bold", "bolder":
			s.bold = true
		case "normal", "lighter":
			s.bold = false
		default:
			if n, err := strconv.Atoi(v); err == nil {
				s.bold = n >= 600
			}
		}
	}
	if v, ok := props["font-style"]; ok {
		v = strings.TrimSpace(v)
		s.italic = v == "italic" || v == "oblique"
	}
	if v, ok := props["font-family"]; ok {
		s.mono = monoFamily(v)
	}
	if v, ok := props["text-anchor"]; ok {
		switch strings.TrimSpace(v) {
		case "middle":
			s.anchor = anchorMiddle
		case "end":
			s.anchor = anchorEnd
		case "start":
			s.anchor = anchorStart
		}
	}
	if v, ok := props["visibility"]; ok {
		v = strings.TrimSpace(v)
		s.hidden = v == "hidden" || v == "collapse"
	}
	return s
}

// withFontShorthand adds what a CSS font shorthand ("italic bold 10px
// 'DejaVu Sans'", as matplotlib writes in style) says to props, over the
// presentation attributes (a style declaration wins over them).
func withFontShorthand(props map[string]string, v string) map[string]string {
	out := map[string]string{}
	f := strings.Fields(v)
	for i, tok := range f {
		switch {
		case tok == "italic" || tok == "oblique":
			out["font-style"] = tok
		case tok == "bold" || tok == "bolder" || len(tok) == 3 && tok[1:] == "00":
			out["font-weight"] = tok
		case tok == "normal" || tok == "small-caps":
		default:
			size, _, _ := strings.Cut(tok, "/") // 10px/1.2: the line height is not used
			out["font-size"] = size
			out["font-family"] = strings.Join(f[i+1:], " ")
			for k, v := range props {
				if _, set := out[k]; !set {
					out[k] = v
				}
			}
			return out
		}
	}
	return props
}

// monoFamily says whether a font-family list asks first for a fixed-pitch
// face; everything else is set in the slide's sans face.
func monoFamily(v string) bool {
	first := strings.ToLower(strings.Trim(strings.TrimSpace(strings.Split(v, ",")[0]), `"'`))
	for _, m := range []string{"mono", "courier", "consol", "menlo", "code", "fixed"} {
		if strings.Contains(first, m) {
			return true
		}
	}
	return false
}

func (s svgStyle) font() Font {
	switch {
	case s.mono && s.bold:
		return MonoBold
	case s.mono:
		return Mono
	case s.bold && s.italic:
		return BoldItalic
	case s.bold:
		return Bold
	case s.italic:
		return Italic
	}
	return Regular
}

// paint is the fill as a premultiplied colour; ok is false when the text is
// not filled. A gradient or pattern fill (url(…)) is drawn in its first
// fallback colour, or black, as oksvg does for shapes it cannot fill.
func (s svgStyle) paint() (color.RGBA, bool) {
	v := strings.TrimSpace(s.fill)
	if strings.HasPrefix(v, "url(") {
		v = "black"
		if i := strings.IndexByte(s.fill, ')'); i > 0 && strings.TrimSpace(s.fill[i+1:]) != "" {
			v = strings.TrimSpace(s.fill[i+1:])
		}
	}
	if strings.EqualFold(v, "currentColor") {
		v = strings.TrimSpace(s.color)
	}
	c, err := oksvg.ParseSVGColor(v)
	if err != nil || c == nil {
		return color.RGBA{}, false
	}
	r, g, b, a := c.RGBA()
	k := s.fillOpacity * s.opacity
	a8 := math.Round(float64(a>>8) * k)
	if a8 <= 0 {
		return color.RGBA{}, false
	}
	f := a8 / 255
	return color.RGBA{uint8(math.Round(float64(r>>8) * f)), uint8(math.Round(float64(g>>8) * f)), uint8(math.Round(float64(b>>8) * f)), uint8(a8)}, true
}

func parseOpacity(v string, def float64) float64 {
	v = strings.TrimSpace(v)
	k := 1.0
	if strings.HasSuffix(v, "%") {
		v, k = strings.TrimSuffix(v, "%"), 0.01
	}
	f, err := strconv.ParseFloat(v, 64)
	if err != nil || math.IsNaN(f) {
		return def
	}
	return min(1, max(0, f*k))
}

// parseFontSize reads a font-size; keywords are the CSS absolute sizes.
func parseFontSize(v string, parent float64) (float64, bool) {
	v = strings.TrimSpace(v)
	kw := map[string]float64{"xx-small": 9, "x-small": 10, "small": 13, "medium": 16, "large": 18,
		"x-large": 24, "xx-large": 32, "smaller": parent / 1.2, "larger": parent * 1.2}
	if f, ok := kw[v]; ok {
		return f, true
	}
	f, ok := parseLength(v, parent)
	if !ok || f <= 0 || f > 1e6 {
		return 0, false
	}
	return f, true
}

// svgCSS holds the simple rules of an SVG's <style> sheets (element, .class,
// element.class and #id selectors).
type svgCSS struct{ rules []cssRule }

type cssRule struct {
	elem, class, id string
	// within are the compounds an ancestor must match, outermost first
	// ("#chart .node rect": #chart, .node); ">" is read as a descendant
	within []cssRule
	decls  map[string]string
}

// props are an element's properties: presentation attributes, then the
// style sheet's rules in order, then its style attribute, each overriding
// the one before (CSS specificity is approximated by order).
func (c svgCSS) props(el xml.StartElement) map[string]string {
	props := map[string]string{}
	for _, a := range el.Attr {
		props[a.Name.Local] = a.Value
	}
	for _, r := range c.rules {
		if r.matches(el, nil) {
			for k, v := range r.decls {
				props[k] = v
			}
		}
	}
	if st, ok := attr(el, "style"); ok {
		for k, v := range parseDecls(st) {
			props[k] = v
		}
	}
	return props
}

// matches says whether the rule applies to el under its ancestors
// (outermost first).
func (r cssRule) matches(el xml.StartElement, ancestors []xml.StartElement) bool {
	if !r.matchesOne(el) {
		return false
	}
	i := len(ancestors) - 1
	for j := len(r.within) - 1; j >= 0; j-- {
		for i >= 0 && !r.within[j].matchesOne(ancestors[i]) {
			i--
		}
		if i < 0 {
			return false
		}
		i--
	}
	return true
}

func (r cssRule) matchesOne(el xml.StartElement) bool {
	if r.elem != "" && r.elem != "*" && r.elem != el.Name.Local {
		return false
	}
	if r.id != "" && attrOr(el, "id") != r.id {
		return false
	}
	if r.class != "" {
		found := false
		for _, c := range strings.Fields(attrOr(el, "class")) {
			found = found || c == r.class
		}
		return found
	}
	return true
}

// parseDecls reads "a: b; c: d" (a style attribute or a rule's body).
func parseDecls(s string) map[string]string {
	out := map[string]string{}
	for _, d := range strings.Split(s, ";") {
		k, v, ok := strings.Cut(d, ":")
		if !ok {
			continue
		}
		v = strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(v), "!important"))
		out[strings.TrimSpace(strings.ToLower(k))] = v
	}
	return out
}
