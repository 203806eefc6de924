// Package fonts holds the font faces every backend draws with and the one
// measuring function the layout breaks lines with, so the screen, the PNG and
// the PDF put every line break in the same place. The embedded Go fonts come
// first; a character they lack is drawn with an installed font that has it
// (fallback.go), registered at run time as a Font of its own.
package fonts

import (
	"fmt"
	"sync"
	"sync/atomic"

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

// Font names a face (aliased as layout.Font): one of the six embedded ones,
// or from Embedded on a fallback face loaded from the system's fonts.
type Font int

// The embedded faces: the Go fonts, which cover Latin, Greek and Cyrillic.
const (
	Regular Font = iota
	Bold
	Italic
	BoldItalic
	Mono
	MonoBold

	// Embedded is the number of embedded faces; fallback faces come after.
	Embedded
)

// face is one parsed font with its advances cached in em units.
type face struct {
	name     string
	ttf      []byte
	once     sync.Once
	font     *sfnt.Font
	err      error
	upem     float64
	asc      float64 // em units, positive up
	desc     float64 // em units, positive down
	gap      float64 // em units
	ascii    [128]float64
	plain    bool         // no OpenType or AAT layout tables: shaping ASCII adds nominal advances
	res      sync.Map     // rune or cluster string -> resolved: which face draws it
	clusters atomic.Int64 // cluster strings stored in res
	bufs     sync.Pool
}

// registry is every known face, indexed by Font; it only grows, and readers
// load it without a lock.
var registry atomic.Pointer[[]*face]

func init() {
	fs := []*face{
		Regular:    {name: "GoRegular", ttf: goregular.TTF},
		Bold:       {name: "GoBold", ttf: gobold.TTF},
		Italic:     {name: "GoItalic", ttf: goitalic.TTF},
		BoldItalic: {name: "GoBoldItalic", ttf: gobolditalic.TTF},
		Mono:       {name: "GoMono", ttf: gomono.TTF},
		MonoBold:   {name: "GoMonoBold", ttf: gomonobold.TTF},
	}
	registry.Store(&fs)
}

func get(f Font) *face {
	fs := *registry.Load()
	if int(f) < 0 || int(f) >= len(fs) {
		f = Regular
	}
	fc := fs[f]
	fc.once.Do(fc.init)
	return fc
}

func (fc *face) init() {
	fc.font, fc.err = sfnt.Parse(fc.ttf)
	if fc.err != nil {
		fc.err = fmt.Errorf("parse font %s: %w", fc.name, fc.err)
		return
	}
	fc.upem = float64(fc.font.UnitsPerEm())
	fc.plain = noLayoutTables(fc.ttf)
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

// advance is the advance width of r in em units (0 for control characters);
// a rune the face lacks gets the width of its .notdef box.
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

// has reports whether the face maps r to a glyph.
func (fc *face) has(r rune) bool {
	if fc.err != nil {
		return false
	}
	b := fc.buf()
	defer fc.bufs.Put(b)
	gi, err := fc.font.GlyphIndex(b, r)
	return err == nil && gi != 0
}

func (fc *face) buf() *sfnt.Buffer {
	if b, _ := fc.bufs.Get().(*sfnt.Buffer); b != nil {
		return b
	}
	return new(sfnt.Buffer)
}

// TTF returns the font file of a face (a single TrueType font, never a
// collection), for backends that embed or load it.
func TTF(f Font) []byte { return get(f).ttf }

// Data is TTF under the name the backends use for any face.
func Data(f Font) []byte { return TTF(f) }

// Name is a stable PostScript-like name of a face ("GoRegular", "GoMonoBold",
// "Fallback7-NotoSansDevanagari", …), unique among the faces.
func Name(f Font) string { return get(f).name }

// Parsed returns the parsed font, cached.
func Parsed(f Font) (*sfnt.Font, error) {
	fc := get(f)
	return fc.font, fc.err
}

// Measure is the shaped advance width of s set in f at size (slide units):
// s is cut into runs of one face each (EachRun, by grapheme cluster) and each
// run is shaped by HarfBuzz (Width), so kerning, ligatures, conjuncts and
// joining forms count, exactly as the glyphs the backends draw. Runs are
// shaped in the direction of their first strong character.
func Measure(f Font, size float64, s string) float64 {
	fc := get(f)
	if fc.err != nil {
		return 0.6 * size * float64(len([]rune(s)))
	}
	if fc.plain && isASCII(s) {
		w := 0.0
		for i := 0; i < len(s); i++ {
			w += fc.ascii[s[i]]
		}
		return w * size
	}
	w := 0.0
	EachRun(f, s, func(r Run) { w += Width(r.Font, size, r.Text, RightToLeft(r.Text)) })
	return w
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// Advance is the advance width of one rune of f at size (slide units).
func Advance(f Font, size float64, r rune) float64 {
	fc := get(f)
	if fc.err != nil {
		return 0.6 * size
	}
	if r >= 0 && r < 128 {
		return fc.ascii[r] * size
	}
	return fc.resolve(f, r).adv * size
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

// Has reports whether f itself has a glyph for r (no fallback).
func Has(f Font, r rune) bool { return get(f).has(r) }
