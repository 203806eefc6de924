package fonts_test

import (
	"math"
	"testing"

	"github.com/lectern-app/lectern/render/fonts"
	"github.com/lectern-app/lectern/render/fonts/fontstest"
)

func TestFallbackDrawsEveryScript(t *testing.T) {
	fontstest.Need(t, fontstest.Scripts...)
	for _, base := range []fonts.Font{fonts.Regular, fonts.Bold, fonts.Mono} {
		for _, word := range fontstest.Scripts {
			var runs []fonts.Run
			fonts.EachRun(base, word, func(r fonts.Run) { runs = append(runs, r) })
			sum := 0.0
			for _, r := range runs {
				if r.Missing {
					t.Errorf("%q in %s: %q drawn as boxes", word, fonts.Name(base), r.Text)
				}
				if r.Font < fonts.Embedded && word != "∑∫≤→" { // the Go fonts have these
					t.Errorf("%q in %s: run %q in embedded face %s", word, fonts.Name(base), r.Text, fonts.Name(r.Font))
				}
				for _, c := range r.Text {
					if !fonts.Has(r.Font, c) {
						t.Errorf("%s has no %c but draws it", fonts.Name(r.Font), c)
					}
				}
				sum += fonts.Measure(r.Font, 40, r.Text)
			}
			if w := fonts.Measure(base, 40, word); w <= 0 || math.Abs(w-sum) > 1e-9 {
				t.Errorf("%q: measured %g, runs add to %g", word, w, sum)
			}
			t.Logf("%s %q: %s", fonts.Name(base), word, fonts.Name(runs[0].Font))
			if len(fonts.TTF(runs[0].Font)) < 1000 {
				t.Errorf("%q: no font file for %s", word, fonts.Name(runs[0].Font))
			}
		}
	}
}

func TestRunsSplitWhereTheFaceChanges(t *testing.T) {
	fontstest.Need(t, "नमस्ते")
	var got []string
	fonts.EachRun(fonts.Regular, "Hi नमस्ते! ok\u200d", func(r fonts.Run) { got = append(got, r.Text) })
	want := []string{"Hi ", "नमस्ते", "! ok"}
	if len(got) != len(want) {
		t.Fatalf("runs %q, want %q", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Fatalf("runs %q, want %q", got, want)
		}
	}
	if !fonts.Simple(fonts.Regular, "plain ASCII and Ωж") || fonts.Simple(fonts.Regular, "नमस्ते") {
		t.Error("Simple should hold for text the Go fonts draw alone, only")
	}
}

func TestMissingNamesWhatNoFontHas(t *testing.T) {
	got := fonts.Missing(fonts.Regular, "a\U0010FFFDb\U0010FFFD\u200d")
	if len(got) != 1 || got[0] != '\U0010FFFD' {
		t.Fatalf("Missing = %q, want only U+10FFFD", got)
	}
	// a missing character still takes the width of the box it is drawn as
	if fonts.Advance(fonts.Regular, 40, '\U0010FFFD') <= 0 {
		t.Error("a missing character should have the width of its .notdef box")
	}
	if f, ok := fonts.Resolve(fonts.Bold, '\U0010FFFD'); ok || f != fonts.Bold {
		t.Errorf("Resolve = %d, %v; want the base face, not ok", f, ok)
	}
	if fonts.Advance(fonts.Regular, 40, '\u200d') != 0 {
		t.Error("a zero width joiner should take no room")
	}
}

// Fallback faces are found and registered safely from many goroutines at
// once (the layout runs on several); every one gets the same answer.
func TestFallbackConcurrent(t *testing.T) {
	fontstest.Need(t, fontstest.Scripts...)
	const n = 8
	got := make([][]float64, n)
	done := make(chan int)
	for g := 0; g < n; g++ {
		go func(g int) {
			for _, w := range fontstest.Scripts {
				got[g] = append(got[g], fonts.Measure(fonts.BoldItalic, 30, w))
			}
			done <- g
		}(g)
	}
	for g := 0; g < n; g++ {
		<-done
	}
	for g := 1; g < n; g++ {
		for i := range got[0] {
			if got[g][i] != got[0][i] {
				t.Fatalf("goroutine %d measured %q as %g, goroutine 0 as %g", g, fontstest.Scripts[i], got[g][i], got[0][i])
			}
		}
	}
}
