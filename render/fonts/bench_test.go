package fonts

import "testing"

// BenchmarkMeasureASCII is the layout's hot path: a line of ASCII text.
func BenchmarkMeasureASCII(b *testing.B) {
	s := "Slides in a browser need the network, a laptop must be enough"
	Measure(Regular, 40, s)
	for b.Loop() {
		Measure(Regular, 40, s)
	}
}

// BenchmarkMeasureLatin1 measures text with a few non-ASCII characters the
// Go fonts have (looked up in the per-face rune cache).
func BenchmarkMeasureLatin1(b *testing.B) {
	s := "Talks that fit — offline, on time • ÆØÅ"
	Measure(Regular, 40, s)
	for b.Loop() {
		Measure(Regular, 40, s)
	}
}
