package layout_test

import (
	"testing"

	"github.com/lectern-app/lectern/render/layout"
)

func benchLayout(b *testing.B, file string, slide int) {
	d := load(b, file, "light")
	s := d.Slide(slide)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := layout.LayoutSlide(s, d, layout.Options{}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkLayout lays out a list-and-picture slide (images cached).
func BenchmarkLayout(b *testing.B) { benchLayout(b, "talk.md", 2) }

// BenchmarkLayoutCode lays out the highlighted-code slide.
func BenchmarkLayoutCode(b *testing.B) { benchLayout(b, "talk.md", 6) }

// BenchmarkLayoutOverflow lays out a slide that must shrink to fit.
func BenchmarkLayoutOverflow(b *testing.B) { benchLayout(b, "overflow.md", 1) }

// BenchmarkLayoutScripts lays out the multi-script slide (fallback faces
// found and cached on the first run).
func BenchmarkLayoutScripts(b *testing.B) { benchLayout(b, "scripts.md", 1) }
