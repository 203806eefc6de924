package fonts

import (
	"sort"
	"sync"

	"github.com/go-text/typesetting/font"
)

// families caches Family's answers: a theme's fonts are asked for on
// every slide.
var families sync.Map // familyKey -> familyAnswer

type familyKey struct {
	name         string
	bold, italic bool
}

type familyAnswer struct {
	f  Font
	ok bool
}

// Family finds an installed face of the family named (a theme file's
// fonts.body, "Noto Serif"; case and spaces aside) in the style asked and
// registers it as fallback faces are, from the same font index. False
// when no installed font of that family can be drawn. A family without a
// bold or italic face gives its nearest one.
func Family(name string, bold, italic bool) (Font, bool) {
	key := familyKey{font.NormalizeFamily(name), bold, italic}
	if key.name == "" {
		return 0, false
	}
	if a, ok := families.Load(key); ok {
		a := a.(familyAnswer)
		return a.f, a.ok
	}
	f, ok := findFamily(key)
	families.Store(key, familyAnswer{f, ok})
	return f, ok
}

func findFamily(key familyKey) (Font, bool) {
	prints := systemFonts()
	var cands []int
	for i := range prints {
		if prints[i].Family == key.name {
			cands = append(cands, i)
		}
	}
	want := float64(font.WeightNormal)
	if key.bold {
		want = float64(font.WeightBold)
	}
	cost := func(i int) float64 {
		a := prints[i].Aspect
		d := float64(a.Weight) - want
		c := max(d, -d) / 100
		if (a.Style == font.StyleItalic) != key.italic {
			c += 3
		}
		st := float64(a.Stretch) - 1
		return c + 4*max(st, -st)
	}
	sort.SliceStable(cands, func(i, j int) bool { return cost(cands[i]) < cost(cands[j]) })
	system.mu.Lock()
	defer system.mu.Unlock()
	for _, i := range cands {
		fp := &prints[i]
		if f, ok := system.byLoc[fp.Location]; ok {
			return f, true
		}
		if system.bad[fp.Location] {
			continue
		}
		f, err := register(fp)
		if err != nil {
			system.bad[fp.Location] = true
			continue
		}
		system.byLoc[fp.Location] = f
		return f, true
	}
	return 0, false
}
