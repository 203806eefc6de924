package layout_test

import (
	"testing"

	"github.com/lectern-app/lectern/render/layout"
	"github.com/lectern-app/lectern/render/layout/layouttest"
	"github.com/lectern-app/lectern/render/raster"
)

// tenFormulas is a slide of ten display formulas from the KaTeX table.
const tenFormulas = `# Ten formulas

$$\int_0^\infty e^{-x^2}\,dx = \frac{\sqrt{\pi}}{2}$$
$$\sum_{k=1}^{n} k^2 = \frac{n(n+1)(2n+1)}{6}$$
$$\left( \frac{a}{b} \right)^2 \le \|v\|$$
$$\begin{pmatrix} a & b \\ c & d \end{pmatrix}$$
$$f(x) = \begin{cases} 0 & x < 0 \\ x^2 & x \ge 0 \end{cases}$$
$$\mathbb{R}^n \times \mathbb{Z} \subset \mathbb{C}$$
$$\lim_{h \to 0} \frac{f(x+h) - f(x)}{h}$$
$$\nabla \cdot \vec{F} = \frac{\partial F_x}{\partial x}$$
$$P(A \mid B) = \frac{P(B \mid A)\,P(A)}{P(B)}$$
$$\operatorname{argmax}_{\theta} \mathcal{L}(\theta)$$
`

// BenchmarkMathSlideFirstDraw lays out and draws the ten-formula slide at
// 1920 px as a slide first shown does (formulas laid out, glyphs cached
// after the first iteration); BenchmarkMathSlideCached draws the laid-out
// page again, as the screen's cache serves a slide shown before.
func BenchmarkMathSlideFirstDraw(b *testing.B) {
	d := layouttest.FromMarkdown(tenFormulas, b.TempDir(), "light")
	b.ReportAllocs()
	for b.Loop() {
		l, err := layout.LayoutSlide(d.Slide(1), d, layout.Options{})
		if err != nil {
			b.Fatal(err)
		}
		raster.Draw(l.Page(1), 1920)
	}
}

func BenchmarkMathSlideCached(b *testing.B) {
	d := layouttest.FromMarkdown(tenFormulas, b.TempDir(), "light")
	l, err := layout.LayoutSlide(d.Slide(1), d, layout.Options{})
	if err != nil {
		b.Fatal(err)
	}
	if len(l.Problems) > 0 {
		b.Fatalf("problems: %v", l.Problems)
	}
	p := l.Page(1)
	b.ReportAllocs()
	for b.Loop() {
		raster.Draw(p, 1920)
	}
}
