package partpdf

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/lectern-app/lectern/internal/export"
	"github.com/lectern-app/lectern/internal/export/exporttest"
	"github.com/lectern-app/lectern/internal/source"
)

// TestExportMarpStyled exports testdata/render/marp-styled.md and finds
// Marp's header, footer and page numbers in the PDF's text: they are drawn
// as text, not lost with the directives.
func TestExportMarpStyled(t *testing.T) {
	d, err := source.Load("../../testdata/render/marp-styled.md", source.Options{})
	if err != nil {
		t.Fatal(err)
	}
	plan, err := export.Plan(d, export.PlanOptions{})
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	res, err := export.Export(d, plan, export.Options{Drawer: Drawer{}, Dir: dir})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Parts) != 1 {
		t.Fatalf("%d parts, want 1", len(res.Parts))
	}
	txt := exporttest.PDFText(t, filepath.Join(dir, res.Parts[0].Slug, export.SlidesPDF))
	pages := strings.Split(txt, "\f")
	if len(pages) < 4 {
		t.Fatalf("pdftotext finds %d pages, want 4:\n%s", len(pages), txt)
	}
	for i, pg := range pages[:4] {
		n := i + 1
		if !strings.Contains(pg, "Offline talks") {
			t.Errorf("page %d: no header text:\n%s", n, pg)
		}
		if has := strings.Contains(pg, "A. Speaker · Conf 2026"); has != (n != 4) {
			t.Errorf("page %d: footer shown %v, want %v:\n%s", n, has, n != 4, pg)
		}
		lines := strings.Fields(pg)
		last := lines[len(lines)-1]
		if n > 1 && !strings.Contains(pg, "\n"+itoa(n)+"\n") && last != itoa(n) {
			t.Errorf("page %d: no page number %d:\n%q", n, n, pg)
		}
		if strings.Contains(pg, itoa(n)+" / 4") {
			t.Errorf("page %d: Lectern's own slide number doubles Marp's:\n%s", n, pg)
		}
	}
}

func itoa(n int) string { return string(rune('0' + n)) }
