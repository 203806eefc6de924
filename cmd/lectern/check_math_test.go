package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// A formula with a command the math layout cannot set is a math warning
// naming the command, on its slide; supported formulas are not problems.
func TestCheckMathUnsupportedCommand(t *testing.T) {
	deck := testdataDeck(t, "render/math.md")
	code, out, _ := runCLI(t, "check", deck, "--json")
	if code != 1 {
		t.Fatalf("exit %d, want 1\n%s", code, out)
	}
	r := parseCheck(t, out)
	var named []string
	for _, p := range r.Problems {
		if p.Kind != "math" || p.Slide != 3 {
			t.Errorf("problem %+v, want only math problems on slide 3", p)
			continue
		}
		named = append(named, p.Message)
	}
	all := strings.Join(named, "\n")
	if len(named) != 2 || !strings.Contains(all, `\foo`) || !strings.Contains(all, `\unknowncmd`) {
		t.Errorf("math problems %q, want \\foo and \\unknowncmd", named)
	}
}

// A ```mermaid block with no mmdc installed is a diagram warning saying how
// to get it drawn (mmdc is never installed in CI).
func TestCheckMermaidWithoutMmdc(t *testing.T) {
	t.Setenv("PATH", t.TempDir())
	deck := filepath.Join(t.TempDir(), "flow.md")
	if err := os.WriteFile(deck, []byte("# Flow\n\n```mermaid\ngraph LR\n  A --> B\n```\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, _ := runCLI(t, "check", deck, "--json")
	if code != 1 || !strings.Contains(out, `"kind": "diagram"`) && !strings.Contains(out, `"kind":"diagram"`) || !strings.Contains(out, "mmdc") {
		t.Fatalf("exit %d, want 1 and a diagram problem naming mmdc\n%s", code, out)
	}
}
