package layout

import (
	"image/color"
	"os"
	"path/filepath"
	"testing"

	"github.com/lectern-app/lectern/internal/deck"
)

// A flowchart as Mermaid writes it with SVG labels (nested translate()s,
// tspans placed in em, the colours in an "#id .class element" sheet): each
// label is set inside its node's box, in the sheet's text colour, and the
// node boxes take the sheet's fill.
func TestSVGMermaidShapedFlowchart(t *testing.T) {
	src, err := os.ReadFile("../../testdata/render/svg-mermaid.svg")
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "flow.svg"), src, 0o644); err != nil {
		t.Fatal(err)
	}
	d := &deck.Deck{Path: filepath.Join(dir, "deck.md"), Meta: deck.Meta{Aspect: 16.0 / 9}}
	d.Slides = []deck.Slide{{Number: 1, Body: "![flow](flow.svg)", Steps: 1}}
	l, err := LayoutSlide(&d.Slides[0], d, Options{})
	if err != nil {
		t.Fatal(err)
	}
	var pic *Picture
	labels := map[string]Text{}
	for _, op := range l.Page(1).Ops {
		switch o := op.(type) {
		case Picture:
			pic = &o
		case Text:
			labels[o.Text] = o
		}
	}
	if pic == nil {
		t.Fatal("no picture")
	}
	k := pic.W / 300                                                     // slide units per SVG unit (view box 300 wide from -8)
	for name, node := range map[string]float64{"Start": 0, "End": 184} { // node boxes' left edges
		lab, ok := labels[name]
		if !ok {
			t.Errorf("label %q not set; texts %v", name, labels)
			continue
		}
		left, top := pic.X+(node+8)*k, pic.Y+8*k
		if lab.X < left || lab.X > left+100*k || lab.Y < top+10*k || lab.Y > top+54*k {
			t.Errorf("%s at (%.0f, %.0f), want inside its node (%.0f, %.0f)-(%.0f, %.0f)", name, lab.X, lab.Y, left, top, left+100*k, top+54*k)
		}
		if lab.Color != (color.RGBA{0x33, 0x33, 0x33, 255}) || lab.Font != Regular {
			t.Errorf("%s: colour %v font %v, want #333 Regular", name, lab.Color, lab.Font)
		}
	}
	img := pic.Image.(interface{ At(x, y int) color.Color })
	b := pic.Image.Bounds()
	r, g, bl, _ := img.At(b.Min.X+b.Dx()*20/300, b.Min.Y+b.Dy()*10/70).RGBA()
	if r>>8 != 0xEC || g>>8 != 0xEC || bl>>8 != 0xFF {
		t.Errorf("node fill %02x%02x%02x, want the sheet's #ECECFF", r>>8, g>>8, bl>>8)
	}
}
