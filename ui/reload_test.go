package ui

import (
	"os"
	"path/filepath"
	"testing"
	"time"
)

// TestWatchSeesTheDeckAndItsSidecars: saving the deck (also by writing a new
// file and renaming it over, as editors do) or its .pdfpc calls back; other
// files in the folder do not.
func TestWatchSeesTheDeckAndItsSidecars(t *testing.T) {
	dir := t.TempDir()
	deck := filepath.Join(dir, "talk.pdf")
	os.WriteFile(deck, []byte("%PDF-1.4"), 0o644)
	calls := make(chan struct{}, 10)
	w, err := watch(deck, func() { calls <- struct{}{} })
	if err != nil {
		t.Fatal(err)
	}
	defer w.close()
	expect := func(what string, want bool) {
		t.Helper()
		select {
		case <-calls:
			if !want {
				t.Fatalf("%s: reloaded, but it should not", what)
			}
		case <-time.After(1500 * time.Millisecond):
			if want {
				t.Fatalf("%s: no reload", what)
			}
		}
	}
	os.WriteFile(filepath.Join(dir, "notes.txt"), []byte("x"), 0o644)
	expect("an unrelated file", false)
	tmp := filepath.Join(dir, ".talk.pdf.swp")
	os.WriteFile(tmp, []byte("%PDF-1.5"), 0o644)
	os.Rename(tmp, deck)
	expect("the deck renamed into place", true)
	os.WriteFile(filepath.Join(dir, "talk.pdfpc"), []byte("{}"), 0o644)
	expect("the .pdfpc sidecar", true)
	os.WriteFile(filepath.Join(dir, "stage.lectern-theme.toml"), []byte("extends = \"dark\"\n"), 0o644)
	expect("a theme file", true)
}
