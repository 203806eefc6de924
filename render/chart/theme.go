package chart

import (
	"image/color"

	xfont "golang.org/x/image/font"
	"gonum.org/v1/plot"
	"gonum.org/v1/plot/font"
	"gonum.org/v1/plot/text"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
)

// designWidth is the width, in points, the report is laid out for; the
// canvas's DPI is chosen so that any pixel width maps to about this.
const designWidth = 1200

var (
	colOK      = color.RGBA{0x3b, 0x75, 0xaf, 0xff} // within budget
	colAmber   = color.RGBA{0xe8, 0x9a, 0x1c, 0xff} // over budget, by up to amberLimit
	colRed     = color.RGBA{0xc8, 0x32, 0x2a, 0xff} // further over
	colBudget  = color.RGBA{0x1a, 0x1a, 0x1a, 0xff}
	colText    = color.RGBA{0x22, 0x22, 0x22, 0xff}
	colMuted   = color.RGBA{0x66, 0x66, 0x66, 0xff}
	colGrid    = color.RGBA{0xdd, 0xdd, 0xdd, 0xff}
	colBand    = color.RGBA{0xf1, 0xf3, 0xf6, 0xff}
	colPanel   = color.RGBA{0xfa, 0xfa, 0xfa, 0xff}
	colDivider = color.RGBA{0xcc, 0xcc, 0xcc, 0xff}
	// Part colours on the timeline, chosen to stay apart in greyscale too.
	partColors = []color.RGBA{
		{0x4e, 0x79, 0xa7, 0xff}, {0xf2, 0x8e, 0x2b, 0xff}, {0x59, 0xa1, 0x4f, 0xff},
		{0xb0, 0x7a, 0xa1, 0xff}, {0x9c, 0x75, 0x5f, 0xff}, {0x76, 0xb7, 0xb2, 0xff},
		{0xed, 0xc9, 0x48, 0xff}, {0xe1, 0x57, 0x59, 0xff}, {0xba, 0xb0, 0xac, 0xff},
	}
)

// amberLimit is how far over its budget (as a fraction) a bar stays amber before it turns red.
const amberLimit = 0.2

// status colours a time against its budget.
func status(secs, budget float64) color.Color {
	switch {
	case budget <= 0 || secs <= budget:
		return colOK
	case secs <= budget*(1+amberLimit):
		return colAmber
	}
	return colRed
}

// runColor shades run i of n from light (oldest) to dark (newest).
func runColor(i, n int) color.Color {
	if n <= 1 {
		return colOK
	}
	f := float64(i) / float64(n-1) // 0 oldest … 1 newest
	light := [3]float64{0xc6, 0xdb, 0xef}
	dark := [3]float64{0x08, 0x3d, 0x7f}
	mix := func(k int) uint8 { return uint8(light[k] + (dark[k]-light[k])*f) }
	return color.RGBA{mix(0), mix(1), mix(2), 0xff}
}

// theme scales fonts and strokes with the canvas.
type theme struct{ s float64 }

func (t theme) len(pt float64) vg.Length { return vg.Length(pt * t.s) }

func (t theme) text(size float64, bold bool, c color.Color) text.Style {
	f := font.Font{Typeface: "Liberation", Variant: "Sans", Size: t.len(size)}
	if bold {
		f.Weight = xfont.WeightBold
	}
	return text.Style{Color: c, Font: f, XAlign: draw.XLeft, YAlign: draw.YTop, Handler: plot.DefaultTextHandler}
}

func (t theme) line(width float64, c color.Color) draw.LineStyle {
	return draw.LineStyle{Color: c, Width: t.len(width)}
}

// newPlot makes a plot without title or legend, with large axis text.
func (t theme) newPlot(xLabel, yLabel string) *plot.Plot {
	p := plot.New()
	p.BackgroundColor = color.Transparent
	for _, a := range []*plot.Axis{&p.X, &p.Y} {
		a.Label.TextStyle.Font = t.text(16, false, colText).Font
		a.Label.TextStyle.Color = colText
		a.Label.Padding = t.len(6)
		a.Tick.Label.Font = t.text(14, false, colText).Font
		a.Tick.Label.Color = colText
		a.Tick.Length = t.len(5)
		a.Tick.LineStyle = t.line(1, colMuted)
		a.LineStyle = t.line(1, colMuted)
		a.Padding = 0
	}
	p.X.Label.Text = xLabel
	p.Y.Label.Text = yLabel
	return p
}
