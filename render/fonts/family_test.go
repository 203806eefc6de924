package fonts

import (
	"strings"
	"testing"
)

// A theme's family names an installed font (fonts-noto-core, .ci/deps): the
// face found is that family's, bold heavier than regular, and text set in
// it measures as that font, not as the embedded Go face.
func TestFamilyFindsInstalledFaces(t *testing.T) {
	reg, ok := Family("Noto Serif", false, false)
	if !ok {
		t.Fatal("Noto Serif is not found (fonts-noto-core is in .ci/deps)")
	}
	if !strings.Contains(strings.ToLower(Name(reg)), "notoserif") {
		t.Errorf("regular face %q is not Noto Serif", Name(reg))
	}
	bold, ok := Family("  noto   SERIF ", true, false)
	if !ok || bold == reg {
		t.Fatalf("bold Noto Serif: %v, same face as regular: %v", ok, bold == reg)
	}
	again, _ := Family("Noto Serif", false, false)
	if again != reg {
		t.Errorf("asked twice, the family gave faces %d and %d", reg, again)
	}
	text := "Hamburgefonstiv"
	if a, b := Measure(reg, 40, text), Measure(Regular, 40, text); a == b || a == 0 {
		t.Errorf("Noto Serif measures %v, the Go face %v: the family's face is not used", a, b)
	}
	if Measure(bold, 40, text) <= Measure(reg, 40, text) {
		t.Error("bold Noto Serif is not wider than regular")
	}
	if _, ok := Family("No Such Family Anywhere", false, false); ok {
		t.Error("a family nobody installed was found")
	}
	if _, ok := Family("", false, false); ok {
		t.Error("an empty family was found")
	}
}
