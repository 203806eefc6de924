package layout

import (
	"os"
	"testing"

	"github.com/lectern-app/lectern/internal/testtool"
)

// TestMain builds the lectern-diagrams helper once: the D2 and Graphviz
// tests draw through it, as Lectern does.
func TestMain(m *testing.M) { os.Exit(testtool.RunWithDiagramHelper(m)) }
