package layout

import (
	"fmt"
	"image/color"
)

// dotEngine draws ```dot and ```graphviz fences with Graphviz compiled to
// WebAssembly, in the lectern-diagrams helper (internal/diagram).
var dotEngine = &diagramEngine{
	name:   "Graphviz",
	id:     "graphviz-0.2.10 lectern-1", // bump when the defaults or post-processing change
	config: dotDefaults,
	draw:   helperDraw("dot"),
}

// dotDefaults are the theme's graph, node and edge attributes, set before
// the graph's own statements so that those win.
func dotDefaults(th Theme) string {
	hex := func(c color.RGBA) string { return fmt.Sprintf("\"#%02x%02x%02x\"", c.R, c.G, c.B) }
	font := `"Helvetica"` // Graphviz sizes labels with Helvetica's widths: close to the slide's sans
	if th.FontBody != "" {
		font = fmt.Sprintf("%q", th.FontBody)
	}
	text, line, fill := hex(th.Text), hex(th.Accent), hex(th.CodeBg)
	return fmt.Sprintf("graph [fontname=%s, fontcolor=%s, color=%s, bgcolor=transparent]; "+
		"node [fontname=%s, fontcolor=%s, color=%s, fillcolor=%s]; edge [fontname=%s, fontcolor=%s, color=%s];\n",
		font, text, line, font, text, line, fill, font, text, text)
}
