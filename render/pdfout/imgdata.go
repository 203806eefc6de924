package pdfout

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"image"
	"image/color"
	"image/draw"
	"image/jpeg"
	"image/png"
)

// embedded is an image ready to write as a PDF image XObject: its stream
// data (already encoded: the file's own JPEG or PNG data where PDF reads it
// as it is), the entries describing it, and its alpha as a soft mask.
type embedded struct {
	id     string
	size   image.Point
	dict   string // /ColorSpace, /BitsPerComponent, /Filter, /DecodeParms
	data   []byte
	mask   *embedded // alpha as a greyscale image; nil when opaque
	weight int       // bytes held, for the cache's limit
}

// write writes the image (and its mask) and returns the image's object.
func (e *embedded) write(ow *objWriter) int {
	mask := ""
	if e.mask != nil {
		mask = "/SMask " + ref(e.mask.write(ow)) + " "
	}
	n := ow.alloc()
	ow.stream(n, fmt.Sprintf("/Type /XObject /Subtype /Image /Width %d /Height %d %s %s", e.size.X, e.size.Y, e.dict, mask), e.data, true)
	return n
}

// fromFile prepares a file's bytes without decoding its pixels when PDF can
// take them as they are: a JPEG (DCTDecode) or a non-interlaced PNG of at
// most 8 bits, grey, RGB or palette, with no transparency (its zlib data
// with PNG predictors). ok is false for anything else.
func fromFile(raw []byte) (e *embedded, ok bool, err error) {
	if len(raw) > 3 && raw[0] == 0xFF && raw[1] == 0xD8 && raw[2] == 0xFF {
		cfg, err := jpeg.DecodeConfig(bytes.NewReader(raw))
		if err != nil {
			return nil, false, err
		}
		cs := "/DeviceRGB"
		switch cfg.ColorModel {
		case color.GrayModel:
			cs = "/DeviceGray"
		case color.CMYKModel: // Adobe's CMYK JPEGs store inverted values
			cs = "/DeviceCMYK /Decode [1 0 1 0 1 0 1 0]"
		}
		return &embedded{size: image.Pt(cfg.Width, cfg.Height), data: raw, weight: len(raw),
			dict: "/ColorSpace " + cs + " /BitsPerComponent 8 /Filter /DCTDecode"}, true, nil
	}
	return fromPNG(raw)
}

func fromPNG(b []byte) (*embedded, bool, error) {
	if len(b) < 33 || string(b[:8]) != "\x89PNG\r\n\x1a\n" || string(b[12:16]) != "IHDR" {
		return nil, false, nil
	}
	w, h := binary.BigEndian.Uint32(b[16:]), binary.BigEndian.Uint32(b[20:])
	depth, ctype, interlace := int(b[24]), b[25], b[28]
	var colors int
	switch {
	case interlace != 0 || depth > 8:
		return nil, false, nil
	case ctype == 0:
		colors = 1
	case ctype == 2 && depth == 8:
		colors = 3
	case ctype == 3:
		colors = 1
	default: // alpha channels need a separate mask: decode
		return nil, false, nil
	}
	var idat bytes.Buffer
	var palette []byte
	for p := 8; p+12 <= len(b); {
		n := int(binary.BigEndian.Uint32(b[p:]))
		typ := string(b[p+4 : p+8])
		if n < 0 || p+12+n > len(b) {
			return nil, false, nil
		}
		body := b[p+8 : p+8+n]
		switch typ {
		case "IDAT":
			idat.Write(body)
		case "PLTE":
			palette = body
		case "tRNS":
			return nil, false, nil
		}
		p += 12 + n
	}
	if idat.Len() == 0 || w == 0 || h == 0 || w > 1<<16 || h > 1<<16 {
		return nil, false, nil
	}
	cs := "/DeviceGray"
	switch ctype {
	case 2:
		cs = "/DeviceRGB"
	case 3:
		if len(palette) < 3 || len(palette)%3 != 0 {
			return nil, false, nil
		}
		cs = fmt.Sprintf("[/Indexed /DeviceRGB %d <%X>]", len(palette)/3-1, palette)
	}
	return &embedded{size: image.Pt(int(w), int(h)), data: idat.Bytes(), weight: idat.Len(),
		dict: fmt.Sprintf("/ColorSpace %s /BitsPerComponent %d /Filter /FlateDecode /DecodeParms << /Predictor 15 /Colors %d /BitsPerComponent %d /Columns %d >>",
			cs, depth, colors, depth, w)}, true, nil
}

// fromPixels encodes decoded pixels: RGB samples and, unless every pixel is
// opaque, an alpha mask. Each is written as a PNG whose data PDF reads as
// it is, at level: png.DefaultCompression (row filters: far smaller) for
// files, cached across exports; png.BestSpeed for pixels drawn anew each
// time (rasterised SVG).
func fromPixels(img image.Image, level png.CompressionLevel) (*embedded, error) {
	b := img.Bounds()
	n, ok := img.(*image.NRGBA)
	if !ok {
		n = image.NewNRGBA(image.Rect(0, 0, b.Dx(), b.Dy()))
		if rgba, isRGBA := img.(*image.RGBA); isRGBA {
			unpremultiply(n, rgba)
		} else {
			draw.Draw(n, n.Bounds(), img, b.Min, draw.Src)
		}
		b = n.Bounds()
	}
	w, h := b.Dx(), b.Dy()
	rgb := image.NewNRGBA(image.Rect(0, 0, w, h))
	alpha := image.NewGray(image.Rect(0, 0, w, h))
	opaque := true
	for y := 0; y < h; y++ {
		src := n.Pix[n.PixOffset(b.Min.X, b.Min.Y+y):]
		dst := rgb.Pix[rgb.PixOffset(0, y):]
		a := alpha.Pix[alpha.PixOffset(0, y):]
		for x := 0; x < w; x++ {
			copy(dst[4*x:4*x+3], src[4*x:4*x+3])
			dst[4*x+3] = 255
			a[x] = src[4*x+3]
			opaque = opaque && a[x] == 255
		}
	}
	e, err := pngImage(rgb, level)
	if err != nil || opaque {
		return e, err
	}
	if e.mask, err = pngImage(alpha, level); err != nil {
		return nil, err
	}
	e.weight += e.mask.weight
	return e, nil
}

// pngImage encodes an opaque image as PNG and takes its data as it is.
func pngImage(img image.Image, level png.CompressionLevel) (*embedded, error) {
	var buf bytes.Buffer
	if err := (&png.Encoder{CompressionLevel: level}).Encode(&buf, img); err != nil {
		return nil, err
	}
	e, ok, err := fromPNG(buf.Bytes())
	if err == nil && !ok {
		err = fmt.Errorf("unexpected PNG form")
	}
	return e, err
}

// unpremultiply copies premultiplied pixels as straight (PDF's soft mask
// is applied to straight colour).
func unpremultiply(dst *image.NRGBA, src *image.RGBA) {
	b := src.Bounds()
	for y := 0; y < b.Dy(); y++ {
		s := src.Pix[src.PixOffset(b.Min.X, b.Min.Y+y):]
		d := dst.Pix[dst.PixOffset(0, y):]
		for x := 0; x < b.Dx(); x++ {
			p, q := s[4*x:4*x+4], d[4*x:4*x+4]
			a := p[3]
			switch a {
			case 0:
				q[0], q[1], q[2], q[3] = 0, 0, 0, 0
			case 255:
				copy(q, p)
			default:
				for c := range 3 {
					q[c] = uint8(min(255, (int(p[c])*255+int(a)/2)/int(a)))
				}
				q[3] = a
			}
		}
	}
}
