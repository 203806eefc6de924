package pdfout

import (
	"bytes"
	"fmt"
	"image/color"
)

// page is one page being drawn: its content stream, in PDF's coordinates
// (origin bottom-left, y up; every drawing call here takes top-down points
// and flips them), and the resources and links it uses.
type page struct {
	w, h    float64
	c       bytes.Buffer
	fonts   map[string]int // resource name -> font object key (faceEmbed part)
	images  map[string]*embedded
	gstates map[uint8]bool // alpha values used, as /GS<alpha>
	links   []link
}

// link is an external link annotation, its box in PDF coordinates.
type link struct {
	x0, y0, x1, y1 float64
	uri            string
}

func newPage(w, h float64) *page {
	return &page{w: w, h: h, fonts: map[string]int{}, images: map[string]*embedded{}, gstates: map[uint8]bool{}}
}

// y turns a top-down y in points into PDF's bottom-up one.
func (p *page) y(v float64) float64 { return p.h - v }

func (p *page) printf(format string, args ...any) { fmt.Fprintf(&p.c, format, args...) }

// save opens a graphics state with alpha a (opaque: no ExtGState).
func (p *page) save(a uint8) {
	p.c.WriteString("q\n")
	if a < 255 {
		p.gstates[a] = true
		p.printf("/GS%d gs\n", a)
	}
}

func (p *page) restore() { p.c.WriteString("Q\n") }

func (p *page) fillColor(c color.RGBA) {
	p.printf("%s %s %s rg\n", num(float64(c.R)/255), num(float64(c.G)/255), num(float64(c.B)/255))
}

func (p *page) strokeColor(c color.RGBA) {
	p.printf("%s %s %s RG\n", num(float64(c.R)/255), num(float64(c.G)/255), num(float64(c.B)/255))
}

// rectPath adds a rectangle with its top-left at (x, y), corners rounded
// by r (quarter circles as Bézier curves).
func (p *page) rectPath(x, y, w, h, r float64) {
	r = min(r, w/2, h/2)
	x0, y1 := x, p.y(y) // PDF: y1 is the top edge
	x1, y0 := x+w, y1-h
	if r <= 0.05 {
		p.printf("%s %s %s %s re\n", num(x0), num(y0), num(w), num(h))
		return
	}
	k := r * 0.5523 // control distance of a quarter circle
	p.printf("%s %s m\n", num(x0+r), num(y0))
	p.printf("%s %s l\n", num(x1-r), num(y0))
	p.printf("%s %s %s %s %s %s c\n", num(x1-r+k), num(y0), num(x1), num(y0+r-k), num(x1), num(y0+r))
	p.printf("%s %s l\n", num(x1), num(y1-r))
	p.printf("%s %s %s %s %s %s c\n", num(x1), num(y1-r+k), num(x1-r+k), num(y1), num(x1-r), num(y1))
	p.printf("%s %s l\n", num(x0+r), num(y1))
	p.printf("%s %s %s %s %s %s c\n", num(x0+r-k), num(y1), num(x0), num(y1-r+k), num(x0), num(y1-r))
	p.printf("%s %s l\n", num(x0), num(y0+r))
	p.printf("%s %s %s %s %s %s c h\n", num(x0), num(y0+r-k), num(x0+r-k), num(y0), num(x0+r), num(y0))
}

// fillRect fills a (rounded) rectangle in c, its alpha as opacity.
func (p *page) fillRect(x, y, w, h, r float64, c color.RGBA) {
	p.save(c.A)
	p.fillColor(c)
	p.rectPath(x, y, w, h, r)
	p.c.WriteString("f\n")
	p.restore()
}

// strokeRect outlines a (rounded) rectangle, the stroke centred on its edge.
func (p *page) strokeRect(x, y, w, h, r, width float64, c color.RGBA) {
	p.save(c.A)
	p.strokeColor(c)
	p.printf("%s w\n", num(width))
	p.rectPath(x, y, w, h, r)
	p.c.WriteString("S\n")
	p.restore()
}

// line strokes a straight line with butt ends.
func (p *page) line(x1, y1, x2, y2, width float64, c color.RGBA) {
	p.save(c.A)
	p.strokeColor(c)
	p.printf("%s w\n%s %s m %s %s l S\n", num(width), num(x1), num(p.y(y1)), num(x2), num(p.y(y2)))
	p.restore()
}

// image draws img stretched over the box (x, y, w, h); clip, when not
// empty, is the box (same units) outside which nothing shows.
func (p *page) image(name string, img *embedded, x, y, w, h float64, clip [4]float64) {
	p.images[name] = img
	p.c.WriteString("q\n")
	if clip[2] > 0 && clip[3] > 0 {
		p.printf("%s %s %s %s re W n\n", num(clip[0]), num(p.y(clip[1])-clip[3]), num(clip[2]), num(clip[3]))
	}
	p.printf("%s 0 0 %s %s %s cm /%s Do\nQ\n", num(w), num(h), num(x), num(p.y(y)-h), name)
}

// addLink makes the box (x, y top-left, w, h) a link to uri.
func (p *page) addLink(x, y, w, h float64, uri string) {
	p.links = append(p.links, link{x, p.y(y) - h, x + w, p.y(y), uri})
}
