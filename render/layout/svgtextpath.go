package layout

import (
	"bytes"
	"encoding/xml"
	"math"
	"strconv"
	"strings"

	"github.com/srwiley/rasterx"
	"golang.org/x/image/math/fixed"
)

// svgPathAttr is the attribute the normaliser gives a <textPath>: its path
// flattened to a polyline in the text's user space, which the text reader
// sets the characters along.
const svgPathAttr = "lectern-path"

// svgMaxPathPoints bounds that polyline.
const svgMaxPathPoints = 4096

// flattenTextPaths gives each <textPath> the polyline of the path it
// names; one that names none is reported (its text is set on a line).
func (n *normaliser) flattenTextPaths(el *svgNode, depth int) {
	if depth > svgMaxDepth {
		return
	}
	for _, k := range el.kids {
		if k.name == "textPath" {
			pts := ""
			if p := n.ids[strings.TrimPrefix(strings.TrimSpace(attrOf(k, "href")), "#")]; p != nil && p.name == "path" {
				pts = flattenPath(p)
			}
			if pts == "" {
				n.unsupported("<textPath> without a <path> it can follow (set on a straight line)")
			} else {
				svgSetAttr(k, svgPathAttr, pts)
			}
		}
		if k.name != "" {
			n.flattenTextPaths(k, depth+1)
		}
	}
}

// flattenPath is a path's first sub-path as "x,y x,y ...", its transform
// applied, curves flattened by rasterx.
func flattenPath(p *svgNode) string {
	tree := &svgNode{name: "svg", kids: []*svgNode{{name: "path", attrs: attrsOf("d", explicitPath(attrOf(p, "d")), "fill", "#000")}}}
	var buf bytes.Buffer
	(&normaliser{}).write(&buf, tree)
	icon, err := readIcon(buf.Bytes())
	if err != nil || len(icon.SVGPaths) == 0 {
		return ""
	}
	rec := &pointRecorder{}
	rec.extentScanner.reset()
	m := parseTransform(styleProps(p)["transform"])
	t := rasterx.Matrix2D{A: m.a * bboxScale, B: m.b * bboxScale, C: m.c * bboxScale, D: m.d * bboxScale, E: m.e * bboxScale, F: m.f * bboxScale}
	icon.SVGPaths[0].DrawTransformed(rasterx.NewDasher(1, 1, rec), 1, t)
	var sb strings.Builder
	for i, pt := range rec.pts {
		if i > 0 {
			sb.WriteByte(' ')
		}
		sb.WriteString(strconv.FormatFloat(pt[0], 'g', 7, 64) + "," + strconv.FormatFloat(pt[1], 'g', 7, 64))
	}
	return sb.String()
}

// pointRecorder keeps the points of the first sub-path drawn.
type pointRecorder struct {
	extentScanner
	pts    [][2]float64
	starts int
}

func (r *pointRecorder) add(p fixed.Point26_6) {
	if r.starts == 1 && len(r.pts) < svgMaxPathPoints {
		k := 64.0 * bboxScale
		r.pts = append(r.pts, [2]float64{float64(p.X) / k, float64(p.Y) / k})
	}
}

func (r *pointRecorder) Start(a fixed.Point26_6) { r.starts++; r.add(a) }
func (r *pointRecorder) Line(b fixed.Point26_6)  { r.add(b) }

// textOnPath is a polyline that text is set along.
type textOnPath struct {
	pts   [][2]float64
	cum   []float64 // the length up to each point
	start float64   // startOffset
}

// readTextPath reads the polyline and startOffset of a <textPath>; nil
// when it has none (then its text is set on a line, and reported).
func readTextPath(el xml.StartElement, em float64) *textOnPath {
	v, ok := attr(el, svgPathAttr)
	if !ok {
		return nil
	}
	nums := parseNumbers(v)
	t := &textOnPath{}
	for i := 0; i+1 < len(nums); i += 2 {
		t.pts = append(t.pts, [2]float64{nums[i], nums[i+1]})
		if len(t.pts) == 1 {
			t.cum = append(t.cum, 0)
			continue
		}
		a, b := t.pts[len(t.pts)-2], t.pts[len(t.pts)-1]
		t.cum = append(t.cum, t.cum[len(t.cum)-1]+math.Hypot(b[0]-a[0], b[1]-a[1]))
	}
	if len(t.pts) < 2 {
		return nil
	}
	if so := strings.TrimSpace(attrOr(el, "startOffset")); strings.HasSuffix(so, "%") {
		f, _ := parseLength(so, 1)
		t.start = f * t.cum[len(t.cum)-1]
	} else if f, ok := parseLength(so, em); ok {
		t.start = f
	}
	return t
}

// at is the point and direction (radians) at distance d along the path;
// ok is false past either end.
func (t *textOnPath) at(d float64) (x, y, angle float64, ok bool) {
	total := t.cum[len(t.cum)-1]
	if d < 0 || d > total || total == 0 {
		return 0, 0, 0, false
	}
	i := 1
	for i < len(t.cum)-1 && t.cum[i] < d {
		i++
	}
	a, b := t.pts[i-1], t.pts[i]
	seg := t.cum[i] - t.cum[i-1]
	f := 0.0
	if seg > 0 {
		f = (d - t.cum[i-1]) / seg
	}
	return a[0] + (b[0]-a[0])*f, a[1] + (b[1]-a[1])*f, math.Atan2(b[1]-a[1], b[0]-a[0]), true
}

// placeOnPath sets a piece of text along the path from distance d, one
// run per character turned with the path at its middle (SVG 1.1 §10.13.3);
// characters past the end are not drawn. It returns the distance after.
func (p *textParser) placeOnPath(t *textOnPath, m svgMatrix, d float64, it textItem) float64 {
	f := it.st.font()
	c, painted := it.st.paint()
	for _, ch := range it.text {
		s := string(ch)
		adv := measure(f, it.st.size, s)
		if x, y, angle, ok := t.at(d + adv/2); ok && painted && !it.st.hidden && len(p.runs) < svgMaxRuns {
			sin, cos := math.Sincos(angle)
			at := svgMatrix{a: cos, b: sin, c: -sin, d: cos, e: x, f: y}
			p.runs = append(p.runs, svgRun{m: m.mul(at), x: -adv / 2, y: it.st.baseline * it.st.size,
				size: it.st.size, font: f, color: c, text: s})
		}
		d += adv
	}
	return d
}
