package layout

import (
	"bytes"
	"encoding/xml"
	"image/color"
	"io"
	"strings"
)

// svgRun is one piece of SVG <text> in one style: a baseline start and size
// in its <text> element's own coordinates, and the transform from there to
// the SVG's root user space. oksvg draws no text, so Lectern sets these
// itself with the slide fonts.
type svgRun struct {
	m     svgMatrix
	x, y  float64
	size  float64
	font  Font
	color color.RGBA // premultiplied, opacity applied
	text  string
}

// svgMaxRuns bounds the text kept from one SVG (a hostile file may hold
// millions of <tspan>s).
const svgMaxRuns = 20000

// svgMaxDepth is how deeply nested elements are followed for text.
const svgMaxDepth = 256

// svgNoRender are elements whose content is not drawn where it stands.
var svgNoRender = map[string]bool{
	"defs": true, "symbol": true, "clipPath": true, "mask": true, "pattern": true, "marker": true,
	"title": true, "desc": true, "metadata": true, "style": true, "script": true, "foreignObject": true,
	"linearGradient": true, "radialGradient": true, "filter": true,
}

// textItem is a piece of character data of a <text> with the position
// attributes of the element it starts (if it is the first in it).
type textItem struct {
	pos  textPos
	st   svgStyle
	text string
	path *textOnPath // set along a <textPath>
}

type textPos struct {
	hasX, hasY bool
	x, y       float64
	dx, dy     float64
}

type svgFrame struct {
	name string
	m    svgMatrix
	st   svgStyle
	skip bool
}

type textParser struct {
	css     svgCSS
	stack   []svgFrame
	inText  int // depth of the open <text> element in stack + 1, 0 outside
	pending textPos
	items   []textItem
	runs    []svgRun
	path    *textOnPath // the open <textPath>'s, at stack depth pathAt
	pathAt  int
}

// parseSVGText reads the text runs of an SVG. Errors in the XML end the
// reading: what was read before is kept (browsers show that part too).
func parseSVGText(data []byte, css svgCSS) []svgRun {
	p := &textParser{css: css}
	dec := xml.NewDecoder(bytes.NewReader(data))
	dec.Strict = false
	dec.Entity = xml.HTMLEntity
	for len(p.runs) < svgMaxRuns {
		tok, err := dec.Token()
		if err == io.EOF || err != nil {
			break
		}
		switch t := tok.(type) {
		case xml.StartElement:
			p.start(t)
		case xml.EndElement:
			p.end()
		case xml.CharData:
			p.chars(string(t))
		}
	}
	return p.runs
}

func (p *textParser) start(el xml.StartElement) {
	parent := svgFrame{m: svgIdentity, st: defaultSVGStyle()}
	if n := len(p.stack); n > 0 {
		parent = p.stack[n-1]
	}
	if len(p.stack) >= svgMaxDepth {
		parent.skip = true
	}
	name := el.Name.Local
	props := p.css.props(el)
	f := svgFrame{name: name, m: parent.m, st: parent.st.with(props), skip: parent.skip || svgNoRender[name] || props["display"] == "none"}
	if tr, ok := attr(el, "transform"); ok && (name != "svg" || len(p.stack) > 0) {
		f.m = f.m.mul(parseTransform(tr))
	}
	if name == "svg" && len(p.stack) > 0 { // a nested viewport: its x/y move it
		x, _ := parseLength(attrOr(el, "x"), f.st.size)
		y, _ := parseLength(attrOr(el, "y"), f.st.size)
		f.m = f.m.mul(svgMatrix{a: 1, d: 1, e: x, f: y})
	}
	p.stack = append(p.stack, f)
	if f.skip {
		return
	}
	switch {
	case name == "text" && p.inText == 0:
		p.inText = len(p.stack)
		p.items = p.items[:0]
		p.pending = p.position(el, f.st.size)
	case name == "textPath" && p.inText > 0:
		p.path, p.pathAt = readTextPath(el, f.st.size), len(p.stack)
	case (name == "tspan" || name == "a") && p.inText > 0:
		pos := p.position(el, f.st.size)
		if pos.hasX || pos.hasY || pos.dx != 0 || pos.dy != 0 {
			p.pending = pos
		}
	}
}

// position reads x, y, dx and dy (the first of a list: one position per
// character is not followed).
func (p *textParser) position(el xml.StartElement, em float64) textPos {
	var pos textPos
	first := func(name string) (float64, bool) {
		v, ok := attr(el, name)
		if !ok {
			return 0, false
		}
		f := strings.FieldsFunc(v, func(r rune) bool { return r == ',' || r == ' ' || r == '\t' || r == '\n' })
		if len(f) == 0 {
			return 0, false
		}
		return parseLength(f[0], em)
	}
	pos.x, pos.hasX = first("x")
	pos.y, pos.hasY = first("y")
	pos.dx, _ = first("dx")
	pos.dy, _ = first("dy")
	return pos
}

func (p *textParser) end() {
	n := len(p.stack)
	if n == 0 {
		return
	}
	if n == p.pathAt {
		p.path, p.pathAt = nil, 0
	}
	if n == p.inText {
		p.finish(p.stack[n-1].m)
		p.inText = 0
	}
	p.stack = p.stack[:n-1]
}

func (p *textParser) chars(s string) {
	n := len(p.stack)
	if p.inText == 0 || n == 0 || p.stack[n-1].skip {
		return
	}
	st := p.stack[n-1].st
	p.items = append(p.items, textItem{pos: p.pending, st: st, text: s, path: p.path})
	p.pending = textPos{}
}

// finish places the pieces of one <text>: white space collapsed as browsers
// do, each piece after the one before, and every chunk (the text from one
// absolute x or y to the next) shifted by its text-anchor.
func (p *textParser) finish(m svgMatrix) {
	collapseSpace(p.items)
	var cx, cy float64
	type chunk struct {
		first  int
		x0     float64
		anchor textAnchor
	}
	var chunks []chunk
	var onPath *textOnPath
	var along float64
	for i, it := range p.items {
		if it.path != nil { // along a path: each character turned with it
			if it.path != onPath {
				onPath, along = it.path, it.path.start
			}
			along = p.placeOnPath(it.path, m, along, it)
			continue
		}
		if it.pos.hasX {
			cx = it.pos.x
		}
		if it.pos.hasY {
			cy = it.pos.y
		}
		cx, cy = cx+it.pos.dx, cy+it.pos.dy
		if i == 0 || it.pos.hasX || it.pos.hasY {
			chunks = append(chunks, chunk{first: len(p.runs), x0: cx, anchor: it.st.anchor})
		}
		if it.text == "" || it.st.hidden {
			cx += measure(it.st.font(), it.st.size, it.text)
			continue
		}
		if len(p.runs) >= svgMaxRuns {
			break
		}
		f := it.st.font()
		if c, ok := it.st.paint(); ok {
			y := cy + it.st.baseline*it.st.size
			p.runs = append(p.runs, svgRun{m: m, x: cx, y: y, size: it.st.size, font: f, color: c, text: it.text})
		}
		cx += measure(f, it.st.size, it.text)
	}
	// anchor shifts: each chunk ends where the next begins (or at cx)
	for ci, c := range chunks {
		last := len(p.runs)
		if ci+1 < len(chunks) {
			last = chunks[ci+1].first
		}
		if c.anchor == anchorStart || c.first >= last {
			continue
		}
		end := p.runs[last-1].x + measure(p.runs[last-1].font, p.runs[last-1].size, p.runs[last-1].text)
		shift := end - c.x0
		if c.anchor == anchorMiddle {
			shift /= 2
		}
		for i := c.first; i < last; i++ {
			p.runs[i].x -= shift
		}
	}
}

// collapseSpace turns line breaks and tabs into spaces, keeps one of each
// run of spaces (across pieces) and drops them at the start and end.
func collapseSpace(items []textItem) {
	space := true // at the start: leading spaces go
	for i := range items {
		var sb strings.Builder
		for _, r := range items[i].text {
			if r == '\n' || r == '\r' || r == '\t' || r == ' ' {
				if !space {
					sb.WriteByte(' ')
				}
				space = true
				continue
			}
			sb.WriteRune(r)
			space = false
		}
		items[i].text = sb.String()
	}
	for i := len(items) - 1; i >= 0; i-- {
		items[i].text = strings.TrimRight(items[i].text, " ")
		if items[i].text != "" {
			break
		}
	}
}

func attr(el xml.StartElement, name string) (string, bool) {
	for _, a := range el.Attr {
		if a.Name.Local == name {
			return a.Value, true
		}
	}
	return "", false
}

func attrOr(el xml.StartElement, name string) string {
	v, _ := attr(el, name)
	return v
}
