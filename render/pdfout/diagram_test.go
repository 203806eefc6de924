package pdfout

import (
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/lectern-app/lectern/internal/deck"
	"github.com/lectern-app/lectern/internal/testtool"
	"github.com/lectern-app/lectern/render/layout"
)

// A ```dot and a ```d2 block exported to PDF: their node labels are real
// text (pdftotext finds them) and the code is not.
func TestDiagramLabelsAreTextInThePDF(t *testing.T) {
	cache := t.TempDir()
	t.Setenv("XDG_CACHE_HOME", cache)
	t.Setenv("HOME", cache)
	var pages []*layout.Page
	for _, body := range []string{
		"# Dot\n\n```dot\ndigraph { Kestrel -> Heron [label=\"flies\"] }\n```\n",
		"# D2\n\n```d2\nPelican -> Osprey: dives\n```\n",
	} {
		l, err := layout.LayoutSlide(&deck.Slide{Number: 1, Body: body, Steps: 1}, nil, layout.Options{})
		if err != nil {
			t.Fatal(err)
		}
		if len(l.Problems) != 0 {
			t.Fatalf("problems %v", l.Problems)
		}
		pages = append(pages, l.Page(1))
	}
	out := filepath.Join(t.TempDir(), "diagrams.pdf")
	if err := WritePages(out, pages, Options{Title: "Diagrams"}); err != nil {
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
	for _, w := range []string{"Kestrel", "Heron", "flies", "Pelican", "Osprey", "dives"} {
		if !has[w] {
			t.Errorf("pdftotext does not find %q: %q", w, words)
		}
	}
	for _, code := range []string{"->", "digraph"} {
		if has[code] {
			t.Errorf("the PDF shows the code %q: %q", code, words)
		}
	}
}
