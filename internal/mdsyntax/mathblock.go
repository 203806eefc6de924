package mdsyntax

import (
	"bytes"

	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"
)

// mathBlock reads display math on lines of its own: a line starting with $$
// (or \[) up to a line ending with $$ (or \]). It opens only when that closing
// line comes before a blank line, so a stray $$ stays text; inside, nothing is
// Markdown (a "---" or "- x" line is part of the formula).
type mathBlock struct{}

func (mathBlock) Trigger() []byte { return []byte{'$', '\\'} }

func (mathBlock) Open(parent ast.Node, reader text.Reader, pc parser.Context) (ast.Node, parser.State) {
	line, seg := reader.PeekLine()
	pos := pc.BlockOffset()
	if pos < 0 {
		return nil, parser.NoChildren
	}
	rest := line[pos:]
	closer := ""
	switch {
	case bytes.HasPrefix(rest, []byte("$$")):
		closer = "$$"
	case bytes.HasPrefix(rest, []byte(`\[`)):
		closer = `\]`
	default:
		return nil, parser.NoChildren
	}
	body := bytes.TrimRight(rest[2:], " \t\r\n")
	start := seg.Start + pos + 2
	node := &MathBlock{closer: closer}
	if bytes.HasSuffix(body, []byte(closer)) && len(body) >= len(closer) {
		inner := body[:len(body)-len(closer)]
		if len(bytes.TrimSpace(inner)) == 0 || bytes.Contains(inner, []byte(closer)) {
			return nil, parser.NoChildren
		}
		node.Lines().Append(text.NewSegment(start, start+len(inner)))
		node.closed = true
		reader.AdvanceToEOL()
		return node, parser.NoChildren
	}
	if bytes.Contains(body, []byte(closer)) || !closesLater(reader, closer) {
		return nil, parser.NoChildren
	}
	if len(bytes.TrimSpace(body)) > 0 {
		node.Lines().Append(text.NewSegment(start, start+len(body)))
	}
	reader.AdvanceToEOL()
	return node, parser.NoChildren
}

// closesLater looks ahead (and puts the reader back) for a line ending with
// closer before a blank line or the end.
func closesLater(reader text.Reader, closer string) bool {
	l, pos := reader.Position()
	defer reader.SetPosition(l, pos)
	reader.AdvanceLine()
	for {
		line, _ := reader.PeekLine()
		if line == nil || util.IsBlank(line) {
			return false
		}
		if bytes.HasSuffix(bytes.TrimRight(line, " \t\r\n"), []byte(closer)) {
			return true
		}
		reader.AdvanceLine()
	}
}

func (mathBlock) Continue(node ast.Node, reader text.Reader, pc parser.Context) parser.State {
	n := node.(*MathBlock)
	if n.closed {
		return parser.Close
	}
	line, seg := reader.PeekLine()
	if line == nil {
		return parser.Close
	}
	body := bytes.TrimRight(line, " \t\r\n")
	if bytes.HasSuffix(body, []byte(n.closer)) {
		inner := body[:len(body)-len(n.closer)]
		if len(bytes.TrimSpace(inner)) > 0 {
			n.Lines().Append(text.NewSegment(seg.Start, seg.Start+len(inner)))
		}
		reader.AdvanceToEOL()
		n.closed = true
		return parser.Close
	}
	n.Lines().Append(text.NewSegment(seg.Start, seg.Start+len(body)))
	reader.AdvanceToEOL()
	return parser.Continue | parser.NoChildren
}

func (mathBlock) Close(node ast.Node, reader text.Reader, pc parser.Context) {}

func (mathBlock) CanInterruptParagraph() bool { return true }

func (mathBlock) CanAcceptIndentedLine() bool { return false }
