package chart

import (
	"fmt"
	"image/color"
	"math"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
)

// drawParts: one bar per part, the last run's total against the part's budget.
func (r *report) partsHead() head {
	return head{"Time per part in the last run", "Bars: time spent on each part. Black lines: the part's budget.", statusLegend()}
}

func (r *report) drawParts(c draw.Canvas, t theme) {
	k := len(r.partSecs)
	p := t.newPlot("", "Time (m:ss)")
	p.X.Min, p.X.Max = -0.5, float64(k)-0.5
	p.Y.Min, p.Y.Max = 0, headroom(1.25, r.partSecs, r.partBudget)
	p.Y.Tick.Marker = clockTicks{n: ticksFor(c.Max.Y-c.Min.Y, t)}
	p.X.Tick.Length = 0
	p.X.Tick.Marker = partTicks(r, t, c)
	xs := make([]float64, k)
	tops := make([]float64, k)
	texts := make([]string, k)
	cols := make([]color.Color, k)
	for i := range xs {
		xs[i] = float64(i)
		tops[i] = r.partSecs[i]
		cols[i] = status(r.partSecs[i], r.partBudget[i])
		texts[i] = clockLabel(r.partSecs[i])
		if b := r.partBudget[i]; b > 0 {
			texts[i] += " of " + clockLabel(b)
			if over := r.partSecs[i] - b; over >= 1 {
				texts[i] += "  (+" + clockLabel(over) + ")"
			}
		}
	}
	p.Add(backdrop(t)...)
	p.Add(
		bars{width: 0.5, vals: r.partSecs, colors: cols},
		markers{xs: xs, ys: r.partBudget, half: 0.34, style: t.line(3.5, colBudget)},
		labels{xs: xs, ys: tops, avoid: r.partBudget, texts: texts, style: t.text(14, false, colText), gap: t.len(4)},
	)
	p.Draw(c)
}

// partTicks names the parts under their bars, shortened to the room each has.
func partTicks(r *report, t theme, c draw.Canvas) plot.ConstantTicks {
	k := len(r.d.Parts)
	room := (c.Max.X - c.Min.X - t.len(90)) / vg.Length(max(k, 1))
	sty := t.text(14, false, colText)
	var ticks plot.ConstantTicks
	for i, p := range r.d.Parts {
		ticks = append(ticks, plot.Tick{Value: float64(i), Label: fit(sty, fmt.Sprintf("%d. %s", p.Number, p.Title), room-t.len(8))})
	}
	return ticks
}

// drawTimeline: the talk end to end, parts as coloured pieces, the budget
// above the last run, with the duration as a line across both.
func (r *report) timelineHead() head {
	dur := r.d.Meta.Duration.Seconds()
	total := sum(r.partSecs)
	sub := "Each piece is a part, in order. "
	switch {
	case dur <= 0:
		sub += "The deck sets no duration."
	case total > dur:
		sub += fmt.Sprintf("The last run took %s, %s over the %s duration.", clockLabel(total), clockLabel(total-dur), clockLabel(dur))
	default:
		sub += fmt.Sprintf("The last run took %s, %s within the %s duration.", clockLabel(total), clockLabel(dur-total), clockLabel(dur))
	}
	var legend []legendItem
	for i, p := range r.d.Parts {
		legend = append(legend, legendItem{color: partColors[i%len(partColors)], label: shortTitle(p.Title)})
	}
	return head{"The whole talk", sub, legend}
}

func (r *report) drawTimeline(c draw.Canvas, t theme) {
	dur := r.d.Meta.Duration.Seconds()
	total, budget := sum(r.partSecs), sum(r.partBudget)
	p := t.newPlot("Time from the start (m:ss)", "")
	p.X.Min, p.X.Max = 0, math.Max(math.Max(total, budget), dur)*1.04+1
	p.X.Tick.Marker = clockTicks{n: ticksFor((c.Max.X-c.Min.X)/2, t)}
	rows := []string{"Last run", "Budget"}
	for _, b := range r.partBudget {
		if b <= 0 { // only whole budgets make a row worth comparing
			rows = rows[:1]
			break
		}
	}
	p.Y.Min, p.Y.Max = -0.5, float64(len(rows))-0.5+0.5 // room above for the duration's label
	p.Y.Tick.Marker = plot.ConstantTicks{{Value: 0, Label: rows[0]}}
	if len(rows) > 1 {
		p.Y.Tick.Marker = plot.ConstantTicks{{Value: 0, Label: rows[0]}, {Value: 1, Label: rows[1]}}
	}
	p.Y.Tick.Length = 0
	cols := make([]color.Color, len(r.d.Parts))
	names := make([]string, len(r.d.Parts))
	runTexts := make([]string, len(r.d.Parts))
	budgetTexts := make([]string, len(r.d.Parts))
	for i, pt := range r.d.Parts {
		cols[i] = partColors[i%len(partColors)]
		names[i] = pt.Title
		runTexts[i] = clockLabel(r.partSecs[i])
		budgetTexts[i] = clockLabel(r.partBudget[i])
	}
	sty := t.text(14, true, color.White)
	p.Add(whiteArea{}, gridX{style: t.line(1, colGrid)})
	p.Add(segments{y: 0, height: 0.62, lens: r.partSecs, colors: cols, texts: runTexts, style: sty, pad: t.len(4)})
	if len(rows) > 1 {
		p.Add(segments{y: 1, height: 0.62, lens: r.partBudget, colors: cols, texts: budgetTexts, style: sty, pad: t.len(4)})
	}
	if dur > 0 {
		p.Add(vline{x: dur, style: t.line(3, colRed), label: "duration " + clockLabel(dur), text: t.text(14, true, colRed)})
	}
	p.Draw(c)
}

// shortTitle keeps legend entries short.
func shortTitle(s string) string {
	r := []rune(s)
	if len(r) > 28 {
		return string(r[:27]) + "…"
	}
	return s
}

func sum(xs []float64) float64 {
	t := 0.0
	for _, x := range xs {
		t += x
	}
	return t
}
