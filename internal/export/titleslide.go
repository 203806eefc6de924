package export

import "fmt"

// partOf is the line under a part's title: "Part 2 of 3 · 7m30s".
func partOf(p PartPlan, parts int) string {
	s := fmt.Sprintf("Part %d of %d", p.Number, parts)
	if p.Budget > 0 {
		s += " · " + fmtDur(p.Budget)
	}
	return s
}

// titleText is what part p's title slide says: the deck's title, the
// part's, and "Part N of M".
func (w *writer) titleText(p PartPlan) *TitleText {
	return &TitleText{Deck: w.d.Meta.Title, Part: p.Title, Of: partOf(p, len(w.plan))}
}

// titleMarkdown is a part's title slide as Markdown, first in its deck.md.
func titleMarkdown(deckTitle string, p PartPlan, parts int) string {
	s := "# " + p.Title + "\n\n" + partOf(p, parts)
	if deckTitle != "" && deckTitle != p.Title {
		s += "\n\n" + deckTitle
	}
	return s
}
