package markdown

// Marp's rules, as Marpit applies them, where they differ from the common
// reading: headingDivider (below); every thematic break separates slides
// (cuts.go); fragmented lists become steps (reveal.go); directives are
// hidden (comments.go).

import (
	"bytes"
	"sort"
	"strconv"
	"strings"

	"gopkg.in/yaml.v3"
)

// marpFirstShown is where the first thing Marpit shows starts in the deck
// body [from, …): not blanks, comments or <style> blocks, which Marpit
// keeps as hidden tokens. Marpit's headingDivider starts a new slide at a
// divider heading only once something shown precedes it anywhere in the
// deck (a --- line counts), so a first slide holding only comments,
// directives and styles is no extra empty slide, while a heading right
// after a --- still starts one.
func (p *parser) marpFirstShown(from int) int {
	cs := p.f.comments
	pos := from
	for pos < len(p.src) {
		switch c := p.src[pos]; {
		case c == ' ' || c == '\t' || c == '\n':
			pos++
			continue
		}
		k := sort.Search(len(cs), func(i int) bool { return cs[i].end > pos })
		if k < len(cs) && cs[k].start == pos {
			pos = cs[k].end
			continue
		}
		if hasPrefixFold(p.src[pos:], "<style") {
			end := bytes.Index(bytes.ToLower(p.src[pos:]), []byte("</style>"))
			if end < 0 {
				return len(p.src)
			}
			pos += end + len("</style>")
			continue
		}
		return pos
	}
	return pos
}

func hasPrefixFold(b []byte, prefix string) bool {
	return len(b) >= len(prefix) && bytes.EqualFold(b[:len(prefix)], []byte(prefix))
}

// marpHead reads `marp: true` and the headingDivider of the front matter.
func (p *parser) marpHead(fields []field) {
	if f := find(fields, "marp"); f != nil && strings.EqualFold(f.node.Value, "true") {
		p.fl.marp = true
	}
	if f := find(fields, "headingDivider"); f != nil {
		p.setDividers(f.node)
	}
}

// setDividers reads Marp's headingDivider: a level N (headings 1..N start
// slides) or a list of levels.
func (p *parser) setDividers(n *yaml.Node) {
	var levels [7]bool
	on := false
	switch n.Kind {
	case yaml.ScalarNode:
		if l, err := strconv.Atoi(n.Value); err == nil {
			for i := 1; i <= l && i <= 6; i++ {
				levels[i], on = true, true
			}
		}
	case yaml.SequenceNode:
		for _, c := range n.Content {
			if l, err := strconv.Atoi(c.Value); err == nil && l >= 1 && l <= 6 {
				levels[l], on = true, true
			}
		}
	}
	p.fl.dividers, p.fl.dividerOn = levels, on
}
