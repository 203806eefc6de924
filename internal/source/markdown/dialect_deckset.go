package markdown

// Deckset's rules: global settings as plain `key: value` lines at the top
// (frontmatter.go), `slide-dividers` making headings start slides, `^`
// notes (notes.go).

import "strings"

// decksetHead reads `slide-dividers: #, ##`.
func (p *parser) decksetHead(fields []field) {
	if f := find(fields, "slide-dividers"); f != nil {
		for _, part := range strings.Split(f.node.Value, ",") {
			part = strings.TrimSpace(part)
			if n := len(part); n >= 1 && n <= 6 && strings.Trim(part, "#") == "" {
				p.fl.dividers[n], p.fl.dividerOn = true, true
			}
		}
	}
}
