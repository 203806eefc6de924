package layout

import (
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/lectern-app/lectern/internal/deck"
)

// With no mmdc (CI), a ```mermaid block stays as code with a visible marker
// and a diagram problem saying how to get it drawn.
func TestMermaidWithoutMmdcIsCodeAndMarker(t *testing.T) {
	t.Setenv("PATH", t.TempDir())
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

// fakeMmdc puts an mmdc on PATH that runs body (sh) after recording its call
// in calls.txt, and points the user cache folder at a temporary one.
func fakeMmdc(t *testing.T, body string) (calls string) {
	t.Helper()
	bin, cache := t.TempDir(), t.TempDir()
	calls = filepath.Join(bin, "calls.txt")
	script := "#!/bin/sh\necho \"$@\" >> " + calls + "\nwhile [ $# -gt 0 ]; do [ \"$1\" = -o ] && out=$2; [ \"$1\" = -i ] && in=$2; shift; done\n" + body + "\n"
	if err := os.WriteFile(filepath.Join(bin, "mmdc"), []byte(script), 0o755); err != nil {
		t.Fatal(err)
	}
	t.Setenv("PATH", bin+string(os.PathListSeparator)+os.Getenv("PATH"))
	t.Setenv("XDG_CACHE_HOME", cache)
	t.Setenv("HOME", cache)
	diagrams.Lock()
	diagrams.m = map[string]diagramResult{}
	diagrams.Unlock()
	return calls
}

func layoutOps(t *testing.T, body string) (*Laid, []Op) {
	t.Helper()
	l, err := LayoutSlide(&deck.Slide{Number: 1, Body: body}, nil, Options{})
	if err != nil {
		t.Fatal(err)
	}
	return l, l.Page(1).Ops
}

const flowSVG = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 300 100"><style>.node rect{fill:#ececff;stroke:#9370db}</style>` +
	`<g class="node"><rect x="10" y="10" width="100" height="60"/><text x="60" y="45" text-anchor="middle">Start</text></g>` +
	`<g class="node"><rect x="190" y="10" width="100" height="60"/><text x="240" y="45" text-anchor="middle">Finish</text></g></svg>`

// With mmdc on PATH the block is drawn from the SVG it writes: a picture
// with its labels as slide text, no code, no problem; mmdc runs once per
// diagram, and a later run (a new process) takes it from the cache folder.
func TestMermaidDrawnWithMmdc(t *testing.T) {
	calls := fakeMmdc(t, "cat > \"$out\" <<'EOF'\n"+flowSVG+"\nEOF")
	body := "# Flow\n\n```mermaid\ngraph LR\n  Start --> Finish\n```\n"
	l, ops := layoutOps(t, body)
	if len(l.Problems) != 0 {
		t.Errorf("problems %v, want none", l.Problems)
	}
	var pics int
	var texts []string
	for _, op := range ops {
		switch o := op.(type) {
		case Picture:
			pics++
			if o.W <= 0 || o.H <= 0 || o.Image == nil {
				t.Errorf("diagram picture %+v", o)
			}
		case Text:
			texts = append(texts, o.Text)
		}
	}
	all := strings.Join(texts, "|")
	if pics != 1 || !strings.Contains(all, "Start") || !strings.Contains(all, "Finish") || strings.Contains(all, "-->") {
		t.Errorf("%d pictures, texts %q: want the drawn diagram with its labels and no code", pics, all)
	}
	args, _ := os.ReadFile(calls)
	if n := strings.Count(string(args), "\n"); n != 1 || !strings.Contains(string(args), "-c ") {
		t.Errorf("mmdc called %d times (%q), want once, with the config", n, args)
	}
	var cfg map[string]any
	if err := json.Unmarshal([]byte(mmdcConfig(Dark)), &cfg); err != nil || cfg["htmlLabels"] != false ||
		cfg["themeVariables"].(map[string]any)["darkMode"] != true {
		t.Errorf("dark theme's config %v (%v): want JSON, htmlLabels false, darkMode", cfg, err)
	}
	cached, _ := filepath.Glob(filepath.Join(os.Getenv("XDG_CACHE_HOME"), "lectern", "diagrams", "*.svg"))
	if len(cached) != 1 {
		t.Fatalf("cache holds %v, want one SVG", cached)
	}
	diagrams.Lock()
	diagrams.m = map[string]diagramResult{} // as in a new process
	diagrams.Unlock()
	layoutOps(t, body)
	if args, _ := os.ReadFile(calls); strings.Count(string(args), "\n") != 1 {
		t.Errorf("mmdc ran again with the diagram in the cache: %q", args)
	}
}

// When mmdc fails or hangs the block stays code, with a diagram problem
// that says why.
func TestMermaidMmdcFailsOrHangs(t *testing.T) {
	fakeMmdc(t, "echo 'Parse error on line 2' >&2; exit 1")
	l, _ := layoutOps(t, "```mermaid\ngraph LR\n  A -->\n```\n")
	if len(l.Problems) != 1 || !strings.Contains(l.Problems[0].Error(), "Parse error on line 2") {
		t.Errorf("problems %v, want mmdc's error", l.Problems)
	}
	fakeMmdc(t, "sleep 5")
	old := mmdcTimeout
	mmdcTimeout = 300 * time.Millisecond
	defer func() { mmdcTimeout = old }()
	start := time.Now()
	l, _ = layoutOps(t, "```mermaid\ngraph TD\n  X --> Y\n```\n")
	if len(l.Problems) != 1 || !strings.Contains(l.Problems[0].Error(), "longer than") {
		t.Errorf("problems %v, want a timeout", l.Problems)
	}
	if d := time.Since(start); d > 3*time.Second {
		t.Errorf("a hanging mmdc held the layout %v", d)
	}
}

// Layouts of one diagram at once run mmdc once; a diagram already drawn is
// not held up while mmdc draws another.
func TestMermaidConcurrent(t *testing.T) {
	calls := fakeMmdc(t, `grep -q slow "$in" && sleep 1; cat > "$out" <<'EOF'
`+flowSVG+`
EOF`)
	fast := "```mermaid\ngraph LR\n  Start --> Finish\n```\n"
	slow := "```mermaid\ngraph LR\n  slow --> Finish\n```\n"
	layoutOps(t, fast)
	done := make(chan struct{})
	for range 3 {
		go func() {
			LayoutSlide(&deck.Slide{Number: 1, Body: slow}, nil, Options{})
			done <- struct{}{}
		}()
	}
	time.Sleep(200 * time.Millisecond)
	start := time.Now()
	if l, _ := layoutOps(t, fast); len(l.Problems) != 0 {
		t.Errorf("problems %v", l.Problems)
	}
	if d := time.Since(start); d > 500*time.Millisecond {
		t.Errorf("a drawn diagram waited %v for another's mmdc", d)
	}
	for range 3 {
		<-done
	}
	args, _ := os.ReadFile(calls)
	if n := strings.Count(string(args), "\n"); n != 2 {
		t.Errorf("mmdc ran %d times, want 2 (once per diagram): %q", n, args)
	}
}
