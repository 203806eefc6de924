package pdfout

import (
	"bytes"
	"image"
	"image/color"
	"image/png"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/pdfcpu/pdfcpu/pkg/api"

	"github.com/lectern-app/lectern/internal/deck"
	"github.com/lectern-app/lectern/internal/pdfdoc"
	"github.com/lectern-app/lectern/render/layout"
	"github.com/lectern-app/lectern/render/raster"
)

// imagesDir holds the shared test pictures: chart.png (600×400, 8-bit,
// passed through), photo.jpg (320×200), venue.png (800×450, 16-bit:
// re-encoded), anim.gif (200×200) and diagram.svg (2:1).
var imagesDir = filepath.Join("..", "..", "testdata", "render", "images")

// writePattern writes a w×h PNG whose colour changes smoothly but
// everywhere (gradients and waves), so any shift or stretch of it shows.
func writePattern(t *testing.T, path string, w, h int) {
	t.Helper()
	m := image.NewNRGBA(image.Rect(0, 0, w, h))
	for y := range h {
		for x := range w {
			b := 127 + 120*math.Sin(float64(x)/9)*math.Cos(float64(y)/13)
			m.SetNRGBA(x, y, color.NRGBA{R: uint8(x * 255 / w), G: uint8(y * 255 / h), B: uint8(b), A: 255})
		}
	}
	var buf bytes.Buffer
	if err := png.Encode(&buf, m); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
}

// coverPicture is what the layout emits for a cover background: the file
// as Path, its decoded pixels cut to the box's aspect (centred) as Image.
func coverPicture(t *testing.T, path string, x, y, w, h float64) layout.Picture {
	t.Helper()
	full, err := layout.LoadImage(path)
	if err != nil {
		t.Fatal(err)
	}
	b := full.Bounds()
	r := b
	if float64(b.Dx())/float64(b.Dy()) > w/h {
		nw := int(float64(b.Dy())*w/h + 0.5)
		r.Min.X = (b.Dx() - nw) / 2
		r.Max.X = r.Min.X + nw
	} else {
		nh := int(float64(b.Dx())*h/w + 0.5)
		r.Min.Y = (b.Dy() - nh) / 2
		r.Max.Y = r.Min.Y + nh
	}
	sub := full.(interface {
		SubImage(image.Rectangle) image.Image
	}).SubImage(r)
	return layout.Picture{X: x, Y: y, W: w, H: h, Path: path, Source: path, Image: sub, Alt: filepath.Base(path)}
}

// whole is an uncropped picture of a file.
func whole(t *testing.T, path string, x, y, w, h float64) layout.Picture {
	t.Helper()
	img, err := layout.LoadImage(path)
	if err != nil {
		t.Fatal(err)
	}
	return layout.Picture{X: x, Y: y, W: w, H: h, Path: path, Source: path, Image: img}
}

// renderBack writes pages with WritePages and renders every page back to
// pixels with MuPDF, widthPx wide.
func renderBack(t *testing.T, pages []*layout.Page, widthPx int) ([]*image.RGBA, []byte) {
	t.Helper()
	out := filepath.Join(t.TempDir(), "pictures.pdf")
	if err := WritePages(out, pages, Options{}); err != nil {
		t.Fatal(err)
	}
	if err := api.ValidateFile(out, nil); err != nil {
		t.Fatalf("pdfcpu rejects the output: %v", err)
	}
	doc, err := pdfdoc.Open(out)
	if err != nil {
		t.Fatal(err)
	}
	defer doc.Close()
	var imgs []*image.RGBA
	for i := range pages {
		img, err := doc.Render(i+1, widthPx)
		if err != nil {
			t.Fatal(err)
		}
		imgs = append(imgs, img)
	}
	data, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	return imgs, data
}

// meanDiff is the mean absolute difference per colour channel (0..255) of
// two images over their common area.
func meanDiff(a, b *image.RGBA) float64 {
	r := a.Rect.Intersect(b.Rect)
	sum, n := 0.0, 0
	for y := r.Min.Y; y < r.Max.Y; y++ {
		for x := r.Min.X; x < r.Max.X; x++ {
			pa, pb := a.Pix[a.PixOffset(x, y):], b.Pix[b.PixOffset(x, y):]
			for c := range 3 {
				sum += math.Abs(float64(pa[c]) - float64(pb[c]))
			}
			n += 3
		}
	}
	return sum / float64(max(n, 1))
}

// samePixels checks that every page, written as PDF and rendered back by
// MuPDF, looks like render/raster's drawing of it.
func samePixels(t *testing.T, names []string, pages []*layout.Page) []byte {
	t.Helper()
	const width, tolerance = 960, 1.5
	got, data := renderBack(t, pages, width)
	for i, p := range pages {
		want := raster.Draw(p, width)
		if d := got[i].Rect.Size().Sub(want.Rect.Size()); abs(d.X) > 2 || abs(d.Y) > 2 {
			t.Errorf("%s: PDF page renders %v, raster %v", names[i], got[i].Rect, want.Rect)
			continue
		}
		diff := meanDiff(got[i], want)
		t.Logf("%s: mean difference %.2f", names[i], diff)
		if diff > tolerance {
			t.Errorf("%s: the PDF page differs from the raster drawing by %.1f per channel on average, want ≤ %.1f", names[i], diff, tolerance)
			savePNG(t, names[i]+"-pdf.png", got[i])
			savePNG(t, names[i]+"-raster.png", want)
		}
	}
	return data
}

func abs(v int) int { return max(v, -v) }

// savePNG keeps the pictures of a failure when LECTERN_TEST_OUT names a folder.
func savePNG(t *testing.T, name string, img image.Image) {
	dir := os.Getenv("LECTERN_TEST_OUT")
	if dir == "" {
		return
	}
	var buf bytes.Buffer
	if err := png.Encode(&buf, img); err == nil {
		_ = os.WriteFile(filepath.Join(dir, name), buf.Bytes(), 0o644)
	}
}

func TestCoverPictureMatchesRaster(t *testing.T) {
	dir := t.TempDir()
	tall := filepath.Join(dir, "tall.png") // 3:4 on a 16:9 page: most of it is cut off
	writePattern(t, tall, 300, 400)
	wide := filepath.Join(dir, "wide.png") // 3:1 into a 40% strip
	writePattern(t, wide, 600, 200)
	page := func(ops ...layout.Op) *layout.Page {
		return &layout.Page{W: 1920, H: 1080, Background: color.RGBA{R: 255, G: 255, B: 255, A: 255}, Ops: ops}
	}
	cover := coverPicture(t, tall, 0, 0, 1920, 1080)
	names := []string{"cover", "split", "both", "whole"}
	pages := []*layout.Page{
		page(cover),
		page(coverPicture(t, wide, 0, 0, 768, 1080)),
		// the same file cropped two ways on one page
		page(coverPicture(t, tall, 0, 0, 960, 1080), coverPicture(t, tall, 960, 300, 960, 300)),
		// uncropped: the whole file stretched over its box, as before
		page(whole(t, tall, 200, 100, 600, 800)),
	}
	data := samePixels(t, names, pages)
	// one image object per file, however it is cropped: the file itself,
	// not the cropped pixels re-encoded
	if n := bytes.Count(data, []byte("/Subtype /Image")); n != 2 {
		t.Errorf("%d image objects, want 2 (one per file)", n)
	}

	// The stretched (uncropped) drawing this replaces must fail the check,
	// or the check proves nothing.
	stretched := cover
	stretched.Image = nil
	got, _ := renderBack(t, []*layout.Page{page(stretched)}, 960)
	if d := meanDiff(got[0], raster.Draw(page(cover), 960)); d < 15 {
		t.Errorf("a stretched picture differs by only %.1f: the test image does not show a stretch", d)
	}
}

// TestMarkdownBackgroundsMatchRaster draws Marp backgrounds laid out by
// render/layout from the shared test images: bitmaps passed through
// (PNG, JPEG), re-encoded (16-bit PNG, GIF) and an SVG rasterised by the
// layout (Path "", Source the SVG).
func TestMarkdownBackgroundsMatchRaster(t *testing.T) {
	cases := []struct{ name, body string }{
		{"png-cover", "![bg](chart.png)"},
		{"jpeg-cover", "![bg cover](photo.jpg)"},
		{"png16-left", "![bg left:40%](venue.png)"},
		{"gif-right", "![bg right:30%](anim.gif)"},
		// the same re-encoded files uncropped after their crops above: the
		// document embeds each file whole, not the first crop of it
		{"png16-contain", "![bg contain](venue.png)"},
		{"gif-contain", "![bg 80%](anim.gif)"},
		{"svg-cover", "![bg](diagram.svg)"},
		{"svg-left", "![bg left](diagram.svg)"},
		{"two-bgs", "![bg](photo.jpg)\n![bg](chart.png)"},
		{"contain", "![bg contain](chart.png)"},
	}
	var names []string
	var pages []*layout.Page
	for i, c := range cases {
		s := &deck.Slide{Number: i + 1, Body: c.body}
		p, err := layout.Layout(s, &deck.Deck{}, 1, layout.Options{Dir: imagesDir, NoNumber: true})
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		pics := 0
		for _, op := range p.Ops {
			pic, ok := op.(layout.Picture)
			if !ok {
				t.Fatalf("%s: op %T, want pictures only: %+v", c.name, op, op)
			}
			if pic.Image == nil {
				t.Fatalf("%s: picture without pixels: %+v", c.name, pic)
			}
			if strings.HasPrefix(c.name, "svg") && (pic.Path != "" || filepath.Base(pic.Source) != "diagram.svg") {
				t.Fatalf("%s: an SVG picture names Path %q, Source %q", c.name, pic.Path, pic.Source)
			}
			pics++
		}
		if pics == 0 {
			t.Fatalf("%s: no picture laid out", c.name)
		}
		names = append(names, c.name)
		pages = append(pages, p)
	}
	samePixels(t, names, pages)
}

func TestForeignPixelsAndMissingFile(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "p.png")
	writePattern(t, path, 40, 30)
	pic := coverPicture(t, path, 0, 0, 100, 100)
	// Pixels that are not the file's (larger than it) are drawn as they
	// are, not as a crop of the file.
	foreign := pic
	red := image.NewRGBA(image.Rect(0, 0, 80, 80))
	for i := 0; i < len(red.Pix); i += 4 {
		red.Pix[i], red.Pix[i+3] = 220, 255
	}
	foreign.Image = red
	samePixels(t, []string{"foreign"}, []*layout.Page{{W: 100, H: 100, Ops: []layout.Op{foreign}}})
	// A file that disappears is reported by name when there are no pixels.
	gone := layout.Picture{W: 10, H: 10, Path: filepath.Join(dir, "gone.png")}
	err := WritePages(filepath.Join(dir, "gone.pdf"), []*layout.Page{{W: 100, H: 100, Ops: []layout.Op{gone}}}, Options{})
	if err == nil || !strings.Contains(err.Error(), "gone.png") {
		t.Errorf("missing file: %v", err)
	}
}
