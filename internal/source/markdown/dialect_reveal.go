package markdown

// reveal.js / reveal-md rules, as reveal.js's markdown plugin (slidify)
// reads them: `Note:` notes (notes.go), `----` vertical slides read in
// order as slides, `.slide:` and `.element:` attribute comments.

// revealSeps are the separators a reveal-md front matter sets.
type revealSeps struct{}

// revealHead reads reveal-md's front matter.
func (p *parser) revealHead(fields []field) {}
