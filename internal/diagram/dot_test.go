package diagram

import (
	"context"
	"fmt"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/goccy/go-graphviz"
)

// testDotDefaults are render/layout's defaults for its light theme.
const testDotDefaults = `graph [fontname="Helvetica", fontcolor="#1a1a1a", color="#2b6cb0", bgcolor=transparent]; ` +
	`node [fontname="Helvetica", fontcolor="#1a1a1a", color="#2b6cb0", fillcolor="#f2f2f2"]; ` +
	`edge [fontname="Helvetica", fontcolor="#1a1a1a", color="#1a1a1a"];` + "\n"

// A dot graph is drawn as SVG with its labels as text, the theme's
// defaults applied, no DOCTYPE naming an address.
func TestDrawDot(t *testing.T) {
	svg, err := Draw(context.Background(), "dot", "digraph G {\n  Alpha -> Beta [label=\"calls\"]\n}", testDotDefaults)
	if err != nil {
		t.Fatal(err)
	}
	s := string(svg)
	for _, want := range []string{">Alpha</text>", ">Beta</text>", ">calls</text>", `fill="#1a1a1a"`, `stroke="#2b6cb0"`} {
		if !strings.Contains(s, want) {
			t.Errorf("SVG lacks %q:\n%s", want, s)
		}
	}
	if !strings.HasPrefix(s, "<svg") || strings.Contains(s, "DOCTYPE") {
		t.Errorf("SVG starts %q, want <svg and no DOCTYPE", s[:min(len(s), 80)])
	}
}

// A syntax error is one line naming Graphviz and the error.
func TestDrawDotSyntaxError(t *testing.T) {
	_, err := Draw(context.Background(), "dot", "digraph { a -> }", testDotDefaults)
	if err == nil || !strings.HasPrefix(err.Error(), "Graphviz: syntax error") || strings.Contains(err.Error(), "\n") {
		t.Errorf("error %v, want one line starting \"Graphviz: syntax error\"", err)
	}
}

// An engine other than d2 or dot is refused.
func TestDrawUnknownEngine(t *testing.T) {
	if _, err := Draw(context.Background(), "mermaid", "a", ""); err == nil || !strings.Contains(err.Error(), "mermaid") {
		t.Errorf("error %v, want the engine named", err)
	}
}

// Graphviz stopped by the time bound mid-layout is started again for the
// next diagram.
func TestDotTimeoutThenDrawsAgain(t *testing.T) {
	t.Setenv("XDG_CACHE_HOME", t.TempDir())
	var sb strings.Builder
	sb.WriteString("digraph {")
	for i := 0; i < 400; i++ {
		sb.WriteString(" n" + strings.Repeat("x", i%7) + string(rune('a'+i%26)) + " -> m" + string(rune('a'+(i*7)%26)) + strings.Repeat("y", i%5) + ";")
	}
	sb.WriteString("}")
	ctx, cancel := context.WithTimeout(context.Background(), time.Millisecond)
	_, err := drawDot(ctx, sb.String(), testDotDefaults)
	cancel()
	if err == nil {
		t.Errorf("a 1 ms bound: drawn, want an error")
	}
	svg, err := drawDot(context.Background(), "digraph { a -> b }", testDotDefaults)
	if err != nil || !strings.Contains(string(svg), "<svg") {
		t.Errorf("after a timeout: %v, want a drawing", err)
	}
}

// The theme's defaults go right after the graph's brace, past comments and
// quoted names holding braces, before the graph's own statements.
func TestWithDotDefaults(t *testing.T) {
	for src, want := range map[string]string{
		"digraph { a }":                 "digraph {\nD a }",
		"// {x}\ndigraph \"a{b\" { a }": "// {x}\ndigraph \"a{b\" {\nD a }",
		"/* { */ # {\ngraph { a }":      "/* { */ # {\ngraph {\nD a }",
		"digraph \"a\\\"{\" { a }":      "digraph \"a\\\"{\" {\nD a }",
		"no brace":                      "no brace",
	} {
		if got := withDotDefaults(src, "D"); got != want {
			t.Errorf("withDotDefaults(%q) = %q, want %q", src, got, want)
		}
	}
}

// Many dot diagrams in one process are all drawn (a new Graphviz context
// per diagram failed at the 15th).
func TestDotManyDiagrams(t *testing.T) {
	for i := 0; i < 40; i++ {
		svg, err := drawDot(context.Background(), fmt.Sprintf("digraph { a%d -> b }", i), testDotDefaults)
		if err != nil || !strings.Contains(string(svg), fmt.Sprintf(">a%d</text>", i)) {
			t.Fatalf("diagram %d: %v", i, err)
		}
	}
}

// Starting Graphviz, paid by the helper's dot drawing: compiling its
// WebAssembly module, from the compilation cache after the first time.
func BenchmarkDotStart(b *testing.B) {
	cache := filepath.Join(b.TempDir(), "wazero")
	dotState.Lock()
	defer dotState.Unlock()
	defer func() { graphviz.Unload(); dotState.loaded, dotState.gv = false, nil }()
	if err := graphviz.Load(cache, dotLimitPages); err != nil { // fills the compilation cache
		b.Fatal(err)
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if err := graphviz.Load(cache, dotLimitPages); err != nil {
			b.Fatal(err)
		}
	}
}
