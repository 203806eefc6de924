package main

import (
	"strings"
	"testing"

	"github.com/lectern-app/lectern/render/fonts/fontstest"
)

// A character no installed font has is a missing-glyph warning naming it and
// its code point, exit 1; the scripts the installed fonts cover are not.
func TestCheckMissingGlyph(t *testing.T) {
	fontstest.Need(t, fontstest.Scripts...)
	deck := testdataDeck(t, "render/scripts.md")
	code, out, _ := runCLI(t, "check", deck, "--json")
	if code != 1 {
		t.Fatalf("exit %d, want 1\n%s", code, out)
	}
	r := parseCheck(t, out)
	if len(r.Problems) != 1 {
		t.Fatalf("problems %+v, want exactly one (slide 2's private use character)", r.Problems)
	}
	p := r.Problems[0]
	if p.Slide != 2 || p.Kind != "missing-glyph" || p.Severity != "warning" || !strings.Contains(p.Message, "U+10FFFD") {
		t.Fatalf("problem %+v", p)
	}
	code, out, _ = runCLI(t, "check", deck)
	if code != 1 || !strings.Contains(out, "slide 2") || !strings.Contains(out, "U+10FFFD") {
		t.Fatalf("text report: exit %d\n%s", code, out)
	}
}
