package pdfout

import (
	"os"
	"testing"

	"github.com/lectern-app/lectern/internal/testtool"
)

// TestMain builds the lectern-diagrams helper once: the layout draws D2 and
// Graphviz through it.
func TestMain(m *testing.M) { os.Exit(testtool.RunWithDiagramHelper(m)) }
