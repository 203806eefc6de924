package markdown

import (
	"bytes"
	"regexp"
	"strings"

	"github.com/yuin/goldmark/ast"
	gmparser "github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"

	"github.com/lectern-app/lectern/internal/mdsyntax"
)

// The deck is read with the parser the layout draws with.
var mdParser gmparser.Parser = mdsyntax.Parser()

type span struct{ start, end int }

// maxRecoveries bounds how often an unclosed comment is ended at a ---
// line; each one parses the rest of the deck again.
const maxRecoveries = 16

// tbreak is a top-level thematic break.
type tbreak struct {
	pos    int  // start of its line
	dashes bool // the line is only dashes, from the margin
}

type heading struct {
	pos   int // start of its first line
	level int
	text  string
}

// comment is an HTML comment outside code.
type comment struct {
	start, end int    // the whole <!-- … --> (to the end of its block when not closed)
	body       string // the text between the markers
	closed     bool
	alone      bool // a top-level HTML block holding only this comment
}

type imageRef struct {
	pos      int
	src, alt string
}

// facts are what one goldmark parse of the deck tells the slide cutter, with
// offsets into the normalised deck text.
type facts struct {
	breaks   []tbreak
	headings []heading
	comments []comment
	images   []imageRef
	blocked  []span // code and raw HTML blocks: line markers inside do not count

	underlines []int // line starts of setext heading underlines
}

// scan parses p.src[from:] and appends its facts. In CommonMark an HTML
// comment that is never closed swallows the rest of the document; scan ends
// it at the next dash line instead, counts that line as a separator, and
// returns the offset to parse again from. Otherwise it returns where the
// next scan starts: len(p.src) when all is read.
//
// A big deck is parsed a chunk at a time (goldmark's tree takes ~40 bytes
// per byte of text): the last top-level block of a chunk may be cut off,
// so it is dropped and parsed again at the start of the next chunk. Every
// block before it is closed, and CommonMark never reopens a closed block.
func (p *parser) scan(from int) int {
	x := p.idx
	root, src, resume := p.parseChunk(from)
	var f facts
	stop := -1
	for n := root.FirstChild(); n != nil; n = n.NextSibling() {
		switch n := n.(type) {
		case *ast.ThematicBreak:
			pos := x.start(from + n.Pos())
			f.breaks = append(f.breaks, tbreak{pos: pos, dashes: isDashLine(x.src[pos:x.end(pos)])})
		case *ast.Heading:
			var b strings.Builder
			inlineText(n, src, &b)
			pos := x.start(from + n.Pos())
			f.headings = append(f.headings, heading{pos: pos, level: n.Level, text: cleanTitle(b.String())})
			if l := n.Lines(); l.Len() > 0 && !bytes.HasPrefix(bytes.TrimLeft(x.src[pos:x.end(pos)], " \t"), []byte("#")) {
				f.underlines = append(f.underlines, x.next(from+l.At(l.Len()-1).Start))
			}
		}
	}
	_ = ast.Walk(root, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch n := n.(type) {
		case *ast.FencedCodeBlock:
			f.blocked = append(f.blocked, p.fenceSpan(n, from))
			return ast.WalkSkipChildren, nil
		case *ast.CodeBlock:
			f.blocked = append(f.blocked, p.linesSpan(n.Lines(), from, -1))
			return ast.WalkSkipChildren, nil
		case *ast.HTMLBlock:
			last := -1
			if n.HasClosure() {
				last = n.ClosureLine.Start
			}
			f.blocked = append(f.blocked, p.linesSpan(n.Lines(), from, last))
			p.htmlBlock(n, src, from, n.Parent() == root, &f, &stop)
			return ast.WalkSkipChildren, nil
		case *ast.RawHTML:
			p.rawHTML(n, src, from, &f)
		case *ast.Image:
			var b strings.Builder
			inlineText(n, src, &b)
			f.images = append(f.images, imageRef{pos: from + nodePos(n), src: string(n.Destination), alt: strings.TrimSpace(b.String())})
			return ast.WalkSkipChildren, nil
		}
		return ast.WalkContinue, nil
	})
	if stop >= 0 {
		f = f.before(stop)
		f.breaks = append(f.breaks, tbreak{pos: stop, dashes: true})
	}
	p.f.breaks = append(p.f.breaks, f.breaks...)
	p.f.headings = append(p.f.headings, f.headings...)
	p.f.comments = append(p.f.comments, f.comments...)
	p.f.images = append(p.f.images, f.images...)
	p.f.blocked = append(p.f.blocked, f.blocked...)
	p.f.underlines = append(p.f.underlines, f.underlines...)
	if stop >= 0 {
		return x.next(stop)
	}
	return resume
}

// chunkSize is how much of a deck one goldmark parse reads at most, unless
// a single block is longer.
var chunkSize = 64 << 10

// parseChunk parses from offset from: the rest of the deck when that is
// short, else a chunk of whole lines with its last top-level block removed.
// It returns the tree, the text it was parsed from (offsets in the tree are
// relative to from) and where the next parse starts.
func (p *parser) parseChunk(from int) (ast.Node, []byte, int) {
	x := p.idx
	for size := chunkSize; ; size *= 2 {
		end := len(p.src)
		if len(p.src)-from > size {
			end = x.next(from + size)
		}
		src := p.src[from:end]
		var root ast.Node
		if from == 0 && end == len(p.src) {
			root = mdParser.Parse(text.NewReader(src))
		} else {
			root = mdParser.Parse(text.NewReader(src), gmparser.WithContext(p.chunkContext()))
		}
		if end == len(p.src) {
			return root, src, end
		}
		last := root.LastChild()
		if last == nil || last == root.FirstChild() {
			continue // one block fills the chunk: read more
		}
		cut := x.start(from + max(last.Pos(), 0))
		if cut <= from {
			continue
		}
		root.RemoveChild(root, last)
		return root, src, cut
	}
}

// before keeps the facts that start before offset stop.
func (f facts) before(stop int) facts {
	var g facts
	for _, b := range f.breaks {
		if b.pos < stop {
			g.breaks = append(g.breaks, b)
		}
	}
	for _, h := range f.headings {
		if h.pos < stop {
			g.headings = append(g.headings, h)
		}
	}
	for _, c := range f.comments {
		if c.start < stop {
			c.end = min(c.end, stop)
			g.comments = append(g.comments, c)
		}
	}
	for _, i := range f.images {
		if i.pos < stop {
			g.images = append(g.images, i)
		}
	}
	for _, s := range f.blocked {
		if s.start < stop {
			s.end = min(s.end, stop)
			g.blocked = append(g.blocked, s)
		}
	}
	for _, u := range f.underlines {
		if u < stop {
			g.underlines = append(g.underlines, u)
		}
	}
	return g
}

// nodePos finds a position for an inline node: its own, else its block's.
func nodePos(n ast.Node) int {
	for ; n != nil; n = n.Parent() {
		if n.Pos() >= 0 {
			return n.Pos()
		}
		if n.Type() == ast.TypeBlock && n.Lines().Len() > 0 {
			return n.Lines().At(0).Start
		}
	}
	return 0
}

// linesSpan covers whole lines from the first segment to the last one (or to
// the line at offset last, when given).
func (p *parser) linesSpan(lines *text.Segments, from, last int) span {
	if lines.Len() == 0 {
		return span{from, from}
	}
	x := p.idx
	first := from + lines.At(0).Start
	end := from + lines.At(lines.Len()-1).Start
	if last >= 0 {
		end = from + last
	}
	return span{x.start(first), x.next(end)}
}

// fenceSpan covers a fenced code block from its opening fence to its closing
// fence, when it has one.
func (p *parser) fenceSpan(n *ast.FencedCodeBlock, from int) span {
	x := p.idx
	at := from + max(n.Pos(), 0) // goldmark puts a fence block at its fence
	open := x.start(at)
	fence := fenceRun(x.src[at:x.end(at)])
	last := open
	if n.Lines().Len() > 0 {
		last = x.start(from + n.Lines().At(n.Lines().Len()-1).Start)
	}
	end := x.next(last)
	if fence != nil && end < len(x.src) {
		l := bytes.TrimLeft(bytes.TrimSpace(x.src[end:x.end(end)]), "> \t")
		if c := fenceRun(l); len(c) >= len(fence) && c[0] == fence[0] && isSpaceTab(l[len(c):]) {
			end = x.next(end)
		}
	}
	return span{open, end}
}

// fenceRun is the run of ` or ~ opening b, nil when b does not start with one.
func fenceRun(b []byte) []byte {
	if len(b) == 0 || (b[0] != '`' && b[0] != '~') {
		return nil
	}
	i := 1
	for i < len(b) && b[i] == b[0] {
		i++
	}
	return b[:i]
}

// inlineText writes the plain text of a node's inline children.
func inlineText(n ast.Node, src []byte, b *strings.Builder) {
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		switch t := c.(type) {
		case *ast.Text:
			b.Write(t.Segment.Value(src))
			if t.SoftLineBreak() || t.HardLineBreak() {
				b.WriteByte(' ')
			}
		case *ast.String:
			b.Write(t.Value)
		case *ast.RawHTML, *ast.Image:
		case *ast.AutoLink:
			b.Write(t.Label(src))
		default:
			inlineText(c, src, b)
		}
	}
}

// attrRe matches pandoc/Quarto attributes ending a heading: {.smaller},
// {#intro}, {background-color="black"}.
var attrRe = regexp.MustCompile(`[ \t]*\{[ \t]*(?:[#.][^{}]*|[^{}]*=[^{}]*)\}[ \t]*$`)

// cleanTitle collapses spaces and drops Deckset's [fit] keyword and pandoc
// heading attributes.
func cleanTitle(s string) string {
	if strings.HasSuffix(strings.TrimSpace(s), "}") {
		s = attrRe.ReplaceAllString(strings.TrimSpace(s), "")
	}
	if strings.Contains(s, "  ") || strings.ContainsAny(s, "\t\n\r") || strings.TrimSpace(s) != s {
		s = strings.Join(strings.Fields(s), " ")
	}
	if len(s) >= 5 && strings.EqualFold(s[:5], "[fit]") {
		s = strings.TrimSpace(s[5:])
	}
	return s
}
