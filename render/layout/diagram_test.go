package layout

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// isolatedDiagrams points the user cache folder at a temporary one and
// forgets this process's drawn diagrams, as in a fresh install.
func isolatedDiagrams(t testing.TB) string {
	t.Helper()
	cache := t.TempDir()
	t.Setenv("XDG_CACHE_HOME", cache)
	t.Setenv("HOME", cache)
	forgetDiagrams()
	return cache
}

func forgetDiagrams() {
	drawnDiagrams.Lock()
	drawnDiagrams.m = map[string]diagramResult{}
	drawnDiagrams.Unlock()
}

// diagramSlide lays out body and returns its pictures, its texts joined by
// "|" and its problems.
func diagramSlide(t testing.TB, body string) (pics []Picture, texts []Text, l *Laid) {
	t.Helper()
	l, ops := layoutOps(t.(*testing.T), body)
	for _, op := range ops {
		switch o := op.(type) {
		case Picture:
			pics = append(pics, o)
		case Text:
			texts = append(texts, o)
		}
	}
	return pics, texts, l
}

func joined(texts []Text) string {
	var s []string
	for _, x := range texts {
		s = append(s, x.Text)
	}
	return strings.Join(s, "|")
}

// A ```dot and a ```d2 block are drawn: one picture each, the node labels
// set as slide text in the theme's text colour, no code, no problem; the
// drawing is saved in the cache folder.
func TestDotAndD2Drawn(t *testing.T) {
	for _, c := range []struct{ lang, src, code string }{
		{"dot", "digraph G {\n  Alpha -> Beta [label=\"calls\"]\n}", "->"},
		{"graphviz", "graph { Alpha -- Beta }", "--"},
		{"d2", "Alpha -> Beta: calls", "->"},
	} {
		t.Run(c.lang, func(t *testing.T) {
			cache := isolatedDiagrams(t)
			pics, texts, l := diagramSlide(t, "# Flow\n\n```"+c.lang+"\n"+c.src+"\n```\n")
			if len(l.Problems) != 0 {
				t.Errorf("problems %v, want none", l.Problems)
			}
			all := joined(texts)
			if len(pics) != 1 || pics[0].Image == nil || pics[0].W <= 0 {
				t.Fatalf("pictures %+v, want one drawn diagram (texts %q)", pics, all)
			}
			for _, want := range []string{"Alpha", "Beta"} {
				found := false
				for _, x := range texts {
					if x.Text == want {
						found = true
						if x.Color != Light.Text {
							t.Errorf("%s in %v, want the theme's text colour %v", want, x.Color, Light.Text)
						}
						if x.X < pics[0].X || x.X > pics[0].X+pics[0].W || x.Y < pics[0].Y || x.Y > pics[0].Y+pics[0].H {
							t.Errorf("%s at (%.0f, %.0f), outside the picture %+v", want, x.X, x.Y, pics[0])
						}
					}
				}
				if !found {
					t.Errorf("no text %q: %q", want, all)
				}
			}
			if strings.Contains(all, c.code) {
				t.Errorf("the code is shown: %q", all)
			}
			saved, _ := filepath.Glob(filepath.Join(cache, "lectern", "diagrams", "*.svg"))
			if len(saved) != 1 {
				t.Errorf("cache holds %v, want one SVG", saved)
			}
		})
	}
}

// A diagram with a syntax error stays as code with a marker naming the
// error under it, and a diagram problem saying the same.
func TestDiagramSyntaxErrorIsCodeMarkerAndProblem(t *testing.T) {
	for _, c := range []struct{ lang, src, name, why string }{
		{"dot", "digraph { a -> }", "Graphviz", "syntax error"},
		{"d2", "a -> {", "D2", "connection missing destination"},
	} {
		t.Run(c.lang, func(t *testing.T) {
			isolatedDiagrams(t)
			pics, texts, l := diagramSlide(t, "# Flow\n\n```"+c.lang+"\n"+c.src+"\n```\n")
			all := joined(texts)
			if len(pics) != 0 || !strings.Contains(all, c.src) {
				t.Errorf("%d pictures, texts %q: want the code", len(pics), all)
			}
			marker := c.name + " diagram not drawn: "
			if !strings.Contains(all, marker) || !strings.Contains(all, c.why) {
				t.Errorf("texts %q lack the marker %q naming %q", all, marker, c.why)
			}
			var de *DiagramDrawError
			if len(l.Problems) != 1 || !errors.As(l.Problems[0], &de) || de.Kind() != KindDiagram ||
				!strings.Contains(de.Error(), c.why) || !strings.HasPrefix(de.Error(), c.name+" diagram shown as code") {
				t.Errorf("problems %v, want one diagram problem naming %q", l.Problems, c.why)
			}
		})
	}
}

// A drawing is made once: the layout's passes and a later process (the
// cache folder) reuse it; a failure is remembered for this process only.
func TestCachedDiagramDrawsOnce(t *testing.T) {
	isolatedDiagrams(t)
	calls := 0
	draw := func(context.Context) ([]byte, error) { calls++; return []byte(flowSVG), nil }
	for i := 0; i < 2; i++ {
		if _, err := cachedDiagram("test", "cfg", "a", draw); err != nil {
			t.Fatal(err)
		}
		forgetDiagrams() // as in a new process
	}
	if calls != 1 {
		t.Errorf("drawn %d times, want once", calls)
	}
	if _, err := cachedDiagram("test", "other cfg", "a", draw); err != nil || calls != 2 {
		t.Errorf("another theme: %d drawings (%v), want a new one", calls, err)
	}
	fail := func(context.Context) ([]byte, error) { calls++; return nil, errors.New("bad") }
	cachedDiagram("test", "cfg", "b", fail)
	if _, err := cachedDiagram("test", "cfg", "b", fail); err == nil || calls != 3 {
		t.Errorf("failure: %d drawings (%v), want it remembered", calls, err)
	}
}

// A library that hangs or panics gives an error, never a hang or a panic.
func TestDiagramTimeoutAndPanicAreErrors(t *testing.T) {
	isolatedDiagrams(t)
	old := diagramTimeout
	diagramTimeout = 50 * time.Millisecond
	defer func() { diagramTimeout = old }()
	hang := func(ctx context.Context) ([]byte, error) {
		<-ctx.Done()
		time.Sleep(time.Second)
		return nil, ctx.Err()
	}
	start := time.Now()
	if _, err := cachedDiagram("test", "", "hang", hang); err == nil || !strings.Contains(err.Error(), "longer than") {
		t.Errorf("hanging drawing: %v, want a timeout", err)
	}
	if d := time.Since(start); d > 500*time.Millisecond {
		t.Errorf("waited %v for a drawing bounded to 50ms", d)
	}
	boom := func(context.Context) ([]byte, error) { panic("boom") }
	if _, err := cachedDiagram("test", "", "boom", boom); err == nil || !strings.Contains(err.Error(), "boom") {
		t.Errorf("panicking drawing: %v, want its error", err)
	}
	big := strings.Repeat("a -> b\n", diagramMaxSource/7+1)
	if _, err := cachedDiagram("test", "", big, hang); err == nil || !strings.Contains(err.Error(), "larger than") {
		t.Errorf("huge source: %v, want refused", err)
	}
}

// The installed cache folder is private to the user.
func TestDiagramCacheDirIsPrivate(t *testing.T) {
	cache := isolatedDiagrams(t)
	dir, err := diagramCacheDir()
	if err != nil || dir != filepath.Join(cache, "lectern", "diagrams") {
		t.Fatalf("cache dir %q (%v)", dir, err)
	}
	if st, err := os.Stat(dir); err != nil || st.Mode().Perm() != 0o700 {
		t.Errorf("cache dir mode %v (%v), want 0700", st.Mode().Perm(), err)
	}
}
