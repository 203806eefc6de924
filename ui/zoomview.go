package ui

import (
	"image"
	"image/draw"
	"math"

	"fyne.io/fyne/v2"

	"github.com/lectern-app/lectern/internal/console"
)

// maxZoomPx caps the width a zoomed slide is rendered at (memory: a page
// image is width × height × 4 bytes).
const maxZoomPx = 4096

// SetMarks sets the pointer, zoom and ink drawn over the slide. Only a
// change of zoom renders the slide again; the rest moves overlay objects.
func (v *slideView) SetMarks(m console.Marks) {
	zoomChanged := v.zoomable && m.Zoom != v.m.Zoom
	v.m = m
	if zoomChanged {
		v.imgW = 0
		v.Refresh()
		return
	}
	if v.lastBox.Size.Width > 0 && v.blank == 0 {
		v.marks.show(m, v.lastBox, v.zoomable)
	}
}

// layoutZoomed shows the zoom region of the slide filling the letterbox:
// the whole slide drawn again at the zoomed scale (sharp: Markdown by the
// rasteriser, PDF pages by MuPDF), past the cache, then cut to the region.
func (r *slideRenderer) layoutZoomed(b box) {
	v := r.v
	z := v.m.Zoom
	scale := canvasScale(v)
	px := int(b.Size.Width * scale)
	full := int(math.Min(float64(px)/(z.X1-z.X0), maxZoomPx))
	if px < 1 || full < 1 {
		return
	}
	if v.imgW != full || v.zoomImg != z || v.img.Image == nil {
		img, err := v.src.render(v.n, v.step, full)
		if err != nil {
			r.message(b.Size, err.Error())
			return
		}
		v.img.Image = crop(img, z)
		v.imgW, v.zoomImg = full, z
		v.img.Refresh()
	}
	placeImage(v, v.img, b, scale)
}

// crop cuts region z (slide coordinates) out of a slide image.
func crop(img image.Image, z console.Rect) image.Image {
	bd := img.Bounds()
	w, h := float64(bd.Dx()), float64(bd.Dy())
	rect := image.Rect(bd.Min.X+int(z.X0*w), bd.Min.Y+int(z.Y0*h), bd.Min.X+int(math.Ceil(z.X1*w)), bd.Min.Y+int(math.Ceil(z.Y1*h)))
	rect = rect.Intersect(bd)
	out := image.NewRGBA(image.Rect(0, 0, rect.Dx(), rect.Dy()))
	draw.Draw(out, out.Bounds(), img, rect.Min, draw.Src) // a copy from 0,0: textures assume it
	return out
}

var _ fyne.Widget = (*slideView)(nil)
