package testtool

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"testing"
)

// DiagramHelperName is the lectern-diagrams helper's file name on this system.
func DiagramHelperName() string {
	if runtime.GOOS == "windows" {
		return "lectern-diagrams.exe"
	}
	return "lectern-diagrams"
}

// BuildDiagramHelper builds cmd/lectern-diagrams into dir and returns its path.
func BuildDiagramHelper(dir string) (string, error) {
	helper := filepath.Join(dir, DiagramHelperName())
	out, err := exec.Command("go", "build", "-o", helper, "github.com/lectern-app/lectern/cmd/lectern-diagrams").CombinedOutput()
	if err != nil {
		return "", fmt.Errorf("build the diagram helper: %v\n%s", err, out)
	}
	return helper, nil
}

// RunWithDiagramHelper is a TestMain's body for packages whose tests draw
// D2 or Graphviz as Lectern does, through the helper: it builds the helper
// once into a temporary folder, points LECTERN_DIAGRAMS at it, runs the
// tests and returns their exit code.
func RunWithDiagramHelper(m *testing.M) int {
	dir, err := os.MkdirTemp("", "lectern-diagrams-helper")
	if err != nil {
		fmt.Fprintln(os.Stderr, "temp folder for the diagram helper:", err)
		return 1
	}
	defer os.RemoveAll(dir)
	helper, err := BuildDiagramHelper(dir)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	os.Setenv("LECTERN_DIAGRAMS", helper)
	return m.Run()
}
