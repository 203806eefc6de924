package layout

import (
	"context"
	"fmt"
	"image/color"
	"io/fs"
	"log/slog"
	"strings"

	"oss.terrastruct.com/d2/d2graph"
	"oss.terrastruct.com/d2/d2layouts/d2dagrelayout"
	"oss.terrastruct.com/d2/d2lib"
	"oss.terrastruct.com/d2/d2renderers/d2svg"
	"oss.terrastruct.com/d2/d2target"
	"oss.terrastruct.com/d2/lib/log"
	"oss.terrastruct.com/d2/lib/textmeasure"
)

// d2Engine draws ```d2 fences with the D2 library: compiled in Go, laid
// out by dagre (JavaScript run by goja, in this process, offline) whatever
// layout engine the source names, since ELK and TALA are not bundled.
var d2Engine = &diagramEngine{
	name:   "D2",
	id:     "d2-0.7.2",
	config: d2Colours,
	draw:   drawD2,
}

// d2Colours is D2's palette for a slide theme, one "#rrggbb" per line in
// the order of d2Palette: text in the slide's colours, shapes in shades
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

// d2Palette is where each line of d2Colours goes.
func d2Palette(o *d2target.ThemeOverrides) []**string {
	return []**string{&o.N1, &o.N2, &o.N3, &o.N4, &o.N5, &o.N6, &o.N7,
		&o.B1, &o.B2, &o.B3, &o.B4, &o.B5, &o.B6, &o.AA2, &o.AA4, &o.AA5, &o.AB4, &o.AB5}
}

// noFiles refuses every import: a deck is untrusted, and D2 would read any
// path an @import names.
type noFiles struct{}

func (noFiles) Open(name string) (fs.File, error) {
	return nil, &fs.PathError{Op: "import", Path: name, Err: fs.ErrPermission}
}

// drawD2 compiles, lays out and renders src as SVG in the theme's colours.
func drawD2(ctx context.Context, src, colours string) ([]byte, error) {
	ctx = log.With(ctx, slog.New(slog.DiscardHandler)) // D2 logs layout warnings
	ruler, err := textmeasure.NewRuler()
	if err != nil {
		return nil, fmt.Errorf("D2's text measure: %w", err)
	}
	over := &d2target.ThemeOverrides{}
	for i, c := range strings.Split(colours, "\n") {
		c := c
		*d2Palette(over)[i] = &c
	}
	pad, theme, layout := int64(8), int64(0), "dagre"
	render := &d2svg.RenderOpts{Pad: &pad, ThemeID: &theme, ThemeOverrides: over}
	compile := &d2lib.CompileOptions{
		Ruler: ruler, Layout: &layout, FS: noFiles{},
		LayoutResolver: func(string) (d2graph.LayoutGraph, error) { return d2dagrelayout.DefaultLayout, nil },
	}
	diagram, _, err := d2lib.Compile(ctx, src, compile, render)
	if err != nil {
		return nil, fmt.Errorf("D2: %s", oneLine(err.Error()))
	}
	svg, err := d2svg.Render(diagram, render)
	if err != nil {
		return nil, fmt.Errorf("D2 could not write the drawing: %s", oneLine(err.Error()))
	}
	return svg, nil
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
