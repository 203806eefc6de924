package diagram

import (
	"context"
	"fmt"
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

// D2 is compiled in Go and laid out by dagre (JavaScript run by goja,
// offline) whatever layout engine the source names, since ELK and TALA are
// not bundled. The SVG is written by d2svgwrite.go, not D2's renderer: that
// one links chroma's style registry.

// d2ColourNames are D2's theme colour codes, in the order render/layout's
// d2Colours writes them.
var d2ColourNames = []string{"N1", "N2", "N3", "N4", "N5", "N6", "N7",
	"B1", "B2", "B3", "B4", "B5", "B6", "AA2", "AA4", "AA5", "AB4", "AB5"}

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
		if i < len(d2ColourNames) {
			palette[d2ColourNames[i]] = c
		}
	}
	return writeD2SVG(diagram, palette), nil
}
