package fonts

import (
	"bytes"
	"fmt"
	"sync"

	"github.com/go-text/typesetting/di"
	gotext "github.com/go-text/typesetting/font"
	"github.com/go-text/typesetting/language"
	"github.com/go-text/typesetting/shaping"
	"golang.org/x/image/math/fixed"
)

// Glyph is one shaped glyph of a run, placed relative to the run's origin
// (the start of its baseline), in the run's units (slide units in layout ops).
type Glyph struct {
	ID      uint16  // glyph index in the run's face
	X, Y    float64 // the glyph's origin: pen position plus offset; Y grows downward
	Advance float64
	Cluster int // byte offset in the run's text of the first character this glyph draws
}

// Shaped is text set in one face by HarfBuzz (go-text's port): glyphs in
// visual order, left to right, whatever the direction.
type Shaped struct {
	Glyphs []Glyph
	Width  float64
	RTL    bool
}

// goTextFace is a face parsed by go-text (outlines of every kind, bitmaps,
// OpenType layout tables); one per Font, shared: go-text faces are read-only
// after parsing but the shaper is not, so shaping holds shapeMu.
type goTextFace struct {
	once sync.Once
	face *gotext.Face
	err  error
}

var (
	goTextFaces sync.Map // Font -> *goTextFace
	shapeMu     sync.Mutex
	shaper      shaping.HarfbuzzShaper
)

func init() {
	// the shaper keeps no HarfBuzz font at all unless told: each would be
	// built again (OpenType tables read) for every text shaped
	shaper.SetFontCacheSize(64)
}

// GoText returns the go-text face of f (parsed once): what shaping and the
// raster's glyph outlines and bitmaps read.
func GoText(f Font) (*gotext.Face, error) {
	v, _ := goTextFaces.LoadOrStore(f, &goTextFace{})
	g := v.(*goTextFace)
	g.once.Do(func() {
		g.face, g.err = gotext.ParseTTF(bytes.NewReader(Data(f)))
		if g.err != nil {
			g.err = fmt.Errorf("parse font %s: %w", Name(f), g.err)
		}
	})
	return g.face, g.err
}

// Shape sets text, all of it drawn by f (one run of EachRun), at size. rtl
// shapes it right to left (Arabic, Hebrew); the glyphs still come back in
// visual order. Script is taken from the text's first strong character.
// Results are cached at unit size (shapecache.go): a word is shaped once.
func Shape(f Font, size float64, text string, rtl bool) (Shaped, error) {
	u, err := shapeUnit(f, text, rtl)
	if err != nil {
		return Shaped{}, err
	}
	out := Shaped{RTL: rtl, Width: u.Width * size, Glyphs: make([]Glyph, len(u.Glyphs))}
	for i, g := range u.Glyphs {
		out.Glyphs[i] = Glyph{ID: g.ID, X: g.X * size, Y: g.Y * size, Advance: g.Advance * size, Cluster: g.Cluster}
	}
	return out, nil
}

// shapeNow runs HarfBuzz on text in f at unit size (1 em = 1).
func shapeNow(f Font, text string, rtl bool) (Shaped, error) {
	face, err := GoText(f)
	if err != nil {
		return Shaped{}, err
	}
	runes := []rune(text)
	// byte offset of each rune, to turn go-text's rune clusters into bytes
	offs := make([]int, 0, len(runes)+1)
	for i := range text {
		offs = append(offs, i)
	}
	offs = append(offs, len(text))
	in := shaping.Input{
		Text: runes, RunStart: 0, RunEnd: len(runes),
		Direction: di.DirectionLTR, Face: face,
		// shape at shapeUnits per em (×64 fixed point) so rounding stays far below a pixel
		Size:     fixed.I(shapeUnits),
		Script:   scriptOfText(runes),
		Language: language.DefaultLanguage(),
	}
	out := Shaped{RTL: rtl}
	if rtl {
		in.Direction = di.DirectionRTL
	}
	shapeMu.Lock()
	res := shaper.Shape(in)
	shapeMu.Unlock()
	const k = 1.0 / shapeUnits
	pen := 0.0
	out.Glyphs = make([]Glyph, 0, len(res.Glyphs))
	for _, g := range res.Glyphs {
		c := g.ClusterIndex
		if c < 0 || c >= len(offs) {
			c = 0
		}
		out.Glyphs = append(out.Glyphs, Glyph{
			ID:      uint16(g.GlyphID),
			X:       pen + fromFixed(g.XOffset)*k,
			Y:       -fromFixed(g.YOffset) * k,
			Advance: fromFixed(g.XAdvance) * k,
			Cluster: offs[c],
		})
		pen += fromFixed(g.XAdvance) * k
	}
	out.Width = pen
	return out, nil
}

// shapeUnits is the size text is shaped at before scaling to the asked size:
// exact for faces of 2048 or 1024 units per em (the Go fonts), 1e-6 em
// otherwise; a single run's total may reach 8192 em before go-text's
// fixed-point sum wraps, which only its unused total would show.
const shapeUnits = 4096

func fromFixed(v fixed.Int26_6) float64 { return float64(v) / 64 }

// scriptOfText is the script of the first character that has one.
func scriptOfText(rs []rune) language.Script {
	for _, r := range rs {
		if s := language.LookupScript(r); s != language.Common && s != language.Inherited && s != language.Unknown {
			return s
		}
	}
	return language.Latin
}
