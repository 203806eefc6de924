// Package fonts holds the embedded font faces every backend draws with and the
// one measuring function the layout breaks lines with, so the screen, the PNG
// and the PDF put every line break in the same place.
package fonts

import (
	"fmt"
	"sync"

	"golang.org/x/image/font"
	"golang.org/x/image/font/gofont/gobold"
	"golang.org/x/image/font/gofont/gobolditalic"
	"golang.org/x/image/font/gofont/goitalic"
	"golang.org/x/image/font/gofont/gomono"
	"golang.org/x/image/font/gofont/gomonobold"
	"golang.org/x/image/font/gofont/goregular"
	"golang.org/x/image/font/sfnt"
	"golang.org/x/image/math/fixed"
)

// Font names one of the embedded faces (aliased as layout.Font).
type Font int

// The embedded faces: the Go fonts, which cover Latin, Greek and Cyrillic.
const (
	Regular Font = iota
	Bold
	Italic
	BoldItalic
	Mono
	MonoBold
)

// face is one parsed font with its advances cached in em units.
type face struct {
	name  string
	ttf   []byte
	once  sync.Once
	font  *sfnt.Font
	err   error
	upem  float64
	asc   float64 // em units, positive up
	desc  float64 // em units, positive down
	gap   float64 // em units
	ascii [128]float64
	more  sync.Map // rune -> float64
	bufs  sync.Pool
}

var faces = [...]*face{
	Regular:    {name: "GoRegular", ttf: goregular.TTF},
	Bold:       {name: "GoBold", ttf: gobold.TTF},
	Italic:     {name: "GoItalic", ttf: goitalic.TTF},
	BoldItalic: {name: "GoBoldItalic", ttf: gobolditalic.TTF},
	Mono:       {name: "GoMono", ttf: gomono.TTF},
	MonoBold:   {name: "GoMonoBold", ttf: gomonobold.TTF},
}

func get(f Font) *face {
	if int(f) < 0 || int(f) >= len(faces) {
		f = Regular
	}
	fc := faces[f]
	fc.once.Do(fc.init)
	return fc
}

func (fc *face) init() {
	fc.font, fc.err = sfnt.Parse(fc.ttf)
	if fc.err != nil {
		fc.err = fmt.Errorf("parse embedded font %s: %w", fc.name, fc.err)
		return
	}
	fc.upem = float64(fc.font.UnitsPerEm())
	var b sfnt.Buffer
	ppem := fixed.I(int(fc.font.UnitsPerEm()))
	if m, err := fc.font.Metrics(&b, ppem, font.HintingNone); err == nil {
		fc.asc = float64(m.Ascent) / 64 / fc.upem
		fc.desc = float64(m.Descent) / 64 / fc.upem
		fc.gap = float64(m.Height)/64/fc.upem - fc.asc - fc.desc
	}
	for r := rune(0); r < 128; r++ {
		fc.ascii[r] = fc.advance(&b, r)
	}
}

// advance is the advance width of r in em units (0 for control characters).
func (fc *face) advance(b *sfnt.Buffer, r rune) float64 {
	if r < 0x20 || r == 0x7f {
		return 0
	}
	gi, err := fc.font.GlyphIndex(b, r)
	if err != nil {
		return 0
	}
	a, err := fc.font.GlyphAdvance(b, gi, fixed.I(int(fc.upem)), font.HintingNone)
	if err != nil {
		return 0
	}
	return float64(a) / 64 / fc.upem
}

func (fc *face) runeAdvance(r rune) float64 {
	if r >= 0 && r < 128 {
		return fc.ascii[r]
	}
	if v, ok := fc.more.Load(r); ok {
		return v.(float64)
	}
	b, _ := fc.bufs.Get().(*sfnt.Buffer)
	if b == nil {
		b = new(sfnt.Buffer)
	}
	v := fc.advance(b, r)
	fc.bufs.Put(b)
	fc.more.Store(r, v)
	return v
}

// TTF returns the TrueType file of a face, for backends that embed or load it.
func TTF(f Font) []byte { return get(f).ttf }

// Name is a stable PostScript-like name of a face ("GoRegular", "GoMonoBold", …).
func Name(f Font) string { return get(f).name }

// Parsed returns the parsed font, cached; the embedded fonts always parse,
// the error is there for honesty.
func Parsed(f Font) (*sfnt.Font, error) {
	fc := get(f)
	return fc.font, fc.err
}

// Measure is the advance width of s set in f at size (slide units). It adds
// glyph advances with no kerning, exactly as every backend places glyphs, so
// Measure(a)+Measure(b) == Measure(a+b).
func Measure(f Font, size float64, s string) float64 {
	fc := get(f)
	if fc.err != nil {
		return 0.6 * size * float64(len([]rune(s)))
	}
	w := 0.0
	for _, r := range s {
		w += fc.runeAdvance(r)
	}
	return w * size
}

// Advance is the advance width of one rune of f at size (slide units).
func Advance(f Font, size float64, r rune) float64 {
	fc := get(f)
	if fc.err != nil {
		return 0.6 * size
	}
	return fc.runeAdvance(r) * size
}

// Metrics are a face's vertical metrics at size: ascent above the baseline,
// descent below it (both positive) and the recommended gap between lines.
type Metrics struct {
	Ascent, Descent, LineGap float64
}

// VMetrics returns the vertical metrics of f at size (slide units).
func VMetrics(f Font, size float64) Metrics {
	fc := get(f)
	if fc.err != nil {
		return Metrics{Ascent: 0.9 * size, Descent: 0.25 * size}
	}
	return Metrics{Ascent: fc.asc * size, Descent: fc.desc * size, LineGap: fc.gap * size}
}

// Has reports whether f has a glyph for r.
func Has(f Font, r rune) bool {
	fc := get(f)
	if fc.err != nil {
		return false
	}
	var b sfnt.Buffer
	gi, err := fc.font.GlyphIndex(&b, r)
	return err == nil && gi != 0
}
