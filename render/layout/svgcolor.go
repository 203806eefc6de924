package layout

import (
	"fmt"
	"math"
	"regexp"
	"strconv"
	"strings"
)

// rgbFunc matches rgb(…) and rgba(…) colours.
var rgbFunc = regexp.MustCompile(`(?i)rgba?\(\s*([^)]*)\)`)

// hexColors writes rgb() colours with percentages or fractions
// ("rgb(13.7%,12.2%,12.5%)", as cairo writes them) as #rrggbb, which oksvg
// reads; it reads only whole numbers, and such a shape was not drawn.
// rgba()'s alpha is left to the opacity the element has (rare in SVG 1.1).
func hexColors(v string) string {
	if !strings.Contains(strings.ToLower(v), "rgb") {
		return v
	}
	return rgbFunc.ReplaceAllStringFunc(v, func(m string) string {
		inner := rgbFunc.FindStringSubmatch(m)[1]
		parts := strings.FieldsFunc(inner, func(r rune) bool { return r == ',' || r == ' ' || r == '/' })
		if len(parts) < 3 {
			return m
		}
		var c [3]int
		for i := range 3 {
			p := strings.TrimSpace(parts[i])
			k := 1.0
			if strings.HasSuffix(p, "%") {
				p, k = strings.TrimSuffix(p, "%"), 2.55
			}
			f, err := strconv.ParseFloat(p, 64)
			if err != nil || math.IsNaN(f) {
				return m
			}
			c[i] = int(math.Round(min(255, max(0, f*k))))
		}
		return fmt.Sprintf("#%02x%02x%02x", c[0], c[1], c[2])
	})
}

// svgPaintProps are the properties that take a colour, with the opacity
// property that carries a colour's alpha.
var svgPaintProps = map[string]string{"fill": "fill-opacity", "stroke": "stroke-opacity",
	"stop-color": "stop-opacity", "flood-color": "flood-opacity", "lighting-color": ""}

// fixColors rewrites the colours oksvg cannot read, one of which makes it
// refuse the whole file: currentColor (the inherited color property),
// transparent, inherit, and colours with alpha (rgba(), hsla(), #rgba,
// #rrggbbaa: the alpha moves to the matching opacity).
func fixColors(el *svgNode, current string, depth int) {
	if depth > svgMaxDepth {
		return
	}
	for _, k := range el.kids {
		if k.name == "" {
			continue
		}
		props := styleProps(k)
		cur := current
		if v := strings.TrimSpace(props["color"]); v != "" && !strings.EqualFold(v, "inherit") && !strings.EqualFold(v, "currentColor") {
			cur = v
		}
		for p, opacity := range svgPaintProps {
			v, ok := props[p]
			if !ok {
				continue
			}
			v = strings.TrimSpace(v)
			// replaced where written too: oksvg reads the attribute and the style
			switch {
			case strings.EqualFold(v, "currentColor"):
				v = cur
				replaceProp(k, p, v)
			case strings.EqualFold(v, "transparent"):
				replaceProp(k, p, "none")
				continue
			case strings.EqualFold(v, "inherit"):
				dropProp(k, p)
				continue
			}
			if hex, alpha, ok := colorAlpha(v); ok {
				replaceProp(k, p, hex)
				if opacity != "" && alpha < 1 {
					replaceProp(k, opacity, strconv.FormatFloat(parseOpacity(props[opacity], 1)*alpha, 'g', 4, 64))
				}
			}
		}
		fixColors(k, cur, depth+1)
	}
}

// colorAlpha reads a colour with an alpha (rgba(), hsla(), #rgba,
// #rrggbbaa) as #rrggbb and the alpha; ok is false for anything else.
func colorAlpha(v string) (string, float64, bool) {
	low := strings.ToLower(v)
	switch {
	case strings.HasPrefix(low, "#") && (len(low) == 5 || len(low) == 9):
		h := low[1:]
		if len(h) == 4 {
			h = string([]byte{h[0], h[0], h[1], h[1], h[2], h[2], h[3], h[3]})
		}
		n, err := strconv.ParseUint(h, 16, 32)
		if err != nil {
			return "", 0, false
		}
		return "#" + h[:6], float64(n&0xff) / 255, true
	case strings.HasPrefix(low, "rgba(") || strings.HasPrefix(low, "hsla("):
		inner := strings.TrimSuffix(strings.TrimSpace(v[5:]), ")")
		parts := strings.FieldsFunc(inner, func(r rune) bool { return r == ',' || r == ' ' || r == '/' })
		if len(parts) != 4 {
			return "", 0, false
		}
		a := parseOpacity(parts[3], 1)
		base := low[:3] + "(" + strings.Join(parts[:3], ",") + ")"
		if low[0] == 'r' {
			return hexColors(base), a, true
		}
		return base, a, true // hsl(): oksvg reads it
	}
	return "", 0, false
}

// replaceProp sets a property, taken out of the attributes and style first.
func replaceProp(el *svgNode, prop, v string) {
	dropProp(el, prop)
	setStyle(el, prop, v)
}

// dropProp takes a property out of an element's attributes and style.
func dropProp(el *svgNode, prop string) {
	c := without(el, prop)
	el.attrs = c.attrs
}
