package partpdf

import (
	"image"
	"image/color"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"github.com/lectern-app/lectern/internal/export"
	"github.com/lectern-app/lectern/internal/export/exporttest"
	"github.com/lectern-app/lectern/internal/testtool"
)

// The speaker's pen strokes go over their slide in the handout, above the
// slide (a PDF deck's placed page, a Markdown deck's drawn one), and only
// on the slide they were drawn on.
func TestInkOverHandoutSlides(t *testing.T) {
	mutool := testtool.Need(t, "mutool")
	red := color.RGBA{R: 230, A: 255}
	ink := map[int][]export.Stroke{1: {{Points: [][2]float64{{0.1, 0.5}, {0.9, 0.5}}, Colour: red, Width: 0.01}}}
	for _, name := range []string{"talk.pdf", "talk.md"} {
		t.Run(name, func(t *testing.T) {
			d := exporttest.Load(t, name)
			plan, err := export.Plan(d, export.PlanOptions{Split: "1-2"})
			if err != nil {
				t.Fatal(err)
			}
			dir := t.TempDir()
			res, err := export.Export(d, plan, export.Options{Drawer: Drawer{}, Dir: dir, Handout: true, Ink: ink})
			if err != nil {
				t.Fatal(err)
			}
			ho := filepath.Join(dir, res.Parts[0].Slug, export.HandoutPDF)
			page := func(n string) image.Image {
				out := filepath.Join(t.TempDir(), "p.png")
				if b, err := exec.Command(mutool, "draw", "-r", "72", "-o", out, ho, n).CombinedOutput(); err != nil {
					t.Fatalf("mutool: %v %s", err, b)
				}
				f, err := os.Open(out)
				if err != nil {
					t.Fatal(err)
				}
				defer f.Close()
				img, err := png.Decode(f)
				if err != nil {
					t.Fatal(err)
				}
				return img
			}
			isRed := func(c color.Color) bool {
				r, g, b, _ := c.RGBA()
				return r > 0xc000 && g < 0x5000 && b < 0x5000
			}
			// A4 at 72 dpi: the 16:9 box is 48..547 across, from y 76, 281 high
			p1 := page("1")
			if !isRed(p1.At(297, 216)) || !isRed(p1.At(120, 216)) {
				t.Errorf("slide 1's stroke is not on its handout page: %v %v", p1.At(297, 216), p1.At(120, 216))
			}
			if isRed(p1.At(297, 150)) {
				t.Error("red away from the stroke")
			}
			if p2 := page("2"); isRed(p2.At(297, 216)) {
				t.Error("slide 1's stroke drawn on slide 2")
			}
		})
	}
}
