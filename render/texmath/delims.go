package texmath

import (
	"math"

	"github.com/lectern-app/lectern/render/fonts"
)

// delimBox makes a delimiter height tall centred on the axis: the font's
// glyph when that is tall enough, else drawn with rules and curved strokes
// (so it grows without growing fat).
func delimBox(r rune, height float64, c ctx) *box {
	sz := c.size()
	if r == '.' {
		return &box{w: 0.12 * sz}
	}
	if height <= 1.25*sz {
		b := glyphBox(fonts.Regular, sz, string(r))
		if height > b.h+b.d { // \big and friends: scale the glyph
			b = glyphBox(fonts.Regular, sz*height/max(b.h+b.d, 0.1*sz), string(r))
		}
		centerOnAxis(b, sz)
		return b
	}
	t := ruleWidth(sz) * 1.1
	axis := axisHeight(sz)
	top, bot := -(axis + height/2), -(axis - height/2)
	mid := (top + bot) / 2
	side := 0.1 * sz
	b := &box{h: axis + height/2, d: height/2 - axis}
	switch r {
	case '(', ')':
		w := min(0.3*sz+0.04*height, 0.6*sz)
		curve(b, r == ')', w, side, func(s float64) (float64, float64) {
			// a cubic from the top, bulging out to the left, to the bottom
			x := w * (1 - 3*s*(1-s)*1.33)
			return x, top + (bot-top)*s
		}, t)
		b.w = w + 2*side
	case '{', '}':
		w := 0.45 * sz
		k := min(0.2*height, 0.35*sz)
		curve(b, r == '}', w, side, func(s float64) (float64, float64) {
			y := top + (bot-top)*s
			var x float64
			switch d := math.Abs(y - mid); {
			case d < k: // the tip: a quarter curve into the middle point
				u := d / k
				x = 0.5 * w * (1 - (1-u)*(1-u))
			case bot-y < k || y-top < k: // the ends: curl out to the right
				e := min(bot-y, y-top) / k
				x = 0.5*w + 0.5*w*(1-e)*(1-e)
			default:
				x = 0.5 * w
			}
			return x, y
		}, t)
		b.w = w + 2*side
	case '[', ']', '⌊', '⌋', '⌈', '⌉':
		w := 0.35 * sz
		x := side
		if r == ']' || r == '⌋' || r == '⌉' {
			x = side + w - t
		}
		b.rule(x, top, t, bot-top)
		hx := side
		if r != '⌊' && r != '⌋' {
			b.rule(hx, top, w, t)
		}
		if r != '⌈' && r != '⌉' {
			b.rule(hx, bot-t, w, t)
		}
		b.w = w + 2*side
	case '|', '∣':
		b.rule(side, top, t*0.8, bot-top)
		b.w = t + 2*side
	case '‖', '∥':
		b.rule(side, top, t*0.8, bot-top)
		b.rule(side+3*t, top, t*0.8, bot-top)
		b.w = 4*t + 2*side
	case '⟨', '⟩', '<', '>':
		w := min(0.25*sz+0.1*height, 0.6*sz)
		x0, x1 := side+w, side
		if r == '⟩' || r == '>' {
			x0, x1 = side, side+w
		}
		b.stroke(x0, top, x1, mid, t)
		b.stroke(x1, mid, x0, bot, t)
		b.w = w + 2*side
	default:
		g := glyphBox(fonts.Regular, sz*height/max(1.0*sz, 0.1), string(r))
		centerOnAxis(g, sz)
		return g
	}
	return b
}

// curve strokes a delimiter along f (s from 0 at the top to 1 at the
// bottom, x from 0 at the left) in short segments, mirrored for closers,
// thicker in the middle as a pen would draw it.
func curve(b *box, mirror bool, w, side float64, f func(s float64) (x, y float64), t float64) {
	const steps = 24
	px, py := f(0)
	for i := 1; i <= steps; i++ {
		s := float64(i) / steps
		x, y := f(s)
		x0, x1 := side+px, side+x
		if mirror {
			x0, x1 = side+w-px, side+w-x
		}
		thick := t * (0.7 + 0.6*math.Sin(math.Pi*(s-0.5/steps)))
		// overlap the segments a little so no gap shows at the joints
		if l := math.Hypot(x1-x0, y-py); l > 0 {
			ex, ey := (x1-x0)/l*thick*0.3, (y-py)/l*thick*0.3
			b.stroke(x0-ex, py-ey, x1+ex, y+ey, thick)
		}
		px, py = x, y
	}
}

// wrapDelims puts delimiters around in, as tall as it is about the axis.
func wrapDelims(in *box, l, r rune, c ctx) *box {
	sz := c.size()
	axis := axisHeight(sz)
	height := 2*max(in.h-axis, in.d+axis, 0.5*sz) + 0.1*sz
	lb, rb := delimBox(l, height, c), delimBox(r, height, c)
	out := &box{cls: cInner}
	out.put(lb, 0, 0)
	out.put(in, lb.w, 0)
	out.put(rb, lb.w+in.w, 0)
	out.w = lb.w + in.w + rb.w
	out.h = max(lb.h, in.h, rb.h)
	out.d = max(lb.d, in.d, rb.d)
	return out
}

// leftRightBox sets \left … \right.
func leftRightBox(n nLeft, c ctx) *box {
	return wrapDelims(hlist(n.body, c), n.l, n.r, c)
}
