package layout

import (
	"slices"

	"github.com/lectern-app/lectern/render/fonts"
)

// ShapeText sets an unshaped Text op: it is cut into runs of one face each
// (fonts.EachRun, by grapheme cluster) and each run gets its Glyphs from
// fonts.Shape, placed one after the other from t.X. The op is shaped right
// to left when t.RTL is set or its first strong character is right to left
// (its runs then go from the last to the first). Backends call it for ops
// that reach them without Glyphs (a formula's FormulaOps, their own labels);
// the layout's own ops all leave it shaped. An op that already has Glyphs
// comes back as it is.
func ShapeText(t Text) []Text {
	if t.Glyphs != nil {
		return []Text{t}
	}
	return shapeText(t, nil)
}

// shapeText is ShapeText telling missing about runs no font can draw.
func shapeText(t Text, missing func(string)) []Text {
	rtl := t.RTL || fonts.RightToLeft(t.Text)
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
