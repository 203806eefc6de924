package layout

import (
	"errors"
	"strings"
	"testing"

	"github.com/lectern-app/lectern/internal/deck"
)

// With no mmdc (CI), a ```mermaid block stays as code with a visible marker
// and a diagram problem saying how to get it drawn.
func TestMermaidWithoutMmdcIsCodeAndMarker(t *testing.T) {
	lookMmdc = func() bool { return false }
	s := &deck.Slide{Number: 1, Body: "# Flow\n\n```mermaid\ngraph LR\n  A --> B\n```\n"}
	l, err := LayoutSlide(s, nil, Options{})
	if err != nil {
		t.Fatal(err)
	}
	var all strings.Builder
	for _, op := range l.Page(1).Ops {
		if x, ok := op.(Text); ok {
			all.WriteString(x.Text + "|")
		}
	}
	for _, want := range []string{"graph LR", "A --> B", "Mermaid diagram: install mmdc to draw it"} {
		if !strings.Contains(all.String(), want) {
			t.Errorf("slide lacks %q: %s", want, all.String())
		}
	}
	var de *DiagramError
	if len(l.Problems) != 1 || !errors.As(l.Problems[0], &de) || de.Kind() != KindDiagram || !strings.Contains(l.Problems[0].Error(), "mmdc") {
		t.Errorf("problems %v, want one diagram problem naming mmdc", l.Problems)
	}
}
