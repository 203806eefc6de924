package fonts_test

import (
	"strings"
	"testing"

	"github.com/lectern-app/lectern/render/fonts"
	"github.com/lectern-app/lectern/render/fonts/fontstest"
)

// Math symbols the Go fonts lack go to a math font, not to whichever
// installed font sorts first (Noto CJK has ∈ and ⊆ in a design for
// ideographs); ideographs still go to a CJK font.
func TestMathSymbolsPreferAMathFont(t *testing.T) {
	fontstest.Need(t, "∈", "ℝ", "你")
	for _, r := range "∈⊆ℝ𝔸⟨" {
		f, ok := fonts.Resolve(fonts.Regular, r)
		if name := strings.ToLower(fonts.Name(f)); !ok || !strings.Contains(name, "math") {
			t.Errorf("%c set in %s, want a math font", r, fonts.Name(f))
		}
	}
	if f, _ := fonts.Resolve(fonts.Regular, '你'); !strings.Contains(strings.ToLower(fonts.Name(f)), "cjk") && !strings.Contains(strings.ToLower(fonts.Name(f)), "wqy") {
		t.Errorf("你 set in %s", fonts.Name(f))
	}
}
