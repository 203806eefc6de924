package layout

import (
	"image/color"
	"regexp"

	"github.com/yuin/goldmark/ast"
	east "github.com/yuin/goldmark/extension/ast"

	"github.com/lectern-app/lectern/internal/deck"
	"github.com/lectern-app/lectern/internal/deckfiles"
	"github.com/lectern-app/lectern/internal/mdsyntax"
	"github.com/lectern-app/lectern/render/texmath"
)

// minImage is the smallest height (slide units at scale 1) an image row may
// get before the layout shrinks everything instead.
const minImage = 240.0

var pauseRe = regexp.MustCompile(`^\s*<!--\s*pause\s*-->\s*$`)

// builder lays out one slide; run() may be called many times at different
// scales while searching for the one that fits.
type builder struct {
	th           Theme
	src          []byte
	doc          ast.Node
	slide        *deck.Slide
	dir          string
	files        deckfiles.Policy // which files the deck may read
	pageW, pageH float64
	code         map[ast.Node][]codeLine
	pxScale      float64 // pixels per slide unit for SVG rasters
	maths        map[mathKey]*texmath.Formula

	problems map[string]error // image errors by message, found once
	missing  []rune           // characters no font has, once each in order

	// set once by prepare()
	title      bool
	center     bool // headings and paragraphs centred (class lead/center, uncover)
	middle     bool // content centred vertically (class lead/middle)
	headCenter bool // headings centred (Deckset alignment(center))
	bgs        []bgImage
	colPlans   []colPlan // where each group of columns goes (columns.go)
	faces      faceMap   // the theme file's fonts (theme_fonts.go)
	boxX       float64   // content box
	boxY       float64
	boxW       float64
	boxH       float64

	// per run
	scale   float64
	imgH    float64 // height offered to each image row
	imgRows int
	tooWide bool // a code line had to wrap
	ops     []Op
	segs    []int
	seg     int
	y       float64
	gap     float64 // gap owed before the next block
	started bool    // a block has been placed (gaps apply)
	fresh   bool    // a list item just paid the gap for its first block
	depth   int     // list nesting
	itemGap float64
	color   color.RGBA // body text colour (quotes mute it)
	cols    colRun     // the group of columns being laid out
}

// problem records an image error once.
func (b *builder) problem(err error) {
	if b.problems == nil {
		b.problems = map[string]error{}
	}
	b.problems[err.Error()] = err
}

func (b *builder) emit(op Op) { b.add(op, b.seg) }

// seg0 adds an op shown at every step (backgrounds, the slide number).
func (b *builder) seg0(op Op) { b.add(op, 0) }

// add appends op to segment seg. Text is split into runs of one face and
// shaped once, after the last layout run (shapeOps): the runs searching
// for a scale that fits only need the widths.
func (b *builder) add(op Op, seg int) {
	b.ops = append(b.ops, op)
	b.segs = append(b.segs, seg)
}

// prepare decides the slide's kind and content box, once.
func (b *builder) prepare() {
	b.bgs = b.findBackgrounds()
	b.applyHints()
	mx, top, bottom := b.margins()
	b.boxX, b.boxY = mx, top
	b.boxW, b.boxH = b.pageW-2*mx, b.pageH-top-bottom
	b.splitForBackground()
	b.planColumns()
	var errs []error
	b.faces, errs = themeFaces(b.th)
	for _, err := range errs {
		b.problem(err)
	}
	b.title = !b.th.Marp && len(b.colPlans) == 0 && !sideImageLayout(b.slide.Hints) && b.isTitle()
}

// margins are the theme's, kept small enough to leave a fifth of the
// page for the content.
func (b *builder) margins() (x, top, bottom float64) {
	x, top, bottom = max(0, b.th.MarginX), max(0, b.th.MarginTop), max(0, b.th.MarginBottom)
	x = min(x, 0.4*b.pageW)
	if v := top + bottom; v > 0.8*b.pageH {
		top, bottom = top*0.8*b.pageH/v, bottom*0.8*b.pageH/v
	}
	return x, top, bottom
}

// run lays the whole slide out at scale, giving image rows imgH each.
func (b *builder) run(scale, imgH float64) {
	b.scale, b.imgH = scale, imgH
	b.ops, b.segs = nil, nil
	b.seg, b.imgRows, b.tooWide = 0, 0, false
	b.y, b.gap, b.started, b.fresh, b.depth = b.boxY, 0, false, false, 0
	b.color = b.th.Text
	b.itemGap = 0.5 * b.th.Body * scale
	b.drawBackgrounds()
	start := len(b.ops)
	b.cols = colRun{cur: -1}
	for c := b.doc.FirstChild(); c != nil; c = c.NextSibling() {
		if b.columnMark(c) {
			continue
		}
		x, w := b.column()
		b.block(c, x, w)
	}
	b.endColumns()
	if b.title || b.middle {
		shift(b.ops[start:], 0, max(0, (b.boxH-b.used())/2))
	}
}

// textAlign is how headings and paragraphs line up on this slide.
func (b *builder) textAlign() align {
	if b.center {
		return alignCenter
	}
	return alignLeft
}

// used is the height the content took in the box.
func (b *builder) used() float64 { return b.y - b.boxY }

// open pays the gap owed before a block (none at the top of the box).
func (b *builder) open(before float64) {
	if b.fresh {
		b.fresh = false
		b.gap = 0
		return
	}
	if b.started {
		b.y += max(b.gap, before)
	}
	b.started = true
	b.gap = 0
}

func (b *builder) close(after float64) { b.gap = after }

func (b *builder) block(n ast.Node, x, w float64) {
	s := b.scale
	switch n := n.(type) {
	case *ast.Heading:
		b.heading(n, x, w)
	case *ast.Paragraph:
		if m := onlyDisplayMath(n, b.src); m != nil {
			b.displayMath(m.TeX(b.src), x, w)
			break
		}
		size := b.th.Body * s
		al := b.textAlign()
		if b.title {
			size = b.th.TitleText * s
			al = alignCenter
		}
		b.paragraph(n, x, w, size, 0.5*size, al)
	case *ast.TextBlock:
		b.paragraph(n, x, w, b.th.Body*s, b.itemGap, alignLeft)
	case *ast.List:
		b.list(n, x, w)
	case *ast.Blockquote:
		b.quote(n, x, w)
	case *ast.FencedCodeBlock:
		if tex, ok := b.mathFence(n); ok {
			b.displayMath(tex, x, w)
			break
		}
		if b.isMermaid(n) {
			b.mermaid(n, x, w)
			break
		}
		b.codeBlock(n, x, w)
	case *ast.CodeBlock:
		b.codeBlock(n, x, w)
	case *mdsyntax.MathBlock:
		b.displayMath(n.TeX(b.src), x, w)
	case *east.Table:
		b.table(n, x, w)
	case *ast.ThematicBreak:
		size := b.th.Body * s
		b.open(0.5 * size)
		b.emit(Line{X1: x, Y1: b.y + 2*s, X2: x + w, Y2: b.y + 2*s, Width: 3 * s, Color: b.th.Border})
		b.y += 4 * s
		b.close(0.5 * size)
	case *ast.HTMLBlock:
		raw := rawLines(n, b.src)
		if pauseRe.Match(raw) {
			b.seg++
		}
		b.htmlVideos(raw, x, w)
	default:
		for c := n.FirstChild(); c != nil; c = c.NextSibling() {
			b.block(c, x, w)
		}
	}
}

func rawLines(n ast.Node, src []byte) []byte {
	var out []byte
	lines := n.Lines()
	for i := 0; i < lines.Len(); i++ {
		s := lines.At(i)
		out = append(out, s.Value(src)...)
	}
	if h, ok := n.(*ast.HTMLBlock); ok && h.HasClosure() {
		out = append(out, h.ClosureLine.Value(src)...)
	}
	return out
}

func (b *builder) heading(n *ast.Heading, x, w float64) {
	lvl := max(1, min(n.Level, 6))
	size := b.th.Headings[lvl-1] * b.scale
	f := Bold
	c := b.th.Heading
	al := b.textAlign()
	if b.headCenter {
		al = alignCenter
	}
	if lvl == 1 && b.th.H1.A != 0 {
		c = b.th.H1
	}
	if lvl == 6 {
		f, c = BoldItalic, b.th.Muted
	}
	if b.title {
		al = alignCenter
		size = b.th.TitleH2 * b.scale
		if lvl == 1 {
			size = b.th.TitleH1 * b.scale
		}
	}
	frags, imgs := b.inlines(n, style{font: f, size: size, color: c})
	b.themeFonts(frags, true)
	b.open(0.55 * size)
	lines := breakLines(frags, w, size)
	b.y += b.emitLines(lines, x, b.y, w, al)
	if len(imgs) > 0 {
		b.imageRow(imgs, x, w)
	}
	b.close(0.4 * size)
}

// paragraph lays out text and then, under it, the images it holds.
func (b *builder) paragraph(n ast.Node, x, w, size, gap float64, al align) {
	frags, imgs := b.inlines(n, style{font: Regular, size: size, color: b.color})
	b.themeFonts(frags, false)
	visible := false
	for _, f := range frags {
		if f.text != "" && f.text != " " || f.st.box != 0 || f.st.math != nil {
			visible = true
			break
		}
	}
	if !visible && len(imgs) == 0 {
		return // e.g. a paragraph holding only a background image
	}
	b.open(gap)
	if visible {
		lines := breakLines(frags, w, size)
		b.y += b.emitLines(lines, x, b.y, w, al)
	}
	if len(imgs) > 0 {
		if visible {
			b.y += 0.3 * size
		}
		b.imageRow(imgs, x, w)
	}
	b.close(gap)
}

func (b *builder) quote(n *ast.Blockquote, x, w float64) {
	size := b.th.Body * b.scale
	b.open(0.5 * size)
	b.fresh = true
	y0 := b.y
	keep := b.color
	b.color = b.th.Muted
	bar := 0.14 * size
	in := 0.75 * size
	first := len(b.ops)
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		b.block(c, x+in, w-in)
	}
	b.fresh = false
	b.color = keep
	bx := x
	if b.textAlign() == alignCenter {
		// centred quote text (Marp's uncover): the bar goes beside the
		// text, not at the far left of the column
		if left, ok := leftmostText(b.ops[first:]); ok {
			bx = max(x, left-in)
		}
	}
	b.emit(Rect{X: bx, Y: y0, W: bar, H: max(b.y-y0, size), Fill: b.th.Accent, Radius: bar / 2})
	b.y = max(b.y, y0+size)
	b.close(0.5 * size)
}

// leftmostText is the smallest X of the Text ops among ops.
func leftmostText(ops []Op) (float64, bool) {
	left, ok := 0.0, false
	for _, op := range ops {
		if t, is := op.(Text); is && (!ok || t.X < left) {
			left, ok = t.X, true
		}
	}
	return left, ok
}

// shift moves ops by (dx, dy).
func shift(ops []Op, dx, dy float64) {
	for i, op := range ops {
		switch o := op.(type) {
		case Text:
			o.X += dx
			o.Y += dy
			ops[i] = o
		case Rect:
			o.X += dx
			o.Y += dy
			ops[i] = o
		case Line:
			o.X1 += dx
			o.X2 += dx
			o.Y1 += dy
			o.Y2 += dy
			ops[i] = o
		case Picture:
			o.X += dx
			o.Y += dy
			ops[i] = o
		}
	}
}
