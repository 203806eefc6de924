package layout

import (
	"context"
	"strings"

	"github.com/yuin/goldmark/ast"
)

// diagramEngine is a diagram language the lectern-diagrams helper draws.
type diagramEngine struct {
	name   string                                                        // the language as the presenter knows it
	id     string                                                        // names the library's version in the cache key
	config func(th Theme) string                                         // the theme as the library takes it
	draw   func(ctx context.Context, src, config string) ([]byte, error) // the SVG of src
}

// diagramEngines maps a fence's language to the library drawing it.
var diagramEngines = map[string]*diagramEngine{"dot": dotEngine, "graphviz": dotEngine, "d2": d2Engine}

// fenceEngine is the engine drawing n's language, nil for other fences.
func (b *builder) fenceEngine(n ast.Node) *diagramEngine {
	f, ok := n.(*ast.FencedCodeBlock)
	if !ok {
		return nil
	}
	return diagramEngines[strings.ToLower(string(f.Language(b.src)))]
}

// DiagramDrawError is a Graphviz or D2 block left as code because its
// library could not draw it (Why: a syntax error, a timeout, the helper
// missing).
type DiagramDrawError struct{ Lang, Why string }

func (e *DiagramDrawError) Error() string {
	return e.Lang + " diagram shown as code: " + e.Why
}

// Kind is the problem kind `lectern check` reports.
func (e *DiagramDrawError) Kind() string { return KindDiagram }

// drawDiagram draws a diagram fence as a picture of its own row, its labels
// as slide text. When the library fails the block stays as code with a
// visible marker under it and a problem naming the error.
func (b *builder) drawDiagram(eng *diagramEngine, n ast.Node, x, w float64) {
	config := eng.config(b.th)
	src := b.fenceText(n)
	path, err := cachedDiagram(eng.id, config, src, func(ctx context.Context) ([]byte, error) {
		return eng.draw(ctx, src, config)
	})
	if err == nil {
		err = b.diagramPicture(path, eng.name+" diagram", x, w)
		if err == nil {
			return
		}
	}
	b.codeBlock(n, x, w)
	b.problem(&DiagramDrawError{Lang: eng.name, Why: err.Error()})
	size := b.th.Code * b.scale
	st := style{font: Italic, size: size, color: b.th.Muted}
	note := eng.name + " diagram not drawn: " + err.Error()
	b.open(0.3 * size)
	b.y += b.emitLines(breakLines([]frag{{text: note, st: st}}, w, size), x, b.y, w, alignLeft)
	b.close(0.5 * b.th.Body * b.scale)
}

// diagramPicture lays out a drawn diagram like a picture of its own row:
// centred, as tall as the room offered to pictures allows, at most twice
// its own size.
func (b *builder) diagramPicture(path, alt string, x, w float64) error {
	info, err := loadInfo(path)
	if err != nil {
		return err
	}
	b.imgRows++
	if b.imgH <= 0 {
		return nil // measuring pass: pictures take what is left later
	}
	aspect := info.w / info.h
	h := min(b.imgH, w/aspect, 2*info.h*b.scale)
	pw := h * aspect
	b.open(0.3 * b.th.Body * b.scale)
	it := picItem{src: path, alt: alt, path: path, kind: picOK, vector: true, aspect: aspect, natH: 1e6}
	b.picture(it, x+(w-pw)/2, b.y, pw, h)
	b.y += h
	b.close(0.5 * b.th.Body * b.scale)
	return nil
}
