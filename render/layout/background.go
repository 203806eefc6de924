package layout

import (
	"image"
	"strconv"
	"strings"

	"github.com/yuin/goldmark/ast"
)

// bgImage is a Marp background image: ![bg](…), ![bg contain](…),
// ![bg left:40%](…) and so on.
type bgImage struct {
	item    picItem
	contain bool
	zoom    float64 // "bg 80%": contain at that size
	side    string  // "", "left" or "right"
	frac    float64 // share of the width a side background takes
	stack   bool    // "bg vertical": several backgrounds stack top to bottom
}

// isBackground reports whether an alt text is a Marp background keyword.
func isBackground(alt string) bool {
	f := strings.Fields(alt)
	return len(f) > 0 && strings.EqualFold(f[0], "bg")
}

func (b *builder) findBackgrounds() []bgImage {
	var out []bgImage
	_ = ast.Walk(b.doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		img, ok := n.(*ast.Image)
		if !entering || !ok {
			return ast.WalkContinue, nil
		}
		alt := altText(img, b.src)
		if !isBackground(alt) {
			return ast.WalkContinue, nil
		}
		bg := bgImage{frac: 0.5, zoom: 1}
		var words []string
		rest, filters := parseFilters(strings.Join(strings.Fields(alt)[1:], " "))
		for _, w := range strings.Fields(rest) {
			lw := strings.ToLower(w)
			switch {
			case lw == "contain" || lw == "fit":
				bg.contain = true
			case lw == "cover" || lw == "auto":
			case lw == "vertical":
				bg.stack = true
			case strings.HasPrefix(lw, "left") || strings.HasPrefix(lw, "right"):
				side, pct, _ := strings.Cut(lw, ":")
				bg.side = side
				if f, ok := percent(pct); ok {
					bg.frac = min(0.9, max(0.1, f))
				}
			case strings.HasSuffix(lw, "%"):
				if f, ok := percent(lw); ok {
					bg.contain, bg.zoom = true, min(1, max(0.05, f))
				}
			default:
				if !strings.Contains(lw, ":") { // w:200 and other settings are not alt text
					words = append(words, w)
				}
			}
		}
		bg.item = b.resolve(string(img.Destination), strings.Join(words, " "))
		bg.item.filters = filters
		out = append(out, bg)
		return ast.WalkSkipChildren, nil
	})
	return out
}

func percent(s string) (float64, bool) {
	s = strings.TrimSuffix(strings.TrimSpace(s), "%")
	f, err := strconv.ParseFloat(s, 64)
	if err != nil || f <= 0 {
		return 0, false
	}
	return f / 100, true
}

// splitForBackground narrows the content box when a background takes a side.
func (b *builder) splitForBackground() {
	for _, bg := range b.bgs {
		if bg.side == "" {
			continue
		}
		sideW := b.pageW * bg.frac
		b.boxW = b.pageW - sideW - 2*b.boxX
		if bg.side == "left" {
			b.boxX += sideW
		}
		return
	}
}

// drawBackgrounds draws the backgrounds: full-page ones across the page, side
// ones in their strip; several in one area share it side by side.
func (b *builder) drawBackgrounds() {
	var full, side []bgImage
	for _, bg := range b.bgs {
		if bg.side == "" {
			full = append(full, bg)
		} else {
			side = append(side, bg)
		}
	}
	if len(side) > 0 {
		sideW := b.pageW * side[0].frac
		x, rest := 0.0, sideW
		if side[0].side == "right" {
			x, rest = b.pageW-sideW, 0
		}
		b.bgArea(side, x, 0, sideW, b.pageH)
		b.bgArea(full, rest, 0, b.pageW-sideW, b.pageH)
		return
	}
	b.bgArea(full, 0, 0, b.pageW, b.pageH)
}

func (b *builder) bgArea(bgs []bgImage, x, y, w, h float64) {
	if len(bgs) == 0 {
		return
	}
	if bgs[0].stack {
		ch := h / float64(len(bgs))
		for i, bg := range bgs {
			b.bgOne(bg, x, y+float64(i)*ch, w, ch)
		}
		return
	}
	cw := w / float64(len(bgs))
	for i, bg := range bgs {
		b.bgOne(bg, x+float64(i)*cw, y, cw, h)
	}
}

func (b *builder) bgOne(bg bgImage, x, y, w, h float64) {
	it := bg.item
	if it.kind != picOK {
		in := min(w, h) * 0.1
		b.pictureOp(it, x+in, y+in, w-2*in, h-2*in, b.seg0)
		return
	}
	if !bg.contain {
		// cover: the picture's pixels fill the box, the overflow cut off
		cw := max(w, h*it.aspect)
		b.pixels(&it, cw, cw/it.aspect)
		if it.kind != picOK {
			b.bgOne(bgImage{item: it}, x, y, w, h)
			return
		}
		if sub, ok := cropTo(it.img, w/h); ok {
			it.img = sub
			b.pictureOp(it, x, y, w, h, b.seg0)
			return
		}
	}
	pw, ph := w*bg.zoom, w*bg.zoom/it.aspect
	if ph > h*bg.zoom {
		pw, ph = h*bg.zoom*it.aspect, h*bg.zoom
	}
	b.pictureOp(it, x+(w-pw)/2, y+(h-ph)/2, pw, ph, b.seg0)
}

// cropTo cuts the centre of img to the given aspect (width / height).
func cropTo(img image.Image, aspect float64) (image.Image, bool) {
	s, ok := img.(interface {
		SubImage(image.Rectangle) image.Image
	})
	if !ok {
		return nil, false
	}
	r := img.Bounds()
	w, h := float64(r.Dx()), float64(r.Dy())
	if w/h > aspect {
		nw := int(h*aspect + 0.5)
		x0 := r.Min.X + (r.Dx()-nw)/2
		return s.SubImage(image.Rect(x0, r.Min.Y, x0+nw, r.Max.Y)), true
	}
	nh := int(w/aspect + 0.5)
	y0 := r.Min.Y + (r.Dy()-nh)/2
	return s.SubImage(image.Rect(r.Min.X, y0, r.Max.X, y0+nh)), true
}
