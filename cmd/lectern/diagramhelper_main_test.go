package main

import (
	"os"
	"strings"
	"testing"

	"github.com/lectern-app/lectern/internal/testtool"
)

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
func TestMain(m *testing.M) { os.Exit(testtool.RunWithDiagramHelper(m)) }
