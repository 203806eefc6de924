package markdown

// Marp's rules, as Marpit applies them, where they differ from the common
// reading: headingDivider (below); every thematic break separates slides
// (cuts.go); fragmented lists become steps (reveal.go); directives are
// hidden (comments.go).

import (
	"bytes"
	"sort"
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
