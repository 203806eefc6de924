// Package diagram draws D2 and Graphviz sources as SVG. It links the big
// libraries (D2 with goja and dagre, Graphviz on wazero), so only the
// lectern-diagrams helper imports it: Lectern itself runs that helper and
// pays neither their start-up nor their memory.
package diagram

import (
	"context"
	"fmt"
	"strings"
)

// Draw is the SVG of src in engine "d2" or "dot". config is the theme as
// render/layout computes it: for D2 one "#rrggbb" per line in the order of
// d2ColourNames, for dot the graph, node and edge defaults.
func Draw(ctx context.Context, engine, src, config string) ([]byte, error) {
	switch engine {
	case "d2":
		return drawD2(ctx, src, config)
	case "dot":
		return drawDot(ctx, src, config)
	}
	return nil, fmt.Errorf("no diagram engine %q (want d2 or dot)", engine)
}

// oneLine joins a library's multi-line message into one line of at most
// 160 characters.
func oneLine(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	if r := []rune(s); len(r) > 160 {
		return string(r[:160]) + "…"
	}
	return s
}
