package layout

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// withExecutable makes the running program seem to be exe.
func withExecutable(t *testing.T, exe string) {
	t.Helper()
	old := executable
	executable = func() (string, error) { return exe, nil }
	t.Cleanup(func() { executable = old })
}

func writeFile(t *testing.T, path, text string, mode os.FileMode) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(text), mode); err != nil {
		t.Fatal(err)
	}
}

// Without the helper a diagram stays as code, with the visible marker and
// a diagram problem saying in a plain sentence that the helper is missing.
func TestMissingDiagramHelperIsCodeMarkerAndProblem(t *testing.T) {
	isolatedDiagrams(t)
	built := os.Getenv("LECTERN_DIAGRAMS") // TestMain's helper
	t.Setenv("LECTERN_DIAGRAMS", "")
	withExecutable(t, filepath.Join(t.TempDir(), "bin", "lectern"))
	t.Setenv("PATH", filepath.Dir(built)) // a helper in PATH is not used
	const why = "Lectern's diagram helper lectern-diagrams is not installed beside lectern"
	for _, c := range []struct{ lang, src, name string }{
		{"d2", "Alpha -> Beta", "D2"},
		{"dot", "digraph { Alpha -> Beta }", "Graphviz"},
	} {
		pics, texts, l := diagramSlide(t, "# Flow\n\n```"+c.lang+"\n"+c.src+"\n```\n")
		all := joined(texts)
		if len(pics) != 0 || !strings.Contains(all, c.src) {
			t.Errorf("%s: %d pictures, texts %q: want the code", c.lang, len(pics), all)
		}
		if marker := c.name + " diagram not drawn: " + why; !strings.Contains(strings.ReplaceAll(all, "|", " "), marker) { // the marker wraps
			t.Errorf("%s: texts %q lack the marker %q", c.lang, all, marker)
		}
		var de *DiagramDrawError
		if len(l.Problems) != 1 || !errors.As(l.Problems[0], &de) || de.Kind() != KindDiagram || de.Why != why {
			t.Errorf("%s: problems %v, want one diagram problem %q", c.lang, l.Problems, why)
		}
	}
}

// The helper is $LECTERN_DIAGRAMS, else beside the executable (symlinks
// resolved), else in ../lib/lectern from it; never one found in PATH.
func TestFindDiagramHelperOrder(t *testing.T) {
	root := t.TempDir()
	t.Setenv("LECTERN_DIAGRAMS", "")
	writeFile(t, filepath.Join(root, "usr", "bin", "lectern"), "", 0o755)
	link := filepath.Join(root, "home", "bin", "lectern")
	if err := os.MkdirAll(filepath.Dir(link), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(filepath.Join(root, "usr", "bin", "lectern"), link); err != nil {
		t.Fatal(err)
	}
	withExecutable(t, link)
	writeFile(t, filepath.Join(root, "home", "bin", helperName), "", 0o755) // beside the link: not the executable's folder
	t.Setenv("PATH", filepath.Join(root, "home", "bin"))
	if p, err := findHelper(); !errors.Is(err, errNoHelper) {
		t.Errorf("no helper installed: %q, %v; want %v", p, err, errNoHelper)
	}

	lib := filepath.Join(root, "usr", "lib", "lectern", helperName)
	writeFile(t, lib, "", 0o755)
	if p, err := findHelper(); err != nil || p != filepath.Join(root, "usr", "bin", "..", "lib", "lectern", helperName) {
		t.Errorf("helper in ../lib/lectern: %q, %v", p, err)
	}

	beside := filepath.Join(root, "usr", "bin", helperName)
	writeFile(t, beside, "", 0o755)
	if p, err := findHelper(); err != nil || p != beside {
		t.Errorf("helper beside lectern: %q, %v; want %q", p, err, beside)
	}

	env := filepath.Join(root, "elsewhere", "my-helper")
	writeFile(t, env, "", 0o755)
	t.Setenv("LECTERN_DIAGRAMS", env)
	if p, err := findHelper(); err != nil || p != env {
		t.Errorf("LECTERN_DIAGRAMS: %q, %v; want %q", p, err, env)
	}
	t.Setenv("LECTERN_DIAGRAMS", filepath.Join(root, "missing"))
	if p, err := findHelper(); err == nil || !strings.Contains(err.Error(), "LECTERN_DIAGRAMS") {
		t.Errorf("LECTERN_DIAGRAMS naming no file: %q, %v; want an error naming it", p, err)
	}
}

// A drawn diagram comes from the cache folder in a later process: the
// helper is not run again, and not needed.
func TestDrawnDiagramNeedsNoHelper(t *testing.T) {
	isolatedDiagrams(t)
	body := "# Flow\n\n```d2\nAlpha -> Beta\n```\n"
	if pics, _, l := diagramSlide(t, body); len(pics) != 1 || len(l.Problems) != 0 {
		t.Fatalf("first drawing: %d pictures, problems %v", len(pics), l.Problems)
	}
	forgetDiagrams() // as in a new process
	t.Setenv("LECTERN_DIAGRAMS", filepath.Join(t.TempDir(), "gone"))
	if pics, _, l := diagramSlide(t, body); len(pics) != 1 || len(l.Problems) != 0 {
		t.Errorf("from the cache folder: %d pictures, problems %v; want the drawing", len(pics), l.Problems)
	}
}
