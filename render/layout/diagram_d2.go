package layout

import (
	"context"
	"fmt"
	"image/color"
	"io/fs"
	"log/slog"
	"strings"

	"oss.terrastruct.com/d2/d2compiler"
	"oss.terrastruct.com/d2/d2exporter"
	"oss.terrastruct.com/d2/d2graph"
	"oss.terrastruct.com/d2/d2layouts"
	"oss.terrastruct.com/d2/d2layouts/d2dagrelayout"
	"oss.terrastruct.com/d2/lib/log"
	"oss.terrastruct.com/d2/lib/textmeasure"
)

// d2Engine draws ```d2 fences with the D2 library: compiled in Go, laid
// out by dagre (JavaScript run by goja, in this process, offline) whatever
// layout engine the source names, since ELK and TALA are not bundled. The
// SVG is written by d2svgwrite.go, not D2's renderer: that one links
// chroma's style registry, whose init costs every start of Lectern 8 ms.
var d2Engine = &diagramEngine{
	name:   "D2",
	id:     "d2-0.7.2 lectern-svg-2", // bump the writer's number when its output changes
	config: d2Colours,
	draw:   drawD2,
}

// d2ColourNames are D2's theme colour codes, in the order of d2Colours.
var d2ColourNames = []string{"N1", "N2", "N3", "N4", "N5", "N6", "N7",
	"B1", "B2", "B3", "B4", "B5", "B6", "AA2", "AA4", "AA5", "AB4", "AB5"}

// d2Colours is D2's palette for a slide theme, one "#rrggbb" per line in
// the order of d2ColourNames: text in the slide's colours, shapes in shades
// of its accent over its background.
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

// noFiles refuses every import: a deck is untrusted, and D2 would read any
// path an @import names.
type noFiles struct{}

func (noFiles) Open(name string) (fs.File, error) {
	return nil, &fs.PathError{Op: "import", Path: name, Err: fs.ErrPermission}
}

// drawD2 compiles and lays out src (its first board) and writes it as SVG
// in the theme's colours, as D2's own compile step does.
func drawD2(ctx context.Context, src, colours string) ([]byte, error) {
	ctx = log.With(ctx, slog.New(slog.DiscardHandler)) // D2 logs layout warnings
	g, _, err := d2compiler.Compile("", strings.NewReader(src), &d2compiler.CompileOptions{FS: noFiles{}})
	if err != nil {
		return nil, fmt.Errorf("D2: %s", oneLine(err.Error()))
	}
	if err := g.ApplyTheme(0); err != nil {
		return nil, fmt.Errorf("D2 theme: %w", err)
	}
	if len(g.Objects) > 0 {
		ruler, err := textmeasure.NewRuler()
		if err != nil {
			return nil, fmt.Errorf("D2's text measure: %w", err)
		}
		if err := g.SetDimensions(nil, ruler, nil, nil); err != nil {
			return nil, fmt.Errorf("D2: %s", oneLine(err.Error()))
		}
		layout := func(ctx context.Context, g *d2graph.Graph) error { return d2dagrelayout.Layout(ctx, g, nil) }
		if err := d2layouts.LayoutNested(ctx, g, d2layouts.NestedGraphInfo(g.Root), layout, d2layouts.DefaultRouter); err != nil {
			return nil, fmt.Errorf("D2 layout: %s", oneLine(err.Error()))
		}
	}
	diagram, err := d2exporter.Export(ctx, g, nil, nil)
	if err != nil {
		return nil, fmt.Errorf("D2: %s", oneLine(err.Error()))
	}
	palette := map[string]string{}
	for i, c := range strings.Split(colours, "\n") {
		palette[d2ColourNames[i]] = c
	}
	return writeD2SVG(diagram, palette), nil
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
