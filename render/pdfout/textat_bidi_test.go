package pdfout

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/lectern-app/lectern/render/fonts/fontstest"
	"github.com/lectern-app/lectern/render/layout"
)

// Text set through TextAt (handout notes, part title slides) puts a
// right-to-left phrase of several words in visual order, as the layout does
// on slides: pdftotext then reads its words in logical order. Before, each
// word went left to right in logical order and was read back reversed.
func TestTextAtRightToLeftPhraseReadsInOrder(t *testing.T) {
	fontstest.Need(t, "تكلم", "שלום")
	lines := []string{
		"Notes for the speaker, set in the handout as they were written in the deck", // poppler reads a page mostly in Latin left to right
		"in English تكلم ببطء and more", "Hebrew שלום עולם רב here", "كلمة واحدة",
	}
	d := New(Options{})
	d.AddPage(595, 842)
	st := Style{Font: layout.Regular, Size: 14}
	for i, l := range lines {
		if err := d.TextAt(40, 60+float64(i)*30, st, l); err != nil {
			t.Fatal(err)
		}
	}
	out := filepath.Join(t.TempDir(), "notes.pdf")
	if err := d.WriteFile(out); err != nil {
		t.Fatal(err)
	}
	txt := pdfToText(t, out)
	got := squeeze(txt)
	for _, l := range lines {
		if !strings.Contains(got, squeeze(l)) {
			t.Errorf("pdftotext does not read %q in order:\n%s", l, txt)
		}
	}
}
