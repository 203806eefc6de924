package markdown

// Which tool a deck was written for, decided here and only here. Most
// syntaxes are read in every deck (a Note: line, a ??? line, a ^ paragraph
// mean nothing else), so a dialect only switches on the rules where the
// tools disagree. The signs, each read by its dialect_*.go file:
//
//   - Marp: `marp: true`; headingDivider (front matter or a comment);
//   - Slidev: Slidev-only head matter keys, or a slide's own front matter;
//   - reveal-md: `separator`/`verticalSeparator`/`notesSeparator` or
//     `revealOptions` in the front matter;
//   - remark: slide properties (`class:`, `layout:`, `name:`…) at a slide's top;
//   - Deckset: its global settings block, `slide-dividers`;
//   - Quarto revealjs: the `.qmd` extension, or `format: revealjs`;
//   - presenterm: an `<!-- end_slide -->` comment, its `options:`.

import (
	"path/filepath"
	"strings"
)

// flavour holds what the deck says about how it is cut and read.
type flavour struct {
	marp       bool    // Marp: every thematic break (***, ___, - - -) separates slides
	shorthand  bool    // presenterm end_slide_shorthand: --- separates even with end_slide
	presenterm bool    // presenterm: <!-- end_slide --> ends slides, --- is a rule
	dividers   [7]bool // heading levels that start a new slide
	dividerOn  bool    // any divider level set
	decksetFM  bool    // settings came from a Deckset header, not YAML
	slidev     bool    // Slidev: notes are only the comment that ends a slide
	quarto     bool    // Quarto revealjs: ::: divs and {attributes} are markup
	reveal     *revealSeps
	buildLists bool // Deckset build-lists / presenterm incremental_lists for the whole deck
}

// detectHead reads the dialect signs of the front matter and the file name.
func (p *parser) detectHead(fields []field) {
	p.marpHead(fields)
	p.fl.slidev = slidevHead(fields)
	p.presentermHead(fields)
	p.decksetHead(fields)
	p.quartoHead(fields, strings.EqualFold(filepath.Ext(p.path), ".qmd"))
	p.revealHead(fields)
}

// detectComments reads the dialect signs among the deck's comments, once
// they are read.
func (p *parser) detectComments() {
	for i, c := range p.f.comments {
		if c.alone && p.dirs[i].kind == kindEndSlide {
			p.fl.presenterm = true
		}
	}
}
