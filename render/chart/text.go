package chart

import (
	"fmt"
	"image/color"
	"path/filepath"
	"sort"
	"strings"

	"gonum.org/v1/plot/text"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"

	"github.com/lectern-app/lectern/internal/rehearse"
)

// para is a paragraph of the text panel.
type para struct {
	text   string
	style  text.Style
	space  float64 // points of space above it
	indent float64 // points from the left
}

// placed is one wrapped line at its offset from the panel's top left.
type placed struct {
	text  string
	style text.Style
	x, y  vg.Length
}

// column wraps paragraphs to width w, from x, and returns the lines and the height used.
func column(paras []para, t theme, x, w vg.Length) ([]placed, vg.Length) {
	var out []placed
	var y vg.Length
	for _, p := range paras {
		y += t.len(p.space)
		in := t.len(p.indent)
		for _, line := range wrap(p.style, p.text, w-in) {
			out = append(out, placed{text: line, style: p.style, x: x + in, y: y})
			y += p.style.Height(line) * 1.3
		}
	}
	return out, y
}

// wrap breaks s into lines no wider than w, at spaces where it can.
func wrap(sty text.Style, s string, w vg.Length) []string {
	var lines []string
	cur := ""
	for _, word := range strings.Fields(s) {
		try := word
		if cur != "" {
			try = cur + " " + word
		}
		if sty.Width(try) <= w {
			cur = try
			continue
		}
		if cur != "" {
			lines = append(lines, cur)
		}
		cur = word
		for sty.Width(cur) > w { // a word wider than the line: break it
			r := []rune(cur)
			n := len(r) - 1
			for n > 1 && sty.Width(string(r[:n])) > w {
				n--
			}
			lines = append(lines, string(r[:n]))
			cur = string(r[n:])
		}
	}
	if cur != "" {
		lines = append(lines, cur)
	}
	return lines
}

// textLayout places the text panel: what ran longest and which parts ran
// over side by side, then the projection and the suggested cuts.
func (r *report) textLayout(t theme, w vg.Length) ([]placed, vg.Length) {
	head := func(s string) para { return para{text: s, style: t.text(18, true, colText), space: 0} }
	body := func(s string, c color.Color) para { return para{text: s, style: t.text(15, false, c), space: 5} }
	colW := (w - t.len(40)) / 2
	var left, right, below []para

	if len(r.runs) > 0 {
		left = append(left, head("Slides that ran longest"))
		order := make([]int, len(r.slideSecs))
		for i := range order {
			order[i] = i
		}
		sort.SliceStable(order, func(a, b int) bool { return r.slideSecs[order[a]] > r.slideSecs[order[b]] })
		for _, i := range order[:min(5, len(order))] {
			s := r.d.Slides[i]
			line := fmt.Sprintf("Slide %d%s: %s", s.Number, titled(s.Title), clockLabel(r.slideSecs[i]))
			c := colText
			if b := r.slideBudget[i]; b > 0 {
				line += ", budget " + clockLabel(b)
				if over := r.slideSecs[i] - b; over >= 1 {
					line += fmt.Sprintf(" (%s over)", clockLabel(over))
					c = colRed
				}
			}
			left = append(left, body(line, c))
		}

		right = append(right, head("Parts over budget"))
		any := false
		for i, p := range r.d.Parts {
			b := r.partBudget[i]
			if b <= 0 || r.partSecs[i]-b < 1 {
				continue
			}
			any = true
			right = append(right, body(fmt.Sprintf("Part %d%s: %s against %s, %s over.",
				p.Number, titled(p.Title), clockLabel(r.partSecs[i]), clockLabel(b), clockLabel(r.partSecs[i]-b)), colRed))
		}
		if !any {
			msg := "None: every part kept within its budget."
			if sum(r.partBudget) == 0 {
				msg = "The parts have no budgets: the deck sets no duration and no time: lines."
			}
			right = append(right, body(msg, colText))
		}
	}

	below = append(below, head("Projected total"))
	if len(r.sugg.Lines) > 0 {
		c := colText
		if r.sugg.Over > 0 {
			c = colRed
		}
		below = append(below, body(r.sugg.Lines[0], c))
	}
	if len(r.sugg.Lines) > 1 {
		below = append(below, para{text: "Suggested cuts", style: t.text(18, true, colText), space: 14})
		for _, l := range r.sugg.Lines[1:] {
			cmd := r.sugg.SplitCmd
			if cmd != "" && strings.HasSuffix(l, cmd) {
				below = append(below, body("•  "+strings.TrimSpace(strings.TrimSuffix(l, cmd)), colText))
				mono := t.text(15, false, colText)
				mono.Font.Variant = "Mono"
				below = append(below, para{text: cmd, style: mono, space: 6, indent: 18})
				continue
			}
			below = append(below, body("•  "+l, colText))
		}
	}
	if r.recorded > 0 && len(r.runs) == 0 {
		below = append(below, body(fmt.Sprintf("The %d recorded runs were made on a version of the deck with another number of slides, so they are not shown.", r.recorded), colMuted))
	}

	var out []placed
	l, lh := column(left, t, 0, colW)
	rt, rh := column(right, t, colW+t.len(40), colW)
	out = append(append(out, l...), rt...)
	top := max(lh, rh)
	if top > 0 {
		top += t.len(22)
	}
	b, bh := column(below, t, 0, w)
	for i := range b {
		b[i].y += top
	}
	return append(out, b...), top + bh
}

func (r *report) textHeight(t theme, w vg.Length) vg.Length {
	_, h := r.textLayout(t, w)
	return h
}

func (r *report) drawText(c draw.Canvas, t theme) {
	lines, _ := r.textLayout(t, c.Max.X-c.Min.X)
	for _, l := range lines {
		c.FillText(l.style, vg.Point{X: c.Min.X + l.x, Y: c.Max.Y - l.y}, l.text)
	}
}

// drawHeader names the deck and the runs the report covers.
func (r *report) drawHeader(c draw.Canvas, t theme) {
	title := r.d.Meta.Title
	if title == "" {
		title = filepath.Base(r.d.Path)
	}
	if title == "." || title == "" {
		title = "untitled deck"
	}
	ts := t.text(28, true, colText)
	c.FillText(ts, vg.Point{X: c.Min.X, Y: c.Max.Y}, fit(ts, "Rehearsal report: "+title, c.Max.X-c.Min.X))
	var facts []string
	if r.d.Path != "" {
		facts = append(facts, r.d.Path)
	}
	if dur := r.d.Meta.Duration; dur > 0 {
		facts = append(facts, "duration "+rehearse.FormatClock(dur))
	} else {
		facts = append(facts, "no duration set")
	}
	facts = append(facts, fmt.Sprintf("%d slides in %d parts", len(r.d.Slides), len(r.d.Parts)))
	if len(r.runs) > 0 {
		facts = append(facts, fmt.Sprintf("%d of %d recorded runs shown", len(r.runs), r.recorded))
	}
	ss := t.text(16, false, colMuted)
	c.FillText(ss, vg.Point{X: c.Min.X, Y: c.Max.Y - ts.Height("Rg") - t.len(10)}, fit(ss, strings.Join(facts, "   ·   "), c.Max.X-c.Min.X))
}

// drawMessage stands in for the charts when there is no run to show.
func (r *report) drawMessage(c draw.Canvas, t theme) {
	msg := "No rehearsal of this deck yet."
	if r.recorded > 0 {
		msg = "No rehearsal of this version of the deck yet."
	}
	ts := t.text(24, true, colText)
	c.FillText(ts, vg.Point{X: c.Min.X, Y: c.Max.Y - t.len(20)}, msg)
	how := "Rehearse with: lectern rehearse " + pathOr(r.d.Path) + "   (q ends the run and saves it)"
	c.FillText(t.text(17, false, colMuted), vg.Point{X: c.Min.X, Y: c.Max.Y - t.len(70)}, how)
}

func pathOr(p string) string {
	if p == "" {
		return "DECK"
	}
	return p
}

func titled(s string) string {
	if s == "" {
		return ""
	}
	return " \u201c" + s + "\u201d"
}
