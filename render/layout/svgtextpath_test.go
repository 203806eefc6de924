package layout

import (
	"math"
	"strings"
	"testing"
)

// Text on a <textPath> is set one character at a time along the path,
// each turned with the path at its middle and starting at startOffset;
// before, it was set on a straight line at the text's x and y.
func TestSVGTextPathFollowsThePath(t *testing.T) {
	svg := `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 400 300">
<defs><path id="arc" d="M40 220 Q200 40 360 220"/><path id="down" transform="rotate(90 100 100)" d="M100 100 H300"/></defs>
<text font-size="28"><textPath xlink:href="#arc" startOffset="10%">Text along</textPath></text>
<text font-size="20"><textPath xlink:href="#down">abc</textPath></text></svg>`
	doc, err := parseSVG([]byte(svg))
	if err != nil {
		t.Fatal(err)
	}
	if len(doc.missing) != 0 {
		t.Errorf("reported %q", doc.missing)
	}
	var text strings.Builder
	for _, r := range doc.runs {
		text.WriteString(r.text)
	}
	if text.String() != "Text alongabc" {
		t.Fatalf("runs %q, want one per character", text.String())
	}
	// the quadratic's tangent turns from rising to level to falling
	first, mid := doc.runs[0].m, doc.runs[8].m
	if a := math.Atan2(first.b, first.a) * 180 / math.Pi; a > -30 || a < -70 {
		t.Errorf("first character turned %.1f°, want rising with the curve (-30° to -70°)", a)
	}
	if a := math.Atan2(mid.b, mid.a) * 180 / math.Pi; math.Abs(a) > 25 {
		t.Errorf("ninth character turned %.1f°, want nearly level near the top", a)
	}
	// each character's middle on its baseline lies on the curve
	for _, r := range doc.runs[:10] {
		x, y := r.m.apply(r.x+measure(r.font, r.size, r.text)/2, r.y)
		// the curve's y at x: solve x(t) = 40 + 320t for t
		tt := (x - 40) / 320
		want := (1-tt)*(1-tt)*220 + 2*tt*(1-tt)*40 + tt*tt*220
		if math.Abs(y-want) > 1 {
			t.Errorf("%q at (%.1f, %.1f), the curve is at y %.1f", r.text, x, y, want)
		}
	}
	// the path's own transform applies: "abc" runs down from (100, 100)
	for i, r := range doc.runs[10:] {
		x, y := r.m.apply(r.x, r.y)
		if math.Abs(x-100) > 1 || y < 100 || (i > 0 && y <= 100) {
			t.Errorf("%q starts at (%.1f, %.1f), want down the line x = 100 from y = 100", r.text, x, y)
		}
	}
}
