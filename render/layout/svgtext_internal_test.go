package layout

import (
	"math"
	"testing"
)

func TestSVGTextRuns(t *testing.T) {
	svg := `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 400 200">
<defs><text id="hidden" x="1" y="1">not drawn</text></defs>
<g transform="translate(10,20) scale(2)" font-family="monospace" fill="red" opacity="0.5">
  <text x="5" y="30" font-size="10" text-anchor="end">  ab
     <tspan font-weight="bold" dx="3" fill="blue">cd</tspan>  </text>
</g>
<text x="100" y="50" style="font-size:20px; font-style: italic" text-anchor="middle">mid</text>
<text x="0" y="100" font-size="10"><tspan x="7" y="110">a</tspan><tspan x="9" dy="5">b</tspan></text>
<text transform="rotate(30)" x="1" y="2">turned</text>
<text x="1" y="2" fill="none">unfilled</text>
<text x="1" y="2" visibility="hidden">invisible</text>
</svg>`
	runs := parseSVGText([]byte(svg), svgCSS{})
	texts := []string{}
	for _, r := range runs {
		texts = append(texts, r.text)
	}
	want := []string{"ab ", "cd", "mid", "a", "b", "turned"}
	if len(runs) != len(want) {
		t.Fatalf("runs %q, want %q", texts, want)
	}
	for i, w := range want {
		if runs[i].text != w {
			t.Errorf("run %d = %q, want %q", i, runs[i].text, w)
		}
	}
	near := func(a, b float64) bool { return math.Abs(a-b) < 1e-6 }
	// end anchor: the chunk "ab cd" (with dx 3) ends at x = 5
	ab, cd := runs[0], runs[1]
	if ab.font != Mono || cd.font != MonoBold {
		t.Errorf("fonts %v %v, want Mono, MonoBold", ab.font, cd.font)
	}
	end := cd.x + measure(cd.font, 10, "cd")
	if !near(end, 5) || !near(cd.x, ab.x+measure(Mono, 10, "ab ")+3) {
		t.Errorf("end-anchored chunk ends at %g (want 5), cd at %g after ab at %g", end, cd.x, ab.x)
	}
	if x, y := ab.m.apply(0, 0); !near(x, 10) || !near(y, 20) || !near(ab.m.d, 2) {
		t.Errorf("transform %+v, want translate(10,20) scale(2)", ab.m)
	}
	// red at half opacity, premultiplied
	if ab.color.R != 128 || ab.color.A != 128 || cd.color.B != 128 || cd.color.R != 0 {
		t.Errorf("colours %v %v, want red and blue at half opacity", ab.color, cd.color)
	}
	mid := runs[2]
	if mid.font != Italic || !near(mid.size, 20) || !near(mid.x, 100-measure(Italic, 20, "mid")/2) {
		t.Errorf("mid: font %v size %g x %g", mid.font, mid.size, mid.x)
	}
	a, b := runs[3], runs[4]
	if !near(a.x, 7) || !near(a.y, 110) || !near(b.x, 9) || !near(b.y, 115) {
		t.Errorf("tspans at (%g,%g) (%g,%g), want (7,110) (9,115)", a.x, a.y, b.x, b.y)
	}
	if runs[5].m.upright() || !runs[0].m.upright() {
		t.Error("rotate(30) should not be upright, translate+scale should")
	}
}

func TestParseTransform(t *testing.T) {
	m := parseTransform("rotate(90 10 10)")
	x, y := m.apply(20, 10)
	if math.Abs(x-10) > 1e-9 || math.Abs(y-20) > 1e-9 {
		t.Errorf("rotate(90 10 10) of (20,10) = (%g,%g), want (10,20)", x, y)
	}
	m = parseTransform("matrix(1 0 0 1 5 6) skewX(45)")
	x, y = m.apply(0, 10)
	if math.Abs(x-15) > 1e-9 || math.Abs(y-16) > 1e-9 {
		t.Errorf("got (%g,%g), want (15,16)", x, y)
	}
	if m := parseTransform("bogus(1) translate(5)"); m != svgIdentity {
		t.Errorf("an unknown transform should end the list: %+v", m)
	}
}

// matplotlib's font shorthand and d3's dominant-baseline are followed.
func TestSVGTextFontShorthandAndBaseline(t *testing.T) {
	svg := `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100">
<text x="10" y="20" style="font: italic bold 12px 'DejaVu Sans Mono'; text-anchor: start">a</text>
<text x="10" y="40" style="font: 10px 'DejaVu Sans'" font-size="20">b</text>
<text x="10" y="60" font-size="10" dominant-baseline="middle">c</text>
<text x="10" y="80" font-size="10" dominant-baseline="hanging">d</text>
</svg>`
	runs := parseSVGText([]byte(svg), svgCSS{})
	if len(runs) != 4 {
		t.Fatalf("%d runs", len(runs))
	}
	if runs[0].font != MonoBold || runs[0].size != 12 {
		t.Errorf("shorthand: font %v size %g, want MonoBold 12 (Go Mono has no italic)", runs[0].font, runs[0].size)
	}
	if runs[1].font != Regular || runs[1].size != 10 {
		t.Errorf("shorthand in style over a font-size attribute: font %v size %g, want Regular 10", runs[1].font, runs[1].size)
	}
	if runs[2].y != 63.5 || runs[3].y != 88 {
		t.Errorf("baselines %g %g, want 63.5 (middle) and 88 (hanging)", runs[2].y, runs[3].y)
	}
}
