package diagram

import (
	"context"
	"strings"
	"testing"
)

// testD2Colours is a palette of 18 distinct colours, N1 first.
var testD2Colours = func() string {
	var c []string
	for i := range d2ColourNames {
		c = append(c, "#0000"+string(rune('a'+i/16))+string("0123456789abcdef"[i%16]))
	}
	return strings.Join(c, "\n")
}()

// A D2 source is drawn as SVG: its labels as text, D2's colour codes
// resolved through the palette (none left as a code).
func TestDrawD2(t *testing.T) {
	svg, err := Draw(context.Background(), "d2", "Alpha -> Beta: calls\nBeta.shape: cylinder", testD2Colours)
	if err != nil {
		t.Fatal(err)
	}
	s := string(svg)
	for _, want := range []string{">Alpha</text>", ">Beta</text>", ">calls</text>", `fill="#0000a0"`} { // N1: text
		if !strings.Contains(s, want) {
			t.Errorf("SVG lacks %q:\n%s", want, s)
		}
	}
	for _, code := range []string{`"N1"`, `"B1"`, `"B6"`, `"N7"`} {
		if strings.Contains(s, code) {
			t.Errorf("SVG keeps the colour code %s:\n%s", code, s)
		}
	}
}

// A syntax error is one line naming D2, its position and the error.
func TestDrawD2SyntaxError(t *testing.T) {
	_, err := Draw(context.Background(), "d2", "a -> {", testD2Colours)
	if err == nil || !strings.HasPrefix(err.Error(), "D2: 1:1: connection missing destination") || strings.Contains(err.Error(), "\n") {
		t.Errorf("error %v, want one line starting \"D2: 1:1: connection missing destination\"", err)
	}
}

// An import is refused, never read: a deck is untrusted.
func TestDrawD2RefusesImports(t *testing.T) {
	for _, src := range []string{"x: @/etc/hostname", "...@secret"} {
		_, err := Draw(context.Background(), "d2", src, testD2Colours)
		if err == nil || !strings.Contains(err.Error(), "failed to import") || !strings.Contains(err.Error(), "permission denied") {
			t.Errorf("%q: error %v, want the import refused", src, err)
		}
	}
}

// A palette with more lines than D2 has colours is not a panic.
func TestDrawD2LongPalette(t *testing.T) {
	if _, err := Draw(context.Background(), "d2", "a -> b", testD2Colours+"\n#ffffff\n#000000"); err != nil {
		t.Error(err)
	}
}
