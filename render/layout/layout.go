package layout

import (
	"fmt"
	"image/color"
	"path/filepath"
	"sort"

	"github.com/yuin/goldmark/ast"

	"github.com/lectern-app/lectern/internal/deck"
	"github.com/lectern-app/lectern/internal/mdsyntax"
)

// Width is the width of every page in slide units; the height follows the
// deck's aspect (1080 at 16:9).
const Width = 1920.0

// Page margins in slide units; they do not shrink with the content.
const (
	marginX      = 110.0
	marginTop    = 76.0
	marginBottom = 96.0
)

// minScale is the smallest uniform scale the layout shrinks to; codeFloor is
// the scale below which long code lines wrap instead of shrinking further.
const (
	minScale  = 0.05
	codeFloor = 0.75
)

// Options tune a layout.
type Options struct {
	Theme    string // "light", "dark" or a built-in's name; "" takes the deck's Meta.Theme
	NoNumber bool   // leave out the slide number
	Dir      string // folder for relative image paths when the deck has no Path

	// PixelScale is how many pixels per slide unit SVG pictures are
	// rasterised at: 1 (the default) suits a view up to 1920 px wide and
	// the PDF export; 2 keeps SVGs sharp on a 3840-px (HiDPI) view.
	PixelScale float64
}

// Laid is a slide laid out once for all its steps: Page(step) cuts it.
type Laid struct {
	W, H       float64
	Background color.RGBA
	Scale      float64 // the uniform shrink applied so everything fits (1: none)
	Title      bool    // laid out as a title slide (centred)
	Segments   int     // content segments between `<!-- pause -->` comments
	Problems   []error // images drawn as placeholders; *MissingGlyphs for characters drawn as boxes
	ops        []Op
	segs       []int
}

// PageSize is the page size in slide units for a deck (1920×1080 at 16:9).
func PageSize(d *deck.Deck) (w, h float64) {
	a := 16.0 / 9
	if d != nil && d.Meta.Aspect > 0.2 && d.Meta.Aspect < 5 {
		a = d.Meta.Aspect
	}
	return Width, float64(int(Width/a + 0.5))
}

// Layout lays out step (1..s.Steps) of a Markdown slide: the content up to
// the step-th `<!-- pause -->` segment. Positions do not move between steps.
func Layout(s *deck.Slide, d *deck.Deck, step int, opt Options) (*Page, error) {
	l, err := LayoutSlide(s, d, opt)
	if err != nil {
		return nil, err
	}
	return l.Page(step), nil
}

// LayoutSlide lays out every step of a slide at once.
func LayoutSlide(s *deck.Slide, d *deck.Deck, opt Options) (*Laid, error) {
	if s == nil {
		return nil, fmt.Errorf("layout: no slide given")
	}
	w, h := PageSize(d)
	b := &builder{
		th:      themeFor(d, opt),
		src:     []byte(s.Body),
		pageW:   w,
		pageH:   h,
		slide:   s,
		dir:     opt.Dir,
		pxScale: 1,
		code:    map[ast.Node][]codeLine{},
	}
	if d != nil && d.Path != "" {
		b.dir = filepath.Dir(d.Path)
	}
	b.files = policyFor(b.dir, d)
	if opt.PixelScale > 0 {
		b.pxScale = min(opt.PixelScale, 4)
	}
	b.doc = mdsyntax.Parse(b.src)
	b.prepare()
	scale := b.fit()
	b.run(scale, b.imageHeight(scale))
	if !b.chrome() {
		b.number(d, opt)
	}
	b.shapeOps()
	l := &Laid{
		W: w, H: h, Background: b.th.Background, Scale: scale, Title: b.title,
		Segments: b.seg + 1, ops: b.ops, segs: b.segs,
	}
	for _, err := range b.problems {
		l.Problems = append(l.Problems, err)
	}
	if len(b.missing) > 0 {
		l.Problems = append(l.Problems, &MissingGlyphs{Runes: b.missing})
	}
	sort.Slice(l.Problems, func(i, j int) bool { return l.Problems[i].Error() < l.Problems[j].Error() })
	return l, nil
}

// Page returns the step-th step (clamped to 1..Segments) of a laid-out slide.
func (l *Laid) Page(step int) *Page {
	step = max(1, min(step, l.Segments))
	p := &Page{W: l.W, H: l.H, Background: l.Background, Ops: make([]Op, 0, len(l.ops))}
	for i, op := range l.ops {
		if l.segs[i] < step {
			p.Ops = append(p.Ops, op)
		}
	}
	return p
}

// fit finds the largest scale ≤ 1 at which the content fits the page.
func (b *builder) fit() float64 {
	if b.fits(1) {
		return 1
	}
	lo, hi := minScale, 1.0
	for range 9 {
		mid := (lo + hi) / 2
		if b.fits(mid) {
			lo = mid
		} else {
			hi = mid
		}
	}
	return lo
}

// fits lays out at scale with images at their minimum height and reports
// whether everything fits in the content box.
func (b *builder) fits(scale float64) bool {
	b.run(scale, 0)
	need := b.used() + float64(b.imgRows)*minImage*scale
	if b.tooWide && scale > codeFloor {
		return false
	}
	return need <= b.boxH+0.5
}

// imageHeight shares the room left at scale among the image rows.
func (b *builder) imageHeight(scale float64) float64 {
	b.run(scale, 0)
	if b.imgRows == 0 {
		return 0
	}
	return max(minImage*scale, (b.boxH-b.used())/float64(b.imgRows))
}

// number puts the slide number in the bottom-right corner.
func (b *builder) number(d *deck.Deck, opt Options) {
	if opt.NoNumber || b.slide.Number <= 0 {
		return
	}
	label := b.slide.Label
	if label == "" {
		label = itoa(b.slide.Number)
	}
	if d != nil && len(d.Slides) > 1 {
		label += " / " + itoa(len(d.Slides))
	}
	size := b.th.Number
	c := b.th.Muted
	wid := measure(Regular, size, label)
	b.seg0(Text{X: b.pageW - 48 - wid, Y: b.pageH - 34, Size: size, Font: Regular, Color: c, Text: label})
}

func itoa(i int) string { return fmt.Sprint(i) }
