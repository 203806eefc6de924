package chart

import (
	"fmt"
	"image/color"
	"math"
	"sort"
	"strconv"
	"strings"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/vg/draw"

	"github.com/lectern-app/lectern/internal/deck"
)

// drawSlides: bars of the last run's time per slide, coloured against each
// slide's budget, the budget as a black line, the parts shaded behind.
func (r *report) slidesHead() head {
	last := r.runs[len(r.runs)-1]
	sub := "Run of " + when(last.Started) + ". Bars: time spent on each slide. Black lines: " + budgetWords(r.d) + "."
	return head{"Time per slide in the last run", sub, statusLegend()}
}

func (r *report) drawSlides(c draw.Canvas, t theme) {
	n := len(r.slideSecs)
	p := t.newPlot("Slide", "Time (m:ss)")
	p.X.Min, p.X.Max = -0.5, float64(n)-0.5
	p.Y.Min, p.Y.Max = 0, headroom(1.3, r.slideSecs, r.slideBudget)
	p.Y.Tick.Marker = clockTicks{n: ticksFor(c.Max.Y-c.Min.Y, t)}
	names := make([]string, n)
	xs := make([]float64, n)
	tops := make([]float64, n)
	texts := make([]string, n)
	cols := make([]color.Color, n)
	for i := range names {
		names[i] = strconv.Itoa(i + 1)
		xs[i] = float64(i)
		tops[i] = r.slideSecs[i]
		cols[i] = status(r.slideSecs[i], r.slideBudget[i])
		if n <= 30 {
			texts[i] = clockLabel(r.slideSecs[i])
		}
	}
	p.X.Tick.Marker = nominal(names, int(math.Ceil(float64(n)/40)))
	p.X.Tick.Length = 0
	p.Add(backdrop(t, partBands(r.d, t))...)
	p.Add(
		bars{width: 0.62, vals: r.slideSecs, colors: cols},
		markers{xs: xs, ys: r.slideBudget, half: 0.42, style: t.line(3.5, colBudget)},
		labels{xs: xs, ys: tops, avoid: r.slideBudget, texts: texts, style: t.text(13, false, colText), gap: t.len(3)},
	)
	p.Draw(c)
}

// partBands shades the parts behind per-slide charts and names them.
func partBands(d *deck.Deck, t theme) plot.Plotter {
	b := bands{style: t.text(14, true, colMuted), pad: t.len(6)}
	for _, p := range d.Parts {
		b.ranges = append(b.ranges, [2]float64{float64(p.First) - 1.5, float64(p.Last) - 0.5})
		b.labels = append(b.labels, p.Title)
	}
	return b
}

// headroom is the top of a value axis: the largest value times f, at least 10 s.
func headroom(f float64, series ...[]float64) float64 {
	m := 0.0
	for _, s := range series {
		for _, v := range s {
			m = math.Max(m, v)
		}
	}
	return math.Max(m*f, 10)
}

func statusLegend() []legendItem {
	return []legendItem{
		{color: colOK, label: "within budget"},
		{color: colAmber, label: fmt.Sprintf("up to %d%% over", int(amberLimit*100))},
		{color: colRed, label: "further over"},
		{color: colBudget, line: true, label: "budget"},
	}
}

// budgetWords says where the slide budgets come from.
func budgetWords(d *deck.Deck) string {
	seen := map[deck.BudgetSource]bool{}
	for _, s := range d.Slides {
		if s.Budget > 0 {
			seen[s.BudgetSource] = true
		}
	}
	words := map[deck.BudgetSource]string{
		deck.BudgetDirective: "time: lines in the deck",
		deck.BudgetEven:      "the duration shared out",
		deck.BudgetRehearsal: "rehearsals",
	}
	var from []string
	for src, w := range words {
		if seen[src] {
			from = append(from, w)
		}
	}
	if len(from) == 0 {
		return "no budgets (the deck sets no duration)"
	}
	sort.Strings(from)
	return "budget, from " + strings.Join(from, " and ")
}
