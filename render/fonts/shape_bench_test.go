package fonts

import "testing"

// BenchmarkShapeUncached is HarfBuzz on one word of each script the tests
// use, bypassing the shape cache: what a word costs the first time.
func BenchmarkShapeUncached(b *testing.B) {
	// the words of fontstest.Scripts (which this package cannot import)
	words := []string{"नमस्ते", "வணக்கம்", "你好", "こんにちは", "안녕하세요", "مرحبا", "שלום", "∑∫≤→"}
	type run struct {
		f    Font
		text string
	}
	var runs []run
	for _, w := range words {
		EachRun(Regular, w, func(r Run) { runs = append(runs, run{r.Font, r.Text}) })
	}
	b.ReportAllocs()
	for b.Loop() {
		for _, r := range runs {
			if _, err := shapeNow(r.f, r.text, RightToLeft(r.text)); err != nil {
				b.Fatal(err)
			}
		}
	}
}

// BenchmarkShapeCached is Shape of a word already in the cache: the
// layout's and backends' usual case.
func BenchmarkShapeCached(b *testing.B) {
	Shape(Regular, 40, "offline", false)
	b.ReportAllocs()
	for b.Loop() {
		Shape(Regular, 40, "offline", false)
	}
}
