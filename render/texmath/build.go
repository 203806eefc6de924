package texmath

import (
	"github.com/lectern-app/lectern/render/fonts"
)

// Math styles, as in TeX.
const (
	sDisplay = iota
	sText
	sScript
	sScriptScript
)

// ctx is how a list is set: the text size, the style and the letter font.
type ctx struct {
	base  float64
	style int
	font  fontMode
}

func (c ctx) size() float64 { return c.base * [...]float64{1, 1, 0.7, 0.5}[c.style] }

// script is the style of c's superscripts and subscripts.
func (c ctx) script() ctx {
	c.style = max(sScript, min(c.style+1, sScriptScript))
	return c
}

// inner is the style of a fraction's numerator and denominator.
func (c ctx) inner() ctx {
	c.style = min(c.style+1, sScriptScript)
	return c
}

// cSpace marks a spacing box: it takes no part in atom spacing.
const cSpace class = -1

// hlist sets a list of atoms left to right with TeX's spacing between them.
func hlist(list []node, c ctx) *box {
	out := &box{cls: cOrd}
	prev := class(-2)
	var boxes []*box
	slash := false
	for _, n := range list {
		if st, ok := n.(nStyle); ok {
			c.style = st.style
			continue
		}
		if s, ok := n.(nSym); ok && s.r == '̸' {
			slash = true
			continue
		}
		b := build(n, c)
		if b.cls == cBin && (prev < 0 || prev == cBin || prev == cOp || prev == cRel || prev == cOpen || prev == cPunct) {
			b.cls = cOrd
		}
		if slash {
			sz := c.size()
			b.stroke(b.w*0.15, b.d+0.1*sz, b.w*0.85, -b.h-0.1*sz, 0.06*sz)
			slash = false
		}
		if b.cls != cSpace {
			if prev >= 0 && len(boxes) > 0 {
				if (b.cls == cRel || b.cls == cClose || b.cls == cPunct) && boxes[len(boxes)-1].cls == cBin {
					boxes[len(boxes)-1].cls = cOrd
				}
			}
			prev = b.cls
		}
		boxes = append(boxes, b)
	}
	if n := len(boxes); n > 0 && boxes[n-1].cls == cBin {
		boxes[n-1].cls = cOrd
	}
	x := 0.0
	last := class(-2)
	mu := c.size() / 18
	for _, b := range boxes {
		if b.cls != cSpace {
			if last >= 0 {
				x += spacing(last, b.cls, c.style >= sScript) * mu
			}
			last = b.cls
		}
		out.put(b, x, 0)
		x += b.w
		out.h = max(out.h, b.h)
		out.d = max(out.d, b.d)
	}
	out.w = x
	if len(boxes) == 1 {
		out.cls = boxes[0].cls
	}
	return out
}

// build sets one node.
func build(n node, c ctx) *box {
	sz := c.size()
	switch n := n.(type) {
	case nChar:
		r, f := charFont(n.r, c.font)
		b := glyphBox(f, sz, string(r))
		b.cls = charClass(n.r)
		return b
	case nSym:
		f := fonts.Regular
		if c.font == fmBold || c.font == fmBoldItalic {
			f = fonts.Bold
		}
		b := glyphBox(f, sz, string(n.r))
		b.cls = n.cls
		return b
	case nGroup:
		b := hlist(n.list, c)
		if len(n.list) != 1 {
			b.cls = cOrd
		}
		return b
	case nOp:
		return opBox(n, c)
	case nScr:
		return scriptsBox(n, c)
	case nFrac:
		return fracBox(n, c)
	case nSqrt:
		return sqrtBox(n, c)
	case nAcc:
		return accentBox(n, c)
	case nFont:
		c.font = n.font
		b := build(n.body, c)
		return b
	case nText:
		b := glyphBox(textFont(n.font), sz, n.text)
		b.cls = cOrd
		return b
	case nSpace:
		return &box{w: n.em * sz, cls: cSpace}
	case nLeft:
		return leftRightBox(n, c)
	case nBig:
		b := delimBox(n.r, n.scale*sz, c)
		b.cls = n.cls
		return b
	case nEnv:
		return envBox(n, c)
	case nStack:
		return stackBox(n, c)
	case nBoxed:
		return boxedBox(n, c)
	case nStyle:
		return &box{cls: cSpace}
	}
	return &box{}
}

// charFont is the character and face a typed character is set in.
func charFont(r rune, m fontMode) (rune, fonts.Font) {
	letter := r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z'
	lowerGreek := r >= 'α' && r <= 'ω' || r == 'ϵ' || r == 'ϑ' || r == 'ϖ' || r == 'ϱ' || r == 'ϕ'
	switch r {
	case '-':
		r = '−'
	case '*':
		r = '∗'
	}
	switch m {
	case fmDefault:
		if letter || lowerGreek {
			return r, fonts.Italic
		}
	case fmBold:
		return r, fonts.Bold
	case fmBoldItalic:
		if letter || lowerGreek {
			return r, fonts.BoldItalic
		}
		return r, fonts.Bold
	case fmItalic:
		return r, fonts.Italic
	case fmMono:
		return r, fonts.Mono
	case fmBB, fmCal, fmFrak:
		return alphabet(r, m), fonts.Regular
	}
	return r, fonts.Regular
}

// alphabet maps a letter to Unicode's mathematical double-struck, script or
// fraktur letters (the few that were in Unicode before are elsewhere).
func alphabet(r rune, m fontMode) rune {
	type set struct {
		upper, lower, digit rune
		holes               map[rune]rune
	}
	sets := map[fontMode]set{
		fmBB: {0x1D538, 0x1D552, 0x1D7D8, map[rune]rune{'C': 'ℂ', 'H': 'ℍ', 'N': 'ℕ', 'P': 'ℙ', 'Q': 'ℚ', 'R': 'ℝ', 'Z': 'ℤ'}},
		fmCal: {0x1D49C, 0x1D4B6, 0, map[rune]rune{'B': 'ℬ', 'E': 'ℰ', 'F': 'ℱ', 'H': 'ℋ', 'I': 'ℐ', 'L': 'ℒ', 'M': 'ℳ', 'R': 'ℛ',
			'e': 'ℯ', 'g': 'ℊ', 'o': 'ℴ'}},
		fmFrak: {0x1D504, 0x1D51E, 0, map[rune]rune{'C': 'ℭ', 'H': 'ℌ', 'I': 'ℑ', 'R': 'ℜ', 'Z': 'ℨ'}},
	}
	s := sets[m]
	if h, ok := s.holes[r]; ok {
		return h
	}
	switch {
	case r >= 'A' && r <= 'Z':
		return s.upper + r - 'A'
	case r >= 'a' && r <= 'z':
		return s.lower + r - 'a'
	case r >= '0' && r <= '9' && s.digit != 0:
		return s.digit + r - '0'
	}
	return r
}

func textFont(m fontMode) fonts.Font {
	switch m {
	case fmBold:
		return fonts.Bold
	case fmItalic:
		return fonts.Italic
	case fmMono:
		return fonts.Mono
	}
	return fonts.Regular
}

// centerOnAxis moves b up or down so its middle is on the math axis.
func centerOnAxis(b *box, sz float64) {
	shift := axisHeight(sz) - (b.h-b.d)/2
	for i := range b.items {
		b.items[i].y -= shift
		if b.items[i].kind == kStroke {
			b.items[i].y2 -= shift
		}
	}
	b.h += shift
	b.d -= shift
}

// opBox sets a large operator (bigger in display style, centred on the
// axis) or an operator name.
func opBox(n nOp, c ctx) *box {
	sz := c.size()
	if !n.big {
		b := glyphBox(fonts.Regular, sz, n.text)
		b.cls = cOp
		return b
	}
	scale := 1.3
	integral := !n.limits
	switch {
	case c.style == sDisplay && integral:
		scale = 2.1
	case c.style == sDisplay:
		scale = 1.75
	case integral:
		scale = 1.5
	}
	b := glyphBox(fonts.Regular, sz*scale, n.text)
	centerOnAxis(b, sz)
	b.cls = cOp
	return b
}
