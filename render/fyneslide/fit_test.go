package fyneslide

import (
	"math"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/lectern-app/lectern/render/fonts"
	"github.com/lectern-app/lectern/render/layout"
)

// TestRunsAreDrawnAsWideAsLaidOut: at screen sizes Fyne's shaper rounds
// advances; fitSize corrects the text size so the run ends where the layout
// put the next one.
func TestRunsAreDrawnAsWideAsLaidOut(t *testing.T) {
	test.NewTempApp(t)
	for _, k := range []float32{0.21, 0.45, 1} {
		for _, f := range []layout.Font{layout.Regular, layout.Bold, layout.Mono} {
			v := layout.Text{Size: 46, Font: f, Text: "The last slides got "}
			size := fitSize(v, float32(v.Size)*k, k)
			got, _ := fyne.CurrentApp().Driver().RenderedTextSize("The last slides got", size, styleOf(f), fontResource(f))
			want := fonts.Measure(f, v.Size, "The last slides got") * float64(k)
			// Below ~12 px Fyne's text widths move in whole steps, so the
			// small previews keep a few percent of error.
			tol := 0.02
			if k < 0.3 {
				tol = 0.05
			}
			if math.Abs(float64(got.Width)-want) > tol*want+1 {
				t.Errorf("scale %.2f font %v: drawn %.1f wide, laid out %.1f", k, f, got.Width, want)
			}
		}
	}
}
