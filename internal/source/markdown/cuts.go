package markdown

import (
	"bytes"
	"regexp"
	"sort"
	"strings"

	"gopkg.in/yaml.v3"
)

type cutKind int

const (
	cutBreak    cutKind = iota // a --- line
	cutEndSlide                // presenterm <!-- end_slide -->
	cutHeading                 // a heading that starts a slide (Quarto, Marp headingDivider, Deckset)
	cutRegex                   // a match of reveal-md's separator patterns
)

// cut is the text between two slides.
type cut struct {
	start, end int
	kind       cutKind
}

// slideRange is one slide's text, between separators.
type slideRange struct {
	start, end int
	fm         span // Slidev per-slide front matter at its top, if any
	hidden     bool // Slidev `hide: true` / `disabled: true`
}

// ranges cuts the deck body, from offset from, into slides.
//
// Separators: top-level thematic breaks written as a line of dashes (every
// thematic break in a `marp: true` deck, as Marpit does), presenterm's
// `<!-- end_slide -->` (a deck using it is a presenterm deck, where --- is a
// plain rule unless end_slide_shorthand is on), and headings at the divider
// levels. A --- line followed at once by `key: value` lines and another ---
// line is Slidev's per-slide front matter, not two separators.
func (p *parser) ranges(from int) []slideRange {
	x := p.idx
	var cuts []cut
	if p.fl.reveal != nil {
		cuts = p.revealCuts(from)
	}
	if cuts != nil {
		// reveal-md's own separators replace the others
	} else if !p.fl.presenterm || p.fl.shorthand || p.fl.marp {
		for _, b := range p.f.breaks {
			if b.dashes || p.fl.marp {
				cuts = append(cuts, cut{b.pos, x.next(b.pos), cutBreak})
			}
		}
	}
	for i, c := range p.f.comments {
		if c.alone && p.dirs[i].kind == kindEndSlide {
			cuts = append(cuts, cut{x.start(c.start), x.next(max(c.end-1, c.start)), cutEndSlide})
		}
	}
	if p.fl.dividerOn {
		for _, h := range p.f.headings {
			if h.level >= 1 && h.level <= 6 && p.fl.dividers[h.level] {
				cuts = append(cuts, cut{h.pos, h.pos, cutHeading})
			}
		}
	}
	sort.SliceStable(cuts, func(i, j int) bool { return cuts[i].start < cuts[j].start })

	shown := -1 // Marp: where the first shown thing is
	if p.fl.marp && p.fl.dividerOn {
		shown = p.marpFirstShown(from)
	}
	var out []slideRange
	cur := slideRange{start: from}
	skip := from
	last := cutKind(-1)
	for _, c := range cuts {
		if c.start < skip {
			continue
		}
		switch {
		case c.kind == cutHeading && shown >= 0:
			if c.start <= shown {
				continue
			}
		case c.kind == cutHeading && !p.hasContent(cur.start, c.start):
			continue
		}
		cur.end = c.start
		out = append(out, cur)
		cur = slideRange{start: c.end}
		skip = c.end
		last = c.kind
		if c.kind == cutBreak {
			if end, hidden, ok := p.slidevFM(c.end); ok {
				cur.fm, cur.hidden = span{c.end, end}, hidden
				p.fl.slidev = p.fl.slidev || !p.fl.marp
				skip = end
			}
		}
	}
	cur.end = len(p.src)
	out = append(out, cur)

	// A separator at the very top makes no empty first slide, nor does a
	// final end_slide an empty last one; a deck of blank lines has no slides.
	if len(out) > 0 && isBlank(p.src[out[0].start:out[0].end]) {
		out = out[1:]
	}
	if n := len(out); n > 0 && last == cutEndSlide && isBlank(p.src[out[n-1].start:out[n-1].end]) {
		out = out[:n-1]
	}
	return out
}

// hasContent reports text other than blanks and comments in [a, b).
func (p *parser) hasContent(a, b int) bool {
	cs := p.f.comments
	k := sort.Search(len(cs), func(i int) bool { return cs[i].end > a })
	pos := a
	for ; k < len(cs) && cs[k].start < b; k++ {
		if !isBlank(p.src[pos:max(pos, cs[k].start)]) {
			return true
		}
		pos = max(pos, cs[k].end)
	}
	return pos < b && !isBlank(p.src[pos:b])
}

var slidevKeyRe = regexp.MustCompile(`^[A-Za-z_$][\w$.-]*[ \t]*:(?:[ \t]|$)`)

// slidevFM recognises Slidev's per-slide front matter starting at offset at
// (the line after a --- separator): `key: value` lines up to a --- line,
// with no blank line, forming a YAML mapping whose keys are names (and not
// reveal.js's Note:). It returns where the slide text starts and whether
// the slide is hidden.
func (p *parser) slidevFM(at int) (int, bool, bool) {
	x := p.idx
	if at >= len(p.src) || !slidevKeyRe.Match(p.src[at:x.end(at)]) || p.inBlocked(at) {
		return 0, false, false
	}
	closing := -1
	for l, n := x.next(at), 0; l < len(p.src) && n < 200; l, n = x.next(l), n+1 {
		line := p.src[l:x.end(l)]
		if string(bytes.TrimRight(line, " \t")) == "---" {
			closing = l
			break
		}
		if isBlank(line) {
			return 0, false, false
		}
	}
	if closing < 0 {
		return 0, false, false
	}
	var doc yaml.Node
	if yaml.Unmarshal(p.src[at:closing], &doc) != nil || len(doc.Content) != 1 || doc.Content[0].Kind != yaml.MappingNode {
		return 0, false, false
	}
	m := doc.Content[0]
	hidden := false
	for i := 0; i+1 < len(m.Content); i += 2 {
		k, v := m.Content[i].Value, m.Content[i+1]
		if !slidevKeyRe.MatchString(k+":") || strings.EqualFold(k, "note") || strings.EqualFold(k, "notes") {
			return 0, false, false
		}
		if (k == "hide" || k == "disabled") && strings.EqualFold(v.Value, "true") {
			hidden = true
		}
	}
	return x.next(closing), hidden, true
}

// inBlocked reports an offset inside a code or raw HTML block.
func (p *parser) inBlocked(off int) bool {
	bs := p.f.blocked
	k := sort.Search(len(bs), func(i int) bool { return bs[i].start > off })
	for j := k - 1; j >= 0 && j >= k-3; j-- {
		if off < bs[j].end {
			return true
		}
	}
	return false
}

// inComment reports an offset inside a comment (after its first byte).
func (p *parser) inComment(off int) bool {
	cs := p.f.comments
	k := sort.Search(len(cs), func(i int) bool { return cs[i].start >= off })
	return k > 0 && off < cs[k-1].end
}
