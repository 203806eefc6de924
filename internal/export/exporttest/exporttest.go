// Package exporttest holds what the tests of internal/export and of its
// drawer, render/partpdf, both need: the sample decks, a fingerprint of a
// folder, and what outside tools read back from an exported PDF.
package exporttest

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
	"github.com/lectern-app/lectern/internal/source"
	"github.com/lectern-app/lectern/internal/testtool"
)

// Testdata is the sample decks' folder, from a package two levels down.
const Testdata = "../../testdata/export"

// Load reads a sample deck with the project's loaders.
func Load(t testing.TB, name string) *deck.Deck {
	t.Helper()
	d, err := source.Load(filepath.Join(Testdata, name), source.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// Fingerprint hashes every file under dir, to prove an export left the
// source deck alone.
func Fingerprint(t testing.TB, dir string) map[string][32]byte {
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

// SameFingerprint fails the test when a file changed, came or went.
func SameFingerprint(t testing.TB, before, after map[string][32]byte) {
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

// PageCount is the number of pages pdfcpu finds in a PDF.
func PageCount(t testing.TB, path string) int {
	t.Helper()
	ctx, err := api.ReadContextFile(path)
	if err != nil {
		t.Fatalf("read %s: %v", path, err)
	}
	return ctx.PageCount
}

// PDFText is the text pdftotext finds in a PDF.
func PDFText(t testing.TB, path string) string {
	t.Helper()
	testtool.Need(t, "pdftotext")
	out, err := exec.Command("pdftotext", path, "-").Output()
	if err != nil {
		t.Fatalf("pdftotext %s: %v", path, err)
	}
	return string(out)
}

// PageLabels reads a PDF's page labels with qpdf: "0=1 3=2 …".
func PageLabels(t testing.TB, path string) string {
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
