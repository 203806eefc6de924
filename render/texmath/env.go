package texmath

// envBox sets a matrix-like environment: cells in columns, rows on
// baselines at least 1.2 em apart, centred on the axis, with the
// environment's delimiters.
func envBox(n nEnv, c ctx) *box {
	sz := c.size()
	cc := c
	aligned := false
	switch n.name {
	case "aligned", "align", "align*", "split", "gathered", "gather", "gather*":
		aligned = true
		cc.style = min(c.style, sDisplay)
	default:
		cc.style = max(c.style, sText)
	}
	if n.name == "smallmatrix" {
		cc.style = sScript
	}
	var cells [][]*box
	cols := 0
	for _, row := range n.rows {
		var bs []*box
		for j, cell := range row {
			g := cell.(nGroup)
			if aligned && j%2 == 1 { // "&=": an empty atom before, so the relation is spaced
				g.list = append([]node{nGroup{}}, g.list...)
			}
			bs = append(bs, hlist(g.list, cc))
		}
		cells = append(cells, bs)
		cols = max(cols, len(bs))
	}
	colW := make([]float64, cols)
	rowH := make([]float64, len(cells))
	rowD := make([]float64, len(cells))
	for i, row := range cells {
		rowH[i], rowD[i] = 0.7*cc.size(), 0.25*cc.size()
		for j, b := range row {
			colW[j] = max(colW[j], b.w)
			rowH[i] = max(rowH[i], b.h)
			rowD[i] = max(rowD[i], b.d)
		}
	}
	gapFor := func(j int) float64 { // space before column j
		switch {
		case j == 0:
			return 0
		case aligned && j%2 == 1:
			return 0
		case aligned:
			return 2 * sz
		}
		return 1.0 * sz
	}
	out := &box{cls: cInner}
	y := 0.0
	for i, row := range cells {
		if i > 0 {
			y += max(1.2*sz, rowD[i-1]+rowH[i]+0.25*sz)
		}
		x := 0.0
		for j := 0; j < cols; j++ {
			x += gapFor(j)
			if j < len(row) {
				b := row[j]
				dx := (colW[j] - b.w) / 2
				switch {
				case n.name == "cases" || n.name == "rcases" || aligned && j%2 == 1:
					dx = 0
				case aligned && j%2 == 0 && n.name != "gathered" && n.name != "gather" && n.name != "gather*":
					dx = colW[j] - b.w
				}
				out.put(b, x+dx, y)
			}
			x += colW[j]
		}
		out.w = max(out.w, x)
	}
	if len(cells) == 0 {
		return out
	}
	// centre the rows on the axis
	top := rowH[0]
	total := top + y + rowD[len(rowD)-1]
	shift := -(axisHeight(sz) + total/2) + top
	for i := range out.items {
		out.items[i].y += shift
		if out.items[i].kind == kStroke {
			out.items[i].y2 += shift
		}
	}
	out.h = top - shift
	out.d = total - out.h
	l, r := envDelims(n.name)
	if l == 0 {
		return out
	}
	pad := &box{w: out.w + 0.3*sz, h: out.h, d: out.d, cls: cInner}
	pad.put(out, 0.15*sz, 0)
	if n.name == "cases" || n.name == "rcases" {
		pad.w = out.w + 0.15*sz
	}
	return wrapDelims(pad, l, r, c)
}

func envDelims(name string) (rune, rune) {
	switch name {
	case "pmatrix":
		return '(', ')'
	case "bmatrix":
		return '[', ']'
	case "Bmatrix":
		return '{', '}'
	case "vmatrix":
		return '|', '|'
	case "Vmatrix":
		return '‖', '‖'
	case "cases":
		return '{', '.'
	case "rcases":
		return '.', '}'
	}
	return 0, 0
}
