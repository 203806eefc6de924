package ui

import (
	"fmt"
	"image"
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"
)

// thumbWidth is the pixel width overview thumbnails are drawn at.
const thumbWidth = 320

// overview is the grid of slide thumbnails opened with Tab: arrows move the
// cursor (in show's state), Enter or a click jumps.
type overview struct {
	root   *fyne.Container
	grid   *fyne.Container
	scroll *container.Scroll
	tiles  []*thumb
	src    *slides
	onPick func(n int)
}

func newOverview(onPick func(n int)) *overview {
	o := &overview{onPick: onPick, grid: container.NewGridWrap(fyne.NewSize(260, 170))}
	o.scroll = container.NewVScroll(o.grid)
	o.root = container.NewStack(canvas.NewRectangle(colPanel), o.scroll)
	return o
}

// columns is how many thumbnails fit on a row at the current width.
func (o *overview) columns() int {
	return max(1, int((o.root.Size().Width+4)/(260+4)))
}

// show opens the grid of n slides with the cursor and the current slide marked.
func (o *overview) show(src *slides, n, cursor, current int) {
	if o.src != src || len(o.tiles) != n {
		o.build(src, n)
	}
	for i, t := range o.tiles {
		t.setCursor(i+1 == cursor, i+1 == current)
	}
	o.root.Show()
	if cursor >= 1 && cursor <= len(o.tiles) {
		c := o.tiles[cursor-1]
		pos := c.Position()
		if pos.Y < o.scroll.Offset.Y || pos.Y+c.Size().Height > o.scroll.Offset.Y+o.scroll.Size().Height {
			o.scroll.Offset.Y = pos.Y
			o.scroll.Refresh()
		}
	}
}

func (o *overview) build(src *slides, n int) {
	o.src = src
	o.tiles = nil
	o.grid.Objects = nil
	for i := 1; i <= n; i++ {
		t := newThumb(i, func(k int) { o.onPick(k) })
		o.tiles = append(o.tiles, t)
		o.grid.Add(t)
	}
	o.grid.Refresh()
	// Thumbnails are drawn off the UI goroutine; each tile fills in when ready.
	tiles := o.tiles
	go func() {
		for i, t := range tiles {
			img, err := src.image(i+1, 1, thumbWidth)
			if err != nil {
				continue
			}
			fyne.Do(func() { t.setImage(img) })
		}
	}()
}

// thumb is one tappable tile of the overview.
type thumb struct {
	widget.BaseWidget
	n     int
	img   *canvas.Image
	label *canvas.Text
	frame *canvas.Rectangle
	onTap func(n int)
	bg    *canvas.Rectangle
}

func newThumb(n int, onTap func(int)) *thumb {
	t := &thumb{n: n, onTap: onTap,
		img:   &canvas.Image{FillMode: canvas.ImageFillContain},
		label: canvas.NewText(fmt.Sprint(n), colNormal),
		frame: canvas.NewRectangle(color.Transparent),
		bg:    canvas.NewRectangle(color.Black),
	}
	t.frame.StrokeWidth = 4
	t.label.TextSize = 16
	t.ExtendBaseWidget(t)
	return t
}

func (t *thumb) setImage(img image.Image) {
	t.img.Image = img
	t.img.Refresh()
}

func (t *thumb) Tapped(*fyne.PointEvent) { t.onTap(t.n) }

func (t *thumb) setCursor(cursor, current bool) {
	switch {
	case cursor:
		t.frame.StrokeColor = colCursor
	case current:
		t.frame.StrokeColor = colWarn
	default:
		t.frame.StrokeColor = color.Transparent
	}
	t.frame.Refresh()
}

func (t *thumb) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(container.NewStack(t.bg,
		container.NewBorder(nil, t.label, nil, nil, t.img), t.frame))
}
