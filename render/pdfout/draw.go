package pdfout

import (
	"fmt"
	"image"
	"image/color"

	"github.com/signintech/gopdf"

	"github.com/lectern-app/lectern/render/fonts"
	"github.com/lectern-app/lectern/render/layout"
)

// Draw draws p on the current page with its top-left corner at (x, y)
// points, s points per slide unit: the background, then every op in order.
func (d *Doc) Draw(p *layout.Page, x, y, s float64) error {
	if d.pages == 0 {
		return d.fail(fmt.Errorf("draw: no page added yet"))
	}
	if p == nil {
		return d.fail(fmt.Errorf("page %d: no page given", d.pages))
	}
	t := xform{x: x, y: y, s: s}
	if p.Background.A > 0 {
		d.fillRect(t.X(0), t.Y(0), p.W*s, p.H*s, p.Background, 0)
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
			return d.fail(fmt.Errorf("page %d, item %d: %w", d.pages, i+1, err))
		}
	}
	return nil
}

// xform maps slide units to page points.
type xform struct{ x, y, s float64 }

func (t xform) X(v float64) float64 { return t.x + v*t.s }
func (t xform) Y(v float64) float64 { return t.y + v*t.s }

func (d *Doc) text(t xform, o layout.Text) error {
	if o.Text == "" || o.Color.A == 0 || o.Size <= 0 {
		return nil
	}
	size := o.Size * t.s
	x, y := t.X(o.X), t.Y(o.Y)
	d.alpha(o.Color.A)
	o.Color = straight(o.Color)
	defer d.gp.ClearTransparency()
	var err error
	if fonts.Simple(o.Font, o.Text) {
		err = d.run(x, y, size, o.Color, fonts.Run{Font: o.Font, Text: o.Text})
	} else { // text not split by the layout (TextAt): one face per run
		rx := x
		fonts.EachRun(o.Font, o.Text, func(r fonts.Run) {
			if err == nil {
				err = d.run(rx, y, size, o.Color, r)
			}
			rx += fonts.Measure(r.Font, size, r.Text)
		})
	}
	if err == nil && (o.Strike || o.Link != "") {
		w := fonts.Measure(o.Font, o.Size, o.Text) * t.s
		if o.Strike {
			d.gp.SetStrokeColor(o.Color.R, o.Color.G, o.Color.B)
			d.gp.SetLineWidth(size * 0.06)
			up := fonts.VMetrics(o.Font, size).Ascent * 0.32
			d.gp.Line(x, y-up, x+w, y-up)
		}
		if o.Link != "" {
			m := fonts.VMetrics(o.Font, size)
			d.gp.AddExternalLink(o.Link, x, y-m.Ascent, w, m.Ascent+m.Descent)
		}
	}
	return err
}

// run sets text in one face at baseline (x, y) points. Characters no font
// has become outlined boxes, as the raster backend's .notdef draws them:
// gopdf would put a blank space there.
func (d *Doc) run(x, y, size float64, c color.RGBA, r fonts.Run) error {
	if r.Missing {
		d.gp.SetStrokeColor(c.R, c.G, c.B)
		d.gp.SetLineWidth(max(0.3, size*0.04))
		m := fonts.VMetrics(r.Font, size)
		for _, ch := range r.Text {
			w := fonts.Advance(r.Font, size, ch)
			d.gp.RectFromUpperLeftWithStyle(x+0.1*w, y-0.75*m.Ascent, 0.8*w, 0.75*m.Ascent, "D")
			x += w
		}
		return nil
	}
	if err := d.setFont(r.Font, size); err != nil {
		return err
	}
	d.gp.SetTextColor(c.R, c.G, c.B)
	d.gp.SetXY(x, y)
	return d.gp.Text(r.Text)
}

func (d *Doc) rect(t xform, o layout.Rect) {
	x, y, w, h := t.X(o.X), t.Y(o.Y), o.W*t.s, o.H*t.s
	if w <= 0 || h <= 0 {
		return
	}
	r := o.Radius * t.s
	if o.Fill.A > 0 {
		d.fillRect(x, y, w, h, o.Fill, r)
	}
	if o.Stroke.A > 0 && o.StrokeWidth > 0 {
		d.alpha(o.Stroke.A)
		d.gp.SetStrokeColor(o.Stroke.R, o.Stroke.G, o.Stroke.B)
		d.gp.SetLineWidth(o.StrokeWidth * t.s)
		d.shape(x, y, w, h, r, "D")
		d.gp.ClearTransparency()
	}
}

func (d *Doc) fillRect(x, y, w, h float64, c color.RGBA, r float64) {
	d.alpha(c.A)
	d.gp.SetFillColor(c.R, c.G, c.B)
	d.shape(x, y, w, h, r, "F")
	d.gp.ClearTransparency()
}

// shape draws a rectangle, its corners rounded by r (a polygon through
// points on each quarter circle, as gopdf draws them).
func (d *Doc) shape(x, y, w, h, r float64, style string) {
	r = min(r, w/2, h/2)
	if r > 0.2 {
		if err := d.gp.Rectangle(x, y, x+w, y+h, style, r, 8); err == nil {
			return
		}
	}
	d.gp.RectFromUpperLeftWithStyle(x, y, w, h, style)
}

func (d *Doc) line(t xform, o layout.Line) {
	if o.Color.A == 0 || o.Width <= 0 {
		return
	}
	d.alpha(o.Color.A)
	d.gp.SetStrokeColor(o.Color.R, o.Color.G, o.Color.B)
	d.gp.SetLineWidth(o.Width * t.s)
	d.gp.Line(t.X(o.X1), t.Y(o.Y1), t.X(o.X2), t.Y(o.Y2))
	d.gp.ClearTransparency()
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
	x, y := t.X(o.X), t.Y(o.Y)
	if part == (image.Rectangle{Max: img.size}) {
		return d.gp.ImageByHolder(img.holder(), x, y, &gopdf.Rect{W: w, H: h})
	}
	sx, sy := w/float64(part.Dx()), h/float64(part.Dy()) // points per image pixel
	return d.gp.ImageByHolderWithOptions(img.holder(), gopdf.ImageOptions{
		X: x, Y: y,
		Rect: &gopdf.Rect{W: float64(img.size.X) * sx, H: float64(img.size.Y) * sy},
		// gopdf clips to (x, y, Width, Height) and draws the image Rect
		// with its top-left at (x - X, y - Y)
		Crop: &gopdf.CropOptions{X: float64(part.Min.X) * sx, Y: float64(part.Min.Y) * sy, Width: w, Height: h},
	})
}

// alpha sets the transparency of what is drawn next; opaque clears it.
func (d *Doc) alpha(a uint8) {
	if a == 255 {
		d.gp.ClearTransparency()
		return
	}
	tr, err := gopdf.NewTransparency(float64(a)/255, "")
	if err == nil {
		_ = d.gp.SetTransparency(tr)
	}
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
