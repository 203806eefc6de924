package layers

import (
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

const module = "github.com/lectern-app/lectern"

// under says whether pkg is dir or a package inside it.
func under(pkg, dir string) bool {
	return pkg == dir || strings.HasPrefix(pkg, dir+"/")
}

// notForInternal says why the core may not depend on pkg, or "".
func notForInternal(pkg string) string {
	switch {
	case under(pkg, module+"/render"):
		return "render/"
	case under(pkg, module+"/ui"):
		return "ui/"
	case under(pkg, "fyne.io"):
		return "Fyne"
	}
	return ""
}

// notForRender says why render/ may not depend on pkg, or "".
func notForRender(pkg string) string {
	if under(pkg, module+"/ui") {
		return "ui/"
	}
	return ""
}

// deps lists the packages the patterns depend on, themselves included,
// as `go list -deps` run from the module root does.
func deps(t *testing.T, patterns ...string) []string {
	t.Helper()
	cmd := exec.Command("go", append([]string{"list", "-deps"}, patterns...)...)
	cmd.Dir = filepath.Join("..", "..")
	out, err := cmd.Output()
	if err != nil {
		if ee, ok := err.(*exec.ExitError); ok {
			t.Fatalf("go list -deps %s: %v\n%s", strings.Join(patterns, " "), err, ee.Stderr)
		}
		t.Fatalf("go list -deps %s: %v", strings.Join(patterns, " "), err)
	}
	return strings.Fields(string(out))
}

// The core in internal/ never depends on render/, ui/ or Fyne, and render/
// never depends on ui/: cmd → ui → render → internal.
func TestLayers(t *testing.T) {
	for _, tc := range []struct {
		pattern string
		banned  func(string) string
	}{
		{"./internal/...", notForInternal},
		{"./render/...", notForRender},
	} {
		list := deps(t, tc.pattern)
		if len(list) < 10 || !slices.Contains(list, module+"/internal/deck") {
			t.Fatalf("go list -deps %s listed %d packages, without internal/deck: %q", tc.pattern, len(list), list)
		}
		for _, pkg := range list {
			if why := tc.banned(pkg); why != "" {
				t.Errorf("%s depends on %s (%s): see the layers in docs/DESIGN.md", tc.pattern, pkg, why)
			}
		}
	}
}

// The rules catch what they are for, and only that.
func TestLayerRules(t *testing.T) {
	for _, tc := range []struct {
		pkg              string
		internal, render bool // refused there
	}{
		{module + "/render/layout", true, false},
		{module + "/render", true, false},
		{module + "/ui", true, true},
		{module + "/ui/internal/x", true, true},
		{"fyne.io/fyne/v2/canvas", true, false},
		{module + "/internal/export", false, false},
		{module + "/uikit", false, false},
		{module + "/renderer", false, false},
		{"github.com/yuin/goldmark/util", false, false},
	} {
		if got := notForInternal(tc.pkg) != ""; got != tc.internal {
			t.Errorf("%s refused for internal/: %v, want %v", tc.pkg, got, tc.internal)
		}
		if got := notForRender(tc.pkg) != ""; got != tc.render {
			t.Errorf("%s refused for render/: %v, want %v", tc.pkg, got, tc.render)
		}
	}
}
