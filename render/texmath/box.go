package texmath

import (
	"sync"

	"golang.org/x/image/font"
	"golang.org/x/image/font/sfnt"
	"golang.org/x/image/math/fixed"

	"github.com/lectern-app/lectern/render/fonts"
)

// item is one thing a box draws, relative to the box's baseline origin
// (y grows down): a glyph run, a filled rule or a straight stroke.
type item struct {
	kind   itemKind
	x, y   float64 // glyph: baseline start; rule: top-left; stroke: start
	x2, y2 float64 // rule: width and height; stroke: end
	size   float64 // glyph: font size; stroke: width; rule: 0
	font   fonts.Font
	text   string
}

type itemKind int8

const (
	kGlyph itemKind = iota
	kRule
	kStroke
)

// box is laid-out math: w wide, h above the baseline, d below it.
type box struct {
	w, h, d float64
	items   []item
	cls     class // the spacing class of the atom it came from
}

// put draws o into b with o's origin at (dx, dy).
func (b *box) put(o *box, dx, dy float64) {
	for _, it := range o.items {
		it.x += dx
		it.y += dy
		if it.kind == kStroke {
			it.x2 += dx
			it.y2 += dy
		}
		b.items = append(b.items, it)
	}
}

func (b *box) rule(x, y, w, h float64) {
	b.items = append(b.items, item{kind: kRule, x: x, y: y, x2: w, y2: h})
}

func (b *box) stroke(x1, y1, x2, y2, width float64) {
	b.items = append(b.items, item{kind: kStroke, x: x1, y: y1, x2: x2, y2: y2, size: width})
}

// inkMetrics is a glyph's ink extent above and below the baseline and its
// advance, per unit of font size.
type inkMetrics struct{ asc, desc, adv float64 }

type inkKey struct {
	f fonts.Font
	r rune
}

var inkCache sync.Map // inkKey -> inkMetrics

// ink measures r in face f (already resolved to a face that has it).
func ink(f fonts.Font, r rune) inkMetrics {
	k := inkKey{f, r}
	if v, ok := inkCache.Load(k); ok {
		return v.(inkMetrics)
	}
	m := inkMetrics{adv: fonts.Advance(f, 1, r)}
	if sf, err := fonts.Parsed(f); err == nil {
		var buf sfnt.Buffer
		upem := float64(sf.UnitsPerEm())
		if gi, err := sf.GlyphIndex(&buf, r); err == nil && gi != 0 {
			if bounds, _, err := sf.GlyphBounds(&buf, gi, fixed.I(int(upem)), font.HintingNone); err == nil {
				m.asc = -float64(bounds.Min.Y) / 64 / upem
				m.desc = float64(bounds.Max.Y) / 64 / upem
			}
		}
	}
	inkCache.Store(k, m)
	return m
}

// glyphBox sets text in face f at size: the face that draws each character
// is resolved (a fallback face for symbols the Go fonts lack), so one box
// may hold several runs.
func glyphBox(f fonts.Font, size float64, text string) *box {
	b := &box{}
	x := 0.0
	for _, r := range text {
		rf, _ := fonts.Resolve(f, r)
		m := ink(rf, r)
		if n := len(b.items); n > 0 && b.items[n-1].font == rf && b.items[n-1].size == size {
			b.items[n-1].text += string(r)
		} else {
			b.items = append(b.items, item{kind: kGlyph, x: x, size: size, font: rf, text: string(r)})
		}
		x += m.adv * size
		b.h = max(b.h, m.asc*size)
		b.d = max(b.d, m.desc*size)
	}
	b.w = x
	return b
}

// axisHeight is the height of the math axis (the middle of a minus sign,
// where fraction bars sit) at size.
func axisHeight(size float64) float64 {
	m := ink(fonts.Regular, '+')
	return (m.asc - m.desc) / 2 * size
}
