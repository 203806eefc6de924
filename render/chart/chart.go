// Package chart draws the rehearsal report: time per slide and per part
// against the budgets, recent runs side by side, and the text of what ran
// long and what to cut, as one tall picture.
package chart

import (
	"image"
	"image/png"
	"io"
	"math"
	"time"

	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
	"gonum.org/v1/plot/vg/vgimg"

	"github.com/lectern-app/lectern/internal/atomicfile"
	"github.com/lectern-app/lectern/internal/deck"
	"github.com/lectern-app/lectern/internal/rehearse"
)

// MinPNGWidth is the narrowest PNG WritePNG makes.
const MinPNGWidth = 1600

// Heights of the parts of the picture, in points at designWidth. A chart
// panel has a fixed part (title, legend, axes) and a flexible plot area.
const (
	margin     = 28
	gap        = 26
	headerH    = 70
	messageH   = 140 // the text in place of charts when there is no run
	titleSize  = 21
	legendSize = 14
	minFlex    = 0.35 // the least share of its natural plot area a panel keeps
	maxFlex    = 1.6  // the most a tall image stretches the plot areas
	minZoom    = 0.3  // the smallest a squeezed report's text may get
)

// panelSpec is a chart panel: its head, then axes (fixed points) around a
// plot area (flexible points).
type panelSpec struct {
	head       func(*report) head
	axes, flex float64
	draw       func(*report, draw.Canvas, theme)
}

var panels = []panelSpec{
	{(*report).slidesHead, 50, 270, (*report).drawSlides},
	{(*report).partsHead, 30, 180, (*report).drawParts},
	{(*report).timelineHead, 100, 20, (*report).drawTimeline},
	{(*report).runsHead, 30, 230, (*report).drawRuns},
}

// WritePNG draws the report for the last n runs (rehearse.DefaultRuns when
// n <= 0) as a PNG at least MinPNGWidth pixels wide (widthPx below that, or 0,
// gives MinPNGWidth), as tall as its content needs, written atomically.
func WritePNG(path string, d *deck.Deck, h *rehearse.History, n, widthPx int) error {
	if widthPx < MinPNGWidth {
		widthPx = MinPNGWidth
	}
	img := Render(d, h, n, widthPx, 0)
	return atomicfile.Write(path, atomicfile.DefaultPerm, func(w io.Writer) error {
		return png.Encode(w, img)
	})
}

// NaturalHeight is how many pixels tall the report is at a width when
// nothing is squeezed: what Render uses for a height of 0.
func NaturalHeight(d *deck.Deck, h *rehearse.History, n, widthPx int) int {
	widthPx = max(widthPx, 200)
	r := newReport(d, h, n)
	dpi, t := scale(widthPx)
	pt := r.height(t, t.len(designWidth), 1)
	return int(math.Ceil(float64(pt) / 72 * float64(dpi)))
}

// Render draws the report for the last n runs into a widthPx × heightPx
// image; heightPx <= 0 gives NaturalHeight. A shorter image first squeezes
// the plot areas, then shrinks everything, text included, down to minZoom.
func Render(d *deck.Deck, h *rehearse.History, n, widthPx, heightPx int) image.Image {
	widthPx = max(widthPx, 200)
	if heightPx <= 0 {
		heightPx = NaturalHeight(d, h, n, widthPx)
	}
	heightPx = max(heightPx, 200)
	r := newReport(d, h, n)
	dpi, t := scale(widthPx)
	w := t.len(designWidth)
	avail := vg.Length(float64(heightPx) / float64(dpi) * 72)
	full := t.s
	for r.height(t, w, minFlex) > avail && t.s > full*minZoom {
		t.s *= 0.95
	}
	// The canvas draws into its own copy of the image it is given.
	cv := vgimg.NewWith(vgimg.UseImage(image.NewRGBA(image.Rect(0, 0, widthPx, heightPx))), vgimg.UseDPI(dpi))
	r.draw(draw.New(cv), t)
	return cv.Image()
}

// scale picks the DPI that maps the pixel width to about designWidth points,
// and the theme that fits the exact width.
func scale(widthPx int) (int, theme) {
	dpi := max(1, int(math.Round(float64(widthPx)*72/designWidth)))
	wpt := float64(widthPx) / float64(dpi) * 72
	return dpi, theme{s: wpt / designWidth}
}

// report is what the picture shows, worked out once.
type report struct {
	d           *deck.Deck
	runs        []rehearse.Run // the last n runs that fit the deck, oldest first
	recorded    int            // runs in the history, fitting or not
	slideSecs   []float64      // last run, per slide
	slideBudget []float64
	partSecs    []float64 // last run, per part
	partBudget  []float64
	sugg        rehearse.Suggestion
}

func newReport(d *deck.Deck, h *rehearse.History, n int) *report {
	if d == nil {
		d = &deck.Deck{}
	}
	r := &report{d: d, runs: rehearse.Runs(d, h, n), sugg: rehearse.Suggest(d, h)}
	if h != nil {
		r.recorded = len(h.Runs)
	}
	r.slideBudget = make([]float64, len(d.Slides))
	for i, s := range d.Slides {
		r.slideBudget[i] = s.Budget.Seconds()
	}
	// A part has a budget only when all its slides have one: a sum of some
	// slides' budgets is no yardstick for the whole part.
	r.partBudget = make([]float64, len(d.Parts))
	for i, p := range d.Parts {
		r.partBudget[i] = p.Budget.Seconds()
		for k := p.First; k <= p.Last && k <= len(d.Slides); k++ {
			if d.Slides[k-1].Budget <= 0 {
				r.partBudget[i] = 0
			}
		}
	}
	if len(r.runs) > 0 {
		last := r.runs[len(r.runs)-1]
		r.slideSecs = make([]float64, len(d.Slides))
		for i := range d.Slides {
			r.slideSecs[i] = last.Slides[i].Seconds
		}
		r.partSecs = partTimes(d, r.slideSecs)
	}
	return r
}

// partTimes adds slide seconds up per part.
func partTimes(d *deck.Deck, slides []float64) []float64 {
	out := make([]float64, len(d.Parts))
	for i, p := range d.Parts {
		for k := p.First; k <= p.Last && k <= len(slides); k++ {
			out[i] += slides[k-1]
		}
	}
	return out
}

// height is the report's height in points on a canvas w wide, with the plot
// areas at share f of their natural height.
func (r *report) height(t theme, w vg.Length, f float64) vg.Length {
	inner := w - 2*t.len(margin)
	h := t.len(2*margin+headerH+gap) + r.textHeight(t, inner)
	if len(r.runs) == 0 {
		return h + t.len(gap+messageH)
	}
	for _, p := range panels {
		h += t.len(gap+p.axes+f*p.flex) + headHeight(t, inner, p.head(r))
	}
	return h
}

// draw lays the panels out top to bottom on c.
func (r *report) draw(c draw.Canvas, t theme) {
	c.SetColor(colPanel)
	c.Fill(c.Rectangle.Path())
	m := t.len(margin)
	inner := draw.Crop(c, m, -m, m, -m)
	top := inner.Max.Y
	take := func(hgt vg.Length) draw.Canvas {
		p := inner
		p.Max.Y, p.Min.Y = top, top-hgt
		top -= hgt
		return p
	}
	r.drawHeader(take(t.len(headerH)), t)
	textH := r.textHeight(t, inner.Max.X-inner.Min.X)
	if len(r.runs) == 0 {
		top -= t.len(gap)
		r.drawMessage(take(t.len(messageH)), t)
		top -= t.len(gap)
		r.drawText(take(textH), t)
		return
	}
	// The plot areas share what the heads, axes and the text leave.
	w := inner.Max.X - inner.Min.X
	heads := make([]vg.Length, len(panels))
	var fixed vg.Length
	var flex float64
	for i, p := range panels {
		heads[i] = headHeight(t, w, p.head(r))
		fixed += heads[i] + t.len(gap+p.axes)
		flex += p.flex
	}
	avail := top - inner.Min.Y - textH - t.len(gap) - fixed
	f := math.Min(math.Max(float64(avail/t.len(flex)), minFlex), maxFlex)
	for i, p := range panels {
		top -= t.len(gap)
		panel := take(heads[i] + t.len(p.axes+f*p.flex))
		divider(panel, t)
		p.draw(r, panelTitle(panel, t, p.head(r), true), t)
	}
	top -= t.len(gap)
	panel := take(textH)
	divider(panel, t)
	r.drawText(panel, t)
}

// divider rules a thin line above a panel.
func divider(c draw.Canvas, t theme) {
	y := c.Max.Y + t.len(gap)/2
	c.StrokeLine2(t.line(1, colDivider), c.Min.X, y, c.Max.X, y)
}

// when formats a run's start for people, in local time.
func when(ts time.Time) string { return ts.Local().Format("Mon 2 Jan 2006 15:04") }

func seconds(s float64) time.Duration { return time.Duration(math.Round(s)) * time.Second }
