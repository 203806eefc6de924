package main

import (
	"errors"
	"strings"

	"github.com/lectern-app/lectern/internal/deck"
	"github.com/lectern-app/lectern/internal/deckfiles"
	"github.com/lectern-app/lectern/render/fonts"
	"github.com/lectern-app/lectern/render/layout"
)

// checkPictures lays out every Markdown slide as the screen would and adds
// the pictures it could not draw that the reader cannot know about (an SVG
// that does not parse, a file that is no image, one over the pixel budget),
// so `check` reports everything a slide shows as a placeholder, the
// characters no installed font can draw (shown as boxes: missing-glyph), and
// what an SVG refers to outside itself (never read: svg-external).
func checkPictures(d *deck.Deck) {
	if d.Format != deck.Markdown {
		return
	}
	for i := range d.Slides {
		s := &d.Slides[i]
		if !mayShowPlaceholders(s) {
			continue
		}
		l, err := layout.LayoutSlide(s, d, layout.Options{})
		if err != nil {
			d.AddProblem(s.Number, deck.Warning, deckfiles.KindBroken, err.Error())
			continue
		}
		for _, perr := range l.Problems {
			// the layout's own problems say their kind: missing-glyph,
			// math, diagram, svg-external
			var kinded interface{ Kind() string }
			if errors.As(perr, &kinded) {
				d.AddProblem(s.Number, deck.Warning, kinded.Kind(), perr.Error())
				continue
			}
			switch k := deckfiles.KindOf(perr); k {
			case deckfiles.KindBroken, deckfiles.KindTooBig:
				d.AddProblem(s.Number, deck.Warning, k, perr.Error())
			case "":
				d.AddProblem(s.Number, deck.Warning, deckfiles.KindBroken, perr.Error())
			}
		}
	}
}

// mayShowPlaceholders says whether laying a slide out could find anything:
// it has pictures, characters the Go fonts lack, math (a command the
// layout cannot set) or a diagram block (Mermaid, Graphviz, D2). Most slides have none, and a 50 MB deck then checks
// in seconds, not minutes.
func mayShowPlaceholders(s *deck.Slide) bool {
	return len(s.Images) > 0 || strings.Contains(s.Body, "<img") || strings.Contains(s.Body, "url(") ||
		!fonts.Simple(fonts.Regular, s.Body) || mayHaveMath(s.Body)
}

func mayHaveMath(body string) bool {
	return strings.Contains(body, "$") || strings.Contains(body, `\(`) || strings.Contains(body, `\[`) ||
		strings.Contains(body, "```math") || strings.Contains(body, "```mermaid") ||
		strings.Contains(body, "```dot") || strings.Contains(body, "```graphviz") || strings.Contains(body, "```d2")
}
