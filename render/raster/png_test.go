package raster_test

import (
	"fmt"
	"image/png"
	"os"
	"path/filepath"
	"testing"

	"github.com/lectern-app/lectern/render/layout"
	"github.com/lectern-app/lectern/render/layout/layouttest"
	"github.com/lectern-app/lectern/render/raster"
)

// TestWriteTalkPNGs writes every slide of the test deck to $LECTERN_PNG_DIR
// (only when set) for looking at by eye.
func TestWriteTalkPNGs(t *testing.T) {
	dir := os.Getenv("LECTERN_PNG_DIR")
	if dir == "" {
		t.Skip("set LECTERN_PNG_DIR to write PNGs")
	}
	for _, run := range []struct{ file, theme string }{
		{"talk", "light"}, {"talk", "dark"}, {"features", "light"}, {"features", "dark"}, {"overflow", "light"},
	} {
		theme := run.file + "-" + run.theme
		d, err := layouttest.Load("../../testdata/render/"+run.file+".md", run.theme)
		if err != nil {
			t.Fatal(err)
		}
		for i := range d.Slides {
			s := &d.Slides[i]
			l, err := layout.LayoutSlide(s, d, layout.Options{})
			if err != nil {
				t.Fatal(err)
			}
			img := raster.Draw(l.Page(s.Steps), 1920)
			f, err := os.Create(filepath.Join(dir, fmt.Sprintf("%s-%02d.png", theme, s.Number)))
			if err != nil {
				t.Fatal(err)
			}
			if err := png.Encode(f, img); err != nil {
				t.Fatal(err)
			}
			f.Close()
		}
	}
}
