package partpdf

import (
	"crypto/sha256"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/pdfcpu/pdfcpu/pkg/api"

	"github.com/lectern-app/lectern/internal/deck"
	"github.com/lectern-app/lectern/internal/export"
	"github.com/lectern-app/lectern/internal/source"
	"github.com/lectern-app/lectern/internal/testtool"
)

// The test decks are the project's sample decks in testdata/export, read
// with the project's loaders, as internal/export's tests read them.
const testdata = "../../testdata/export"

// load reads a test deck with the project's loaders.
func load(t testing.TB, name string) *deck.Deck {
	t.Helper()
	d, err := source.Load(filepath.Join(testdata, name), source.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// fingerprint hashes every file under dir, to prove an export left the
// source deck alone.
func fingerprint(t testing.TB, dir string) map[string][32]byte {
	t.Helper()
	out := map[string][32]byte{}
	err := filepath.Walk(dir, func(p string, info os.FileInfo, err error) error {
		if err != nil || info.IsDir() {
			return err
		}
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		out[p] = sha256.Sum256(b)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func sameFingerprint(t testing.TB, before, after map[string][32]byte) {
	t.Helper()
	if len(before) != len(after) {
		t.Errorf("source folder had %d files, now %d", len(before), len(after))
	}
	for p, h := range before {
		if after[p] != h {
			t.Errorf("source file %s changed", p)
		}
	}
}

func pageCount(t *testing.T, path string) int {
	t.Helper()
	ctx, err := api.ReadContextFile(path)
	if err != nil {
		t.Fatalf("read %s: %v", path, err)
	}
	return ctx.PageCount
}

// pdfText is the text pdftotext finds in a PDF; .ci/deps installs it, so a
// missing pdftotext fails rather than skips.
func pdfText(t *testing.T, path string) string {
	t.Helper()
	out, err := exec.Command("pdftotext", path, "-").Output()
	if err != nil {
		t.Fatalf("pdftotext %s: %v", path, err)
	}
	return string(out)
}

// pageLabelsOf reads the page labels of a PDF with qpdf.
func pageLabelsOf(t *testing.T, path string) string {
	t.Helper()
	testtool.Need(t, "qpdf")
	out, err := exec.Command("qpdf", "--json", "--json-key=pagelabels", path).Output()
	if err != nil {
		t.Fatalf("qpdf %s: %v", path, err)
	}
	var j struct {
		PageLabels []struct {
			Index int `json:"index"`
			Label struct {
				P string `json:"/P"`
			} `json:"label"`
		} `json:"pagelabels"`
	}
	if err := json.Unmarshal(out, &j); err != nil {
		t.Fatal(err)
	}
	var parts []string
	for _, l := range j.PageLabels {
		parts = append(parts, strconv.Itoa(l.Index)+"="+strings.TrimPrefix(l.Label.P, "u:"))
	}
	return strings.Join(parts, " ")
}

func readManifest(t *testing.T, dir string) *export.Manifest {
	t.Helper()
	m, err := export.ReadManifest(filepath.Join(dir, export.ManifestName))
	if err != nil {
		t.Fatal(err)
	}
	return m
}
