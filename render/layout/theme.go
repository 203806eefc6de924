package layout

import (
	"image/color"
	"strings"
)

// Theme is the look of a slide: colours, sizes (slide units on a 1080-high
// page at scale 1) and the chroma style for code.
type Theme struct {
	Name       string
	Background color.RGBA
	Text       color.RGBA
	Heading    color.RGBA
	H1         color.RGBA // first-level headings when it differs (zero alpha: Heading)
	Muted      color.RGBA // block quotes, slide numbers, captions
	Link       color.RGBA
	Accent     color.RGBA // bullets, quote bar
	CodeBg     color.RGBA // code blocks and inline code
	CodeBorder color.RGBA
	Border     color.RGBA // tables, placeholders
	HeaderBg   color.RGBA // table header row
	ChromaName string     // chroma style for fenced code

	Body       float64    // paragraph text
	Headings   [6]float64 // h1..h6
	Code       float64    // fenced code
	Table      float64    // table cells
	TitleH1    float64    // a title slide's first-level heading
	TitleH2    float64    // a title slide's other headings
	TitleText  float64    // a title slide's short paragraph
	Number     float64    // slide number
	Chrome     float64    // header and footer text (Marp)
	LineHeight float64    // line height as a multiple of the font size

	// Margins of the content box in slide units (a theme file's margins.*).
	MarginX, MarginTop, MarginBottom float64

	// Font families a theme file asks for ("" the embedded Go fonts),
	// checked to be installed by the reader; headings, paragraphs, lists,
	// quotes and inline code are set in them (theme_fonts.go).
	FontBody, FontHeading, FontCode string

	Center  bool   // every heading and paragraph centred (Marp's uncover)
	Middle  bool   // content centred vertically (Marp's default and uncover)
	Inverse string // the theme class invert (Marp) or inverse (remark) switches to
	Marp    bool   // a Marp look-alike: no title-slide centring, Marp does none
	NoLead  bool   // class lead changes nothing (Marp's default theme has none)
}

func rgb(v uint32) color.RGBA {
	return color.RGBA{R: uint8(v >> 16), G: uint8(v >> 8), B: uint8(v), A: 0xff}
}

var sizes = Theme{
	Body:       46,
	Headings:   [6]float64{84, 68, 58, 52, 48, 46},
	Code:       40,
	Table:      42,
	TitleH1:    112,
	TitleH2:    66,
	TitleText:  54,
	Number:     28,
	Chrome:     28,
	LineHeight: 1.28,

	MarginX:      marginX,
	MarginTop:    marginTop,
	MarginBottom: marginBottom,
}

// Light is the default theme: dark text on white.
var Light = func() Theme {
	t := sizes
	t.Name = "light"
	t.Background = rgb(0xffffff)
	t.Text = rgb(0x1f2328)
	t.Heading = rgb(0x0b3a75)
	t.Muted = rgb(0x59636e)
	t.Link = rgb(0x0969da)
	t.Accent = rgb(0x2f6fb5)
	t.CodeBg = rgb(0xf3f5f8)
	t.CodeBorder = rgb(0xd1d9e0)
	t.Border = rgb(0xb6c0cb)
	t.HeaderBg = rgb(0xe8eef5)
	t.ChromaName = "github"
	t.Inverse = "dark"
	return t
}()

// Dark is light text on a near-black background.
var Dark = func() Theme {
	t := sizes
	t.Name = "dark"
	t.Background = rgb(0x15191f)
	t.Text = rgb(0xe6edf3)
	t.Heading = rgb(0x8cc4ff)
	t.Muted = rgb(0x9aa5b1)
	t.Link = rgb(0x58a6ff)
	t.Accent = rgb(0x6cb6ff)
	t.CodeBg = rgb(0x0d1117)
	t.CodeBorder = rgb(0x3d444d)
	t.Border = rgb(0x56606b)
	t.HeaderBg = rgb(0x232a33)
	t.ChromaName = "github-dark"
	t.Inverse = "light"
	return t
}()

// ThemeNamed returns the built-in theme of that name: light, dark, Marp's
// default, gaia and uncover (and their -invert/-dark forms), and dark for a
// few dark names other tools use; light otherwise.
func ThemeNamed(name string) Theme {
	switch strings.ToLower(strings.TrimSpace(name)) {
	case "dark", "night", "invert":
		return Dark
	case "default", "marp-default":
		return MarpDefault
	case "default-invert", "default-dark", "marp-default-invert":
		return MarpDefaultInvert
	case "gaia":
		return Gaia
	case "gaia-invert", "gaia-dark":
		return GaiaInvert
	case "uncover":
		return Uncover
	case "uncover-invert", "uncover-dark":
		return UncoverInvert
	}
	return Light
}

// IsBuiltin reports whether name is one of the themes ThemeNamed knows.
func IsBuiltin(name string) bool {
	n := strings.ToLower(strings.TrimSpace(name))
	return n == "light" || ThemeNamed(n).Name != "light"
}
