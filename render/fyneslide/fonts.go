package fyneslide

import (
	"strings"
	"sync"

	"fyne.io/fyne/v2"

	"github.com/lectern-app/lectern/render/fonts"
	"github.com/lectern-app/lectern/render/layout"
)

var (
	resMu sync.Mutex
	res   = map[layout.Font]fyne.Resource{}

	ascMu sync.Mutex
	ascs  = map[layout.Font]float32{}
)

// fontResource is the face, embedded or a fallback face the layout split a
// run into, as a Fyne resource, so canvas.Text measures and draws with the
// very file the layout measured. A character no font has is drawn by Fyne
// as its replacement glyph from that file, never as nothing.
func fontResource(f layout.Font) fyne.Resource {
	resMu.Lock()
	defer resMu.Unlock()
	r, ok := res[f]
	if !ok {
		r = fyne.NewStaticResource(fonts.Name(f)+".ttf", fonts.Data(f))
		res[f] = r
	}
	return r
}

// styleOf tells Fyne the style too (it picks the fallback font by it).
func styleOf(f layout.Font) fyne.TextStyle {
	switch f {
	case layout.Bold:
		return fyne.TextStyle{Bold: true}
	case layout.Italic:
		return fyne.TextStyle{Italic: true}
	case layout.BoldItalic:
		return fyne.TextStyle{Bold: true, Italic: true}
	case layout.Mono:
		return fyne.TextStyle{Monospace: true}
	case layout.MonoBold:
		return fyne.TextStyle{Monospace: true, Bold: true}
	}
	return fyne.TextStyle{}
}

// ascent is the distance from a canvas.Text's top to its baseline per unit
// of text size, as Fyne's own text renderer reports it.
func ascent(f layout.Font) float32 {
	ascMu.Lock()
	defer ascMu.Unlock()
	if a, ok := ascs[f]; ok {
		return a
	}
	a := float32(fonts.VMetrics(f, 1).Ascent)
	if app := fyne.CurrentApp(); app != nil && app.Driver() != nil {
		_, base := app.Driver().RenderedTextSize("Hg", 100, styleOf(f), fontResource(f))
		if base > 0 {
			a = base / 100
		}
	}
	ascs[f] = a
	return a
}

// shown is the text a run puts on screen: a character no font has becomes a
// white square, the box the PNG and the PDF draw, where Fyne would draw its
// replacement glyph (the layout measured it as the .notdef box).
func shown(v layout.Text) string {
	if fonts.Simple(v.Font, v.Text) {
		return v.Text
	}
	return strings.Map(func(r rune) rune {
		if _, ok := fonts.Resolve(v.Font, r); !ok {
			return '□'
		}
		return r
	}, v.Text)
}
