package partpdf

import (
	"path/filepath"
	"testing"

	"github.com/lectern-app/lectern/internal/export"
)

// The test decks are the project's sample decks in testdata/export, read
// with the project's loaders, as internal/export's tests read them.
const testdata = "../../testdata/export"

func readManifest(t *testing.T, dir string) *export.Manifest {
	t.Helper()
	m, err := export.ReadManifest(filepath.Join(dir, export.ManifestName))
	if err != nil {
		t.Fatal(err)
	}
	return m
}
