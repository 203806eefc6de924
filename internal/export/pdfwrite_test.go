package export

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/pdfcpu/pdfcpu/pkg/api"
	"github.com/pdfcpu/pdfcpu/pkg/pdfcpu"

	"github.com/lectern-app/lectern/internal/export/exporttest"
	"github.com/lectern-app/lectern/internal/testtool"
)

// The plain writer writes the parts of the sample decks (outline, labels
// and named destinations included): pdfcpu and qpdf accept them, and they
// read and look as the same part written by pdfcpu's writer.
func TestPlainWriterMatchesPdfcpu(t *testing.T) {
	qpdf := testtool.Need(t, "qpdf")
	for _, tc := range []struct {
		file  string
		pages []int
	}{
		{"talk.pdf", []int{2, 3, 4}},
		{"beamer.pdf", []int{2, 3, 4, 5}},
		{"beamer-notes.pdf", []int{1, 2, 3}},
		{"bench/deck200.pdf", pages(60, 80)},
	} {
		s, err := openPDF(filepath.Join(testdata, tc.file))
		if err != nil {
			t.Fatal(err)
		}
		part := pdfPart{pages: tc.pages, labels: []string{"a", "a", "b"}, outline: partOutline(s.outline, map[int]int{tc.pages[0]: 1}, 1, "Part")}
		dir := t.TempDir()
		var out [2]string
		for i, write := range []func(*pdfSource, string) error{
			func(s *pdfSource, p string) error {
				dst, err := s.cutPart(part)
				if err != nil {
					return err
				}
				if !plainObjects(dst) {
					t.Fatalf("%s: the part holds objects the plain writer leaves to pdfcpu", tc.file)
				}
				var b bytes.Buffer
				if err := writePlain(dst, &b); err != nil {
					return err
				}
				return os.WriteFile(p, b.Bytes(), 0o644)
			},
			func(s *pdfSource, p string) error {
				dst, err := s.cutPart(part)
				if err != nil {
					return err
				}
				var b bytes.Buffer
				if err := writeContext(dst, &b); err != nil {
					return err
				}
				return os.WriteFile(p, b.Bytes(), 0o644)
			},
		} {
			out[i] = filepath.Join(dir, itoa(i)+".pdf")
			if err := write(s, out[i]); err != nil {
				t.Fatal(err)
			}
		}
		if err := api.ValidateFile(out[0], nil); err != nil {
			t.Errorf("%s: pdfcpu rejects the plain part: %v", tc.file, err)
		}
		if b, err := exec.Command(qpdf, "--check", out[0]).CombinedOutput(); err != nil || strings.Contains(string(b), "WARNING") {
			t.Errorf("%s: qpdf --check: %v\n%s", tc.file, err, b)
		}
		if x, y := exporttest.PDFText(t, out[0]), exporttest.PDFText(t, out[1]); x != y {
			t.Errorf("%s: text differs from pdfcpu's writer:\n%s\n---\n%s", tc.file, x, y)
		}
		if x, y := pixels(t, out[0]), pixels(t, out[1]); !bytes.Equal(x, y) {
			t.Errorf("%s: pages look different from pdfcpu's writer", tc.file)
		}
		if x, y := exporttest.PageLabels(t, out[0]), exporttest.PageLabels(t, out[1]); x != y {
			t.Errorf("%s: page labels %q, pdfcpu's writer %q", tc.file, x, y)
		}
		if x, y := outlineOf(t, out[0]), outlineOf(t, out[1]); len(x) == 0 || !reflect.DeepEqual(x, y) {
			t.Errorf("%s: outline %v, pdfcpu's writer %v", tc.file, x, y)
		}
	}
}

func outlineOf(t *testing.T, path string) []pdfcpu.Bookmark {
	t.Helper()
	ctx, err := api.ReadContextFile(path)
	if err != nil {
		t.Fatal(err)
	}
	bms, err := pdfcpu.Bookmarks(ctx)
	if err != nil {
		t.Fatal(err)
	}
	return bms
}
