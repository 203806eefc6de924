package layout

import (
	"strconv"
	"strings"
	"testing"
	"time"
)

// Nested <use>s that double at every level, and a <use> of itself, stay
// bounded: the normaliser copies at most svgMaxNodes elements.
func TestSVGUseBounded(t *testing.T) {
	var sb strings.Builder
	sb.WriteString(`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><defs><rect id="l0" width="1" height="1"/>`)
	for i := 1; i <= 40; i++ {
		sb.WriteString(`<g id="m` + strconv.Itoa(i) + `"><use href="#m` + strconv.Itoa(i-1) + `"/><use href="#m` + strconv.Itoa(i-1) + `"/></g>`)
	}
	sb.WriteString(`<g id="m0"><use href="#l0"/></g><g id="self"><use href="#self"/></g></defs><use href="#m40"/><use href="#self"/></svg>`)
	start := time.Now()
	out, _, err := normaliseSVG([]byte(sb.String()))
	if err != nil {
		t.Fatal(err)
	}
	if n := strings.Count(string(out), "<"); n > 3*svgMaxNodes {
		t.Errorf("%d elements written, want ≤ %d", n, 3*svgMaxNodes)
	}
	if d := time.Since(start); d > 5*time.Second {
		t.Errorf("took %v", d)
	}
	if _, err := parseSVG([]byte(sb.String())); err != nil {
		t.Errorf("parse: %v", err)
	}
}

// References outside the file are dropped and listed; ids and data: URIs stay.
func TestSVGExternalRefs(t *testing.T) {
	svg := `<?xml version="1.0"?>
<?xml-stylesheet href="http://example.test/s.css"?>
<!DOCTYPE svg [<!ENTITY ext SYSTEM "file:///etc/passwd">]>
<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink">
<style>@import url(other.css); rect { fill: url(http://x.test/p.svg#g) }</style>
<image href="photo.png" width="10" height="10"/>
<image xlink:href="https://x.test/a.png" width="10" height="10"/>
<image href="data:image/png;base64,AAAA" width="10" height="10"/>
<use href="lib.svg#icon"/>
<rect id="r" width="5" height="5" fill="url(#grad)" filter="url(/tmp/f.svg#x)"/>
<use href="#r"/>
<text>&ext;</text>
</svg>`
	out, ext, err := normaliseSVG([]byte(svg))
	if err != nil {
		t.Fatal(err)
	}
	joined := strings.Join(ext, " | ")
	for _, want := range []string{"external entity", "external style sheet", "@import", "http://x.test/p.svg#g",
		`<image href="photo.png">`, `https://x.test/a.png`, `<use href="lib.svg#icon">`, "/tmp/f.svg#x"} {
		if !strings.Contains(joined, want) {
			t.Errorf("refused %q, want it to name %q", joined, want)
		}
	}
	for _, gone := range []string{"photo.png", "x.test", "lib.svg", "/tmp/f.svg", "passwd"} {
		if strings.Contains(string(out), gone) {
			t.Errorf("normalised SVG still names %q:\n%s", gone, out)
		}
	}
	for _, kept := range []string{"data:image/png", "url(#grad)"} {
		if !strings.Contains(string(out), kept) {
			t.Errorf("normalised SVG lost %q:\n%s", kept, out)
		}
	}
}

// Style sheet rules land in the style attribute of the elements they
// select, descendant selectors included; unsupported selectors are skipped.
func TestSVGStyleSheetApplied(t *testing.T) {
	svg := `<svg xmlns="http://www.w3.org/2000/svg"><style>
#chart .node rect { fill: #ececff } rect { stroke: red } .node > text { fill: #333 }
a:hover { fill: pink } rect[x] { fill: lime } .lone { opacity: .5 }
</style><g id="chart"><g class="node"><rect width="1" height="1" style="stroke:blue"/><text>t</text></g></g>
<rect class="lone" width="2" height="2"/></svg>`
	out, _, err := normaliseSVG([]byte(svg))
	if err != nil {
		t.Fatal(err)
	}
	s := string(out)
	for _, want := range []string{`<rect width="1" height="1" style="fill:#ececff;stroke:blue">`,
		`<text style="fill:#333">`, `<rect class="lone" width="2" height="2" style="stroke:red;opacity:.5">`} {
		if !strings.Contains(s, want) {
			t.Errorf("normalised SVG lacks %s:\n%s", want, s)
		}
	}
	if strings.Contains(s, "pink") || strings.Contains(s, "lime") || strings.Contains(s, "<style") {
		t.Errorf("unsupported rules or the sheet itself kept:\n%s", s)
	}
}

// A <use> of an element that holds it (the fuzzer found one: it hung for
// minutes as copies nested thousands deep) and a million nested groups stay
// bounded in depth and time.
func TestSVGDeepNestingBounded(t *testing.T) {
	self := `<svg xmlns="http://www.w3.org/2000/svg"><style>g circle { fill: red }</style><defs>` +
		`<circle id="dot" r="2"><g id="pair"><use href="#dot"/><use href="#dot" x="4"/></g></circle></defs>` +
		`<use href="#pair"/><use href="#dot"/></svg>`
	deep := `<svg xmlns="http://www.w3.org/2000/svg">` + strings.Repeat("<g>", 1000000) + "<text>deep</text>" + strings.Repeat("</g>", 1000000) + "</svg>"
	for name, svg := range map[string]string{"self-use": self, "deep": deep} {
		start := time.Now()
		out, _, err := normaliseSVG([]byte(svg))
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if d := time.Since(start); d > 5*time.Second {
			t.Errorf("%s: took %v", name, d)
		}
		if n := strings.Count(string(out), "<g>"); n > svgMaxNodes {
			t.Errorf("%s: %d groups written", name, n)
		}
	}
}
