package export

import (
	"bytes"
	"os/exec"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/lectern-app/lectern/internal/export/exporttest"
	"github.com/lectern-app/lectern/internal/source"
	pdfsource "github.com/lectern-app/lectern/internal/source/pdf"
	"github.com/lectern-app/lectern/internal/source/pdf/pdfstruct"
	"github.com/lectern-app/lectern/internal/testtool"
)

// Export cuts from the structure Load read for the page labels: the parts
// must be what a fresh read of the deck cuts (text, pixels, outline, named
// destinations), including for a hyperref deck, which is validated after
// it is taken.
func TestCutFromLoadedStructure(t *testing.T) {
	for _, tc := range []struct {
		file  string
		parts [][]int
	}{
		{"beamer.pdf", [][]int{{1}, {2, 3, 4, 5}, {6, 7, 8, 9, 10}}},
		{"bench/deck200.pdf", [][]int{pages(1, 67), pages(68, 134), pages(135, 200)}},
	} {
		path := filepath.Join(testdata, tc.file)
		if _, err := pdfsource.ReadLabelRanges(path); err != nil {
			t.Fatal(err)
		}
		kept := pdfstruct.Take(path)
		if kept == nil {
			t.Fatalf("%s: the label reader kept no structure", tc.file)
		}
		taken, err := sourceFrom(path, kept)
		if err != nil {
			t.Fatal(err)
		}
		fresh, err := sourceFrom(path, nil)
		if err != nil {
			t.Fatal(err)
		}
		if taken.ctx != kept || fresh.ctx == kept {
			t.Fatalf("%s: the sources do not use the structures given", tc.file)
		}
		if !reflect.DeepEqual(taken.outline, fresh.outline) {
			t.Errorf("%s: outline %v, fresh read %v", tc.file, taken.outline, fresh.outline)
		}
		if a, b := len(taken.ctx.Names), len(fresh.ctx.Names); a != b {
			t.Errorf("%s: %d name trees, fresh read %d", tc.file, a, b)
		}
		dir := t.TempDir()
		for i, pg := range tc.parts {
			a, b := filepath.Join(dir, "a"+itoa(i)+".pdf"), filepath.Join(dir, "b"+itoa(i)+".pdf")
			part := pdfPart{pages: pg, labels: []string{"x"}}
			if err := taken.write(a, part); err != nil {
				t.Fatal(err)
			}
			if err := fresh.write(b, part); err != nil {
				t.Fatal(err)
			}
			if x, y := exporttest.PDFText(t, a), exporttest.PDFText(t, b); x != y {
				t.Errorf("%s part %d: text differs from a fresh read's cut", tc.file, i+1)
			}
			if x, y := pixels(t, a), pixels(t, b); !bytes.Equal(x, y) {
				t.Errorf("%s part %d: pages look different from a fresh read's cut", tc.file, i+1)
			}
		}
	}
}

// Every part of a loaded deck passes qpdf's structural check, written with
// a classic cross-reference table from the structure Load kept, and
// parts.json has every file's true size and SHA-256.
func TestPartsPassQpdfCheck(t *testing.T) {
	qpdf := testtool.Need(t, "qpdf")
	for _, tc := range []struct{ file, split string }{
		{"beamer.pdf", "1-2,3-7"},
		{"bench/deck200.pdf", "1-67,68-134,135-200"},
	} {
		d, err := source.Load(filepath.Join(testdata, tc.file), source.Options{TitlePages: 1})
		if err != nil {
			t.Fatal(err)
		}
		plan, err := Plan(d, PlanOptions{Split: tc.split})
		if err != nil {
			t.Fatal(err)
		}
		res, err := Export(d, plan, Options{Dir: filepath.Join(t.TempDir(), "out")})
		if err != nil {
			t.Fatal(err)
		}
		// The slides' sums are taken while they are written: they must be
		// the files' own.
		written := readManifest(t, res.Dir).Written
		if len(written) < 2*len(res.Parts) {
			t.Errorf("%s: parts.json lists %d files for %d parts", tc.file, len(written), len(res.Parts))
		}
		for _, w := range written {
			got, err := hashFile(filepath.Join(res.Dir, filepath.FromSlash(w.Path)))
			if err != nil || got.Size != w.Size || got.SHA256 != w.SHA256 {
				t.Errorf("%s: parts.json has %s at %d bytes %s, the file %d bytes %s (%v)", tc.file, w.Path, w.Size, w.SHA256, got.Size, got.SHA256, err)
			}
		}
		for _, p := range res.Parts {
			f := filepath.Join(p.Dir, SlidesPDF)
			out, err := exec.Command(qpdf, "--check", f).CombinedOutput()
			if err != nil || strings.Contains(string(out), "WARNING") {
				t.Errorf("%s part %d: qpdf --check: %v\n%s", tc.file, p.Number, err, out)
			}
		}
	}
}
