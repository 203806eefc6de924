package partpdf

import (
	"io"

	"github.com/lectern-app/lectern/internal/export"
	"github.com/lectern-app/lectern/render/fonts"
	"github.com/lectern-app/lectern/render/layout"
	"github.com/lectern-app/lectern/render/pdfout"
)

// TitleSlide draws a PDF deck's part title slide on one w×h pt page, in
// the light theme: the deck's own pages set no theme to follow.
func (Drawer) TitleSlide(out io.Writer, w, h float64, t export.TitleText) error {
	pg := titlePage(layout.Width, layout.Width*h/w, "light", t)
	doc := pdfout.New(pdfout.Options{Scale: w / layout.Width})
	if err := doc.AddSlide(pg); err != nil {
		return err
	}
	_, err := doc.WriteTo(out)
	return err
}

// titlePage lays out a part's title slide on a w×h page (slide units):
// the deck's title small, the part's title large, "Part N of M" under it,
// centred, in the theme's colours.
func titlePage(w, h float64, theme string, t export.TitleText) *layout.Page {
	th := layout.ThemeNamed(theme)
	pg := &layout.Page{W: w, H: h, Background: th.Background}
	maxW := w - 2*110
	add := func(y, size float64, f layout.Font, col string, text string) {
		if text == "" {
			return
		}
		if tw := fonts.Measure(f, size, text); tw > maxW {
			size *= maxW / tw
		}
		tw := fonts.Measure(f, size, text)
		c := th.Text
		switch col {
		case "heading":
			c = th.Heading
		case "muted":
			c = th.Muted
		}
		pg.Ops = append(pg.Ops, layout.Text{X: (w - tw) / 2, Y: y, Size: size, Font: f, Color: c, Text: text})
	}
	big := th.TitleH1
	if big <= 0 {
		big = 96
	}
	small := th.TitleText
	if small <= 0 {
		small = 46
	}
	mid := h / 2
	add(mid-big*1.4, small, layout.Regular, "muted", t.Deck)
	add(mid+big*0.35, big, layout.Bold, "heading", t.Part)
	add(mid+big*0.35+small*2.2, small, layout.Regular, "text", t.Of)
	return pg
}
