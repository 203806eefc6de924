package partpdf

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/pdfcpu/pdfcpu/pkg/api"

	"github.com/lectern-app/lectern/internal/export"
	"github.com/lectern-app/lectern/internal/export/exporttest"
	"github.com/lectern-app/lectern/internal/source/pdfpc"
)

func TestExportTitleSlidesAndHandoutPDF(t *testing.T) {
	d := exporttest.Load(t, "talk.pdf")
	plan, _ := export.Plan(d, export.PlanOptions{})
	dir := t.TempDir()
	res, err := export.Export(d, plan, export.Options{Drawer: Drawer{}, Dir: dir, TitleSlides: true, Handout: true})
	if err != nil {
		t.Fatal(err)
	}
	p := res.Parts[1]
	slides := filepath.Join(dir, p.Slug, export.SlidesPDF)
	if n := exporttest.PageCount(t, slides); n != 5 {
		t.Errorf("%d pages, want the title slide and 4", n)
	}
	txt := exporttest.PDFText(t, slides)
	if !strings.Contains(txt, "Part 2 of 3") || !strings.Contains(txt, "A timer that warns") {
		t.Errorf("title slide or original text missing:\n%s", txt)
	}
	if got := exporttest.PageLabels(t, slides); got != "" && got != "0=1 1=2 2=3 4=4" {
		t.Errorf("page labels %q", got)
	}
	f, err := pdfpc.Read(filepath.Join(dir, p.Slug, export.SlidesNotes))
	if err != nil {
		t.Fatal(err)
	}
	for _, pg := range f.Pages {
		if pg.Idx == 1 && pg.Note != "The talk that ran **ten minutes** over." {
			t.Errorf("notes not shifted past the title slide: %+v", f.Pages)
		}
	}
	ho := exporttest.PDFText(t, filepath.Join(dir, p.Slug, export.HandoutPDF))
	for _, want := range []string{"The talk that ran ten minutes over.", "A timer that warns", "(no notes)"} {
		if !strings.Contains(ho, want) {
			t.Errorf("handout lacks %q:\n%s", want, ho)
		}
	}
	if got := strings.Join(p.Files, ","); !strings.HasSuffix(got, "/handout.pdf") {
		t.Errorf("files %s", got)
	}
}

// Chromium-made PDFs (Marp, here) use cross-reference streams: their pages
// must still go into handouts as vectors, with their text.
func TestHandoutOfChromiumPDF(t *testing.T) {
	d := exporttest.Load(t, "bench/deck200.pdf")
	plan, err := export.Plan(d, export.PlanOptions{Split: "2-3"})
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	res, err := export.Export(d, plan, export.Options{Drawer: Drawer{}, Dir: dir, Handout: true})
	if err != nil {
		t.Fatal(err)
	}
	ho := filepath.Join(dir, res.Parts[0].Slug, export.HandoutPDF)
	if err := api.ValidateFile(ho, nil); err != nil {
		t.Fatalf("pdfcpu rejects the handout: %v", err)
	}
	txt := exporttest.PDFText(t, ho)
	for _, want := range []string{d.Slides[1].Title, d.Slides[2].Title, "(no notes)"} {
		if !strings.Contains(txt, want) {
			t.Errorf("handout lacks %q:\n%s", want, txt)
		}
	}
}
