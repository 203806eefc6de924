package ui

import (
	"image/color"
	"math"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/widget"

	"github.com/lectern-app/lectern/internal/console"
	"github.com/lectern-app/lectern/internal/show"
)

// slideView shows one slide step letterboxed to the deck's aspect on black,
// as an image drawn at the view's real pixel size (Markdown by render/raster,
// PDF pages by MuPDF) and shown pixel for pixel. It can also be blanked black
// or white.
type slideView struct {
	widget.BaseWidget
	src     *slides
	n, step int
	blank   show.Blank
	preview bool // small view: no "no slides yet" message

	bg    *canvas.Rectangle
	img   *canvas.Image
	msg   *canvas.Text
	cover *canvas.Rectangle
	imgW  int // pixel width img was rendered at

	marks    *marksLayer
	gifs     *gifLayer // animated GIFs playing over the slide
	m        console.Marks
	zoomable bool // the audience view: shows m.Zoom instead of the whole slide
	lastBox  box  // the letterbox of the last layout, for marks-only updates
	zoomImg  console.Rect
}

func newSlideView(preview bool) *slideView {
	v := &slideView{preview: preview,
		bg:    canvas.NewRectangle(color.Black),
		img:   &canvas.Image{FillMode: canvas.ImageFillStretch, ScaleMode: canvas.ImageScaleSmooth},
		msg:   canvas.NewText("", color.NRGBA{0xaa, 0xaa, 0xaa, 0xff}),
		cover: canvas.NewRectangle(color.Transparent),
		marks: newMarksLayer(),
		gifs:  newGIFLayer(),
	}
	v.msg.Alignment = fyne.TextAlignCenter
	v.ExtendBaseWidget(v)
	return v
}

// Display sets what the view draws; n == 0 shows nothing (end of deck).
// It is called on every clock tick too, so an unchanged slide costs nothing.
func (v *slideView) Display(src *slides, n, step int, blank show.Blank) {
	moved := v.src != src || v.n != n || v.step != step
	if !moved && v.blank == blank {
		return
	}
	v.src, v.n, v.step, v.blank = src, n, step, blank
	if moved {
		v.imgW = 0
	}
	v.Refresh()
}

func (v *slideView) CreateRenderer() fyne.WidgetRenderer {
	return &slideRenderer{v: v}
}

type slideRenderer struct{ v *slideView }

func (r *slideRenderer) Objects() []fyne.CanvasObject {
	return []fyne.CanvasObject{r.v.bg, r.v.img, r.v.gifs.root, r.v.msg, r.v.marks.root, r.v.cover}
}
func (r *slideRenderer) Destroy()           { r.v.gifs.clear() }
func (r *slideRenderer) MinSize() fyne.Size { return fyne.NewSize(64, 36) }
func (r *slideRenderer) Refresh()           { r.Layout(r.v.Size()) }
func (r *slideRenderer) Layout(size fyne.Size) {
	v := r.v
	v.bg.Resize(size)
	v.bg.Move(fyne.NewPos(0, 0))
	v.cover.Resize(size)
	switch v.blank {
	case show.BlackScreen:
		v.cover.FillColor = color.Black
	case show.WhiteScreen:
		v.cover.FillColor = color.White
	default:
		v.cover.FillColor = color.Transparent
	}
	v.cover.Refresh()
	v.img.Hide()
	v.msg.Hide()
	v.marks.root.Hide()
	v.gifs.root.Hide()
	if v.src == nil || v.n == 0 || size.Width < 2 || size.Height < 2 {
		v.gifs.clear()
		switch {
		case v.src != nil && len(v.src.d.Slides) == 0 && !v.preview:
			r.message(size, "No slides yet: write some and save, Lectern reloads the deck")
		case v.src != nil && v.n == 0:
			r.message(size, "End of the deck")
		}
		v.bg.Refresh()
		return
	}
	b := letterbox(size, v.src.aspect())
	v.lastBox = b
	switch {
	case v.zoomable && !v.m.Zoom.Empty():
		v.gifs.clear()
		r.layoutZoomed(b)
	default:
		r.layoutSlide(b)
		r.layoutGIFs(b)
	}
	if v.blank == show.NoBlank {
		v.marks.show(v.m, b, v.zoomable)
		v.marks.root.Show()
	}
}

// layoutSlide shows the slide drawn at the letterbox's pixel width, from the
// cache (prepared in the background when the speaker moved here), and asks
// for the neighbours the speaker reaches next.
func (r *slideRenderer) layoutSlide(b box) {
	v := r.v
	scale := canvasScale(v)
	px := int(b.Size.Width * scale)
	if px < 1 {
		return
	}
	if v.imgW != px || v.img.Image == nil {
		img, err := v.src.image(v.n, v.step, px)
		if err != nil {
			r.message(b.Size, err.Error())
			return
		}
		v.img.Image = img
		v.imgW = px
		v.img.Refresh()
	}
	v.src.prepare(v.n, v.step, px)
	placeImage(v, v.img, b, scale)
}

// layoutGIFs plays the animated GIFs of a Markdown slide over it; small
// previews keep the still first frame.
func (r *slideRenderer) layoutGIFs(b box) {
	v := r.v
	if v.preview || v.src.isPDF() || !v.img.Visible() {
		v.gifs.clear()
		return
	}
	page, err := v.src.page(v.n, v.step)
	if err != nil {
		page = nil
	}
	v.gifs.show(page, v.n, v.step, b)
}

// placeImage centres img in the letterbox b of view v at exactly its pixel
// size, its corner on a whole pixel of the window, so the canvas neither
// rescales it in software nor blurs it: the screen shows the rasteriser's
// pixels. (At a fractional scale Fyne may size the canvas a fraction of a
// unit off the window's pixels, e.g. 667 units for 1000 px at 1.5; nearest
// texels then keep the text crisp, one column in hundreds doubled.) An image
// more than a rounding off b (a zoom capped at maxZoomPx) is stretched over
// b instead, smoothly.
func placeImage(v fyne.CanvasObject, img *canvas.Image, b box, scale float32) {
	ib := img.Image.Bounds()
	w, h := float32(ib.Dx())/scale, float32(ib.Dy())/scale
	mode := canvas.ImageScalePixels // texel for pixel: crisp even when Fyne is a fraction off
	if d := 2 / scale; w < b.Size.Width-d || w > b.Size.Width+d || h < b.Size.Height-d || h > b.Size.Height+d {
		w, h = b.Size.Width, b.Size.Height
		mode = canvas.ImageScaleSmooth
	}
	if img.ScaleMode != mode {
		img.ScaleMode = mode
		img.Refresh()
	}
	var abs fyne.Position
	if app := fyne.CurrentApp(); app != nil {
		abs = app.Driver().AbsolutePositionForObject(v)
	}
	snap := func(rel, abs float32) float32 {
		return float32(math.Round(float64((abs+rel)*scale)))/scale - abs
	}
	img.Move(fyne.NewPos(snap(b.Pos.X+(b.Size.Width-w)/2, abs.X), snap(b.Pos.Y+(b.Size.Height-h)/2, abs.Y)))
	img.Resize(fyne.NewSize(w, h))
	img.Show()
}

func (r *slideRenderer) message(size fyne.Size, text string) {
	v := r.v
	v.msg.Text = text
	v.msg.TextSize = max(12, size.Height/24)
	v.msg.Move(fyne.NewPos(0, size.Height/2-v.msg.TextSize))
	v.msg.Resize(fyne.NewSize(size.Width, v.msg.TextSize*2))
	v.msg.Show()
	v.msg.Refresh()
}

// box is a rectangle inside a view, in Fyne units.
type box struct {
	Pos  fyne.Position
	Size fyne.Size
}

// letterbox fits a rectangle of the given aspect, centred, in size.
func letterbox(size fyne.Size, aspect float64) box {
	if aspect <= 0 {
		aspect = 16.0 / 9
	}
	w, h := size.Width, size.Width/float32(aspect)
	if h > size.Height {
		h, w = size.Height, size.Height*float32(aspect)
	}
	return box{Pos: fyne.NewPos((size.Width-w)/2, (size.Height-h)/2), Size: fyne.NewSize(w, h)}
}

// canvasScale is the pixels per Fyne unit of the canvas showing o (HiDPI).
func canvasScale(o fyne.CanvasObject) float32 {
	if app := fyne.CurrentApp(); app != nil {
		if c := app.Driver().CanvasForObject(o); c != nil && c.Scale() > 0 {
			return c.Scale()
		}
	}
	return 1
}
