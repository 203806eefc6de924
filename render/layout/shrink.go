package layout

import (
	"image"

	xdraw "golang.org/x/image/draw"
)

// maxSide is the longest side a bitmap is kept at: a full-slide picture on a
// 4K screen. A bigger photo is scaled down once, when it is decoded, and
// only the smaller copy is cached; the big one is garbage at once.
const maxSide = 3840

func shrink(img image.Image) image.Image {
	b := img.Bounds()
	w, h := b.Dx(), b.Dy()
	if w <= maxSide && h <= maxSide {
		return img
	}
	k := float64(maxSide) / float64(max(w, h))
	nw, nh := max(1, int(float64(w)*k+0.5)), max(1, int(float64(h)*k+0.5))
	out := image.NewRGBA(image.Rect(0, 0, nw, nh))
	xdraw.BiLinear.Scale(out, out.Rect, img, b, xdraw.Src, nil)
	return out
}
