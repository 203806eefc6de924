package ui

import (
	"image"
	"math"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"github.com/lectern-app/lectern/render/layout"
	"github.com/lectern-app/lectern/render/raster"
)

// notesPane shows a slide's notes drawn by the slides' own engine
// (layout.LayoutNotes, then render/raster) at the pane's real pixel width,
// pixel for pixel, in a vertical scroll: Hindi or Arabic notes look as they
// do on the slides. Redrawn only when the notes, the width or the notes size
// change; the last few drawings are kept.
type notesPane struct {
	widget.BaseWidget
	md          string
	slide, step int
	steps       int // the speaker's +/- notes size
	img         *canvas.Image
	sizer       *fixedSize
	scroll      *container.Scroll
	shown       notesKey     // what img holds
	page        *layout.Page // the page img was drawn from (tests read it)
	cache       notesCache
	scrollToTop bool
}

// notesKey is one drawing of a slide step's notes.
type notesKey struct {
	slide, step int
	md          string
	px          int // pixel width
	steps       int
}

func newNotesPane() *notesPane {
	p := &notesPane{img: &canvas.Image{FillMode: canvas.ImageFillStretch, ScaleMode: canvas.ImageScalePixels}}
	p.sizer = &fixedSize{}
	p.scroll = container.NewVScroll(container.New(p.sizer, p.img))
	p.ExtendBaseWidget(p)
	return p
}

// show sets the notes (Markdown, as console.StepNotesMarkdown gives them) of
// a slide step at a notes size; called on every clock tick too, so
// unchanged notes cost a comparison.
func (p *notesPane) show(slide, step int, md string, steps int) {
	if p.slide == slide && p.step == step && p.md == md && p.steps == steps {
		return
	}
	if p.md != md || p.slide != slide || p.step != step {
		p.scrollToTop = true
	}
	p.slide, p.step, p.md, p.steps = slide, step, md, steps
	p.Refresh()
}

func (p *notesPane) CreateRenderer() fyne.WidgetRenderer { return &notesRenderer{p: p} }

type notesRenderer struct{ p *notesPane }

func (r *notesRenderer) Objects() []fyne.CanvasObject { return []fyne.CanvasObject{r.p.scroll} }
func (r *notesRenderer) Destroy()                     {}
func (r *notesRenderer) MinSize() fyne.Size           { return fyne.NewSize(32, 32) }
func (r *notesRenderer) Refresh()                     { r.Layout(r.p.Size()) }

func (r *notesRenderer) Layout(size fyne.Size) {
	p := r.p
	p.scroll.Move(fyne.NewPos(0, 0))
	p.scroll.Resize(size)
	scale := canvasScale(p)
	px := int(math.Round(float64(size.Width * scale)))
	if px < 8 {
		return
	}
	k := notesKey{slide: p.slide, step: p.step, md: p.md, px: px, steps: p.steps}
	if k == p.shown && p.img.Image != nil {
		return
	}
	img, page := p.cache.get(k)
	if img == nil {
		// the page is laid out in Fyne units, drawn at the canvas scale
		page = layout.LayoutNotes(p.md, float64(px)/float64(scale), float64(notesTextSize(p.steps)))
		img = raster.Draw(page, px)
		p.cache.put(k, img, page)
	}
	p.shown, p.page = k, page
	p.img.Image = img
	p.img.Refresh()
	b := img.Bounds()
	w, h := float32(b.Dx())/scale, float32(b.Dy())/scale
	p.img.Resize(fyne.NewSize(w, h))
	p.sizer.min = fyne.NewSize(w, h)
	if p.scrollToTop {
		p.scrollToTop = false
		p.scroll.Offset = fyne.NewPos(0, 0)
	}
	p.scroll.Refresh()
}

// fixedSize lays its objects out at their own size and asks for min.
type fixedSize struct{ min fyne.Size }

func (l *fixedSize) MinSize([]fyne.CanvasObject) fyne.Size { return l.min }
func (l *fixedSize) Layout(objs []fyne.CanvasObject, _ fyne.Size) {
	for _, o := range objs {
		o.Move(fyne.NewPos(0, 0))
	}
}

// notesCache keeps the last drawings, bounded by count and bytes: going back
// a slide or toggling the size again does not draw again.
type notesCache struct{ entries []notesEntry }

type notesEntry struct {
	k    notesKey
	img  *image.RGBA
	page *layout.Page
}

const (
	notesCacheEntries = 8
	notesCacheBytes   = 24 << 20
)

func (c *notesCache) get(k notesKey) (*image.RGBA, *layout.Page) {
	for i, e := range c.entries {
		if e.k == k {
			copy(c.entries[1:i+1], c.entries[:i]) // most recent first
			c.entries[0] = e
			return e.img, e.page
		}
	}
	return nil, nil
}

func (c *notesCache) put(k notesKey, img *image.RGBA, page *layout.Page) {
	c.entries = append([]notesEntry{{k, img, page}}, c.entries...)
	total := 0
	for i, e := range c.entries {
		total += len(e.img.Pix)
		if i >= notesCacheEntries || (i > 0 && total > notesCacheBytes) {
			c.entries = c.entries[:i]
			break
		}
	}
}
