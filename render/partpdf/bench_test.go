package partpdf

import (
	"os"
	"path/filepath"
	"strconv"
	"testing"

	"github.com/lectern-app/lectern/internal/export"
	"github.com/lectern-app/lectern/internal/source"
)

// BenchmarkExportMarkdown60 writes a 60-slide Marp deck (code, tables, SVG
// charts, PNG backgrounds) as one vector PDF plus deck.md, notes and
// images; compare with `marp --pdf`: bench/export-md-vs-marp.sh. "load"
// includes reading the deck, as `lectern export DECK -o DIR` does;
// "export" starts from the loaded deck.
func BenchmarkExportMarkdown60(b *testing.B) {
	path := filepath.Join(testdata, "bench", "deck60.md")
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
			plan, err := export.Plan(d, export.PlanOptions{Split: "1-60"})
			if err != nil {
				b.Fatal(err)
			}
			out := filepath.Join(dir, strconv.Itoa(i))
			if _, err := export.Export(d, plan, export.Options{Dir: out, Drawer: Drawer{}}); err != nil {
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
