package layout

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// An <image> naming a file in the SVG's folder (or below) is drawn as
// rsvg-convert draws it; before, every file href was refused (svg-external)
// and the picture left out. A file outside that folder (by ../, an absolute
// path, a symlink leading out) and a web address are refused, named as
// svg-external, and never drawn: librsvg keeps to the same folder.
func TestSVGImageFileBesideIt(t *testing.T) {
	dir, outside := t.TempDir(), t.TempDir()
	quad, err := os.ReadFile("../../testdata/render/svg-image-quad.png")
	if err != nil {
		t.Fatal(err)
	}
	if err := os.Mkdir(filepath.Join(dir, "pics"), 0o755); err != nil {
		t.Fatal(err)
	}
	for _, p := range []string{filepath.Join(dir, "pics", "quad.png"), filepath.Join(outside, "secret.png")} {
		if err := os.WriteFile(p, quad, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.Symlink(filepath.Join(outside, "secret.png"), filepath.Join(dir, "pics", "link.png")); err != nil {
		t.Fatal(err)
	}
	up, err := filepath.Rel(dir, filepath.Join(outside, "secret.png"))
	if err != nil {
		t.Fatal(err)
	}
	abs := filepath.ToSlash(filepath.Join(outside, "secret.png"))
	svg := fmt.Sprintf(`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 400 300" width="400" height="300">
<rect width="400" height="300" fill="#eceff1"/>
<image x="20" y="20" width="240" height="180" href="pics/quad.png"/>
<image x="280" y="20" width="100" height="80" href="%s"/>
<image x="280" y="110" width="100" height="80" href="%s"/>
<image x="280" y="200" width="100" height="80" href="pics/link.png"/>
<image x="20" y="210" width="100" height="80" href="https://example.test/x.png"/>
</svg>`, filepath.ToSlash(up), abs)
	far, mean := rsvgDiff(t, "local.svg", []byte(svg), dir, 400, 300)
	if far > 0.015 || mean > 3 {
		t.Errorf("Lectern's drawing differs from rsvg-convert's: %.2f%% of pixels far apart (≤ 1.5%%), mean %.2f (≤ 3)", 100*far, mean)
	}
	doc, err := parseSVGFile([]byte(svg), dir)
	if err != nil {
		t.Fatal(err)
	}
	refused := strings.Join(doc.external, " | ")
	for _, want := range []string{up, abs, "pics/link.png", "https://example.test/x.png"} {
		if !strings.Contains(refused, want) {
			t.Errorf("refused %q, want it to name %q", refused, want)
		}
	}
	if strings.Contains(refused, "quad.png") || len(doc.missing) != 0 {
		t.Errorf("the picture beside the SVG was refused: %q, missing %q", refused, doc.missing)
	}
	img, err := doc.raster(400)
	if err != nil {
		t.Fatal(err)
	}
	// the picture's red quarter, and nothing where the refused ones would be
	if c := onWhite(img).RGBAAt(60, 50); c.R < 200 || c.G > 90 {
		t.Errorf("pixel in the picture's red quarter is %v", c)
	}
	if c := onWhite(img).RGBAAt(330, 150); c.R != 0xec || c.G != 0xef {
		t.Errorf("a refused picture was drawn: pixel %v", c)
	}
}

// Without a folder (an SVG that is not a file) no file is read.
func TestSVGImageNeedsAFolder(t *testing.T) {
	doc, err := parseSVG([]byte(`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><image href="quad.png" width="10" height="10"/></svg>`))
	if err != nil {
		t.Fatal(err)
	}
	if len(doc.external) != 1 || !strings.Contains(doc.external[0], "quad.png") {
		t.Errorf("refused %q, want quad.png named", doc.external)
	}
}
