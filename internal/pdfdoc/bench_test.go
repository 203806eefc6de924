package pdfdoc_test

import (
	"testing"

	"github.com/lectern-app/lectern/internal/pdfdoc"
)

const deck200 = "../../testdata/pdf/deck200.pdf"

// BenchmarkRenderFirstPage1920 renders page 1 of the 200-page deck 1920 px
// wide on an open document (MuPDF's caches warm after the first run).
func BenchmarkRenderFirstPage1920(b *testing.B) {
	d, err := pdfdoc.Open(deck200)
	if err != nil {
		b.Fatal(err)
	}
	defer d.Close()
	for i := 0; i < b.N; i++ {
		img, err := d.Render(1, 1920)
		if err != nil || img.Bounds().Dx() != 1920 {
			b.Fatal(err, img.Bounds())
		}
	}
}

// BenchmarkRenderFirstPage1920Cold opens the file, renders page 1 at
// 1920 px and closes it, as `mutool draw -w 1920` does.
func BenchmarkRenderFirstPage1920Cold(b *testing.B) {
	for i := 0; i < b.N; i++ {
		d, err := pdfdoc.Open(deck200)
		if err != nil {
			b.Fatal(err)
		}
		if _, err := d.Render(1, 1920); err != nil {
			b.Fatal(err)
		}
		d.Close()
	}
}
