package export

import (
	"fmt"

	"github.com/lectern-app/lectern/render/fonts"
	"github.com/lectern-app/lectern/render/layout"
)

// partOf is the line under a part's title: "Part 2 of 3 · 7m30s".
func partOf(p PartPlan, parts int) string {
	s := fmt.Sprintf("Part %d of %d", p.Number, parts)
	if p.Budget > 0 {
		s += " · " + fmtDur(p.Budget)
	}
	return s
}

// titlePage lays out a part's title slide on a w×h page (slide units):
// the deck's title small, the part's title large, "Part N of M" under it,
// centred, in the theme's colours.
func titlePage(w, h float64, theme, deckTitle string, p PartPlan, parts int) *layout.Page {
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
	add(mid-big*1.4, small, layout.Regular, "muted", deckTitle)
	add(mid+big*0.35, big, layout.Bold, "heading", p.Title)
	add(mid+big*0.35+small*2.2, small, layout.Regular, "text", partOf(p, parts))
	return pg
}

// titleMarkdown is a part's title slide as Markdown, first in its deck.md.
func titleMarkdown(deckTitle string, p PartPlan, parts int) string {
	s := "# " + p.Title + "\n\n" + partOf(p, parts)
	if deckTitle != "" && deckTitle != p.Title {
		s += "\n\n" + deckTitle
	}
	return s
}
