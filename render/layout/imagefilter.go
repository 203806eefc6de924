package layout

import (
	"fmt"
	"image"
	"math"
	"strconv"
	"strings"
)

// imgFilter is one of Marp's image filters, written in the alt text
// (`![sepia blur:4px](photo.jpg)`, also on backgrounds), with its amount.
type imgFilter struct {
	name   string
	amount float64
}

// marpFilters are Marp's filter keywords with the amount each takes when
// none is written (Marpit's defaults).
var marpFilters = map[string]float64{
	"blur": 10, "brightness": 1.5, "contrast": 2, "grayscale": 1, "hue-rotate": 180,
	"invert": 1, "opacity": 0.5, "saturate": 2, "sepia": 1, "drop-shadow": 0,
}

// parseFilters takes Marp's filter keywords out of an image's alt text.
func parseFilters(alt string) (rest string, fs []imgFilter) {
	var keep []string
	for _, w := range strings.Fields(alt) {
		k, v, hasV := strings.Cut(strings.ToLower(w), ":")
		def, ok := marpFilters[k]
		if !ok {
			keep = append(keep, w)
			continue
		}
		f := imgFilter{name: k, amount: def}
		if hasV && k != "drop-shadow" {
			if n, ok := filterAmount(v); ok {
				f.amount = n
			}
		}
		fs = append(fs, f)
	}
	return strings.Join(keep, " "), fs
}

// filterAmount reads 4px, 1.5, 50% or 90deg.
func filterAmount(v string) (float64, bool) {
	scale := 1.0
	for _, unit := range []string{"px", "deg"} {
		v = strings.TrimSuffix(v, unit)
	}
	if p, ok := strings.CutSuffix(v, "%"); ok {
		v, scale = p, 0.01
	}
	n, err := strconv.ParseFloat(v, 64)
	return n * scale, err == nil && n >= 0 && !math.IsInf(n, 0)
}

// applyFilters draws img through the filters, as CSS's filter functions
// do, for a picture shown w slide units wide (blur radii are in Marp's
// 1280-px slide pixels, ×1.5 in ours). drop-shadow is not drawn.
func applyFilters(img image.Image, fs []imgFilter, w float64) image.Image {
	if img == nil || len(fs) == 0 {
		return img
	}
	b := img.Bounds()
	out := image.NewNRGBA(image.Rect(0, 0, b.Dx(), b.Dy()))
	for y := 0; y < b.Dy(); y++ {
		for x := 0; x < b.Dx(); x++ {
			out.Set(x, y, img.At(b.Min.X+x, b.Min.Y+y))
		}
	}
	for _, f := range fs {
		switch f.name {
		case "blur":
			r := f.amount * 1.5 * float64(b.Dx()) / math.Max(w, 1)
			marpBlur(out, int(math.Round(r/2)))
		case "drop-shadow":
		default:
			m := cssFilterMatrix(f)
			for i := 0; i+3 < len(out.Pix); i += 4 {
				r, g, bl := float64(out.Pix[i]), float64(out.Pix[i+1]), float64(out.Pix[i+2])
				a := float64(out.Pix[i+3])
				nr := m[0]*r + m[1]*g + m[2]*bl + m[3]*255
				ng := m[4]*r + m[5]*g + m[6]*bl + m[7]*255
				nb := m[8]*r + m[9]*g + m[10]*bl + m[11]*255
				if f.name == "opacity" {
					a *= math.Min(1, f.amount)
				}
				out.Pix[i], out.Pix[i+1], out.Pix[i+2], out.Pix[i+3] = clamp8(nr), clamp8(ng), clamp8(nb), clamp8(a)
			}
		}
	}
	return out
}

// cssFilterMatrix is the filter as a 3×4 matrix on 0..255 channels (the fourth
// column is an offset in units of 255), from the Filter Effects spec.
func cssFilterMatrix(f imgFilter) [12]float64 {
	a := f.amount
	switch f.name {
	case "brightness":
		return [12]float64{a, 0, 0, 0, 0, a, 0, 0, 0, 0, a, 0}
	case "contrast":
		o := (1 - a) / 2
		return [12]float64{a, 0, 0, o, 0, a, 0, o, 0, 0, a, o}
	case "invert":
		a = math.Min(1, a)
		return [12]float64{1 - 2*a, 0, 0, a, 0, 1 - 2*a, 0, a, 0, 0, 1 - 2*a, a}
	case "grayscale":
		s := 1 - math.Min(1, a)
		return [12]float64{0.2126 + 0.7874*s, 0.7152 - 0.7152*s, 0.0722 - 0.0722*s, 0,
			0.2126 - 0.2126*s, 0.7152 + 0.2848*s, 0.0722 - 0.0722*s, 0,
			0.2126 - 0.2126*s, 0.7152 - 0.7152*s, 0.0722 + 0.9278*s, 0}
	case "sepia":
		s := 1 - math.Min(1, a)
		return [12]float64{0.393 + 0.607*s, 0.769 - 0.769*s, 0.189 - 0.189*s, 0,
			0.349 - 0.349*s, 0.686 + 0.314*s, 0.168 - 0.168*s, 0,
			0.272 - 0.272*s, 0.534 - 0.534*s, 0.131 + 0.869*s, 0}
	case "saturate":
		return [12]float64{0.213 + 0.787*a, 0.715 - 0.715*a, 0.072 - 0.072*a, 0,
			0.213 - 0.213*a, 0.715 + 0.285*a, 0.072 - 0.072*a, 0,
			0.213 - 0.213*a, 0.715 - 0.715*a, 0.072 + 0.928*a, 0}
	case "hue-rotate":
		c, s := math.Cos(a*math.Pi/180), math.Sin(a*math.Pi/180)
		return [12]float64{0.213 + c*0.787 - s*0.213, 0.715 - c*0.715 - s*0.715, 0.072 - c*0.072 + s*0.928, 0,
			0.213 - c*0.213 + s*0.143, 0.715 + c*0.285 + s*0.140, 0.072 - c*0.072 - s*0.283, 0,
			0.213 - c*0.213 - s*0.787, 0.715 - c*0.715 + s*0.715, 0.072 + c*0.928 + s*0.072, 0}
	}
	return [12]float64{1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0} // opacity: colours unchanged
}

func clamp8(v float64) uint8 { return uint8(math.Max(0, math.Min(255, math.Round(v)))) }

// marpBlur blurs img in place with three passes of a box of radius r (close
// to a Gaussian), capped so a huge radius stays cheap.
func marpBlur(img *image.NRGBA, r int) {
	r = min(r, 64)
	if r < 1 {
		return
	}
	w, h := img.Rect.Dx(), img.Rect.Dy()
	tmp := make([]uint8, len(img.Pix))
	for pass := 0; pass < 3; pass++ {
		blur1D(img.Pix, tmp, w, h, r, 4, img.Stride) // rows
		blur1D(tmp, img.Pix, h, w, r, img.Stride, 4) // columns
	}
}

// blur1D averages n samples per line (step apart) over lines (stride apart)
// with a running sum, from src into dst.
func blur1D(src, dst []uint8, n, lines, r, step, stride int) {
	for l := 0; l < lines; l++ {
		base := l * stride
		for c := 0; c < 4; c++ {
			sum, cnt := 0, 0
			for i := 0; i <= min(r, n-1); i++ {
				sum += int(src[base+i*step+c])
				cnt++
			}
			for i := 0; i < n; i++ {
				dst[base+i*step+c] = uint8(sum / cnt)
				if j := i + r + 1; j < n {
					sum += int(src[base+j*step+c])
					cnt++
				}
				if j := i - r; j >= 0 {
					sum -= int(src[base+j*step+c])
					cnt--
				}
			}
		}
	}
}

// KindImageFilter is the problem kind of a Marp image filter Lectern does
// not draw (drop-shadow).
const KindImageFilter = "image-filter"

// ImageFilterError says which filter of which picture is not drawn: the
// picture is shown without it.
type ImageFilterError struct {
	Src, Filter string
}

func (e *ImageFilterError) Error() string {
	return fmt.Sprintf("image %s asks for the %s filter, which Lectern does not draw; it is shown without it", e.Src, e.Filter)
}

// Kind is the problem kind `lectern check` reports.
func (e *ImageFilterError) Kind() string { return KindImageFilter }
