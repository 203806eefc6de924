package layout

import (
	"strings"

	"github.com/yuin/goldmark/ast"
)

// KindDiagram is the problem kind of a diagram block Lectern cannot draw.
const KindDiagram = "diagram"

// DiagramError is a ```mermaid block left as code: drawing it needs the
// Mermaid CLI (mmdc), which Lectern runs only when it is installed, or mmdc
// failed on it (Why).
type DiagramError struct{ Why string }

func (e *DiagramError) Error() string {
	if e.Why != "" {
		return "Mermaid diagram shown as code: " + e.Why
	}
	return "Mermaid diagram shown as code: install the Mermaid CLI (mmdc, the @mermaid-js/mermaid-cli package) on PATH to have it drawn"
}

// Kind is the problem kind `lectern check` reports.
func (e *DiagramError) Kind() string { return KindDiagram }

// isMermaid says whether n is a ```mermaid fence, or a fence of a language
// drawn by the lectern-diagrams helper (```dot, ```graphviz, ```d2:
// diagram_block.go).
func (b *builder) isMermaid(n ast.Node) bool {
	f, ok := n.(*ast.FencedCodeBlock)
	return ok && (strings.EqualFold(string(f.Language(b.src)), "mermaid") || b.fenceEngine(n) != nil)
}

// mermaid draws the block through a local mmdc as an SVG picture. Without
// mmdc, or when it fails, the block stays as code with a visible marker
// under it and a problem, so the presenter sees why it is not drawn.
func (b *builder) mermaid(n ast.Node, x, w float64) {
	if eng := b.fenceEngine(n); eng != nil {
		b.drawDiagram(eng, n, x, w)
		return
	}
	note := "Mermaid diagram: install mmdc to draw it"
	problem := &DiagramError{}
	if mmdc := lookMmdc(); mmdc != "" {
		path, err := mermaidSVG(mmdc, mmdcConfig(b.th), b.fenceText(n))
		if err == nil {
			if b.diagram(path, x, w) {
				return
			}
		} else {
			problem.Why = err.Error()
			note = "Mermaid diagram: " + err.Error()
		}
	}
	b.codeBlock(n, x, w)
	b.problem(problem)
	size := b.th.Code * b.scale
	st := style{font: Italic, size: size, color: b.th.Muted}
	b.open(0.3 * size)
	b.y += b.emitLines(breakLines([]frag{{text: note, st: st}}, w, size), x, b.y, w, alignLeft)
	b.close(0.5 * b.th.Body * b.scale)
}

// fenceText is a fenced block's content as written.
func (b *builder) fenceText(n ast.Node) string {
	var sb strings.Builder
	lines := n.Lines()
	for i := 0; i < lines.Len(); i++ {
		s := lines.At(i)
		sb.Write(s.Value(b.src))
	}
	return sb.String()
}

// diagram lays out a drawn diagram like a picture of its own row: centred,
// as tall as the room offered to pictures allows, at most twice its own
// size. It is false when the SVG cannot be read (the block then stays code).
func (b *builder) diagram(path string, x, w float64) bool {
	info, err := loadInfo(path)
	if err != nil {
		b.problem(&DiagramError{Why: "mmdc's drawing cannot be read: " + err.Error()})
		return false
	}
	b.imgRows++
	if b.imgH <= 0 {
		return true // measuring pass: pictures take what is left later
	}
	aspect := info.w / info.h
	h := min(b.imgH, w/aspect, 2*info.h*b.scale)
	pw := h * aspect
	b.open(0.3 * b.th.Body * b.scale)
	it := picItem{src: path, alt: "Mermaid diagram", path: path, kind: picOK, vector: true, aspect: aspect, natH: 1e6}
	b.picture(it, x+(w-pw)/2, b.y, pw, h)
	b.y += h
	b.close(0.5 * b.th.Body * b.scale)
	return true
}
