package mdsyntax

import (
	"strings"

	"github.com/yuin/goldmark/ast"
)

// KindMath is the kind of inline math ($…$, $$…$$, \(…\), \[…\] in a
// paragraph); KindMathBlock of display math on lines of its own.
var (
	KindMath      = ast.NewNodeKind("Math")
	KindMathBlock = ast.NewNodeKind("MathBlock")
)

// Math is a formula inside a paragraph. Its children are raw ast.Text
// segments of the TeX source (one per line), so code that only walks text
// sees the formula's source rather than nothing.
type Math struct {
	ast.BaseInline
	Display bool // $$…$$ or \[…\]: set on a line of its own when alone
}

// Kind implements ast.Node.
func (n *Math) Kind() ast.NodeKind { return KindMath }

// Dump implements ast.Node.
func (n *Math) Dump(src []byte, level int) {
	ast.DumpHelper(n, src, level, map[string]string{"Display": boolName(n.Display)}, nil)
}

// TeX is the formula's source, lines joined by spaces.
func (n *Math) TeX(src []byte) string {
	var sb strings.Builder
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		if t, ok := c.(*ast.Text); ok {
			if sb.Len() > 0 {
				sb.WriteByte(' ')
			}
			sb.Write(t.Segment.Value(src))
		}
	}
	return strings.TrimSpace(sb.String())
}

// MathBlock is display math on lines of its own: $$ … $$ or \[ … \]. Its
// Lines hold the TeX source without the delimiters.
type MathBlock struct {
	ast.BaseBlock
	closer string // "$$" or `\]`
	closed bool   // the closer was on the opening line
}

// Kind implements ast.Node.
func (n *MathBlock) Kind() ast.NodeKind { return KindMathBlock }

// IsRaw implements ast.Node: the lines are TeX, not Markdown.
func (n *MathBlock) IsRaw() bool { return true }

// Dump implements ast.Node.
func (n *MathBlock) Dump(src []byte, level int) { ast.DumpHelper(n, src, level, nil, nil) }

// TeX is the formula's source.
func (n *MathBlock) TeX(src []byte) string {
	var sb strings.Builder
	lines := n.Lines()
	for i := 0; i < lines.Len(); i++ {
		s := lines.At(i)
		sb.Write(s.Value(src))
		sb.WriteByte('\n')
	}
	return strings.TrimSpace(sb.String())
}

func boolName(b bool) string {
	if b {
		return "true"
	}
	return "false"
}
