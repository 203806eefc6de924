package pdfout

import (
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/lectern-app/lectern/internal/testtool"
	"github.com/lectern-app/lectern/render/layout"
	"github.com/lectern-app/lectern/render/layout/layouttest"
)

// An exported math slide holds the formula's glyphs, not its TeX.
func TestMathSlideHasNoTeXInThePDF(t *testing.T) {
	d, err := layouttest.Load("../../testdata/render/math.md", "light")
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
	out := filepath.Join(t.TempDir(), "math.pdf")
	if err := WritePages(out, pages, Options{Title: "Math"}); err != nil {
		t.Fatal(err)
	}
	testtool.Need(t, "pdftotext")
	txt, err := exec.Command("pdftotext", "-enc", "UTF-8", out, "-").Output()
	if err != nil {
		t.Fatal(err)
	}
	for _, bad := range []string{`\frac`, "$$", `\int`, `\sqrt`, `\begin`, `\sum`} {
		if strings.Contains(string(txt), bad) {
			t.Errorf("pdftotext finds %q:\n%s", bad, txt)
		}
	}
	for _, want := range []string{"∫", "π", "$5"} {
		if !strings.Contains(string(txt), want) {
			t.Errorf("pdftotext does not find %q:\n%s", want, txt)
		}
	}
}
