// Package layout turns a Markdown slide into positioned draw operations in
// slide coordinates (a virtual page, 1920 wide at the deck's aspect). Every
// backend (Fyne canvas on screen, raster PNG, vector PDF) only draws this list,
// so the screen and the exported PDF break lines at the same places.
package layout

import (
	"image"
	"image/color"

	"github.com/lectern-app/lectern/render/fonts"
)

// Font names one of the embedded font faces; backends map it to the same file
// (fonts.TTF). It is defined in render/fonts so that package can measure text
// for the layout without an import cycle.
type Font = fonts.Font

// The embedded faces.
const (
	Regular    = fonts.Regular
	Bold       = fonts.Bold
	Italic     = fonts.Italic
	BoldItalic = fonts.BoldItalic
	Mono       = fonts.Mono
	MonoBold   = fonts.MonoBold
)

// Page is one laid-out step of a slide.
type Page struct {
	W, H       float64 // slide coordinates, e.g. 1920×1080
	Background color.RGBA
	Ops        []Op
}

// Op is one draw operation: Text, Rect, Line or Picture.
type Op interface{ isOp() }

// Text is a single run of text on one line, in one face and one direction;
// (X, Y) is its baseline start. The layout fills Glyphs (HarfBuzz's, with
// kerning, ligatures, conjuncts and joining) and measured the run with the
// same shaping (fonts.Measure), so backends draw the glyphs where they are
// and need not measure. The layout also
// emits the Line ops that underline links and strike out struck text, so
// backends need not draw anything for Link or Strike (they are there for
// PDF link annotations and accessibility).
type Text struct {
	X, Y   float64
	Size   float64 // font size in slide units (pixels at 1920 wide)
	Font   Font
	Color  color.RGBA
	Text   string
	Link   string // target when the run is a link
	Strike bool   // struck out (the strike line is a separate Line op)
	// Glyphs is Text shaped in Font (fonts.Shape), in visual order, placed
	// from (X, Y) in slide units. Every op from Layout has them; an op a
	// backend makes itself (FormulaOps, its own labels) gets them from
	// ShapeText.
	Glyphs []fonts.Glyph
	RTL    bool // Text is right to left: Glyphs run from its last character
}

// Rect is a filled (and optionally stroked) rectangle; (X, Y) is its top-left.
// A stroke is centred on the rectangle's edge; Radius rounds the corners
// (a square with Radius = W/2 is a disc, used for bullets).
type Rect struct {
	X, Y, W, H  float64
	Fill        color.RGBA // zero alpha: no fill
	Stroke      color.RGBA // zero alpha: no stroke
	StrokeWidth float64
	Radius      float64
}

// Line is a straight line.
type Line struct {
	X1, Y1, X2, Y2 float64
	Width          float64
	Color          color.RGBA
}

// Picture is an image scaled into the box (X, Y, W, H), aspect kept by the layout.
type Picture struct {
	X, Y, W, H float64
	Path       string      // local file holding exactly these pixels ("" for placeholders and SVGs)
	Source     string      // local file it came from, SVGs included ("" for placeholders)
	Image      image.Image // decoded pixels; an SVG rasterised for this box (Options.PixelScale)
	Alt        string
}

func (Text) isOp()    {}
func (Rect) isOp()    {}
func (Line) isOp()    {}
func (Picture) isOp() {}
