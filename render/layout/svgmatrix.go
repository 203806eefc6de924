package layout

import (
	"math"
	"strconv"
	"strings"
)

// svgMatrix is an SVG affine transform [a c e; b d f]: x' = a·x + c·y + e,
// y' = b·x + d·y + f.
type svgMatrix struct{ a, b, c, d, e, f float64 }

var svgIdentity = svgMatrix{a: 1, d: 1}

// mul is m applied after n (m·n): a point goes through n first.
func (m svgMatrix) mul(n svgMatrix) svgMatrix {
	return svgMatrix{
		a: m.a*n.a + m.c*n.b, b: m.b*n.a + m.d*n.b,
		c: m.a*n.c + m.c*n.d, d: m.b*n.c + m.d*n.d,
		e: m.a*n.e + m.c*n.f + m.e, f: m.b*n.e + m.d*n.f + m.f,
	}
}

func (m svgMatrix) apply(x, y float64) (float64, float64) {
	return m.a*x + m.c*y + m.e, m.b*x + m.d*y + m.f
}

// upright says whether m only moves and scales (no rotation, skew or flip):
// text under it can be set as ordinary slide text.
func (m svgMatrix) upright() bool {
	const eps = 1e-9
	return math.Abs(m.b) < eps && math.Abs(m.c) < eps && m.a > 0 && m.d > 0
}

// parseTransform reads an SVG transform list ("translate(10 20) rotate(45)");
// what it cannot read ends the list, as browsers do.
func parseTransform(s string) svgMatrix {
	m := svgIdentity
	for {
		s = strings.TrimLeft(s, " \t\r\n,")
		open := strings.IndexByte(s, '(')
		end := strings.IndexByte(s, ')')
		if open < 0 || end < open {
			return m
		}
		name := strings.TrimSpace(s[:open])
		v := parseNumbers(s[open+1 : end])
		s = s[end+1:]
		var n svgMatrix
		switch {
		case name == "matrix" && len(v) == 6:
			n = svgMatrix{v[0], v[1], v[2], v[3], v[4], v[5]}
		case name == "translate" && len(v) == 1:
			n = svgMatrix{a: 1, d: 1, e: v[0]}
		case name == "translate" && len(v) == 2:
			n = svgMatrix{a: 1, d: 1, e: v[0], f: v[1]}
		case name == "scale" && len(v) == 1:
			n = svgMatrix{a: v[0], d: v[0]}
		case name == "scale" && len(v) == 2:
			n = svgMatrix{a: v[0], d: v[1]}
		case name == "rotate" && (len(v) == 1 || len(v) == 3):
			r := v[0] * math.Pi / 180
			sin, cos := math.Sincos(r)
			n = svgMatrix{a: cos, b: sin, c: -sin, d: cos}
			if len(v) == 3 {
				n = svgMatrix{a: 1, d: 1, e: v[1], f: v[2]}.mul(n).mul(svgMatrix{a: 1, d: 1, e: -v[1], f: -v[2]})
			}
		case name == "skewX" && len(v) == 1:
			n = svgMatrix{a: 1, d: 1, c: math.Tan(v[0] * math.Pi / 180)}
		case name == "skewY" && len(v) == 1:
			n = svgMatrix{a: 1, d: 1, b: math.Tan(v[0] * math.Pi / 180)}
		default:
			return m
		}
		m = m.mul(n)
	}
}

// parseNumbers reads numbers separated by spaces and/or commas.
func parseNumbers(s string) []float64 {
	var out []float64
	for _, f := range strings.FieldsFunc(s, func(r rune) bool { return r == ',' || r == ' ' || r == '\t' || r == '\n' || r == '\r' }) {
		v, err := strconv.ParseFloat(f, 64)
		if err != nil || math.IsNaN(v) || math.IsInf(v, 0) {
			return out
		}
		out = append(out, v)
	}
	return out
}

// parseLength reads an SVG length in user units; em and % are relative to
// the font size given. ok is false for what is not a length.
func parseLength(s string, em float64) (float64, bool) {
	s = strings.TrimSpace(s)
	k := 1.0
	for _, u := range []struct {
		suffix string
		k      float64
	}{{"px", 1}, {"pt", 4.0 / 3}, {"pc", 16}, {"mm", 96 / 25.4}, {"cm", 96 / 2.54}, {"in", 96}, {"em", em}, {"ex", em / 2}, {"%", em / 100}} {
		if strings.HasSuffix(s, u.suffix) {
			s, k = strings.TrimSpace(strings.TrimSuffix(s, u.suffix)), u.k
			break
		}
	}
	v, err := strconv.ParseFloat(s, 64)
	if err != nil || math.IsNaN(v) || math.IsInf(v, 0) {
		return 0, false
	}
	return v * k, true
}
