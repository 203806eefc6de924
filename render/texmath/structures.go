package texmath

import "github.com/lectern-app/lectern/render/fonts"

// ruleWidth is the thickness of fraction bars and radical rules at size.
func ruleWidth(sz float64) float64 { return 0.055 * sz }

// scriptsBox attaches superscripts and subscripts: beside the nucleus, or
// above and below a large operator in display style.
func scriptsBox(n nScr, c ctx) *box {
	base := build(n.base, c)
	sz := c.size()
	sc := c.script()
	var sup, sub *box
	if n.sup != nil {
		sup = build(n.sup, sc)
	}
	if n.sub != nil {
		sub = build(n.sub, sc)
	}
	op, isOp := n.base.(nOp)
	if isOp && (n.limits == 1 || n.limits == 0 && op.limits && c.style == sDisplay) {
		return limitsBox(base, sup, sub, sz)
	}
	out := &box{cls: base.cls}
	out.put(base, 0, 0)
	out.w, out.h, out.d = base.w, base.h, base.d
	single := base.h <= 0.8*sz && base.d <= 0.25*sz // a character, not a tall group
	u, v := 0.0, 0.0
	if sup != nil {
		u = max(0.38*sz, sup.d+0.22*sz)
		if !single {
			u = max(u, base.h-0.3*sz)
		}
	}
	if sub != nil {
		v = max(0.18*sz, sub.h-0.55*sz)
		if !single {
			v = max(v, base.d+0.1*sz)
		}
		if sup != nil {
			if gap := (u - sup.d) - (sub.h - v); gap < 0.16*sz {
				v += 0.16*sz - gap
			}
		}
	}
	x := base.w
	subX := x
	if isOp && op.big && !op.limits { // integrals: the lower limit tucks under the slant
		subX -= 0.3 * base.w
		x += 0.05 * sz
	}
	w := x
	supX := x
	if ch, ok := n.base.(nChar); ok && c.font == fmDefault && ch.r > ' ' && (ch.r < '0' || ch.r > '9') {
		supX += 0.1 * sz // italic correction: the letter leans over its script
	}
	if s, ok := n.sup.(nSym); ok && s.r >= '′' && s.r <= '‴' {
		supX += 0.1 * sz // primes clear the letter's top
	}
	if sup != nil {
		out.put(sup, supX, -u)
		out.h = max(out.h, u+sup.h)
		w = max(w, supX+sup.w)
	}
	if sub != nil {
		out.put(sub, subX, v)
		out.d = max(out.d, v+sub.d)
		w = max(w, subX+sub.w)
	}
	out.w = w + 0.05*sz
	return out
}

// limitsBox puts scripts centred above and below a nucleus.
func limitsBox(base, sup, sub *box, sz float64) *box {
	w := base.w
	if sup != nil {
		w = max(w, sup.w)
	}
	if sub != nil {
		w = max(w, sub.w)
	}
	out := &box{w: w, h: base.h, d: base.d, cls: cOp}
	out.put(base, (w-base.w)/2, 0)
	gap := 0.15 * sz
	if sup != nil {
		y := -(base.h + gap + sup.d)
		out.put(sup, (w-sup.w)/2, y)
		out.h = -y + sup.h
	}
	if sub != nil {
		y := base.d + gap + sub.h
		out.put(sub, (w-sub.w)/2, y)
		out.d = y + sub.d
	}
	return out
}

// fracBox sets a fraction (or a binomial, with no bar and parentheses).
func fracBox(n nFrac, c ctx) *box {
	if n.style >= 0 {
		c.style = n.style
	}
	sz := c.size()
	in := c.inner()
	num, den := build(n.num, in), build(n.den, in)
	t := ruleWidth(sz)
	gap := 0.1 * sz
	if c.style == sDisplay {
		gap = 0.16 * sz
	}
	if !n.rule {
		gap *= 1.6
	}
	axis := axisHeight(sz)
	up := axis + t/2 + gap + num.d
	down := den.h + gap + t/2 - axis
	if c.style == sDisplay {
		up, down = max(up, 0.7*sz), max(down, 0.7*sz)
	}
	pad := 0.1 * sz
	w := max(num.w, den.w) + 2*pad
	out := &box{w: w, h: up + num.h, d: down + den.d, cls: cInner}
	out.put(num, (w-num.w)/2, -up)
	out.put(den, (w-den.w)/2, down)
	if n.rule {
		out.rule(pad/2, -axis-t/2, w-pad, t)
	}
	if n.l != 0 {
		return wrapDelims(out, n.l, n.r, c)
	}
	return out
}

// sqrtBox draws a radical sign of strokes with a rule over the radicand.
func sqrtBox(n nSqrt, c ctx) *box {
	sz := c.size()
	body := build(n.body, c)
	t := ruleWidth(sz)
	gap := 0.12 * sz
	if c.style == sDisplay {
		gap = 0.2 * sz
	}
	top := body.h + gap + t                 // height of the rule's top
	bottom := max(body.d, 0.1*sz) + 0.05*sz // depth of the sign's foot
	hgt := top + bottom
	sw := min(0.5*sz+0.08*hgt, 0.9*sz)
	x0 := 0.0
	out := &box{cls: cOrd}
	if n.index != nil {
		ic := c
		ic.style = sScriptScript
		idx := build(n.index, ic)
		x0 = max(0, idx.w-0.45*sw)
		out.put(idx, x0+0.45*sw-idx.w, -(0.45*hgt-bottom)-idx.d-0.05*sz)
		out.h = 0.45*hgt - bottom + idx.d + idx.h + 0.05*sz
	}
	yTop, yBot := -top+t/2, bottom
	yMid := yTop + 0.55*(yBot-yTop)
	out.stroke(x0, yMid+0.06*hgt, x0+0.2*sw, yMid, t*0.9)
	out.stroke(x0+0.2*sw, yMid, x0+0.5*sw, yBot, t*1.7)
	out.stroke(x0+0.5*sw, yBot, x0+sw, yTop, t)
	out.rule(x0+sw-t*0.3, -top, body.w+0.15*sz+t*0.3, t)
	out.put(body, x0+sw+0.08*sz, 0)
	out.w = x0 + sw + body.w + 0.2*sz
	out.h = max(out.h, top+0.05*sz)
	out.d = max(body.d, bottom+t)
	return out
}

// accentBox puts a mark over (or a line under) its base.
func accentBox(n nAcc, c ctx) *box {
	sz := c.size()
	body := build(n.body, c)
	out := &box{w: body.w, h: body.h, d: body.d, cls: body.cls}
	out.put(body, 0, 0)
	t := ruleWidth(sz)
	gap := 0.08 * sz
	skew := 0.0
	if _, ok := n.body.(nChar); ok && c.font == fmDefault {
		skew = 0.08 * sz // italic letters lean right
	}
	switch n.mark {
	case '-':
		y := -(body.h + gap + t)
		out.rule(0.05*sz, y, body.w-0.05*sz, t)
		out.h = -y
		return out
	case '_':
		y := body.d + gap
		out.rule(0, y, body.w, t)
		out.d = y + t
		return out
	case '→':
		w := max(body.w, 0.45*sz)
		y := -(body.h + gap + 0.1*sz)
		x0 := (body.w-w)/2 + skew
		out.stroke(x0, y, x0+w, y, t)
		out.stroke(x0+w-0.15*sz, y-0.1*sz, x0+w, y, t)
		out.stroke(x0+w-0.15*sz, y+0.1*sz, x0+w, y, t)
		out.h = -y + 0.12*sz
		out.w = max(out.w, w)
		return out
	}
	msz := sz
	if n.name == "widehat" || n.name == "widetilde" {
		msz = sz * min(3, max(1, body.w/(0.45*sz)))
	}
	f, _ := fonts.Resolve(fonts.Regular, n.mark)
	m := ink(f, n.mark)
	mark := glyphBox(fonts.Regular, msz, string(n.mark))
	base := body.h + gap + m.desc*msz
	out.put(mark, (body.w-mark.w)/2+skew, -base)
	out.h = base + m.asc*msz
	return out
}

// stackBox sets \overset and \underset: a script-size line over or under.
func stackBox(n nStack, c ctx) *box {
	sz := c.size()
	base := build(n.base, c)
	var over, under *box
	if n.over != nil {
		over = build(n.over, c.script())
	}
	if n.under != nil {
		under = build(n.under, c.script())
	}
	out := limitsBox(base, over, under, sz*0.5)
	out.cls = base.cls
	return out
}

// boxedBox frames its body.
func boxedBox(n nBoxed, c ctx) *box {
	sz := c.size()
	body := build(n.body, c)
	pad, t := 0.25*sz, ruleWidth(sz)*0.8
	out := &box{w: body.w + 2*pad, h: body.h + pad, d: body.d + pad, cls: cOrd}
	out.put(body, pad, 0)
	out.rule(0, -out.h, out.w, t)
	out.rule(0, out.d-t, out.w, t)
	out.rule(0, -out.h, t, out.h+out.d)
	out.rule(out.w-t, -out.h, t, out.h+out.d)
	return out
}
