package export

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/lectern-app/lectern/internal/source"
)

// benchExport exports ranges of a benchmark deck into a fresh folder each
// time: "load" includes reading the deck with the project's loader, as
// `lectern export DECK -o DIR --split RANGES` does; "export" starts from
// the loaded deck and measures this package alone.
func benchExport(b *testing.B, file, ranges string) {
	path := filepath.Join(testdata, "bench", file)
	run := func(b *testing.B, withLoad bool) {
		loaded, err := source.Load(path, source.Options{})
		if err != nil {
			b.Fatal(err)
		}
		dir := b.TempDir()
		b.ReportAllocs()
		b.ResetTimer()
		for i := 0; i < b.N; i++ {
			d := loaded
			if withLoad {
				if d, err = source.Load(path, source.Options{}); err != nil {
					b.Fatal(err)
				}
			}
			plan, err := Plan(d, PlanOptions{Split: ranges})
			if err != nil {
				b.Fatal(err)
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
	b.Run("export", func(b *testing.B) { run(b, false) })
	b.Run("load", func(b *testing.B) { run(b, true) })
}

// BenchmarkExportPDF200 cuts a 200-page Marp PDF into three parts; compare
// with qpdf doing the same cuts: bench/export-pdf-vs-qpdf.sh.
func BenchmarkExportPDF200(b *testing.B) { benchExport(b, "deck200.pdf", "1-67,68-134,135-200") }
