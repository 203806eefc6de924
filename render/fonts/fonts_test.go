package fonts

import (
	"math"
	"testing"
)

func TestEveryFaceParses(t *testing.T) {
	for f := Regular; f <= MonoBold; f++ {
		if len(TTF(f)) < 1000 {
			t.Errorf("%s: no font file", Name(f))
		}
		if _, err := Parsed(f); err != nil {
			t.Error(err)
		}
		m := VMetrics(f, 100)
		if m.Ascent < 70 || m.Ascent > 110 || m.Descent < 10 || m.Descent > 40 {
			t.Errorf("%s: metrics %+v at 100", Name(f), m)
		}
	}
}

func TestMeasureIsAdditiveAndScales(t *testing.T) {
	a, b := "Talks that ", "fit, offline — on time"
	for f := Regular; f <= MonoBold; f++ {
		if d := Measure(f, 46, a) + Measure(f, 46, b) - Measure(f, 46, a+b); math.Abs(d) > 1e-9 {
			t.Errorf("%s: not additive (%g)", Name(f), d)
		}
		if r := Measure(f, 92, a) / Measure(f, 46, a); math.Abs(r-2) > 1e-9 {
			t.Errorf("%s: doubling the size gives %gx", Name(f), r)
		}
	}
	if Measure(Bold, 46, "Hello") <= Measure(Regular, 46, "Hello") {
		t.Error("bold should be wider than regular")
	}
	if Measure(Mono, 40, "iiii") != Measure(Mono, 40, "MMMM") {
		t.Error("monospace widths differ")
	}
	if Measure(Regular, 40, "") != 0 || Measure(Regular, 40, "\n") != 0 {
		t.Error("empty and control text should have no width")
	}
	if w := Measure(Regular, 40, "Ωж€"); w <= 0 {
		t.Error("Greek, Cyrillic and the euro sign should have widths")
	}
}

func TestHas(t *testing.T) {
	if !Has(Regular, 'A') || !Has(Regular, '•') {
		t.Error("Go Regular should have A and •")
	}
	if Has(Regular, '\U0001F600') {
		t.Error("Go fonts have no emoji")
	}
}
