package pdfout

import (
	"fmt"
	"image"
	"image/color"

	"github.com/lectern-app/lectern/render/layout"
)

// Draw draws p on the current page with its top-left corner at (x, y)
// points, s points per slide unit: the background, then every op in order.
func (d *Doc) Draw(p *layout.Page, x, y, s float64) error {
	if d.cur == nil {
		return d.fail(fmt.Errorf("draw: no page added yet"))
	}
	if p == nil {
		return d.fail(fmt.Errorf("page %d: no page given", len(d.pages)))
	}
	t := xform{x: x, y: y, s: s}
	if p.Background.A > 0 {
		d.cur.fillRect(t.X(0), t.Y(0), p.W*s, p.H*s, 0, p.Background)
	}
	for i, op := range p.Ops {
		var err error
		switch o := op.(type) {
		case layout.Text:
			err = d.text(t, o)
		case *layout.Text:
			err = d.text(t, *o)
		case layout.Rect:
			d.rect(t, o)
		case *layout.Rect:
			d.rect(t, *o)
		case layout.Line:
			d.line(t, o)
		case *layout.Line:
			d.line(t, *o)
		case layout.Picture:
			err = d.picture(t, o)
		case *layout.Picture:
			err = d.picture(t, *o)
		}
		if err != nil {
			return d.fail(fmt.Errorf("page %d, item %d: %w", len(d.pages), i+1, err))
		}
	}
	return nil
}

// xform maps slide units to page points.
type xform struct{ x, y, s float64 }

func (t xform) X(v float64) float64 { return t.x + v*t.s }
func (t xform) Y(v float64) float64 { return t.y + v*t.s }

func (d *Doc) rect(t xform, o layout.Rect) {
	x, y, w, h := t.X(o.X), t.Y(o.Y), o.W*t.s, o.H*t.s
	if w <= 0 || h <= 0 {
		return
	}
	r := o.Radius * t.s
	if o.Fill.A > 0 {
		d.cur.fillRect(x, y, w, h, r, o.Fill)
	}
	if o.Stroke.A > 0 && o.StrokeWidth > 0 {
		d.cur.strokeRect(x, y, w, h, r, o.StrokeWidth*t.s, o.Stroke)
	}
}

func (d *Doc) line(t xform, o layout.Line) {
	if o.Color.A == 0 || o.Width <= 0 {
		return
	}
	d.cur.line(t.X(o.X1), t.Y(o.Y1), t.X(o.X2), t.Y(o.Y2), o.Width*t.s, o.Color)
}

// picture draws a picture's image stretched over its box, as render/raster
// does; when only a part of the embedded image fills the box (a cover
// background), the whole image is placed so that part meets the box and a
// clipping path cuts off the rest.
func (d *Doc) picture(t xform, o layout.Picture) error {
	w, h := o.W*t.s, o.H*t.s
	if w <= 0 || h <= 0 {
		return nil
	}
	img, part, err := d.images.image(o)
	if err != nil {
		return err
	}
	if img == nil { // nothing to draw: a placeholder box is the layout's job
		return nil
	}
	name, ok := d.imgName[img]
	if !ok {
		d.imgSeq = append(d.imgSeq, img)
		name = fmt.Sprintf("Im%d", len(d.imgSeq))
		d.imgName[img] = name
	}
	x, y := t.X(o.X), t.Y(o.Y)
	if part == (image.Rectangle{Max: img.size}) {
		d.cur.image(name, img, x, y, w, h, [4]float64{})
		return nil
	}
	sx, sy := w/float64(part.Dx()), h/float64(part.Dy()) // points per image pixel
	d.cur.image(name, img, x-float64(part.Min.X)*sx, y-float64(part.Min.Y)*sy,
		float64(img.size.X)*sx, float64(img.size.Y)*sy, [4]float64{x, y, w, h})
	return nil
}

// straight undoes the premultiplication of a translucent colour (ops carry
// color.RGBA; SVG text with opacity is the one translucent source): PDF
// takes the colour and the opacity apart.
func straight(c color.RGBA) color.RGBA {
	if c.A == 0 || c.A == 255 {
		return c
	}
	un := func(v uint8) uint8 { return uint8(min(255, (int(v)*255+int(c.A)/2)/int(c.A))) }
	return color.RGBA{un(c.R), un(c.G), un(c.B), c.A}
}
