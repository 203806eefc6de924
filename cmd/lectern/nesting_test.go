package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestCheckFlattensDeepNesting: a 2,000-level list took 17 s to open.
// check now reports a "nesting" problem on its slide (exit 1) and keeps
// every slide.
func TestCheckFlattensDeepNesting(t *testing.T) {
	var b strings.Builder
	b.WriteString("# Deep\n\n")
	for i := 0; i < 2000; i++ {
		fmt.Fprintf(&b, "%s- level %d\n", strings.Repeat("  ", i), i+1)
	}
	b.WriteString("\n---\n\n# After\n")
	path := filepath.Join(t.TempDir(), "deep.md")
	if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, errOut := runCLI(t, "check", path, "--json")
	if code != 1 {
		t.Fatalf("exit %d, want 1\n%s", code, errOut)
	}
	r := parseCheck(t, out)
	if len(r.Slides) != 2 || len(r.Problems) != 1 {
		t.Fatalf("slides %+v, problems %+v", r.Slides, r.Problems)
	}
	if p := r.Problems[0]; p.Kind != "nesting" || p.Slide != 1 || !strings.Contains(p.Message, "deep.md") || !strings.Contains(p.Message, "100 levels") {
		t.Fatalf("problem %+v", p)
	}
}
