package layout

import (
	east "github.com/yuin/goldmark/extension/ast"
)

// table lays out a GFM table: a tinted bold header row, cell borders, column
// widths from the cells' natural widths, wrapping cells when the table is
// wider than the box.
func (b *builder) table(n *east.Table, x, w float64) {
	size := b.th.Table * b.scale
	padX, padY := 0.45*size, 0.22*size
	var rows [][]*east.TableCell
	var header []bool
	for r := n.FirstChild(); r != nil; r = r.NextSibling() {
		var cells []*east.TableCell
		for c := r.FirstChild(); c != nil; c = c.NextSibling() {
			if tc, ok := c.(*east.TableCell); ok {
				cells = append(cells, tc)
			}
		}
		_, isHead := r.(*east.TableHeader)
		rows = append(rows, cells)
		header = append(header, isHead)
	}
	ncol := 0
	for _, r := range rows {
		ncol = max(ncol, len(r))
	}
	if ncol == 0 {
		return
	}
	// Cell contents and natural widths.
	frags := make([][][]frag, len(rows))
	natural := make([]float64, ncol)
	for i, r := range rows {
		frags[i] = make([][]frag, ncol)
		for j, c := range r {
			st := style{font: Regular, size: size, color: b.color}
			if header[i] {
				st.font, st.color = Bold, b.th.Heading
			}
			f, imgs := b.inlines(c, st)
			b.themeFonts(f, header[i])
			for _, img := range imgs { // no pictures inside cells: show the alt text
				f = append(f, frag{text: "[" + altText(img, b.src) + "]", st: st})
			}
			frags[i][j] = f
			natural[j] = max(natural[j], naturalWidth(f)+2*padX)
		}
	}
	cols := columnWidths(natural, w)
	b.open(0.5 * b.th.Body * b.scale)
	y := b.y
	total := 0.0
	for _, c := range cols {
		total += c
	}
	var rowYs []float64
	for i := range rows {
		cellLines := make([][]line, ncol)
		hmax := 0.0
		for j := 0; j < ncol; j++ {
			cellLines[j] = breakLines(frags[i][j], cols[j]-2*padX, size)
			hmax = max(hmax, b.linesHeight(cellLines[j]))
		}
		rh := hmax + 2*padY
		if header[i] {
			b.emit(Rect{X: x, Y: y, W: total, H: rh, Fill: b.th.HeaderBg})
		}
		cx := x
		for j := 0; j < ncol; j++ {
			al := alignLeft
			if j < len(rows[i]) {
				switch rows[i][j].Alignment {
				case east.AlignCenter:
					al = alignCenter
				case east.AlignRight:
					al = alignRight
				}
			}
			b.emitLines(cellLines[j], cx+padX, y+padY, cols[j]-2*padX, al)
			cx += cols[j]
		}
		rowYs = append(rowYs, y)
		y += rh
	}
	// Borders: the frame, a rule under every row, lines between columns.
	lw := max(1, 2*b.scale)
	b.emit(Rect{X: x, Y: b.y, W: total, H: y - b.y, Stroke: b.th.Border, StrokeWidth: lw})
	for i, ry := range rowYs {
		if i == 0 {
			continue
		}
		width := lw
		if header[i-1] {
			width = 2 * lw
		}
		b.emit(Line{X1: x, Y1: ry, X2: x + total, Y2: ry, Width: width, Color: b.th.Border})
	}
	cx := x
	for j := 0; j < ncol-1; j++ {
		cx += cols[j]
		b.emit(Line{X1: cx, Y1: b.y, X2: cx, Y2: y, Width: lw, Color: b.th.Border})
	}
	b.y = y
	b.close(0.5 * b.th.Body * b.scale)
}

// naturalWidth is the width of frags on one line.
func naturalWidth(f []frag) float64 {
	l := breakLines(f, 1e9, 0)
	w := 0.0
	for _, x := range l {
		w = max(w, x.w)
	}
	return w
}

// columnWidths keeps natural widths when they fit; otherwise narrow columns
// keep theirs and the wide ones share what is left in proportion.
func columnWidths(natural []float64, w float64) []float64 {
	sum := 0.0
	for _, n := range natural {
		sum += n
	}
	out := append([]float64(nil), natural...)
	if sum <= w {
		return out
	}
	fixed := make([]bool, len(out))
	for {
		left, flexSum, nflex := w, 0.0, 0
		for i, n := range natural {
			if fixed[i] {
				left -= n
			} else {
				flexSum += n
				nflex++
			}
		}
		if nflex == 0 {
			break
		}
		changed := false
		share := left / float64(nflex)
		for i, n := range natural {
			if !fixed[i] && n <= share {
				fixed[i] = true
				changed = true
			}
		}
		if changed {
			continue
		}
		for i, n := range natural {
			if !fixed[i] {
				out[i] = left * n / flexSum
			}
		}
		break
	}
	return out
}
