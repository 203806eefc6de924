package export

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/lectern-app/lectern/internal/deck"
	"github.com/lectern-app/lectern/internal/source"
	pdfsource "github.com/lectern-app/lectern/internal/source/pdf"
	"github.com/lectern-app/lectern/internal/source/pdf/pdfstruct"
)

// benchExport exports ranges of a benchmark deck into a fresh folder each
// time: "export" starts from the loaded deck and measures this package
// alone (reading the PDF's structure included); "load" also reads the deck
// with every slide title, as the presenter does; "cli" loads it as
// `lectern export DECK -o DIR --split RANGES` does (titles of the parts'
// first slides only), and Export takes the structure Load read for the
// page labels instead of reading the PDF again.
func benchExport(b *testing.B, file, ranges string) {
	path := filepath.Join(testdata, "bench", file)
	load := map[string]func() (*deck.Deck, error){
		"load": func() (*deck.Deck, error) { return source.Load(path, source.Options{}) },
		"cli":  func() (*deck.Deck, error) { return source.Load(path, source.Options{TitlePages: 1}) },
	}
	run := func(b *testing.B, how string) {
		loaded, err := source.Load(path, source.Options{})
		if err != nil {
			b.Fatal(err)
		}
		dir := b.TempDir()
		b.ReportAllocs()
		b.ResetTimer()
		for i := 0; i < b.N; i++ {
			d := loaded
			if how != "export" {
				if d, err = load[how](); err != nil {
					b.Fatal(err)
				}
			}
			plan, err := Plan(d, PlanOptions{Split: ranges})
			if err != nil {
				b.Fatal(err)
			}
			if how == "cli" {
				benchPartTitles(b, d, plan)
			}
			out := filepath.Join(dir, itoa(i))
			if _, err := Export(d, plan, Options{Dir: out}); err != nil {
				b.Fatal(err)
			}
			b.StopTimer()
			os.RemoveAll(out)
			b.StartTimer()
		}
	}
	for _, how := range []string{"export", "load", "cli"} {
		b.Run(how, func(b *testing.B) { run(b, how) })
	}
}

// benchPartTitles reads the titles of the parts' first slides, as
// cmd/lectern's export does after a TitlePages load.
func benchPartTitles(b *testing.B, d *deck.Deck, plan []PartPlan) {
	var firsts []int
	for _, p := range plan {
		firsts = append(firsts, p.First)
	}
	if _, err := pdfsource.LateTitlesOf(d, firsts); err != nil {
		b.Fatal(err)
	}
}

// BenchmarkExportPDF200 cuts a 200-page Marp PDF into three parts; compare
// with qpdf doing the same cuts: bench/export-pdf-vs-qpdf.sh.
func BenchmarkExportPDF200(b *testing.B) { benchExport(b, "deck200.pdf", "1-67,68-134,135-200") }

// BenchmarkCutPDF200 is the cut alone: deck200.pdf read once, then its
// three parts built and written, each iteration.
func BenchmarkCutPDF200(b *testing.B) {
	s, err := openPDF(filepath.Join(testdata, "bench", "deck200.pdf"))
	if err != nil {
		b.Fatal(err)
	}
	dir := b.TempDir()
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for j, pg := range [][]int{pages(1, 67), pages(68, 134), pages(135, 200)} {
			if err := s.write(filepath.Join(dir, itoa(j)+".pdf"), pdfPart{pages: pg}); err != nil {
				b.Fatal(err)
			}
		}
	}
}

// BenchmarkReadPDF200 is reading deck200.pdf's structure with pdfcpu, as
// the label reader does once for Load and export.
func BenchmarkReadPDF200(b *testing.B) {
	path := filepath.Join(testdata, "bench", "deck200.pdf")
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		if _, _, err := pdfstruct.Read(path); err != nil {
			b.Fatal(err)
		}
	}
}
