// Package pdftest makes PDF files for tests: encrypted copies, truncated
// copies and small hand-written PDFs with page labels and an outline.
package pdftest

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/pdfcpu/pdfcpu/pkg/api"
	"github.com/pdfcpu/pdfcpu/pkg/pdfcpu/model"
)

// Encrypt writes an AES-256 encrypted copy of in into dir and returns its
// path. With an empty userPW the file opens without a password (only the
// owner password protects it).
func Encrypt(t testing.TB, in, dir, userPW string) string {
	t.Helper()
	api.DisableConfigDir()
	out := filepath.Join(dir, "encrypted.pdf")
	conf := model.NewAESConfiguration(userPW, "owner-secret", 256)
	if err := api.EncryptFile(in, out, conf); err != nil {
		t.Fatalf("encrypt %s: %v", in, err)
	}
	return out
}

// Truncated writes the first frac of in into dir and returns its path.
func Truncated(t testing.TB, in, dir string, frac float64) string {
	t.Helper()
	b, err := os.ReadFile(in)
	if err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(dir, "truncated.pdf")
	if err := os.WriteFile(out, b[:int(float64(len(b))*frac)], 0o644); err != nil {
		t.Fatal(err)
	}
	return out
}

// Write stores content as name in dir and returns the path.
func Write(t testing.TB, dir, name string, content []byte) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, content, 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

// Spec describes a small PDF: one line of text per page (Texts), page size
// W×H points, and optional raw catalog entries such as
// "/PageLabels << /Nums [0 << /S /r >>] >>".
type Spec struct {
	W, H    float64
	Texts   []string
	Catalog string
	Info    string // raw Info dictionary entries, e.g. "/Title (Hello)"
}

// Minimal returns a valid PDF (correct xref offsets) for spec.
func Minimal(spec Spec) []byte {
	if spec.W == 0 {
		spec.W, spec.H = 960, 540
	}
	n := len(spec.Texts)
	var objs []string
	// 1 catalog, 2 pages, 3 font, 4 info, then page i: 5+2i, content 6+2i.
	kids := make([]string, n)
	for i := range kids {
		kids[i] = fmt.Sprintf("%d 0 R", 5+2*i)
	}
	objs = append(objs,
		fmt.Sprintf("<< /Type /Catalog /Pages 2 0 R %s >>", spec.Catalog),
		fmt.Sprintf("<< /Type /Pages /Count %d /Kids [%s] >>", n, strings.Join(kids, " ")),
		"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
		fmt.Sprintf("<< %s >>", spec.Info),
	)
	for i, text := range spec.Texts {
		stream := fmt.Sprintf("BT /F1 36 Tf 60 %.0f Td (%s) Tj ET", spec.H-100, escape(text))
		objs = append(objs,
			fmt.Sprintf("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %g %g] /Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R >>",
				spec.W, spec.H, 6+2*i),
			fmt.Sprintf("<< /Length %d >>\nstream\n%s\nendstream", len(stream), stream),
		)
	}
	var b bytes.Buffer
	b.WriteString("%PDF-1.7\n")
	offsets := make([]int, len(objs))
	for i, o := range objs {
		offsets[i] = b.Len()
		fmt.Fprintf(&b, "%d 0 obj\n%s\nendobj\n", i+1, o)
	}
	xref := b.Len()
	fmt.Fprintf(&b, "xref\n0 %d\n0000000000 65535 f \n", len(objs)+1)
	for _, off := range offsets {
		fmt.Fprintf(&b, "%010d 00000 n \n", off)
	}
	fmt.Fprintf(&b, "trailer\n<< /Size %d /Root 1 0 R /Info 4 0 R >>\nstartxref\n%d\n%%%%EOF\n", len(objs)+1, xref)
	return b.Bytes()
}

func escape(s string) string {
	return strings.NewReplacer(`\`, `\\`, `(`, `\(`, `)`, `\)`).Replace(s)
}
