package layout

import (
	"strconv"

	"github.com/yuin/goldmark/ast"
	east "github.com/yuin/goldmark/extension/ast"

	"github.com/lectern-app/lectern/render/fonts"
)

// list lays out bullets or numbers with their items indented; nested lists
// indent again and change the bullet shape.
func (b *builder) list(n *ast.List, x, w float64) {
	size := b.th.Body * b.scale
	keepGap := b.itemGap
	itemGap := 0.22 * size
	if !n.IsTight {
		itemGap = 0.5 * size
	}
	if b.depth == 0 {
		b.open(0.5 * size)
	} else {
		b.open(keepGap)
	}
	b.fresh = true

	ordered := n.IsOrdered()
	count := n.ChildCount()
	markerW := 1.15 * size
	if ordered {
		last := strconv.Itoa(n.Start+count-1) + "."
		markerW = measure(Regular, size, last) + 0.45*size
	}
	level := b.depth
	b.depth++
	b.itemGap = itemGap
	i := 0
	for item := n.FirstChild(); item != nil; item = item.NextSibling() {
		if i > 0 {
			b.open(itemGap)
			b.fresh = true
		}
		start := len(b.ops)
		y0 := b.y
		// an item in a right-to-left script has its marker on the right
		rtl := fonts.RightToLeft(plainText(item, b.src))
		tx := x + markerW
		if rtl {
			tx = x
		}
		for c := item.FirstChild(); c != nil; c = c.NextSibling() {
			b.block(c, tx, w-markerW)
		}
		b.fresh = false
		if b.y == y0 { // empty item
			b.y += size * b.th.LineHeight
		}
		base, msize := firstBaseline(b.ops[start:])
		if msize == 0 {
			m := size * b.th.LineHeight
			base, msize = y0+0.5*m+0.3*size, size
		}
		switch {
		case ordered && rtl:
			label := strconv.Itoa(n.Start+i) + "."
			b.emit(Text{X: x + w - markerW + 0.4*msize, Y: base, Size: msize, Font: Regular, Color: b.th.Accent, Text: label})
		case ordered:
			label := strconv.Itoa(n.Start+i) + "."
			lw := measure(Regular, msize, label)
			b.emit(Text{X: x + markerW - 0.4*msize - lw, Y: base, Size: msize, Font: Regular, Color: b.th.Accent, Text: label})
		case isTask(item):
		case rtl:
			b.bullet(x+w-0.38*msize, base-0.3*msize, msize, level)
		default:
			b.bullet(x+0.38*msize, base-0.3*msize, msize, level)
		}
		i++
	}
	b.depth--
	b.itemGap = keepGap
	if b.depth == 0 {
		b.close(0.5 * size)
	} else {
		b.close(keepGap)
	}
}

// bullet draws a disc, a ring or a square (by nesting level) centred at (cx, cy).
func (b *builder) bullet(cx, cy, size float64, level int) {
	r := 0.14 * size
	c := b.th.Accent
	switch level % 3 {
	case 0:
		b.emit(Rect{X: cx - r, Y: cy - r, W: 2 * r, H: 2 * r, Fill: c, Radius: r})
	case 1:
		sw := 0.05 * size
		b.emit(Rect{X: cx - r + sw/2, Y: cy - r + sw/2, W: 2*r - sw, H: 2*r - sw, Stroke: c, StrokeWidth: sw, Radius: r - sw/2})
	default:
		r *= 0.85
		b.emit(Rect{X: cx - r, Y: cy - r, W: 2 * r, H: 2 * r, Fill: c})
	}
}

// isTask reports whether a list item starts with a checkbox (its own marker).
func isTask(item ast.Node) bool {
	if first := item.FirstChild(); first != nil {
		_, ok := first.FirstChild().(*east.TaskCheckBox)
		return ok
	}
	return false
}

// firstBaseline finds the first text op's baseline and size.
func firstBaseline(ops []Op) (y, size float64) {
	for _, op := range ops {
		if t, ok := op.(Text); ok {
			return t.Y, t.Size
		}
	}
	return 0, 0
}
