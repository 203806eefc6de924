package ui

import (
	"image/color"
	"math"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// stageTheme is Fyne's default theme always in its dark variant: a presenter
// console in a dark hall must not glow.
type stageTheme struct{ fyne.Theme }

func newStageTheme() fyne.Theme { return stageTheme{theme.DefaultTheme()} }

func (t stageTheme) Color(n fyne.ThemeColorName, _ fyne.ThemeVariant) color.Color {
	return t.Theme.Color(n, theme.VariantDark)
}

// Notes text has sizes of its own, so the speaker can scale it without
// touching the rest of the console. They live in the app theme, not in a
// theme override: Fyne's RichText measures line wrapping with the app theme,
// so an override drew notes bigger than it wrapped them (lines ran off the pane).
const (
	sizeNotes        fyne.ThemeSizeName = "lecternNotes"
	sizeNotesHeading fyne.ThemeSizeName = "lecternNotesHeading"
	sizeNotesSub     fyne.ThemeSizeName = "lecternNotesSubHeading"
)

// notesBase makes notes readable at arm's length by default.
const notesBase = 1.4

// notesSteps is the speaker's `+`/`-` setting; each step is 15% bigger or
// smaller. Read and written on the Fyne goroutine only.
var notesSteps int

func (t stageTheme) Size(n fyne.ThemeSizeName) float32 {
	scale := float32(math.Pow(1.15, float64(notesSteps))) * notesBase
	switch n {
	case sizeNotes:
		return t.Theme.Size(theme.SizeNameText) * scale
	case sizeNotesHeading:
		return t.Theme.Size(theme.SizeNameHeadingText) * scale
	case sizeNotesSub:
		return t.Theme.Size(theme.SizeNameSubHeadingText) * scale
	}
	return t.Theme.Size(n)
}

// useNotesSizes moves the segments of parsed notes onto the notes sizes.
func useNotesSizes(segs []widget.RichTextSegment) {
	for _, seg := range segs {
		switch s := seg.(type) {
		case *widget.TextSegment:
			switch s.Style.SizeName {
			case theme.SizeNameHeadingText:
				s.Style.SizeName = sizeNotesHeading
			case theme.SizeNameSubHeadingText:
				s.Style.SizeName = sizeNotesSub
			default:
				s.Style.SizeName = sizeNotes
			}
		case widget.RichTextBlock:
			useNotesSizes(s.Segments())
		}
	}
}

// showNotes puts Markdown notes in a RichText at the speaker's notes size.
func showNotes(rt *widget.RichText, md string) {
	rt.ParseMarkdown(md)
	useNotesSizes(rt.Segments)
	rt.Refresh()
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
