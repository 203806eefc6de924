package pdfout

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"testing"
)

// TestMain builds the lectern-diagrams helper once and points
// LECTERN_DIAGRAMS at it: the layout draws D2 and Graphviz through it.
func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "lectern-diagrams-helper")
	if err != nil {
		fmt.Fprintln(os.Stderr, "temp folder for the diagram helper:", err)
		os.Exit(1)
	}
	helper := filepath.Join(dir, "lectern-diagrams")
	if runtime.GOOS == "windows" {
		helper += ".exe"
	}
	out, err := exec.Command("go", "build", "-o", helper, "github.com/lectern-app/lectern/cmd/lectern-diagrams").CombinedOutput()
	if err != nil {
		fmt.Fprintf(os.Stderr, "build the diagram helper: %v\n%s", err, out)
		os.RemoveAll(dir)
		os.Exit(1)
	}
	os.Setenv("LECTERN_DIAGRAMS", helper)
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}
