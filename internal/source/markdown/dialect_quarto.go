package markdown

// Quarto revealjs, as Quarto (pandoc) reads it: a deck is Quarto's when
// its file ends in .qmd or its front matter says `format: revealjs`;
// headings down to the slide level (2 unless `slide-level` says) start
// slides, so `#` makes a section slide and `##` a slide.

import (
	"strconv"

	"gopkg.in/yaml.v3"
)

// quartoHead reads `format: revealjs` and `slide-level`; qmd is the file's
// extension, which alone makes the deck Quarto's.
func (p *parser) quartoHead(fields []field, qmd bool) {
	level := 0
	if qmd {
		level = 2
	}
	if f := find(fields, "format"); f != nil {
		switch {
		case f.node.Kind == yaml.ScalarNode && f.node.Value == "revealjs":
			level = 2
		case childNode(f.node, "revealjs") != nil:
			level = 2
			if n, err := strconv.Atoi(child(childNode(f.node, "revealjs"), "slide-level")); err == nil {
				level = n
			}
		}
	}
	if level == 0 {
		return
	}
	p.fl.quarto = true
	if g := find(fields, "slide-level"); g != nil {
		if n, err := strconv.Atoi(g.node.Value); err == nil {
			level = n
		}
	}
	for l := 1; l <= level && l <= 6; l++ {
		p.fl.dividers[l], p.fl.dividerOn = true, true
	}
}
