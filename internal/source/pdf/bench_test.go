package pdf

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/pdfcpu/pdfcpu/pkg/api"
	"github.com/pdfcpu/pdfcpu/pkg/pdfcpu"

	"github.com/lectern-app/lectern/internal/pdfdoc"
	"github.com/lectern-app/lectern/internal/source/pdf/pdfstruct"
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

// BenchmarkLoad200TwoDocs is BenchmarkLoad200 reading the text through two
// documents in parallel, to see when the split pays (see parallelPages).
func BenchmarkLoad200TwoDocs(b *testing.B) {
	defer func(n int) { parallelPages = n }(parallelPages)
	parallelPages = 48
	BenchmarkLoad200(b)
}

// BenchmarkLoad200TextTitles is Load reading page text for the titles of
// the first 24 pages only, as a presenter opening the deck can (the rest
// come from LateTitles, in the background).
func BenchmarkLoad200TextTitles(b *testing.B) {
	for i := 0; i < b.N; i++ {
		d, err := Load(deck200, Options{TextTitles: 24})
		if err != nil || len(d.Slides) != 200 || d.Slides[23].Title == "" || d.Slides[24].Title != "" {
			b.Fatal(err)
		}
	}
}

// BenchmarkLateTitles200 reads the 176 titles BenchmarkLoad200TextTitles
// left out.
func BenchmarkLateTitles200(b *testing.B) {
	d, err := Load(deck200, Options{TextTitles: 24})
	if err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		t, err := LateTitles(d)
		if err != nil || t[199] == "" {
			b.Fatal(err)
		}
	}
}

// BenchmarkLoad200Outline loads the deck with an outline naming every
// slide under four sections (as Beamer subsections or Keynote bookmarks
// do): the titles come from the outline, so no page text is read.
func BenchmarkLoad200Outline(b *testing.B) {
	pdfstruct.Conf() // no config folder in $HOME
	dir := b.TempDir()
	path := filepath.Join(dir, "deck200.pdf")
	var bms []pdfcpu.Bookmark
	for s := 0; s < 4; s++ {
		sec := pdfcpu.Bookmark{Title: fmt.Sprintf("Section %d", s+1), PageFrom: 50*s + 1}
		for p := 50*s + 1; p <= 50*s+50; p++ {
			sec.Kids = append(sec.Kids, pdfcpu.Bookmark{Title: fmt.Sprintf("Slide %d", p), PageFrom: p})
		}
		bms = append(bms, sec)
	}
	if err := api.AddBookmarksFile(deck200, path, bms, true, nil); err != nil {
		b.Fatal(err)
	}
	side, err := os.ReadFile(SidecarPath(deck200))
	if err != nil || os.WriteFile(SidecarPath(path), side, 0o644) != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		d, err := Load(path, Options{})
		if err != nil || len(d.Slides) != 200 || d.Slides[199].Title != "Slide 200" || len(d.Parts) != 4 {
			b.Fatal(err, d.Slides[199].Title, len(d.Parts))
		}
	}
}
