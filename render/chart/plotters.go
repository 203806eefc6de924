package chart

import (
	"image/color"
	"math"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/text"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"

	"github.com/lectern-app/lectern/internal/rehearse"
)

// bars draws vertical bars at x = x0 + i + offset, each with its own colour.
// Width and offset are in data units along x.
type bars struct {
	x0, offset, width float64
	vals              []float64
	colors            []color.Color
}

func (b bars) Plot(c draw.Canvas, p *plot.Plot) {
	trX, trY := p.Transforms(&c)
	for i, v := range b.vals {
		if v <= 0 {
			continue
		}
		x := b.x0 + float64(i) + b.offset
		l, r := trX(x-b.width/2), trX(x+b.width/2)
		bot, top := trY(0), trY(v)
		c.FillPolygon(b.colors[i%len(b.colors)], c.ClipPolygonXY([]vg.Point{{X: l, Y: bot}, {X: l, Y: top}, {X: r, Y: top}, {X: r, Y: bot}}))
	}
}

// markers draws a short horizontal line at each (x, y): the budget of a bar.
type markers struct {
	xs, ys []float64
	half   float64 // half the line's length, in data units along x
	style  draw.LineStyle
}

func (m markers) Plot(c draw.Canvas, p *plot.Plot) {
	trX, trY := p.Transforms(&c)
	for i, y := range m.ys {
		if y <= 0 {
			continue
		}
		c.StrokeLines(m.style, c.ClipLinesXY([]vg.Point{{X: trX(m.xs[i] - m.half), Y: trY(y)}, {X: trX(m.xs[i] + m.half), Y: trY(y)}})...)
	}
}

// bands shades every other x range (the parts) and writes its label at the top.
type bands struct {
	ranges [][2]float64
	labels []string
	style  text.Style
	pad    vg.Length
}

func (b bands) Plot(c draw.Canvas, p *plot.Plot) {
	trX, _ := p.Transforms(&c)
	for i, r := range b.ranges {
		l, rt := trX(r[0]), trX(r[1])
		if i%2 == 0 {
			c.FillPolygon(colBand, []vg.Point{{X: l, Y: c.Min.Y}, {X: l, Y: c.Max.Y}, {X: rt, Y: c.Max.Y}, {X: rt, Y: c.Min.Y}})
		}
		if i < len(b.labels) {
			if s := fit(b.style, b.labels[i], rt-l-2*b.pad); s != "" {
				c.FillText(b.style, vg.Point{X: l + b.pad, Y: c.Max.Y - b.pad}, s)
			}
		}
	}
}

// labels writes texts centred above points, a gap apart. When a budget line
// (avoid) would cross a label, the label goes above the line instead.
type labels struct {
	xs, ys []float64
	avoid  []float64 // optional, by index: y of a line the label must not cross
	texts  []string
	style  text.Style
	gap    vg.Length
}

func (l labels) Plot(c draw.Canvas, p *plot.Plot) {
	trX, trY := p.Transforms(&c)
	sty := l.style
	sty.XAlign, sty.YAlign = draw.XCenter, draw.YBottom
	for i, t := range l.texts {
		if t == "" {
			continue
		}
		y := trY(l.ys[i]) + l.gap
		if i < len(l.avoid) && l.avoid[i] > 0 {
			line := trY(l.avoid[i])
			if h := sty.Height(t); line >= y-l.gap && line <= y+h+l.gap {
				y = line + 2*l.gap
			}
		}
		c.FillText(sty, vg.Point{X: trX(l.xs[i]), Y: y}, t)
	}
}

// hline draws a horizontal line across the plot at y with a label at its right end.
type hline struct {
	y     float64
	style draw.LineStyle
	label string
	text  text.Style
}

func (h hline) Plot(c draw.Canvas, p *plot.Plot) {
	_, trY := p.Transforms(&c)
	y := trY(h.y)
	c.StrokeLine2(h.style, c.Min.X, y, c.Max.X, y)
	if h.label != "" {
		sty := h.text
		sty.XAlign, sty.YAlign = draw.XRight, draw.YBottom
		c.FillText(sty, vg.Point{X: c.Max.X - h.style.Width*2, Y: y + h.style.Width}, h.label)
	}
}

// vline draws a vertical line down the plot at x with a label at its top.
type vline struct {
	x     float64
	style draw.LineStyle
	label string
	text  text.Style
}

func (v vline) Plot(c draw.Canvas, p *plot.Plot) {
	trX, _ := p.Transforms(&c)
	x := trX(v.x)
	c.StrokeLine2(v.style, x, c.Min.Y, x, c.Max.Y)
	if v.label != "" {
		sty := v.text
		sty.XAlign, sty.YAlign = draw.XRight, draw.YTop
		if x-sty.Width(v.label) < c.Min.X {
			sty.XAlign = draw.XLeft
			x += v.style.Width * 3
		} else {
			x -= v.style.Width * 3
		}
		c.FillText(sty, vg.Point{X: x, Y: c.Max.Y}, v.label)
	}
}

// segments draws one horizontal row of consecutive coloured pieces (the
// parts along the talk) centred on y, labelling those wide enough.
type segments struct {
	y, height float64 // in data units along y
	lens      []float64
	colors    []color.Color
	texts     []string
	style     text.Style
	pad       vg.Length
}

func (s segments) Plot(c draw.Canvas, p *plot.Plot) {
	trX, trY := p.Transforms(&c)
	start := 0.0
	bot, top := trY(s.y-s.height/2), trY(s.y+s.height/2)
	for i, w := range s.lens {
		l, r := trX(start), trX(start+w)
		start += w
		if w <= 0 {
			continue
		}
		c.FillPolygon(s.colors[i%len(s.colors)], c.ClipPolygonXY([]vg.Point{{X: l, Y: bot}, {X: l, Y: top}, {X: r, Y: top}, {X: r, Y: bot}}))
		c.StrokeLine2(draw.LineStyle{Color: color.White, Width: s.pad / 2}, r, bot, r, top)
		if i < len(s.texts) {
			sty := s.style
			sty.XAlign, sty.YAlign = draw.XCenter, draw.YCenter
			if t := fit(sty, s.texts[i], r-l-2*s.pad); t != "" && sty.Height(t) <= top-bot {
				c.FillText(sty, vg.Point{X: (l + r) / 2, Y: (bot + top) / 2}, t)
			}
		}
	}
}

// fit shortens s with an ellipsis until it is no wider than w; "" when even
// one letter does not fit.
func fit(sty text.Style, s string, w vg.Length) string {
	if sty.Width(s) <= w {
		return s
	}
	r := []rune(s)
	for n := len(r) - 1; n > 0; n-- {
		t := string(r[:n]) + "…"
		if sty.Width(t) <= w {
			return t
		}
	}
	return ""
}

// clockTicks marks a seconds axis at round clock times, labelled "m:ss",
// at most n of them (7 when n is 0).
type clockTicks struct{ n int }

// ticksFor is how many labelled ticks fit along a length, at least 2.
func ticksFor(length vg.Length, t theme) int {
	return min(7, max(2, int(length/t.len(34))))
}

func (ct clockTicks) Ticks(min, max float64) []plot.Tick {
	n := ct.n
	if n <= 0 {
		n = 7
	}
	steps := []float64{5, 10, 15, 30, 60, 120, 300, 600, 900, 1800, 3600, 7200, 14400}
	step := steps[len(steps)-1]
	for _, s := range steps {
		if (max-min)/s <= float64(n) {
			step = s
			break
		}
	}
	var ticks []plot.Tick
	for v := math.Ceil(min/step) * step; v <= max+1e-9; v += step {
		ticks = append(ticks, plot.Tick{Value: v, Label: clockLabel(v)})
	}
	return ticks
}

func clockLabel(secs float64) string { return rehearse.FormatClock(seconds(secs)) }

// nominal labels x = 0 … n-1 with names, showing every k-th when crowded.
func nominal(names []string, every int) plot.ConstantTicks {
	if every < 1 {
		every = 1
	}
	var t plot.ConstantTicks
	for i, n := range names {
		if i%every != 0 && i != len(names)-1 {
			n = ""
		}
		t = append(t, plot.Tick{Value: float64(i), Label: n})
	}
	return t
}

var (
	_ plot.Plotter = bars{}
	_ plot.Plotter = markers{}
	_ plot.Plotter = bands{}
	_ plot.Plotter = labels{}
	_ plot.Plotter = hline{}
	_ plot.Plotter = vline{}
	_ plot.Plotter = segments{}
	_ plot.Ticker  = clockTicks{}
)
