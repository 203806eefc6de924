package layout

import (
	"bytes"
	"fmt"
	"image"
	"image/draw"
	"image/gif"
	_ "image/jpeg" // decoders for image.Decode
	_ "image/png"
	"os"
	"path/filepath"
	"strings"

	"github.com/lectern-app/lectern/internal/deckfiles"
)

// LoadImage decodes a PNG, JPEG, GIF (first frame) or SVG file, cached by
// path. An SVG comes rasterised with its longest side at svgMaxSide pixels;
// LoadImageAt draws it at the size it is shown instead.
func LoadImage(path string) (image.Image, error) {
	return LoadImageAt(path, 0, 0)
}

// LoadImageAt is LoadImage for a picture shown in a box of w×h pixels: an
// SVG is rasterised to fit the box (its longest side rounded up to the next
// step of a √2 ladder, at most svgMaxSide), so a chart drawn 500 px wide
// costs a 512-px raster, not a 2048-px one. Bitmaps come at their own size.
// w or h ≤ 0 means no box: the SVG's longest side is svgMaxSide.
func LoadImageAt(path string, w, h int) (image.Image, error) {
	st, err := os.Stat(path)
	if err != nil {
		return nil, fmt.Errorf("open image %s: %w", path, err)
	}
	v, err := images.get(path, st, func() (any, int64, error) { return decodeFile(path) })
	if err != nil {
		return nil, err
	}
	doc, ok := v.(*svgDoc)
	if !ok {
		return v.(image.Image), nil
	}
	side := doc.side(float64(w), float64(h))
	key := fmt.Sprintf("%s\x00svg@%d", path, side)
	v, err = images.get(key, st, func() (any, int64, error) {
		img, err := doc.raster(side)
		if err != nil {
			return nil, 0, fmt.Errorf("decode image %s: %w", path, err)
		}
		return img, pixelBytes(img), nil
	})
	if err != nil {
		return nil, err
	}
	return v.(image.Image), nil
}

// imageInfo is what the layout needs before it knows a picture's box: its
// aspect (width / height), its natural size, and whether it is a vector.
// Bitmaps come decoded (img); SVGs are only parsed.
type imageInfo struct {
	img    image.Image
	vector bool
	w, h   float64
}

func loadInfo(path string) (imageInfo, error) {
	v, err := loadCached(path)
	if err != nil {
		return imageInfo{}, err
	}
	if doc, ok := v.(*svgDoc); ok {
		return imageInfo{vector: true, w: doc.w, h: doc.h}, nil
	}
	img := v.(image.Image)
	b := img.Bounds()
	return imageInfo{img: img, w: float64(b.Dx()), h: float64(b.Dy())}, nil
}

// loadCached is the decoded bitmap (image.Image) or parsed SVG (*svgDoc)
// at path, from the cache while the file is unchanged.
func loadCached(path string) (any, error) {
	st, err := os.Stat(path)
	if err != nil {
		return nil, fmt.Errorf("open image %s: %w", path, err)
	}
	return images.get(path, st, func() (any, int64, error) { return decodeFile(path) })
}

// decodeFile reads an image file: a bitmap decoded to RGBA, or an SVG parsed
// (*svgDoc), with the bytes it keeps in memory.
func decodeFile(path string) (any, int64, error) {
	data, err := deckfiles.ReadFile(path)
	if err != nil {
		return nil, 0, err
	}
	if isSVG(path, data) {
		doc, err := parseSVGFile(data, filepath.Dir(path)) // its <image>s may show files beside it
		if err != nil {
			return nil, 0, broken(path, err)
		}
		return doc, doc.bytes, nil
	}
	if err := deckfiles.CheckPixels(path, data); err != nil {
		return nil, 0, err
	}
	var img image.Image
	if bytes.HasPrefix(data, []byte("GIF8")) {
		img, err = gif.Decode(bytes.NewReader(data)) // first frame
	} else {
		img, _, err = image.Decode(bytes.NewReader(data))
	}
	if err != nil {
		return nil, 0, broken(path, err)
	}
	if b := img.Bounds(); b.Dx() <= 0 || b.Dy() <= 0 {
		return nil, 0, broken(path, fmt.Errorf("the image is empty"))
	}
	rgba := toRGBA(shrink(img))
	return rgba, pixelBytes(rgba), nil
}

// broken is a file that is not an image Lectern can draw.
func broken(path string, err error) error {
	return &deckfiles.Error{Kind: deckfiles.KindBroken, Path: path,
		Why: fmt.Sprintf("image %s cannot be drawn: %v", path, err)}
}

func pixelBytes(img image.Image) int64 {
	b := img.Bounds()
	return int64(b.Dx()) * int64(b.Dy()) * 4
}

// toRGBA converts once at load so every backend scales from the fast path.
func toRGBA(img image.Image) *image.RGBA {
	if r, ok := img.(*image.RGBA); ok && r.Rect.Min == (image.Point{}) {
		return r
	}
	b := img.Bounds()
	out := image.NewRGBA(image.Rect(0, 0, b.Dx(), b.Dy()))
	switch m := img.(type) {
	case *image.NRGBA64: // 16-bit PNGs: image/draw has no fast path for them
		convert16(out, m.Pix, m.Stride, m.PixOffset(b.Min.X, b.Min.Y), true)
	case *image.RGBA64:
		convert16(out, m.Pix, m.Stride, m.PixOffset(b.Min.X, b.Min.Y), false)
	default:
		draw.Draw(out, out.Rect, img, b.Min, draw.Src)
	}
	return out
}

// convert16 fills out from 16-bit big-endian RGBA pixels starting at off,
// premultiplying when they are not (as color.NRGBA64.RGBA does).
func convert16(out *image.RGBA, pix []uint8, stride, off int, straight bool) {
	w, h := out.Rect.Dx(), out.Rect.Dy()
	for y := range h {
		src := pix[off+y*stride : off+y*stride+8*w]
		dst := out.Pix[y*out.Stride : y*out.Stride+4*w]
		for x := range w {
			s := src[8*x : 8*x+8 : 8*x+8]
			r := uint32(s[0])<<8 | uint32(s[1])
			g := uint32(s[2])<<8 | uint32(s[3])
			b := uint32(s[4])<<8 | uint32(s[5])
			a := uint32(s[6])<<8 | uint32(s[7])
			if straight {
				r, g, b = r*a/0xffff, g*a/0xffff, b*a/0xffff
			}
			d := dst[4*x : 4*x+4 : 4*x+4]
			d[0], d[1], d[2], d[3] = uint8(r>>8), uint8(g>>8), uint8(b>>8), uint8(a>>8)
		}
	}
}

func isSVG(path string, data []byte) bool {
	if strings.EqualFold(filepath.Ext(path), ".svg") {
		return true
	}
	head := data
	if len(head) > 512 {
		head = head[:512]
	}
	return bytes.Contains(head, []byte("<svg"))
}
