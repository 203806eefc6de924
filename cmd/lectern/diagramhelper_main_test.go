package main

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
)

// diagramHelperName is the helper's file name on this system.
func diagramHelperName() string {
	if runtime.GOOS == "windows" {
		return "lectern-diagrams.exe"
	}
	return "lectern-diagrams"
}

// buildDiagramHelper builds cmd/lectern-diagrams into dir.
func buildDiagramHelper(dir string) (string, error) {
	helper := filepath.Join(dir, diagramHelperName())
	out, err := exec.Command("go", "build", "-o", helper, "github.com/lectern-app/lectern/cmd/lectern-diagrams").CombinedOutput()
	if err != nil {
		return "", fmt.Errorf("build the diagram helper: %v\n%s", err, out)
	}
	return helper, nil
}

// withoutDiagramHelperEnv is env without LECTERN_DIAGRAMS: a lectern binary
// run by the tests finds the helper built beside it, as when installed.
func withoutDiagramHelperEnv(env []string) []string {
	var kept []string
	for _, kv := range env {
		if !strings.HasPrefix(kv, "LECTERN_DIAGRAMS=") {
			kept = append(kept, kv)
		}
	}
	return kept
}

// TestMain builds the lectern-diagrams helper once and points
// LECTERN_DIAGRAMS at it for the commands the tests run in this process.
func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "lectern-diagrams-helper")
	if err != nil {
		fmt.Fprintln(os.Stderr, "temp folder for the diagram helper:", err)
		os.Exit(1)
	}
	helper, err := buildDiagramHelper(dir)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.RemoveAll(dir)
		os.Exit(1)
	}
	os.Setenv("LECTERN_DIAGRAMS", helper)
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}
