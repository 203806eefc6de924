package layout

import (
	"image"
	"image/color"
	"path/filepath"
	"testing"

	"github.com/lectern-app/lectern/internal/deck"
	"github.com/lectern-app/lectern/render/layout/layouttest"
)

func TestParseMarpFilters(t *testing.T) {
	rest, fs := parseFilters("Team photo sepia blur:4px brightness:120% w:200")
	if rest != "Team photo w:200" || len(fs) != 3 {
		t.Fatalf("rest %q filters %+v", rest, fs)
	}
	if fs[0] != (imgFilter{"sepia", 1}) || fs[1] != (imgFilter{"blur", 4}) || fs[2] != (imgFilter{"brightness", 1.2}) {
		t.Errorf("filters %+v", fs)
	}
}

func TestFiltersChangePixelsAsCSSDoes(t *testing.T) {
	src := image.NewRGBA(image.Rect(0, 0, 40, 20))
	for x := 0; x < 40; x++ {
		for y := 0; y < 20; y++ {
			c := color.RGBA{200, 40, 40, 255}
			if x >= 20 {
				c = color.RGBA{20, 20, 220, 255}
			}
			src.SetRGBA(x, y, c)
		}
	}
	at := func(img image.Image, x, y int) color.NRGBA {
		return color.NRGBAModel.Convert(img.At(x, y)).(color.NRGBA)
	}
	if g := at(applyFilters(src, []imgFilter{{"grayscale", 1}}, 40), 5, 5); g.R != g.G || g.G != g.B {
		t.Errorf("grayscale %v", g)
	}
	if c := at(applyFilters(src, []imgFilter{{"invert", 1}}, 40), 5, 5); c.R != 55 || c.G != 215 || c.B != 215 {
		t.Errorf("invert %v, want 55 215 215", c)
	}
	if c := at(applyFilters(src, []imgFilter{{"opacity", 0.5}}, 40), 5, 5); c.A < 126 || c.A > 129 || c.R != 200 {
		t.Errorf("opacity %v", c)
	}
	if c := at(applyFilters(src, []imgFilter{{"sepia", 1}}, 40), 30, 5); !(c.R > c.B && c.G > c.B) {
		t.Errorf("sepia of blue %v, want warm", c)
	}
	// blur mixes the two halves at their border, not far from it
	bl := applyFilters(src, []imgFilter{{"blur", 4}}, 40/1.5)
	if c := at(bl, 20, 10); c.R < 60 || c.B < 60 {
		t.Errorf("blur at the border %v, want a mix", c)
	}
	if c := at(bl, 2, 10); c.R < 190 {
		t.Errorf("blur far from the border %v", c)
	}
	if src.RGBAAt(5, 5) != (color.RGBA{200, 40, 40, 255}) {
		t.Error("the source picture was changed")
	}
}

func TestMarpFiltersOnSlides(t *testing.T) {
	for _, md := range []string{"# A\n\n![grayscale](images/chart.png)\n", "# A\n\n![bg grayscale](images/chart.png)\n", "# A\n\n![grayscale w:400](images/chart.png)\n"} {
		d := testDeck(md)
		l, err := LayoutSlide(d.Slide(1), d, Options{})
		if err != nil {
			t.Fatal(err)
		}
		var pic *Picture
		for _, op := range l.Page(1).Ops {
			if p, ok := op.(Picture); ok {
				pic = &p
			}
		}
		if pic == nil || pic.Image == nil {
			t.Fatalf("%q: no picture", md)
		}
		if pic.Path != "" {
			t.Errorf("%q: filtered pixels pose as the file %s (the PDF would embed the original)", md, pic.Path)
		}
		b := pic.Image.Bounds()
		for y := b.Min.Y; y < b.Max.Y; y += 7 {
			for x := b.Min.X; x < b.Max.X; x += 7 {
				c := color.NRGBAModel.Convert(pic.Image.At(x, y)).(color.NRGBA)
				if d := int(c.R) - int(c.B); c.A > 200 && (d > 2 || d < -2) {
					t.Fatalf("%q: colour %v left at %d,%d", md, c, x, y)
				}
			}
		}
	}
	d := testDeck("# A\n\n![drop-shadow](images/chart.png)\n")
	l, _ := LayoutSlide(d.Slide(1), d, Options{})
	if len(l.Problems) != 1 || l.Problems[0].(interface{ Kind() string }).Kind() != KindImageFilter {
		t.Errorf("drop-shadow problems %v", l.Problems)
	}
}

// testDeck is md as a Marp deck next to testdata/render's pictures.
func testDeck(md string) *deck.Deck {
	dir, _ := filepath.Abs("../../testdata/render")
	d := layouttest.FromMarkdown("---\nmarp: true\n---\n"+md, dir, "light")
	d.Path = filepath.Join(dir, "filters.md")
	return d
}
