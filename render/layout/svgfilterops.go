package layout

import (
	"image"
	"math"
)

// svgPixelOp combines premultiplied pixels a (in) and b (in2), each 0-1.
type svgPixelOp func(a, b [4]float64) [4]float64

// svgCombine applies op to each pixel of a and b (the same bounds), in
// linear light when linear (color-interpolation-filters: linearRGB, SVG's
// default).
func svgCombine(a, b *image.RGBA, op svgPixelOp, linear bool) *image.RGBA {
	out := image.NewRGBA(a.Rect)
	for i := 0; i < len(a.Pix); i += 4 {
		pa, pb := svgPixelAt(a.Pix[i:i+4], linear), svgPixelAt(b.Pix[i:i+4], linear)
		svgSetPixel(out.Pix[i:i+4], op(pa, pb), linear)
	}
	return out
}

// svgPixelAt reads a premultiplied pixel as 0-1 values, linear light when asked.
func svgPixelAt(p []uint8, linear bool) (r [4]float64) {
	r[3] = float64(p[3]) / 255
	for c := range 3 {
		r[c] = float64(p[c]) / 255
		if linear && p[3] > 0 {
			r[c] = srgbLinear[min(255, (uint32(p[c])*255+uint32(p[3])/2)/uint32(p[3]))] * r[3]
		}
	}
	return r
}

// svgSetPixel writes premultiplied 0-1 values (clamped, colour within alpha).
func svgSetPixel(p []uint8, v [4]float64, linear bool) {
	al := min(1, max(0, v[3]))
	for c := range 3 {
		x := min(al, max(0, v[c]))
		if linear && al > 0 {
			x = linearSRGB[int(min(1, x/al)*linearSteps+0.5)] * al
		}
		p[c] = uint8(x*255 + 0.5)
	}
	p[3] = uint8(al*255 + 0.5)
}

// linearSteps is the resolution of the table back from linear light: a
// step is under a quarter of an 8-bit level at its steepest (near black).
const linearSteps = 1 << 14

// srgbLinear and linearSRGB convert colour levels to and from linear light.
var srgbLinear, linearSRGB = func() ([256]float64, []float64) {
	var to [256]float64
	for i := range to {
		to[i] = svgSrgbToLinear(float64(i) / 255)
	}
	back := make([]float64, linearSteps+1)
	for i := range back {
		back[i] = svgLinearToSRGB(float64(i) / linearSteps)
	}
	return to, back
}()

func svgSrgbToLinear(v float64) float64 {
	if v <= 0.04045 {
		return v / 12.92
	}
	return math.Pow((v+0.055)/1.055, 2.4)
}

func svgLinearToSRGB(v float64) float64 {
	if v <= 0.0031308 {
		return v * 12.92
	}
	return 1.055*math.Pow(v, 1/2.4) - 0.055
}

// svgCompositeOp is feComposite's operator (Porter-Duff on premultiplied colour).
func svgCompositeOp(op string, k [4]float64) svgPixelOp {
	each := func(f func(ca, aa, cb, ab float64) float64) svgPixelOp {
		return func(a, b [4]float64) (r [4]float64) {
			for c := range 4 {
				r[c] = f(a[c], a[3], b[c], b[3])
			}
			return r
		}
	}
	switch op {
	case "in":
		return each(func(ca, aa, cb, ab float64) float64 { return ca * ab })
	case "out":
		return each(func(ca, aa, cb, ab float64) float64 { return ca * (1 - ab) })
	case "atop":
		return each(func(ca, aa, cb, ab float64) float64 { return ca*ab + cb*(1-aa) })
	case "xor":
		return each(func(ca, aa, cb, ab float64) float64 { return ca*(1-ab) + cb*(1-aa) })
	case "arithmetic":
		return each(func(ca, aa, cb, ab float64) float64 { return k[0]*ca*cb + k[1]*ca + k[2]*cb + k[3] })
	}
	return each(func(ca, aa, cb, ab float64) float64 { return ca + cb*(1-aa) }) // over
}

// svgBlendOp is feBlend's mode, a over b (premultiplied formulas).
func svgBlendOp(mode string) svgPixelOp {
	var f func(ca, aa, cb, ab float64) float64
	switch mode {
	case "multiply":
		f = func(ca, aa, cb, ab float64) float64 { return (1-aa)*cb + (1-ab)*ca + ca*cb }
	case "screen":
		f = func(ca, aa, cb, ab float64) float64 { return cb + ca - ca*cb }
	case "darken":
		f = func(ca, aa, cb, ab float64) float64 { return min((1-aa)*cb+ca, (1-ab)*ca+cb) }
	case "lighten":
		f = func(ca, aa, cb, ab float64) float64 { return max((1-aa)*cb+ca, (1-ab)*ca+cb) }
	default:
		f = func(ca, aa, cb, ab float64) float64 { return ca + cb*(1-aa) }
	}
	return func(a, b [4]float64) (r [4]float64) {
		for c := range 3 {
			r[c] = f(a[c], a[3], b[c], b[3])
		}
		r[3] = 1 - (1-a[3])*(1-b[3])
		return r
	}
}

// svgColorMatrix is feColorMatrix on unpremultiplied colour.
func svgColorMatrix(src *image.RGBA, kind string, values []float64, linear bool) *image.RGBA {
	m := svgColorMatrixOf(kind, values)
	out := image.NewRGBA(src.Rect)
	for i := 0; i < len(src.Pix); i += 4 {
		p := svgPixelAt(src.Pix[i:i+4], linear)
		a := p[3]
		var v [5]float64
		if a > 0 {
			for c := range 3 {
				v[c] = p[c] / a
			}
		}
		v[3], v[4] = a, 1
		var r [4]float64
		for row := range 4 {
			for col := range 5 {
				r[row] += m[row*5+col] * v[col]
			}
			r[row] = min(1, max(0, r[row]))
		}
		for c := range 3 {
			r[c] *= r[3]
		}
		svgSetPixel(out.Pix[i:i+4], r, linear)
	}
	return out
}

func svgColorMatrixOf(kind string, v []float64) [20]float64 {
	id := [20]float64{1, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 1, 0}
	switch kind {
	case "saturate":
		s := 1.0
		if len(v) > 0 {
			s = v[0]
		}
		return [20]float64{0.213 + 0.787*s, 0.715 - 0.715*s, 0.072 - 0.072*s, 0, 0,
			0.213 - 0.213*s, 0.715 + 0.285*s, 0.072 - 0.072*s, 0, 0,
			0.213 - 0.213*s, 0.715 - 0.715*s, 0.072 + 0.928*s, 0, 0, 0, 0, 0, 1, 0}
	case "hueRotate":
		deg := 0.0
		if len(v) > 0 {
			deg = v[0]
		}
		sin, cos := math.Sincos(deg * math.Pi / 180)
		return [20]float64{0.213 + cos*0.787 - sin*0.213, 0.715 - cos*0.715 - sin*0.715, 0.072 - cos*0.072 + sin*0.928, 0, 0,
			0.213 - cos*0.213 + sin*0.143, 0.715 + cos*0.285 + sin*0.140, 0.072 - cos*0.072 - sin*0.283, 0, 0,
			0.213 - cos*0.213 - sin*0.787, 0.715 - cos*0.715 + sin*0.715, 0.072 + cos*0.928 + sin*0.072, 0, 0, 0, 0, 0, 1, 0}
	case "luminanceToAlpha":
		return [20]float64{0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0.2125, 0.7154, 0.0721, 0, 0}
	}
	if len(v) == 20 {
		var m [20]float64
		copy(m[:], v)
		return m
	}
	return id
}
