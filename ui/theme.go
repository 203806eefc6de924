package ui

import (
	"image/color"
	"math"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// stageTheme is Fyne's default theme always in its dark variant: a presenter
// console in a dark hall must not glow.
type stageTheme struct{ fyne.Theme }

func newStageTheme() fyne.Theme { return stageTheme{theme.DefaultTheme()} }

func (t stageTheme) Color(n fyne.ThemeColorName, _ fyne.ThemeVariant) color.Color {
	return t.Theme.Color(n, theme.VariantDark)
}

// The notes pane draws with the slides' engine (notes.go), at a size of its
// own the speaker scales with +/- without touching the rest of the console.

// notesBase makes notes readable at arm's length by default.
const notesBase = 1.4

// notesSteps is the speaker's `+`/`-` setting (the presenter's, which the
// rehearsal window follows). Read and written on the Fyne goroutine only.
var notesSteps int

// notesTextSize is the notes body size in Fyne units at steps: each step is
// 15% bigger or smaller than the theme's text at notesBase.
func notesTextSize(steps int) float32 {
	return theme.TextSize() * notesBase * float32(math.Pow(1.15, float64(steps)))
}

// Clock colours: amber when time is short, red when over.
var (
	colNormal = color.NRGBA{0xf1, 0xf5, 0xf9, 0xff}
	colWarn   = color.NRGBA{0xf5, 0x9e, 0x0b, 0xff}
	colOver   = color.NRGBA{0xef, 0x44, 0x44, 0xff}
	colDim    = color.NRGBA{0x94, 0xa3, 0xb8, 0xff}
	colGood   = color.NRGBA{0x22, 0xc5, 0x5e, 0xff}
	colPanel  = color.NRGBA{0x11, 0x18, 0x27, 0xff}
	colCursor = color.NRGBA{0x38, 0xbd, 0xf8, 0xff}
)
