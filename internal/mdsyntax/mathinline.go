package mdsyntax

import (
	"bytes"

	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"
)

// mathInline reads $…$, $$…$$, \(…\) and \[…\] inside a paragraph. Dollars
// follow Pandoc's tex_math_dollars: the opening $ is followed by a non-space,
// the closing $ is preceded by a non-space and not followed by a digit, so
// "$5 and $10" stays text. Goldmark never triggers it inside code spans or on
// an escaped \$, and a backslash inside the formula escapes the next byte.
type mathInline struct{}

func (mathInline) Trigger() []byte { return []byte{'$', '\\'} }

func (mathInline) Parse(parent ast.Node, block text.Reader, pc parser.Context) ast.Node {
	line, _ := block.PeekLine()
	open, closer, display := inlineOpener(line)
	if open == 0 {
		return nil
	}
	single := closer == "$"
	if single && (len(line) < 2 || util.IsSpace(line[1])) {
		return nil
	}
	block.Advance(open)
	node := &Math{Display: display}
	first := true
	for {
		line, seg := block.PeekLine()
		if line == nil {
			return nil // goldmark puts the reader back
		}
		if i := findCloser(line, closer, !first || single); i >= 0 {
			if i > 0 {
				node.AppendChild(node, ast.NewRawTextSegment(seg.WithStop(seg.Start+i)))
			}
			block.Advance(i + len(closer))
			break
		}
		body := bytes.TrimRight(line, "\r\n")
		node.AppendChild(node, ast.NewRawTextSegment(seg.WithStop(seg.Start+len(body))))
		block.AdvanceLine()
		first = false
	}
	if node.ChildCount() == 0 || len(bytes.TrimSpace([]byte(node.TeX(block.Source())))) == 0 {
		return nil
	}
	return node
}

// inlineOpener is the opener's length, its closer and whether it is display
// math; 0 when line does not start a formula.
func inlineOpener(line []byte) (int, string, bool) {
	switch {
	case bytes.HasPrefix(line, []byte("$$")):
		return 2, "$$", true
	case bytes.HasPrefix(line, []byte("$")):
		return 1, "$", false
	case bytes.HasPrefix(line, []byte(`\(`)):
		return 2, `\)`, false
	case bytes.HasPrefix(line, []byte(`\[`)):
		return 2, `\]`, true
	}
	return 0, "", false
}

// findCloser finds closer in line, skipping backslash escapes; -1 if absent.
// For a single $ the byte before must not be a space (strict: the formula
// started on this line, so index 0 is right after the opener) and the byte
// after must not be a digit.
func findCloser(line []byte, closer string, strict bool) int {
	for i := 0; i < len(line); i++ {
		c := line[i]
		if c == '\\' && !(closer[0] == '\\' && bytes.HasPrefix(line[i:], []byte(closer))) {
			i++
			continue
		}
		if !bytes.HasPrefix(line[i:], []byte(closer)) {
			continue
		}
		if closer != "$" {
			return i
		}
		if i == 0 && strict || i > 0 && util.IsSpace(line[i-1]) {
			continue
		}
		if j := i + 1; j < len(line) && line[j] >= '0' && line[j] <= '9' {
			continue
		}
		return i
	}
	return -1
}
