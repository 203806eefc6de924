// Package texmath lays out TeX math (the common KaTeX set: fractions, roots,
// scripts, large operators with limits, Greek and symbols, accents, \text,
// font commands, \left…\right, matrices, cases, aligned, spacing) into
// positioned glyph runs, filled rules and straight strokes, which every
// slide backend draws as vector. It is a small TeX-style box-and-glue
// layout over the slide's own fonts (Unicode symbols the Go fonts lack come
// from installed fonts, as for any text), not a port of TeX.
package texmath

import (
	"strings"

	"github.com/lectern-app/lectern/render/fonts"
)

// Kind of a laid-out item.
type Kind int8

// The item kinds.
const (
	Glyph  Kind = iota // text in one face: X, Y is its baseline start
	Rule               // a filled rectangle: X, Y top-left, W × H
	Stroke             // a straight line from (X, Y) to (X2, Y2), Width wide
)

// Item is one thing to draw, relative to the formula's baseline origin
// (left edge, y grows down).
type Item struct {
	Kind   Kind
	X, Y   float64
	X2, Y2 float64 // Stroke: the end
	W, H   float64 // Rule: its size
	Size   float64 // Glyph: font size
	Width  float64 // Stroke: line width
	Font   fonts.Font
	Text   string
}

// Formula is laid-out math: W wide, Ascent above the baseline and Descent
// below it. Unsupported lists, once each, the commands (or syntax faults)
// it could not set; a caller should then show the source instead.
type Formula struct {
	W, Ascent, Descent float64
	Items              []Item
	Unsupported        []string
}

// Layout sets tex at size (the text size in slide units); display selects
// display style (large operators with limits above and below).
func Layout(tex string, size float64, display bool) *Formula {
	list, unknown := parse(strings.TrimSpace(tex))
	c := ctx{base: size, style: sText}
	if display {
		c.style = sDisplay
	}
	b := hlist(list, c)
	f := &Formula{W: b.w, Ascent: b.h, Descent: b.d, Unsupported: unknown}
	for _, it := range b.items {
		switch it.kind {
		case kGlyph:
			f.Items = append(f.Items, Item{Kind: Glyph, X: it.x, Y: it.y, Size: it.size, Font: it.font, Text: it.text})
		case kRule:
			f.Items = append(f.Items, Item{Kind: Rule, X: it.x, Y: it.y, W: it.x2, H: it.y2})
		case kStroke:
			f.Items = append(f.Items, Item{Kind: Stroke, X: it.x, Y: it.y, X2: it.x2, Y2: it.y2, Width: it.size})
		}
	}
	return f
}
