package layout

import (
	"strings"

	"github.com/lectern-app/lectern/render/fonts"
)

// piece is text in one style with its width; codePad is the padding inline
// code gets on both sides inside its box.
type piece struct {
	text string
	st   style
	w    float64
}

func codePad(st style) float64 { return 0.22 * st.size }

func newPiece(text string, st style) piece {
	p := piece{text: text, st: st}
	switch {
	case st.box != 0:
		p.w = 0.78 * st.size
	case st.math != nil:
		p.w = st.math.W * st.size
	case st.code:
		p.w = measureDir(st.font, st.size, text, st.rtl(text)) + 2*codePad(st)
	default:
		p.w = measureDir(st.font, st.size, text, st.rtl(text))
	}
	return p
}

// rtl is the direction text in this style is shaped in: that of its
// embedding level; inline code keeps the direction of its own text.
func (st style) rtl(text string) bool {
	if st.code {
		return fonts.RightToLeft(text)
	}
	return st.level%2 == 1
}

// word is an unbreakable run of pieces followed by breakable space.
type word struct {
	parts []piece
	trail []piece // the spaces after it
	w, tw float64
	brk   bool
	dirty bool // a part grew by merging: measure it again as one
}

var spaces = strings.NewReplacer("\t", " ", "\n", " ", "\r", "")

// words splits frags at spaces; inline code and checkboxes never split.
func words(frags []frag) []word {
	var out []word
	var cur word
	flush := func() {
		if cur.dirty {
			cur.w, cur.dirty = 0, false
			for i, p := range cur.parts {
				if p.w < 0 {
					cur.parts[i] = newPiece(p.text, p.st)
				}
				cur.w += cur.parts[i].w
			}
		}
		if len(cur.parts) > 0 || len(cur.trail) > 0 {
			out = append(out, cur)
		}
		cur = word{}
	}
	addPart := func(text string, st style) {
		if len(cur.trail) > 0 {
			flush()
		}
		if n := len(cur.parts); n > 0 && cur.parts[n-1].st == st && !unsplittable(cur.parts[n-1]) {
			// measured as one when the word ends: shaping joins across the seam
			cur.parts[n-1].text += text
			cur.parts[n-1].w = -1
			cur.dirty = true
			return
		}
		p := newPiece(text, st)
		cur.parts = append(cur.parts, p)
		cur.w += p.w
	}
	addSpace := func(st style) {
		if len(cur.parts) == 0 && len(out) == 0 {
			return // no leading space
		}
		p := newPiece(" ", st)
		if n := len(cur.trail); n > 0 && cur.trail[n-1].st == st {
			cur.trail[n-1].text += " "
			cur.trail[n-1].w += p.w
		} else {
			cur.trail = append(cur.trail, p)
		}
		cur.tw += p.w
	}
	for _, f := range frags {
		if f.brk {
			flush()
			out = append(out, word{brk: true, parts: []piece{{st: f.st}}})
			continue
		}
		if f.st.code || f.st.box != 0 || f.st.math != nil {
			addPart(f.text, f.st)
			continue
		}
		t := spaces.Replace(f.text)
		for t != "" {
			i := strings.IndexByte(t, ' ')
			if i < 0 {
				addPart(t, f.st)
				break
			}
			if i > 0 {
				addPart(t[:i], f.st)
			}
			addSpace(f.st)
			t = t[i+1:]
		}
	}
	flush()
	return out
}

// line is one laid-out line: pieces placed left to right from x = 0, in
// visual order (right-to-left stretches already turned around).
type line struct {
	pieces []piece
	xs     []float64
	w      float64 // width without trailing spaces
	size   float64 // largest font size on the line
	rtl    bool    // its paragraph reads right to left: aligned right
}

// breakLines fills lines of at most width greedily. base is the size an empty
// line gets. Words wider than a line are cut between characters.
func breakLines(frags []frag, width, base float64) []line {
	var lines []line
	frags, rtl := bidiFrags(frags)
	cur := line{size: base, rtl: rtl}
	x := 0.0
	finish := func() {
		// drop trailing spaces from the width and the pieces
		for len(cur.pieces) > 0 && strings.TrimSpace(cur.pieces[len(cur.pieces)-1].text) == "" && cur.pieces[len(cur.pieces)-1].st.box == 0 && cur.pieces[len(cur.pieces)-1].st.math == nil {
			cur.pieces = cur.pieces[:len(cur.pieces)-1]
			cur.xs = cur.xs[:len(cur.xs)-1]
		}
		cur.w = 0
		if n := len(cur.pieces); n > 0 {
			cur.w = cur.xs[n-1] + cur.pieces[n-1].w
		}
		toVisual(&cur)
		lines = append(lines, cur)
		cur = line{size: base, rtl: rtl}
		x = 0
	}
	place := func(p piece) {
		cur.pieces = append(cur.pieces, p)
		cur.xs = append(cur.xs, x)
		cur.size = max(cur.size, p.st.size)
		if f := p.st.math; f != nil { // room for a tall formula
			cur.size = max(cur.size, (f.Ascent+f.Descent)*p.st.size/1.1)
		}
		x += p.w
	}
	for _, wd := range splitAtBreaks(words(frags)) {
		if wd.brk {
			cur.size = max(cur.size, wd.parts[0].st.size)
			finish()
			continue
		}
		if x > 0 && x+wd.w > width+0.01 {
			finish()
		}
		if wd.w > width+0.01 {
			// Too wide for a line: text is cut between characters; a formula
			// is never cut, it starts a line when it does not fit the rest.
			for _, p := range wd.parts {
				if p.st.math != nil {
					if x > 0 && x+p.w > width+0.01 {
						finish()
					}
					place(fitFormula(p, width))
					continue
				}
				cutPiece(p, width, place, finish, func() float64 { return x })
			}
		} else {
			for _, p := range wd.parts {
				place(p)
			}
		}
		for _, p := range wd.trail {
			place(p)
		}
	}
	if len(cur.pieces) > 0 || len(lines) == 0 {
		finish()
	}
	return lines
}

// cutPiece places a piece too wide for a line in chunks cut between
// grapheme clusters, starting new lines as needed; at reports the current x.
func cutPiece(p piece, width float64, place func(piece), newLine func(), at func() float64) {
	pad := 0.0
	if p.st.code {
		pad = 2 * codePad(p.st)
	}
	rtl := p.st.rtl(p.text)
	start := 0
	w := pad
	fonts.Clusters(p.text, func(i, j int) {
		a := measureDir(p.st.font, p.st.size, p.text[i:j], rtl)
		if at()+w+a > width+0.01 && (i > start || at() > 0) {
			if i > start {
				place(newPiece(p.text[start:i], p.st))
			}
			newLine()
			start = i
			w = pad
		}
		w += a
	})
	if start < len(p.text) {
		place(newPiece(p.text[start:], p.st))
	}
}

// Alignment of lines in their box.
type align int

const (
	alignLeft align = iota
	alignCenter
	alignRight
)

// linesHeight is the height lines take at the theme's line height.
func (b *builder) linesHeight(lines []line) float64 {
	h := 0.0
	for _, l := range lines {
		h += l.size * b.th.LineHeight
	}
	return h
}

// emitLines draws lines into the box starting at (x, y) of the given width;
// it returns the height used.
func (b *builder) emitLines(lines []line, x, y, width float64, al align) float64 {
	m := fonts.VMetrics(Regular, 1)
	top := y
	for _, l := range lines {
		lh := l.size * b.th.LineHeight
		base := top + (lh-(m.Ascent+m.Descent)*l.size)/2 + m.Ascent*l.size
		dx := x
		if al == alignLeft && l.rtl {
			al = alignRight // a right-to-left paragraph starts at the right, as dir=auto does
		}
		switch al {
		case alignCenter:
			dx += (width - l.w) / 2
		case alignRight:
			dx += width - l.w
		}
		b.emitLine(l, dx, base)
		top += lh
	}
	return top - y
}

// emitLine draws one line with its baseline at base: boxes first, then text
// (merging neighbours of the same style into one run), then rules.
func (b *builder) emitLine(l line, x, base float64) {
	for i, p := range l.pieces {
		px := x + l.xs[i]
		switch {
		case p.st.code:
			b.emit(Rect{X: px, Y: base - 0.86*p.st.size, W: p.w, H: 1.12 * p.st.size,
				Fill: b.th.CodeBg, Stroke: b.th.CodeBorder, StrokeWidth: max(1, 0.03*p.st.size), Radius: 0.18 * p.st.size})
		case p.st.math != nil:
			b.drawFormula(p.st.math, p.st.size, px, base, p.st.color)
		case p.st.box != 0:
			s := 0.62 * p.st.size
			bx, by := px+0.04*p.st.size, base-0.72*p.st.size
			b.emit(Rect{X: bx, Y: by, W: s, H: s, Stroke: p.st.color, StrokeWidth: 0.07 * p.st.size, Radius: 0.1 * p.st.size})
			if p.st.box == 2 {
				lw := 0.08 * p.st.size
				b.emit(Line{X1: bx + 0.18*s, Y1: by + 0.52*s, X2: bx + 0.42*s, Y2: by + 0.76*s, Width: lw, Color: p.st.color})
				b.emit(Line{X1: bx + 0.42*s, Y1: by + 0.76*s, X2: bx + 0.84*s, Y2: by + 0.22*s, Width: lw, Color: p.st.color})
			}
		}
	}
	// a run is the pieces from..to (visual order) of one style
	type run struct {
		x, w     float64
		st       style
		from, to int
		text     string // in logical order
	}
	var runs []run
	gap := false // a formula or checkbox sits between: start a new run
	for i, p := range l.pieces {
		if p.st.box != 0 || p.st.math != nil || p.text == "" {
			gap = gap || p.st.math != nil
			continue
		}
		px := x + l.xs[i]
		if p.st.code {
			px += codePad(p.st)
		}
		if n := len(runs); n > 0 && !gap && !p.st.code && !runs[n-1].st.code && runs[n-1].st == p.st {
			r := &runs[n-1]
			r.to = i
			r.w = px + p.w - r.x
			continue
		}
		gap = false
		r := run{x: px, w: p.w, st: p.st, from: i, to: i}
		if p.st.code {
			r.w -= 2 * codePad(p.st)
		}
		runs = append(runs, r)
	}
	for k := range runs {
		runs[k].text = runText(l.pieces, runs[k].from, runs[k].to)
	}
	for _, r := range runs {
		if strings.TrimSpace(r.text) == "" {
			continue
		}
		b.emit(Text{X: r.x, Y: base, Size: r.st.size, Font: r.st.font, Color: r.st.color, Text: r.text,
			Link: r.st.link, Strike: r.st.strike, RTL: r.st.rtl(r.text)})
	}
	for _, r := range runs {
		t := strings.TrimRight(r.text, " ")
		if t == "" {
			continue
		}
		rtl := r.st.rtl(t)
		w := measureDir(r.st.font, r.st.size, t, rtl)
		x1 := r.x
		if rtl { // the spaces it ends with are on its left
			x1 = r.x + r.w - w
		}
		lw := max(1.5, 0.055*r.st.size)
		if r.st.link != "" {
			b.emit(Line{X1: x1, Y1: base + 0.12*r.st.size, X2: x1 + w, Y2: base + 0.12*r.st.size, Width: lw, Color: r.st.color})
		}
		if r.st.strike {
			y := base - 0.3*r.st.size
			b.emit(Line{X1: x1, Y1: y, X2: x1 + w, Y2: y, Width: lw, Color: r.st.color})
		}
	}
}

// fitFormula shrinks a formula wider than a whole line to the line's width:
// a formula is never cut, and nothing may leave the page.
func fitFormula(p piece, width float64) piece {
	if p.w > width && p.w > 0 {
		p.st.size *= width / p.w
		p.w = width
	}
	return p
}
