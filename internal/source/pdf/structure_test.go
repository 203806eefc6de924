package pdf

import (
	"os"
	"reflect"
	"testing"
	"time"

	"github.com/lectern-app/lectern/internal/source/pdf/pdfstruct"
)

// The structure Load reads for the page labels is handed to one
// pdfstruct.Take for the same, unchanged file, and to nothing else.
func TestLoadKeepsStructureForOneTake(t *testing.T) {
	p := copyDeck(t, "beamer.pdf", "")
	if _, err := Load(p, Options{}); err != nil {
		t.Fatal(err)
	}
	ctx := pdfstruct.Take(p)
	if ctx == nil {
		t.Fatal("no structure kept after Load")
	}
	if err := ctx.EnsurePageCount(); err != nil || ctx.PageCount != 10 {
		t.Errorf("kept structure has %d pages (%v), want 10", ctx.PageCount, err)
	}
	if pdfstruct.Take(p) != nil {
		t.Error("the structure was handed out twice")
	}

	if _, err := ReadLabelRanges(p); err != nil {
		t.Fatal(err)
	}
	if pdfstruct.Take(testdata+"beamer.pdf") != nil {
		t.Error("the structure of one file was handed out for another")
	}

	if _, err := ReadLabelRanges(p); err != nil {
		t.Fatal(err)
	}
	later := time.Now().Add(time.Minute)
	if err := os.Chtimes(p, later, later); err != nil {
		t.Fatal(err)
	}
	if pdfstruct.Take(p) != nil {
		t.Error("the structure was handed out after the file changed")
	}
}

// LateTitlesOf right after Load reads from Load's document, and reads the
// same titles as from a document of its own.
func TestLateTitlesTakeLoadsDocument(t *testing.T) {
	p := copyDeck(t, "deck200.pdf", "")
	d, err := Load(p, Options{TextTitles: 1})
	if err != nil {
		t.Fatal(err)
	}
	if !documents.Held() {
		t.Fatal("Load kept no document")
	}
	slides := []int{68, 135}
	taken, err := LateTitlesOf(d, slides)
	if err != nil {
		t.Fatal(err)
	}
	if documents.Held() {
		t.Error("LateTitlesOf did not take Load's document")
	}
	fresh, err := LateTitlesOf(d, slides)
	if err != nil {
		t.Fatal(err)
	}
	if taken[67] == "" || !reflect.DeepEqual(taken, fresh) {
		t.Errorf("titles from Load's document %q…, from a new one %q…", taken[67], fresh[67])
	}
}
