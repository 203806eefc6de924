package layout

import (
	"slices"

	"github.com/lectern-app/lectern/render/fonts"
)

// ShapeText sets an unshaped Text op: it is cut into runs of one face each
// (fonts.EachRun, by grapheme cluster) and each run gets its Glyphs from
// fonts.Shape, placed one after the other from t.X. Text mixing directions
// (a Hebrew word in an English label) is first cut where the direction
// changes and put in visual order, as the layout does with its lines
// (bidi.go); an op marked RTL is shaped right to left as a whole.
// Backends call it for ops that reach them without Glyphs (a formula's
// FormulaOps, their own labels); the layout's own ops all leave it shaped.
// An op that already has Glyphs comes back as it is.
func ShapeText(t Text) []Text {
	if t.Glyphs != nil {
		return []Text{t}
	}
	return shapeText(t, nil)
}

// shapeText is ShapeText telling missing about runs no font can draw.
func shapeText(t Text, missing func(string)) []Text {
	if t.RTL || !hasRTL(t.Text) {
		return shapeRuns(t, t.RTL || fonts.RightToLeft(t.Text), missing)
	}
	levels, _ := byteLevels(t.Text)
	type stretch struct{ from, to int }
	var parts []stretch
	var lv []int8
	for i := 0; i < len(t.Text); {
		j := i + 1
		for j < len(t.Text) && levels[j] == levels[i] {
			j++
		}
		parts = append(parts, stretch{i, j})
		lv = append(lv, levels[i])
		i = j
	}
	var out []Text
	x := t.X
	for _, k := range visualOrder(lv) {
		part := t
		part.X, part.Text = x, t.Text[parts[k].from:parts[k].to]
		for _, rt := range shapeRuns(part, lv[k]%2 == 1, missing) {
			out = append(out, rt)
			x = rt.X + glyphsWidth(rt)
		}
	}
	return out
}

func glyphsWidth(t Text) float64 {
	w := 0.0
	for _, g := range t.Glyphs {
		w += g.Advance
	}
	return w
}

// shapeRuns shapes t in one direction, face run by face run (right to left:
// from its last run to its first).
func shapeRuns(t Text, rtl bool, missing func(string)) []Text {
	var runs []fonts.Run
	fonts.EachRun(t.Font, t.Text, func(r fonts.Run) { runs = append(runs, r) })
	if rtl {
		slices.Reverse(runs)
	}
	out := make([]Text, 0, len(runs))
	x := t.X
	for _, r := range runs {
		if r.Missing && missing != nil {
			missing(r.Text)
		}
		sh, err := fonts.Shape(r.Font, t.Size, r.Text, rtl)
		if err != nil {
			sh.Width = fonts.Measure(r.Font, t.Size, r.Text) // drawn unshaped, at the measured width
		}
		rt := t
		rt.X, rt.Font, rt.Text, rt.Glyphs, rt.RTL = x, r.Font, r.Text, sh.Glyphs, rtl
		out = append(out, rt)
		x += sh.Width
	}
	return out
}

// measureDir is the width of s in f at size, shaped in the direction rtl
// face run by face run: what shapeText draws it at.
func measureDir(f Font, size float64, s string, rtl bool) float64 {
	w := 0.0
	fonts.EachRun(f, s, func(r fonts.Run) { w += fonts.Width(r.Font, size, r.Text, rtl) })
	return w
}

// shapeOps gives Glyphs to every Text op still without them, once, after
// the last layout run (the layout measured them with the same shaping):
// code, list markers, formulas, SVG labels, the slide number.
func (b *builder) shapeOps() {
	n := 0
	for _, op := range b.ops {
		if t, ok := op.(Text); ok && t.Glyphs == nil {
			n++
		}
	}
	if n == 0 {
		return
	}
	ops := make([]Op, 0, len(b.ops)+n/4)
	segs := make([]int, 0, cap(ops))
	for i, op := range b.ops {
		t, ok := op.(Text)
		if !ok || t.Glyphs != nil {
			ops = append(ops, op)
			segs = append(segs, b.segs[i])
			continue
		}
		for _, rt := range shapeText(t, b.noteMissing) {
			ops = append(ops, rt)
			segs = append(segs, b.segs[i])
		}
	}
	b.ops, b.segs = ops, segs
}

// noteMissing records characters no font has, once each, for Laid.Problems.
func (b *builder) noteMissing(s string) {
	for _, c := range s {
		if !containsRune(b.missing, c) {
			b.missing = append(b.missing, c)
		}
	}
}
