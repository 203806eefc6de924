package pdf

import (
	"testing"

	"github.com/lectern-app/lectern/internal/pdfdoc"
	"github.com/lectern-app/lectern/internal/source/pdfpc"
)

const deck200 = testdata + "deck200.pdf"

// BenchmarkOpen200 opens the 200-page Marp PDF and reads what a deck needs
// before any text: outline, page labels and the pdfpc sidecar.
func BenchmarkOpen200(b *testing.B) {
	for i := 0; i < b.N; i++ {
		doc, err := pdfdoc.Open(deck200)
		if err != nil {
			b.Fatal(err)
		}
		if _, err := doc.Outline(); err != nil {
			b.Fatal(err)
		}
		labels, err := PageLabels(deck200, doc.NumPages())
		if err != nil || len(labels) != 200 {
			b.Fatal(err)
		}
		f, err := pdfpc.Read(SidecarPath(deck200))
		if err != nil || len(f.Pages) != 20 {
			b.Fatal(err)
		}
		doc.Close()
	}
}

// BenchmarkLoad200 is the whole Load of the same deck: the above plus the
// text of every page for the slide titles.
func BenchmarkLoad200(b *testing.B) {
	for i := 0; i < b.N; i++ {
		d, err := Load(deck200, Options{})
		if err != nil || len(d.Slides) != 200 || d.NotesCount() != 20 {
			b.Fatal(err)
		}
	}
}

// BenchmarkLoad200OneDoc is BenchmarkLoad200 reading all text through one
// document, to compare with the two-document split.
func BenchmarkLoad200OneDoc(b *testing.B) {
	defer func(n int) { parallelPages = n }(parallelPages)
	parallelPages = 1 << 30
	BenchmarkLoad200(b)
}
