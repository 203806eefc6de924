package layout

import (
	"bytes"
	"fmt"
	"image"
	"image/color"
	"image/draw"
	"strings"
	"testing"

	"github.com/srwiley/rasterx"
)

// chartSVG is a bar chart like the ones decks embed: a framed background,
// n stroked bars and labels.
func chartSVG(n int) []byte {
	var b strings.Builder
	b.WriteString(`<svg xmlns="http://www.w3.org/2000/svg" width="800" height="450" viewBox="0 0 800 450">`)
	b.WriteString(`<rect width="800" height="450" fill="#f8f8ff" stroke="#333"/>`)
	for i := range n {
		h := 60 + (i*97)%330
		fmt.Fprintf(&b, `<rect x="%d" y="%d" width="48" height="%d" fill="hsl(%d,70%%,50%%)" stroke="#000"/>`, 40+62*i, 420-h, h, 30*i)
		fmt.Fprintf(&b, `<text x="%d" y="440" font-size="14">Q%d</text>`, 64+62*i, i+1)
	}
	b.WriteString(`<circle cx="700" cy="80" r="40" fill="none" stroke="#c00" stroke-width="6"/>`)
	b.WriteString(`<path d="M600 60 C620 20 660 20 680 60" fill="none" stroke="#00c" stroke-width="3"/></svg>`)
	return []byte(b.String())
}

// rasterSVG draws data with its longest side at svgMaxSide, as LoadImage does.
func rasterSVG(data []byte) (image.Image, error) {
	doc, err := parseSVG(data)
	if err != nil {
		return nil, err
	}
	return doc.raster(svgMaxSide)
}

// rasterGV draws with rasterx's own whole-image scanner, the reference.
func rasterGV(t *testing.T, data []byte, pw, ph int) *image.RGBA {
	doc, err := parseSVG(data)
	if err != nil {
		t.Fatal(err)
	}
	if len(doc.parts) != 1 || doc.parts[0].paint == nil {
		t.Fatalf("a chart of plain shapes is %d parts, want one for oksvg", len(doc.parts))
	}
	p := doc.parts[0].paint
	img := image.NewRGBA(image.Rect(0, 0, pw, ph))
	p.draw(img, svgView{kx: float64(pw) / doc.w, ky: float64(ph) / doc.h, x: doc.x, y: doc.y}) // sets the icon up
	img = image.NewRGBA(image.Rect(0, 0, pw, ph))
	p.icon.Draw(rasterx.NewDasher(pw, ph, rasterx.NewScannerGV(pw, ph, img, img.Rect)), 1)
	return img
}

// TestBoxScannerMatchesScannerGV: drawing each shape in its own box gives
// the pixels rasterx's whole-image scanner gives.
func TestBoxScannerMatchesScannerGV(t *testing.T) {
	data := chartSVG(12)
	img, err := rasterSVG(data)
	if err != nil {
		t.Fatal(err)
	}
	got := img.(*image.RGBA)
	want := rasterGV(t, data, got.Rect.Dx(), got.Rect.Dy())
	off, worst := 0, 0
	for i := range want.Pix {
		d := int(got.Pix[i]) - int(want.Pix[i])
		worst = max(worst, d, -d)
		if d > 2 || d < -2 {
			off++
		}
	}
	if worst > 8 || off > len(want.Pix)/1000 {
		t.Errorf("%d of %d bytes differ by more than 2 (worst %d)", off, len(want.Pix), worst)
	}
	// the picture is really there: a bar's fill and the frame's background
	if c := got.RGBAAt(got.Rect.Dx()/2, got.Rect.Dy()/8); c.A != 255 || c.R < 240 {
		t.Errorf("background pixel %v", c)
	}
}

// BenchmarkRasterSVG draws a 12-bar chart with its longest side at 2048 px
// (what every SVG cost before pictures were drawn at their box size) and
// at 1024 and 512 px, the rasters for a half-width and a quarter-width box.
func BenchmarkRasterSVG(b *testing.B) {
	doc, err := parseSVG(chartSVG(12))
	if err != nil {
		b.Fatal(err)
	}
	for _, side := range []int{2048, 1024, 512} {
		b.Run(fmt.Sprint(side), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, err := doc.raster(side); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// TestToRGBA16Bit: the 16-bit fast paths give what image/draw gives.
func TestToRGBA16Bit(t *testing.T) {
	r := image.Rect(3, 5, 40, 30)
	n, p := image.NewNRGBA64(r), image.NewRGBA64(r)
	for y := r.Min.Y; y < r.Max.Y; y++ {
		for x := r.Min.X; x < r.Max.X; x++ {
			a := uint16((x*7919 + y*104729) % 65536)
			c := color.NRGBA64{R: uint16(x * 1500), G: uint16(y * 2100), B: uint16(x * y * 37), A: a}
			n.SetNRGBA64(x, y, c)
			p.Set(x, y, c)
		}
	}
	for _, src := range []image.Image{n, p, n.SubImage(image.Rect(10, 10, 20, 25))} {
		b := src.Bounds()
		want := image.NewRGBA(image.Rect(0, 0, b.Dx(), b.Dy()))
		draw.Draw(want, want.Rect, src, b.Min, draw.Src)
		if got := toRGBA(src); !bytes.Equal(got.Pix, want.Pix) || got.Rect != want.Rect {
			t.Errorf("%T %v: pixels differ from image/draw's", src, b)
		}
	}
}
