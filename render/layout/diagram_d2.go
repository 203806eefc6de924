package layout

import (
	"fmt"
	"image/color"
	"strings"
)

// d2Engine draws ```d2 fences with the D2 library in the lectern-diagrams
// helper (internal/diagram): laid out by dagre whatever layout engine the
// source names, written by Lectern's own small SVG writer.
var d2Engine = &diagramEngine{
	name:   "D2",
	id:     "d2-0.7.2 lectern-svg-2", // bump the writer's number when its output changes
	config: d2Colours,
	draw:   helperDraw("d2"),
}

// d2Colours is D2's palette for a slide theme, one "#rrggbb" per line in
// the order of internal/diagram's d2ColourNames (N1-N7, B1-B6, AA2 AA4 AA5
// AB4 AB5): text in the slide's colours, shapes in shades of its accent
// over its background.
func d2Colours(th Theme) string {
	hex := func(c color.RGBA) string { return fmt.Sprintf("#%02x%02x%02x", c.R, c.G, c.B) }
	mix := func(t float64) string { // t of the accent over the background
		m := func(a, b uint8) uint8 { return uint8(float64(a)*t + float64(b)*(1-t) + 0.5) }
		a, b := th.Accent, th.Background
		return hex(color.RGBA{m(a.R, b.R), m(a.G, b.G), m(a.B, b.B), 255})
	}
	return strings.Join([]string{
		hex(th.Text), hex(th.Muted), mix(0.6), mix(0.45), mix(0.3), mix(0.15), hex(th.Background), // N1-N7
		hex(th.Accent), hex(th.Accent), mix(0.75), mix(0.45), mix(0.25), mix(0.12), // B1-B6
		hex(th.Accent), mix(0.3), mix(0.15), mix(0.3), mix(0.15), // AA2 AA4 AA5 AB4 AB5
	}, "\n")
}
