package chart

import (
	"fmt"
	"image/color"

	"gonum.org/v1/plot/vg/draw"
)

// drawRuns: the last runs side by side, per part (left) and in total (right),
// oldest light, newest dark, so progress shows.
func (r *report) runsHead() head {
	n := len(r.runs)
	sub := fmt.Sprintf("The last %d runs, oldest lightest.", n)
	if n == 1 {
		sub = "Only one run so far: rehearse again to see progress here."
	}
	var legend []legendItem
	for i, run := range r.runs {
		legend = append(legend, legendItem{color: runColor(i, n), label: run.Started.Local().Format("2 Jan 15:04")})
	}
	legend = append(legend, legendItem{color: colBudget, line: true, label: "budget"})
	if r.d.Meta.Duration > 0 {
		legend = append(legend, legendItem{color: colRed, line: true, label: "duration"})
	}
	return head{"Runs compared", sub, legend}
}

func (r *report) drawRuns(c draw.Canvas, t theme) {
	n := len(r.runs)
	split := c.Min.X + (c.Max.X-c.Min.X)*0.68
	left, right := c, c
	left.Max.X = split - t.len(20)
	right.Min.X = split + t.len(20)

	// Per part, one bar per run.
	k := len(r.d.Parts)
	perRun := make([][]float64, n)
	var all []float64
	for j, run := range r.runs {
		secs := make([]float64, len(run.Slides))
		for i, s := range run.Slides {
			secs[i] = s.Seconds
		}
		perRun[j] = partTimes(r.d, secs)
		all = append(all, perRun[j]...)
	}
	p := t.newPlot("", "Time per part (m:ss)")
	p.X.Min, p.X.Max = -0.5, float64(k)-0.5
	p.Y.Min, p.Y.Max = 0, headroom(1.12, all, r.partBudget)
	p.Y.Tick.Marker = clockTicks{n: ticksFor(c.Max.Y-c.Min.Y, t)}
	p.X.Tick.Length = 0
	p.X.Tick.Marker = partTicks(r, t, left)
	p.Add(backdrop(t)...)
	group := 0.8
	w := group / float64(n)
	for j := range r.runs {
		p.Add(bars{offset: -group/2 + (float64(j)+0.5)*w, width: w * 0.88, vals: perRun[j], colors: []color.Color{runColor(j, n)}})
	}
	xs := make([]float64, k)
	for i := range xs {
		xs[i] = float64(i)
	}
	p.Add(markers{xs: xs, ys: r.partBudget, half: group/2 + 0.04, style: t.line(3.5, colBudget)})
	p.Draw(left)

	// Totals per run against the duration.
	totals := make([]float64, n)
	texts := make([]string, n)
	names := make([]string, n)
	cols := make([]color.Color, n)
	xr := make([]float64, n)
	for j, run := range r.runs {
		totals[j] = run.TotalS
		texts[j] = clockLabel(run.TotalS)
		names[j] = fmt.Sprintf("#%d", len(r.runs)-j)
		if j == n-1 {
			names[j] = "last"
		}
		cols[j] = runColor(j, n)
		xr[j] = float64(j)
	}
	dur := r.d.Meta.Duration.Seconds()
	q := t.newPlot("", "Whole talk (m:ss)")
	q.X.Min, q.X.Max = -0.5, float64(n)-0.5
	q.Y.Min, q.Y.Max = 0, headroom(1.18, totals, []float64{dur})
	q.Y.Tick.Marker = clockTicks{n: ticksFor(c.Max.Y-c.Min.Y, t)}
	q.X.Tick.Length = 0
	q.X.Tick.Marker = nominal(names, 1)
	q.Add(backdrop(t)...)
	q.Add(
		bars{width: 0.6, vals: totals, colors: cols},
		labels{xs: xr, ys: totals, texts: texts, style: t.text(13, false, colText), gap: t.len(3)},
	)
	if dur > 0 {
		q.Add(hline{y: dur, style: t.line(3, colRed)})
	}
	q.Draw(right)
}
