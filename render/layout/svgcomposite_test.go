package layout

import (
	"os"
	"testing"
)

// Clip paths, masks, patterns and <image> draw as librsvg draws them.
// Before they were drawn, oksvg left them out (see each case).
func TestSVGCompositesMatchRsvg(t *testing.T) {
	for _, c := range []struct {
		file      string
		far, mean float64 // bounds
	}{
		{"svg-clip.svg", 0.015, 3},
		{"svg-mask.svg", 0.015, 3},
		{"svg-pattern.svg", 0.015, 3},
		{"svg-image.svg", 0.015, 3},
	} {
		t.Run(c.file, func(t *testing.T) {
			data, err := os.ReadFile("../../testdata/render/" + c.file)
			if err != nil {
				t.Fatal(err)
			}
			far, mean := rsvgDiff(t, c.file, data, "", 400, 300)
			if far > c.far || mean > c.mean {
				t.Errorf("Lectern's drawing differs from rsvg-convert's: %.2f%% of pixels far apart (≤ %.2f%%), mean %.2f (≤ %.2f)", 100*far, 100*c.far, mean, c.mean)
			}
		})
	}
}
