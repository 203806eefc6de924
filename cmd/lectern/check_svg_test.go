package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// An SVG that refers to another file, a web address or an external entity
// is drawn without them and each is an svg-external warning on its slide;
// the file named is never read.
func TestCheckSVGExternalReferences(t *testing.T) {
	dir := t.TempDir()
	svg := `<?xml version="1.0"?>
<!DOCTYPE svg [<!ENTITY secret SYSTEM "secret.txt">]>
<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 100 50">
<image href="secret.png" width="10" height="10"/>
<use xlink:href="http://example.test/icons.svg#a"/>
<text x="5" y="30">&secret;</text>
</svg>`
	for name, data := range map[string]string{"pic.svg": svg, "clean.svg": `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><rect width="5" height="5"/></svg>`,
		"deck.md": "# One\n\n![](pic.svg)\n\n---\n\n# Two\n\n![](clean.svg)\n"} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	code, out, _ := runCLI(t, "check", filepath.Join(dir, "deck.md"), "--json")
	if code != 1 {
		t.Fatalf("exit %d, want 1\n%s", code, out)
	}
	r := parseCheck(t, out)
	found := false
	for _, p := range r.Problems {
		if p.Kind != "svg-external" || p.Slide != 1 {
			t.Errorf("problem %+v, want only svg-external on slide 1", p)
			continue
		}
		found = true
		for _, want := range []string{"pic.svg", "external entity", "secret.png", "http://example.test/icons.svg#a"} {
			if !strings.Contains(p.Message, want) {
				t.Errorf("message %q does not name %q", p.Message, want)
			}
		}
	}
	if !found {
		t.Errorf("no svg-external problem:\n%s", out)
	}
}
