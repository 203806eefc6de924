package layout

import (
	"strconv"
	"strings"

	"github.com/yuin/goldmark/ast"
)

// Marp sizes an image with keywords in its alt text: ![w:200 h:100](…),
// also width:200px and height:30%. Sizes are CSS pixels of Marp's 1280-wide
// slide, so ×1.5 in our units; a percentage is of the content width.

const marpPx = Width / 1280

// imageSize takes the size keywords out of an alt text; w or h is 0 when
// not given.
func imageSize(alt string) (rest string, w, h float64) {
	var keep []string
	for _, f := range strings.Fields(alt) {
		k, v, ok := strings.Cut(strings.ToLower(f), ":")
		if ok {
			switch k {
			case "w", "width":
				if n, ok := cssLength(v); ok {
					w = n
					continue
				}
			case "h", "height":
				if n, ok := cssLength(v); ok {
					h = n
					continue
				}
			}
		}
		keep = append(keep, f)
	}
	return strings.Join(keep, " "), w, h
}

// cssLength reads 200, 200px or 30% (returned negative: a share of the width).
func cssLength(v string) (float64, bool) {
	if p, ok := strings.CutSuffix(v, "%"); ok {
		f, err := strconv.ParseFloat(p, 64)
		return -f / 100, err == nil && f > 0
	}
	v = strings.TrimSuffix(v, "px")
	f, err := strconv.ParseFloat(v, 64)
	if err != nil || f <= 0 {
		return 0, false
	}
	return f * marpPx, true
}

// sizedRow lays out a row whose images all give their size, at that size
// (scaled with the slide, never wider than the content), centred. It
// reports false, doing nothing, when any image leaves its size open.
func (b *builder) sizedRow(imgs []*ast.Image, x, w float64) bool {
	type sized struct {
		it   picItem
		w, h float64
	}
	row := make([]sized, 0, len(imgs))
	for _, im := range imgs {
		alt, iw, ih := imageSize(altText(im, b.src))
		if iw == 0 && ih == 0 {
			return false
		}
		if iw < 0 {
			iw = -iw * w
		}
		if ih < 0 {
			ih = -ih * b.boxH
		}
		alt, fs := parseFilters(alt)
		it := b.resolve(string(im.Destination), alt)
		it.filters = fs
		row = append(row, sized{it: it, w: iw, h: ih})
	}
	gap := 0.4 * b.th.Body * b.scale
	total, tall := gap*float64(len(row)-1), 0.0
	for i := range row {
		r := &row[i]
		switch {
		case r.w == 0:
			r.w = r.h * r.it.aspect
		case r.h == 0:
			r.h = r.w / r.it.aspect
		}
		r.w, r.h = r.w*b.scale, r.h*b.scale
		total += r.w
	}
	if total > w { // too wide: the whole row shrinks to the content width
		k := (w - gap*float64(len(row)-1)) / (total - gap*float64(len(row)-1))
		for i := range row {
			row[i].w, row[i].h = row[i].w*k, row[i].h*k
		}
		total = w
	}
	for _, r := range row {
		tall = max(tall, r.h)
	}
	cx := x + (w-total)/2
	for _, r := range row {
		b.picture(r.it, cx, b.y+(tall-r.h)/2, r.w, r.h)
		cx += r.w + gap
	}
	b.y += tall
	return true
}
