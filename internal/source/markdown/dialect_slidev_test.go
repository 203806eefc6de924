package markdown

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// A missing import is a problem naming the file; one outside the deck's
// folder is refused as an outside picture is; a file importing itself
// stops at the cycle guard.
func TestSlidevImportProblems(t *testing.T) {
	root := t.TempDir()
	dir := filepath.Join(root, "deck")
	write := func(p, s string) {
		t.Helper()
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(s), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write(filepath.Join(root, "secret.md"), "# Secret\n")
	write(filepath.Join(dir, "self.md"), "# Self\n\n---\nsrc: ./self.md\n---\n")
	main := filepath.Join(dir, "slides.md")
	write(main, "---\ntransition: fade\n---\n\n# One\n\n---\nsrc: ./gone.md\n---\n\n---\nsrc: ../secret.md\n---\n\n---\nsrc: ./self.md\n---\n")
	d, err := Load(main, Options{})
	if err != nil {
		t.Fatal(err)
	}
	kinds := map[string]string{}
	for _, p := range d.Problems {
		kinds[p.Kind] += p.Message + "\n"
	}
	if !strings.Contains(kinds["import"], "gone.md") || !strings.Contains(kinds["import"], "cycle") {
		t.Errorf("import problems: %q", kinds["import"])
	}
	if !strings.Contains(kinds["outside-file"], "secret.md") {
		t.Errorf("outside problems: %q", kinds["outside-file"])
	}
	var titles []string
	for _, s := range d.Slides {
		titles = append(titles, s.Title)
	}
	if strings.Join(titles, ",") != "One,Self" {
		t.Errorf("slides %q", titles)
	}
}
