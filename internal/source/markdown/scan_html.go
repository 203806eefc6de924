package markdown

import (
	"bytes"

	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/text"
)

// segText is the text of a node's segments joined, with a map back to
// offsets in the deck.
type segText struct {
	buf    []byte
	at     []int // index in buf where each segment begins
	srcs   []int // deck offset of each segment
	contig bool  // buf is the deck's own bytes from srcs[0] on
}

// str is buf[i:j] as a string: a piece of the deck's text when buf is the
// deck's own bytes, so a big deck's comments are not copied.
func (t segText) str(p *parser, i, j int) string {
	if t.contig {
		return p.text[t.srcs[0]+i : t.srcs[0]+j]
	}
	return string(t.buf[i:j])
}

func newSegText(segs []text.Segment, src []byte, from int) segText {
	var t segText
	if contiguous(segs, len(src)) {
		first, last := segs[0], segs[len(segs)-1]
		return segText{buf: src[first.Start:last.Stop:last.Stop], at: []int{0}, srcs: []int{from + first.Start}, contig: true}
	}
	for _, s := range segs {
		if s.Start < 0 || s.Stop > len(src) || s.Start > s.Stop {
			continue
		}
		t.at = append(t.at, len(t.buf))
		t.srcs = append(t.srcs, from+s.Start)
		t.buf = append(t.buf, src[s.Start:s.Stop]...)
	}
	return t
}

func contiguous(segs []text.Segment, n int) bool {
	if len(segs) == 0 {
		return false
	}
	for i, s := range segs {
		if s.Start < 0 || s.Stop > n || s.Start > s.Stop || i > 0 && s.Start != segs[i-1].Stop {
			return false
		}
	}
	return true
}

// off maps index i of buf to a deck offset; i may equal len(buf).
func (t segText) off(i int) int {
	if len(t.at) == 0 {
		return 0
	}
	k := len(t.at) - 1
	for k > 0 && t.at[k] > i {
		k--
	}
	return t.srcs[k] + i - t.at[k]
}

// end maps an exclusive end index of buf to a deck offset.
func (t segText) end(i int) int {
	if i <= 0 {
		return t.off(0)
	}
	return t.off(i-1) + 1
}

func (p *parser) htmlBlock(n *ast.HTMLBlock, src []byte, from int, top bool, f *facts, stop *int) {
	switch n.HTMLBlockType {
	case ast.HTMLBlockType2, ast.HTMLBlockType6, ast.HTMLBlockType7:
	default:
		return
	}
	segs := make([]text.Segment, 0, n.Lines().Len()+1)
	for i := 0; i < n.Lines().Len(); i++ {
		segs = append(segs, n.Lines().At(i))
	}
	if n.HasClosure() {
		segs = append(segs, n.ClosureLine)
	}
	t := newSegText(segs, src, from)
	cs := findComments(t.buf)
	for _, c := range cs {
		cm := comment{start: t.off(c.start), end: t.end(c.end), body: t.str(p, c.bodyStart, c.bodyEnd), closed: c.closed}
		cm.alone = top && len(cs) == 1 && isBlank(t.buf[:c.start]) && isBlank(t.buf[c.end:])
		if !c.closed && top && *stop < 0 && p.recovered < maxRecoveries {
			x := p.idx
			for l := x.next(cm.start); l < cm.end; l = x.next(l) {
				if isDashLine(x.src[l:x.end(l)]) {
					*stop = l
					p.recovered++
					cm.end = l
					cm.body = p.text[min(cm.start+4, l):l]
					break
				}
			}
		}
		f.comments = append(f.comments, cm)
	}
	// <img> tags outside the comments.
	prev := 0
	for _, c := range append(cs, rawComment{start: len(t.buf), end: len(t.buf)}) {
		for _, im := range findImgTags(t.buf[prev:c.start]) {
			f.images = append(f.images, imageRef{pos: t.off(prev + im.pos), src: im.src, alt: im.alt})
		}
		prev = c.end
	}
}

func (p *parser) rawHTML(n *ast.RawHTML, src []byte, from int, f *facts) {
	t := newSegText(n.Segments.Sliced(0, n.Segments.Len()), src, from)
	switch {
	case bytes.HasPrefix(t.buf, []byte("<!--")):
		cs := findComments(t.buf)
		if len(cs) == 1 {
			c := cs[0]
			f.comments = append(f.comments, comment{start: t.off(c.start), end: t.end(c.end), body: t.str(p, c.bodyStart, c.bodyEnd), closed: c.closed})
		}
	default:
		for _, im := range findImgTags(t.buf) {
			f.images = append(f.images, imageRef{pos: t.off(im.pos), src: im.src, alt: im.alt})
		}
	}
}
