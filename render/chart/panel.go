package chart

import (
	"image/color"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
)

// legendItem is a swatch (or a line, for budgets) and its label.
type legendItem struct {
	color color.Color
	line  bool
	label string
}

// head is what a panel says above its chart.
type head struct {
	title, sub string
	legend     []legendItem
}

// panelTitle writes a panel's title at its top left, the subtitle under it,
// and the legend at its top right, or in rows of its own under the subtitle
// when it does not fit there. It returns the canvas left below them. With
// ink false it draws nothing, to measure.
func panelTitle(c draw.Canvas, t theme, h head, ink bool) draw.Canvas {
	ts := t.text(titleSize, true, colText)
	if ink {
		c.FillText(ts, vg.Point{X: c.Min.X, Y: c.Max.Y}, h.title)
	}
	titleW := ts.Width(h.title)
	rowH := ts.Height(h.title)
	y := c.Max.Y - rowH - t.len(4)
	if h.sub != "" {
		ss := t.text(legendSize, false, colMuted)
		for _, line := range wrap(ss, h.sub, c.Max.X-c.Min.X) {
			if ink {
				c.FillText(ss, vg.Point{X: c.Min.X, Y: y}, line)
			}
			y -= ss.Height(line) + t.len(4)
		}
	}
	if len(h.legend) > 0 {
		ls := t.text(legendSize, false, colText)
		sw, sp, item := t.len(16), t.len(6), t.len(20)
		widths := make([]vg.Length, len(h.legend))
		var total vg.Length
		for i, it := range h.legend {
			widths[i] = sw + sp + ls.Width(it.label)
			total += widths[i] + item
		}
		total -= item
		x := c.Max.X - total
		ly := c.Max.Y - (rowH-sw)/2 // centre the swatches on the title row
		beside := x >= c.Min.X+titleW+t.len(30)
		if !beside { // rows of their own under the subtitle, wrapped
			x, ly = c.Min.X, y-t.len(2)
		}
		for i, it := range h.legend {
			if !beside && x > c.Min.X && x+widths[i] > c.Max.X {
				x, ly = c.Min.X, ly-sw-t.len(8)
			}
			if ink {
				if it.line {
					c.StrokeLine2(t.line(3, it.color), x, ly-sw/2, x+sw, ly-sw/2)
				} else {
					c.FillPolygon(it.color, []vg.Point{{X: x, Y: ly - sw}, {X: x, Y: ly}, {X: x + sw, Y: ly}, {X: x + sw, Y: ly - sw}})
				}
				lsty := ls
				lsty.YAlign = draw.YCenter
				c.FillText(lsty, vg.Point{X: x + sw + sp, Y: ly - sw/2}, it.label)
			}
			x += widths[i] + item
		}
		if !beside {
			y = ly - sw - t.len(8)
		}
	}
	c.Max.Y = y - t.len(6)
	return c
}

// headHeight measures what panelTitle takes on a canvas w wide.
func headHeight(t theme, w vg.Length, h head) vg.Length {
	c := draw.Canvas{Rectangle: vg.Rectangle{Max: vg.Point{X: w, Y: 10000}}}
	return 10000 - panelTitle(c, t, h, false).Max.Y
}

// backdrop is what goes under the data: a white area and light grid lines
// at the y ticks, with any shading in between.
func backdrop(t theme, shading ...plot.Plotter) []plot.Plotter {
	out := append([]plot.Plotter{whiteArea{}}, shading...)
	return append(out, gridY{style: t.line(1, colGrid)})
}

type whiteArea struct{}

func (whiteArea) Plot(c draw.Canvas, _ *plot.Plot) {
	c.FillPolygon(color.White, []vg.Point{{X: c.Min.X, Y: c.Min.Y}, {X: c.Min.X, Y: c.Max.Y}, {X: c.Max.X, Y: c.Max.Y}, {X: c.Max.X, Y: c.Min.Y}})
}

type gridY struct{ style draw.LineStyle }

func (g gridY) Plot(c draw.Canvas, p *plot.Plot) {
	_, trY := p.Transforms(&c)
	for _, tk := range p.Y.Tick.Marker.Ticks(p.Y.Min, p.Y.Max) {
		if tk.IsMinor() || tk.Value <= p.Y.Min || tk.Value > p.Y.Max {
			continue
		}
		y := trY(tk.Value)
		c.StrokeLine2(g.style, c.Min.X, y, c.Max.X, y)
	}
}

type gridX struct{ style draw.LineStyle }

func (g gridX) Plot(c draw.Canvas, p *plot.Plot) {
	trX, _ := p.Transforms(&c)
	for _, tk := range p.X.Tick.Marker.Ticks(p.X.Min, p.X.Max) {
		if tk.IsMinor() || tk.Value <= p.X.Min || tk.Value > p.X.Max {
			continue
		}
		x := trX(tk.Value)
		c.StrokeLine2(g.style, x, c.Min.Y, x, c.Max.Y)
	}
}
