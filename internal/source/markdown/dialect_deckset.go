package markdown

// Deckset's rules: global settings as plain `key: value` lines at the top
// (frontmatter.go, kept in Meta.Extra), `slide-dividers` making headings
// start slides, `^` notes (notes.go), `[.key: value]` slide commands
// recorded as the slide's hints and hidden, `[fit]` headings (the text
// kept, fit recorded), `build-lists: true` (global, or `[.build-lists:
// true]` on a slide) making each list item a step.

import (
	"regexp"
	"strings"

	"github.com/lectern-app/lectern/internal/deck"
)

// decksetHead reads `slide-dividers: #, ##`.
func (p *parser) decksetHead(fields []field) {
	if f := find(fields, "build-lists"); f != nil {
		p.fl.buildLists = strings.EqualFold(f.node.Value, "true")
	}
	if f := find(fields, "slide-dividers"); f != nil {
		for _, part := range strings.Split(f.node.Value, ",") {
			part = strings.TrimSpace(part)
			if n := len(part); n >= 1 && n <= 6 && strings.Trim(part, "#") == "" {
				p.fl.dividers[n], p.fl.dividerOn = true, true
			}
		}
	}
}

// decksetCommand reads a `[.key: value]` or `[.key]` line.
func decksetCommand(line []byte) (string, string) {
	t := strings.TrimSpace(string(line))
	t = strings.TrimSuffix(strings.TrimPrefix(t, "[."), "]")
	k, v, ok := strings.Cut(t, ":")
	if !ok {
		return strings.TrimSpace(k), "true"
	}
	return strings.TrimSpace(k), strings.TrimSpace(v)
}

var fitRe = regexp.MustCompile(`^[ \t]{0,3}#{1,6}[ \t]+(\[(?i:fit)\][ \t]*)`)

// fitHeading finds the `[fit] ` of a Deckset heading line: where it starts
// and ends, or -1.
func fitHeading(line []byte) (int, int) {
	m := fitRe.FindSubmatchIndex(line)
	if m == nil {
		return -1, -1
	}
	return m[2], m[3]
}

// listSteps reports that every list item of slide s is a step: the
// deck's build-lists / incremental setting, or the slide's own.
func (p *parser) listSteps(s *deck.Slide) bool {
	on := p.fl.buildLists
	if v, ok := s.Hints["build-lists"]; ok {
		on = strings.EqualFold(v, "true")
	}
	if _, ok := s.Hints["incremental_lists"]; ok {
		on = false // presenterm's comment sets its own lists' steps (slide.go)
	}
	return on
}
