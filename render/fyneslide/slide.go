// Package fyneslide draws a laid-out page (render/layout) with Fyne canvas
// objects, scaled to the widget's size with the page letterboxed: the aspect
// is kept and the bars outside the page are black.
package fyneslide

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/widget"

	"github.com/lectern-app/lectern/render/layout"
)

// Slide is a widget showing one page. Call SetPage from the Fyne goroutine
// (inside fyne.Do when on another one).
type Slide struct {
	widget.BaseWidget
	page *layout.Page
	bars color.Color
}

// New returns a widget drawing p (nil: an empty black area).
func New(p *layout.Page) *Slide {
	s := &Slide{page: p, bars: color.Black}
	s.ExtendBaseWidget(s)
	return s
}

// SetPage shows another page.
func (s *Slide) SetPage(p *layout.Page) {
	if s.page == p {
		return
	}
	s.page = p
	s.Refresh()
}

// Page is the page shown.
func (s *Slide) Page() *layout.Page { return s.page }

// SetBars sets the colour outside the page (black by default).
func (s *Slide) SetBars(c color.Color) {
	s.bars = c
	s.Refresh()
}

// MinSize is small: a slide scales to whatever room it gets.
func (s *Slide) MinSize() fyne.Size { return fyne.NewSize(32, 18) }

// CreateRenderer implements fyne.Widget.
func (s *Slide) CreateRenderer() fyne.WidgetRenderer {
	r := &renderer{s: s, bars: canvas.NewRectangle(s.bars), bg: canvas.NewRectangle(color.Transparent)}
	r.build()
	return r
}

// Letterbox returns the scale and offset that fit a w×h page into size.
func Letterbox(pageW, pageH float64, size fyne.Size) (k float32, off fyne.Position) {
	if pageW <= 0 || pageH <= 0 || size.Width <= 0 || size.Height <= 0 {
		return 0, fyne.Position{}
	}
	k = min(size.Width/float32(pageW), size.Height/float32(pageH))
	return k, fyne.NewPos((size.Width-float32(pageW)*k)/2, (size.Height-float32(pageH)*k)/2)
}
