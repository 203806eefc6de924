package pdfout

import (
	"image"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/lectern-app/lectern/internal/testtool"
	"github.com/lectern-app/lectern/render/layout"
	"github.com/lectern-app/lectern/render/layout/layouttest"
)

// The text of SVG pictures is real text in the PDF (pdftotext finds the
// labels of the benchmark chart, Q1…Q12) and shows when the page is drawn.
func TestSVGTextInThePDF(t *testing.T) {
	d, err := layouttest.Load("../../testdata/render/svg-text.md", "light")
	if err != nil {
		t.Fatal(err)
	}
	var pages []*layout.Page
	for n := 1; n <= 2; n++ {
		l, err := layout.LayoutSlide(d.Slide(n), d, layout.Options{})
		if err != nil {
			t.Fatal(err)
		}
		pages = append(pages, l.Page(1))
	}
	dir := t.TempDir()
	out := filepath.Join(dir, "svg.pdf")
	if err := WritePages(out, pages, Options{Title: "SVG"}); err != nil {
		t.Fatal(err)
	}
	testtool.Need(t, "pdftotext")
	txt, err := exec.Command("pdftotext", "-enc", "UTF-8", out, "-").Output()
	if err != nil {
		t.Fatal(err)
	}
	words := strings.Fields(string(txt))
	has := map[string]bool{}
	for _, w := range words {
		has[w] = true
	}
	want := []string{"LECTERN", "mono", "next"}
	for _, q := range []string{"Q1", "Q2", "Q3", "Q4", "Q5", "Q6", "Q7", "Q8", "Q9", "Q10", "Q11", "Q12"} {
		want = append(want, q)
	}
	for _, w := range want {
		if !has[w] {
			t.Errorf("pdftotext does not find %q: %q", w, words)
		}
	}

	// drawn: the title's dark blue covers a good part of page 1
	testtool.Need(t, "pdftoppm")
	base := filepath.Join(dir, "p")
	if err := exec.Command("pdftoppm", "-png", "-r", "48", "-f", "1", "-l", "1", "-singlefile", out, base).Run(); err != nil {
		t.Fatal(err)
	}
	f, err := os.Open(base + ".png")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	img, err := png.Decode(f)
	if err != nil {
		t.Fatal(err)
	}
	if n := countNear(img, 0x1a, 0x23, 0x7e); n < 400 {
		t.Errorf("%d pixels of the SVG title's colour on the drawn PDF page, want ≥ 400", n)
	}
}

func countNear(img image.Image, r, g, b uint8) int {
	n := 0
	near := func(a uint32, b uint8) bool { d := int(a>>8) - int(b); return d > -40 && d < 40 }
	bb := img.Bounds()
	for y := bb.Min.Y; y < bb.Max.Y; y++ {
		for x := bb.Min.X; x < bb.Max.X; x++ {
			cr, cg, cb, _ := img.At(x, y).RGBA()
			if near(cr, r) && near(cg, g) && near(cb, b) {
				n++
			}
		}
	}
	return n
}
