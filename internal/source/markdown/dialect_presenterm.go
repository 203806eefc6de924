package markdown

// presenterm's rules: `<!-- end_slide -->` ends a slide, and in a deck
// that uses it --- is a plain rule unless `options: end_slide_shorthand`
// is on (cuts.go); its comment commands are hidden (comments.go).

import "strings"

// presentermHead reads `options: {end_slide_shorthand: true}`.
func (p *parser) presentermHead(fields []field) {
	if f := find(fields, "options"); f != nil && strings.EqualFold(child(f.node, "end_slide_shorthand"), "true") {
		p.fl.shorthand = true
	}
}
