package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// A ```dot or ```d2 block with a syntax error is a diagram warning naming
// the error, on its slide; drawn diagrams are no problem.
func TestCheckDiagramSyntaxError(t *testing.T) {
	cache := t.TempDir()
	t.Setenv("XDG_CACHE_HOME", cache)
	deck := filepath.Join(t.TempDir(), "diagrams.md")
	src := "# Good\n\n```dot\ndigraph { a -> b }\n```\n\n```d2\nx -> y\n```\n\n---\n\n# Bad dot\n\n```dot\ndigraph { a -> }\n```\n\n---\n\n# Bad d2\n\n```d2\na -> {\n```\n"
	if err := os.WriteFile(deck, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, _ := runCLI(t, "check", deck, "--json")
	if code != 1 {
		t.Fatalf("exit %d, want 1\n%s", code, out)
	}
	r := parseCheck(t, out)
	want := map[int]string{2: "Graphviz diagram shown as code: Graphviz: syntax error", 3: "D2 diagram shown as code: D2: 1:1: connection missing destination"}
	for _, p := range r.Problems {
		w, ok := want[p.Slide]
		if p.Kind != "diagram" || !ok || !strings.Contains(p.Message, w) {
			t.Errorf("problem %+v, want diagram problems on slides 2 and 3", p)
			continue
		}
		delete(want, p.Slide)
	}
	if len(want) != 0 {
		t.Errorf("missing problems %v\n%s", want, out)
	}
}
