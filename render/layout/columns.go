package layout

import (
	"regexp"
	"strconv"
	"strings"

	"github.com/yuin/goldmark/ast"
)

// Columns. The readers mark where a dialect's columns start in the slide
// body with comments every other reader of a body ignores, one per line:
//
//	<!-- lectern:columns 40%,60% -->   a group: widths (%, or weights as
//	                                   presenterm's [2, 1]); "spread" puts
//	                                   the room left between the columns
//	<!-- lectern:column 2 40% -->      what follows goes in column 2 (the
//	                                   next one when no number is given),
//	                                   optionally with its width
//	<!-- lectern:columns-end -->       back to the full width, below the
//	                                   tallest column
//
// A column marker without a group opens one. Each column stacks its blocks
// from the group's top; a column visited again (presenterm's column: n)
// continues where it stopped.

var columnMarkRe = regexp.MustCompile(`^\s*<!--\s*lectern:(columns-end|columns|column)\b([^>]*?)\s*-->\s*$`)

// columnGutter is the room kept between two columns that touch, as a share
// of the content box's width.
const columnGutter = 0.04

// colMark is one marker of the body.
type colMark struct {
	kind   string // "columns", "column" or "columns-end"
	index  int    // column number from 1, 0: the next
	widths []string
	spread bool
}

// readColumnMark reads a marker from a top-level HTML block.
func readColumnMark(n ast.Node, src []byte) (colMark, bool) {
	h, ok := n.(*ast.HTMLBlock)
	if !ok {
		return colMark{}, false
	}
	m := columnMarkRe.FindSubmatch(rawLines(h, src))
	if m == nil {
		return colMark{}, false
	}
	cm := colMark{kind: string(m[1])}
	for _, f := range strings.Fields(string(m[2])) {
		switch {
		case f == "spread":
			cm.spread = true
		case cm.kind == "columns":
			cm.widths = strings.Split(f, ",")
		default:
			if i, err := strconv.Atoi(f); err == nil && cm.index == 0 {
				cm.index = max(1, min(i, maxColumns))
			} else {
				cm.widths = []string{f}
			}
		}
	}
	return cm, true
}

// maxColumns bounds a hostile deck's column numbers.
const maxColumns = 12

// colPlan is one group's geometry, found once by prepare.
type colPlan struct {
	xs, ws []float64
}

// planColumns finds every group of the body and where its columns go in
// the content box.
func (b *builder) planColumns() {
	b.colPlans = nil
	var specs []string
	var spread, open bool
	count := 0
	flush := func() {
		if open {
			b.colPlans = append(b.colPlans, placeColumns(specs, count, spread, b.boxX, b.boxW))
		}
		specs, spread, open, count = nil, false, false, 0
	}
	for c := b.doc.FirstChild(); c != nil; c = c.NextSibling() {
		m, ok := readColumnMark(c, b.src)
		if !ok {
			continue
		}
		switch m.kind {
		case "columns-end":
			flush()
		case "columns":
			flush()
			specs, spread, open = m.widths, m.spread, true
		case "column":
			if !open {
				open = true
			}
			i := m.index
			if i == 0 {
				i = count + 1
			}
			i = min(i, maxColumns)
			count = max(count, i)
			if len(m.widths) == 1 {
				for len(specs) < i {
					specs = append(specs, "")
				}
				specs[i-1] = m.widths[0]
			}
		}
	}
	flush()
}

// placeColumns shares width w from x among n columns (at least the specs
// given): percentages of w, weights in proportion, the rest shared evenly.
func placeColumns(specs []string, n int, spread bool, x, w float64) colPlan {
	n = max(1, min(max(n, len(specs)), maxColumns))
	frac := make([]float64, n)
	var pct, weights float64
	var free int
	weighted := make([]float64, n)
	for i := range n {
		s := ""
		if i < len(specs) {
			s = strings.TrimSpace(specs[i])
		}
		if strings.HasSuffix(s, "%") {
			if f, ok := percent(s); ok {
				frac[i] = min(f, 1)
				pct += frac[i]
				continue
			}
		}
		if f, err := strconv.ParseFloat(s, 64); err == nil && f > 0 && f < 1e6 {
			weighted[i] = f
			weights += f
			continue
		}
		free++
	}
	rest := max(0, 1-pct)
	if weights > 0 {
		share := rest
		if free > 0 {
			share = rest * weights / (weights + float64(free))
		}
		for i, f := range weighted {
			if f > 0 {
				frac[i] = share * f / weights
			}
		}
		rest -= share
	}
	if free > 0 {
		for i := range frac {
			if frac[i] == 0 {
				frac[i] = max(0, rest) / float64(free)
			}
		}
		rest = 0
	}
	var sum float64
	for _, f := range frac {
		sum += f
	}
	if sum > 1 {
		for i := range frac {
			frac[i] /= sum
		}
		sum = 1
	}
	gap := 0.0
	if spread && n > 1 {
		gap = (1 - sum) / float64(n-1)
	}
	p := colPlan{xs: make([]float64, n), ws: make([]float64, n)}
	at := x
	for i, f := range frac {
		cx, cw := at, f*w
		// columns that touch keep a gutter, half taken from each side
		if i > 0 && gap < columnGutter {
			cx += columnGutter * w / 2
			cw -= columnGutter * w / 2
		}
		if i < n-1 && gap < columnGutter {
			cw -= columnGutter * w / 2
		}
		p.xs[i], p.ws[i] = cx, max(cw, 1)
		at += f*w + gap*w
	}
	return p
}

// colRun is the group being laid out in a run.
type colRun struct {
	plan    colPlan
	cur     int // current column from 0, -1 before the first
	next    int // the next group's plan
	ys      []float64
	gaps    []float64
	started []bool
	rows    []int // image rows each column holds
	rows0   int   // image rows before the group
	mark    int   // b.imgRows when the current column was entered
	y0      float64
}

// columnMark acts on a marker; ok when n was one.
func (b *builder) columnMark(n ast.Node) bool {
	m, ok := readColumnMark(n, b.src)
	if !ok {
		return false
	}
	switch m.kind {
	case "columns-end":
		b.skipPending()
		b.endColumns()
	case "columns":
		b.skipPending()
		b.endColumns()
		b.cols.cur = -2 // the next column marker starts this group
	case "column":
		if b.cols.cur == -1 || b.cols.cur == -2 {
			b.startColumns()
		}
		i := m.index - 1
		if m.index == 0 {
			i = b.cols.cur + 1
		}
		b.enterColumn(min(i, len(b.cols.plan.xs)-1))
	}
	return true
}

// skipPending passes over a group that never got a column.
func (b *builder) skipPending() {
	if b.cols.cur == -2 {
		b.cols.next++
	}
}

// startColumns begins the next planned group at the current height.
func (b *builder) startColumns() {
	c := &b.cols
	if c.next >= len(b.colPlans) {
		return
	}
	c.plan = b.colPlans[c.next]
	c.next++
	if b.started {
		b.y += b.gap
	}
	b.gap = 0
	n := len(c.plan.xs)
	c.y0 = b.y
	c.ys, c.gaps = make([]float64, n), make([]float64, n)
	c.started, c.rows = make([]bool, n), make([]int, n)
	for i := range c.ys {
		c.ys[i] = b.y
	}
	c.rows0, c.mark, c.cur = b.imgRows, b.imgRows, -1
}

// enterColumn leaves the current column and continues column i.
func (b *builder) enterColumn(i int) {
	c := &b.cols
	if len(c.plan.xs) == 0 || i < 0 {
		return
	}
	b.saveColumn()
	c.cur = i
	b.y, b.gap, b.started, b.fresh = c.ys[i], c.gaps[i], c.started[i], false
	c.mark = b.imgRows
}

func (b *builder) saveColumn() {
	c := &b.cols
	if c.cur < 0 || c.cur >= len(c.ys) {
		return
	}
	c.ys[c.cur], c.gaps[c.cur], c.started[c.cur] = b.y, b.gap, b.started
	c.rows[c.cur] += b.imgRows - c.mark
	c.mark = b.imgRows
}

// endColumns goes back to the full width below the tallest column; image
// rows side by side count once.
func (b *builder) endColumns() {
	c := &b.cols
	if c.cur < 0 {
		c.cur = -1
		return
	}
	b.saveColumn()
	y, gap, rows, started := c.y0, 0.0, 0, false
	for i := range c.ys {
		y = max(y, c.ys[i])
		gap = max(gap, c.gaps[i])
		rows = max(rows, c.rows[i])
		started = started || c.started[i]
	}
	b.y, b.gap, b.started = y, gap, started || b.started
	b.imgRows = c.rows0 + rows
	c.cur = -1
}

// column is where a top-level block goes: its column, or the box.
func (b *builder) column() (x, w float64) {
	c := &b.cols
	if c.cur >= 0 && c.cur < len(c.plan.xs) {
		return c.plan.xs[c.cur], c.plan.ws[c.cur]
	}
	return b.boxX, b.boxW
}
