package layout

import (
	"image/color"
	"strconv"
	"strings"
)

// cssNamed are the CSS colour names decks use most; others fall back to the
// theme (the value is the deck's, never an error).
var cssNamed = map[string]uint32{
	"black": 0x000000, "white": 0xffffff, "red": 0xff0000, "green": 0x008000,
	"blue": 0x0000ff, "yellow": 0xffff00, "orange": 0xffa500, "purple": 0x800080,
	"gray": 0x808080, "grey": 0x808080, "silver": 0xc0c0c0, "navy": 0x000080,
	"teal": 0x008080, "maroon": 0x800000, "olive": 0x808000, "lime": 0x00ff00,
	"aqua": 0x00ffff, "cyan": 0x00ffff, "fuchsia": 0xff00ff, "magenta": 0xff00ff,
	"pink": 0xffc0cb, "brown": 0xa52a2a, "gold": 0xffd700, "beige": 0xf5f5dc,
	"ivory": 0xfffff0, "lightgray": 0xd3d3d3, "lightgrey": 0xd3d3d3,
	"darkgray": 0xa9a9a9, "darkgrey": 0xa9a9a9, "darkblue": 0x00008b,
	"darkgreen": 0x006400, "darkred": 0x8b0000, "lightblue": 0xadd8e6,
	"skyblue": 0x87ceeb, "steelblue": 0x4682b4, "tomato": 0xff6347,
	"coral": 0xff7f50, "salmon": 0xfa8072, "indigo": 0x4b0082, "violet": 0xee82ee,
	"crimson": 0xdc143c, "khaki": 0xf0e68c, "lavender": 0xe6e6fa,
	"whitesmoke": 0xf5f5f5, "gainsboro": 0xdcdcdc, "slategray": 0x708090,
	"darkslategray": 0x2f4f4f, "midnightblue": 0x191970, "royalblue": 0x4169e1,
	"dodgerblue": 0x1e90ff, "deepskyblue": 0x00bfff, "seagreen": 0x2e8b57,
	"forestgreen": 0x228b22, "chocolate": 0xd2691e, "tan": 0xd2b48c,
}

// cssColor reads a CSS colour: #rgb, #rgba, #rrggbb, #rrggbbaa, rgb()/rgba()
// with numbers, or a name. The alpha is dropped: a slide's colours are opaque.
func cssColor(s string) (color.RGBA, bool) {
	s = strings.ToLower(strings.TrimSpace(s))
	if v, ok := cssNamed[s]; ok {
		return rgb(v), true
	}
	if h, ok := strings.CutPrefix(s, "#"); ok {
		switch len(h) {
		case 3, 4:
			h = string([]byte{h[0], h[0], h[1], h[1], h[2], h[2]})
		case 6, 8:
			h = h[:6]
		default:
			return color.RGBA{}, false
		}
		v, err := strconv.ParseUint(h, 16, 32)
		if err != nil {
			return color.RGBA{}, false
		}
		return rgb(uint32(v)), true
	}
	if in, ok := cutFunc(s, "rgb"); ok {
		f := strings.FieldsFunc(in, func(r rune) bool { return r == ',' || r == ' ' || r == '/' })
		if len(f) < 3 {
			return color.RGBA{}, false
		}
		var c [3]uint8
		for i := range 3 {
			n, err := strconv.ParseFloat(strings.TrimSuffix(f[i], "%"), 64)
			if err != nil {
				return color.RGBA{}, false
			}
			if strings.HasSuffix(f[i], "%") {
				n *= 2.55
			}
			c[i] = uint8(min(255, max(0, n+0.5)))
		}
		return color.RGBA{R: c[0], G: c[1], B: c[2], A: 0xff}, true
	}
	return color.RGBA{}, false
}

// cutFunc returns the arguments of name(…) or name a(…).
func cutFunc(s, name string) (string, bool) {
	rest, ok := strings.CutPrefix(s, name)
	if !ok {
		return "", false
	}
	rest = strings.TrimPrefix(rest, "a")
	if !strings.HasPrefix(rest, "(") || !strings.HasSuffix(rest, ")") {
		return "", false
	}
	return rest[1 : len(rest)-1], true
}

// firstColor is the first colour named in a CSS value such as
// linear-gradient(to bottom, #67b8e3, #0288d1): what a gradient background is
// drawn as.
func firstColor(s string) (color.RGBA, bool) {
	if c, ok := cssColor(s); ok {
		return c, true
	}
	open := strings.IndexByte(s, '(')
	if open < 0 {
		return color.RGBA{}, false
	}
	inner := strings.TrimSuffix(strings.TrimSpace(s[open+1:]), ")")
	depth, start := 0, 0
	for i := 0; i <= len(inner); i++ {
		if i < len(inner) {
			switch inner[i] {
			case '(':
				depth++
				continue
			case ')':
				depth--
				continue
			case ',':
				if depth > 0 {
					continue
				}
			default:
				continue
			}
		}
		part := strings.TrimSpace(inner[start:i])
		start = i + 1
		if f := strings.Fields(part); len(f) > 0 {
			if c, ok := cssColor(f[0]); ok {
				return c, true
			}
			if c, ok := cssColor(part); ok {
				return c, true
			}
		}
	}
	return color.RGBA{}, false
}

// cssURL is the path inside url(…), quotes removed; "" when s holds none.
func cssURL(s string) string {
	s = strings.TrimSpace(s)
	i := strings.Index(strings.ToLower(s), "url(")
	if i < 0 {
		return ""
	}
	rest := s[i+4:]
	j := strings.IndexByte(rest, ')')
	if j < 0 {
		return ""
	}
	return strings.Trim(strings.TrimSpace(rest[:j]), `"'`)
}
