package layout

import (
	"os/exec"
	"strings"
	"sync"

	"github.com/yuin/goldmark/ast"
)

// KindDiagram is the problem kind of a diagram block Lectern cannot draw.
const KindDiagram = "diagram"

// DiagramError is a ```mermaid block left as code: drawing it needs the
// Mermaid CLI (mmdc), which Lectern runs only when it is installed.
type DiagramError struct{}

func (e *DiagramError) Error() string {
	return "Mermaid diagram shown as code: install the Mermaid CLI (mmdc, the @mermaid-js/mermaid-cli package) on PATH to have it drawn"
}

// Kind is the problem kind `lectern check` reports.
func (e *DiagramError) Kind() string { return KindDiagram }

// lookMmdc is whether mmdc is on PATH, looked up once; tests replace it.
var lookMmdc = sync.OnceValue(func() bool {
	_, err := exec.LookPath("mmdc")
	return err == nil
})

// isMermaid says whether n is a ```mermaid fence.
func (b *builder) isMermaid(n ast.Node) bool {
	f, ok := n.(*ast.FencedCodeBlock)
	return ok && strings.EqualFold(string(f.Language(b.src)), "mermaid")
}

// mermaid keeps the block as code with a visible marker under it and a
// problem, so the presenter sees why the diagram is not drawn. Drawing with
// a local mmdc is not built yet: the marker then says so.
func (b *builder) mermaid(n ast.Node, x, w float64) {
	b.codeBlock(n, x, w)
	note := "Mermaid diagram: install mmdc to draw it"
	if lookMmdc() {
		note = "Mermaid diagram: drawing with mmdc is not built yet"
	}
	b.problem(&DiagramError{})
	size := b.th.Code * b.scale
	st := style{font: Italic, size: size, color: b.th.Muted}
	b.open(0.3 * size)
	b.y += b.emitLines(breakLines([]frag{{text: note, st: st}}, w, size), x, b.y, w, alignLeft)
	b.close(0.5 * b.th.Body * b.scale)
}
