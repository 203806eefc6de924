package texmath_test

import (
	"math"
	"testing"

	"github.com/lectern-app/lectern/render/texmath"
)

// A deck is untrusted: any TeX lays out without panicking, with finite sizes.
func FuzzLayout(f *testing.F) {
	for _, fm := range formulas {
		f.Add(fm.tex)
	}
	for _, s := range []string{`\frac{`, `}}}`, `\left(`, `\begin{pmatrix}`, `x^`, `\sqrt[`, `&\\`, `\end{x}`, `{{{{{{{{`} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, tex string) {
		fm := texmath.Layout(tex, 1, true)
		for _, v := range []float64{fm.W, fm.Ascent, fm.Descent} {
			if math.IsNaN(v) || math.IsInf(v, 0) {
				t.Fatalf("%q: size %v", tex, v)
			}
		}
	})
}
