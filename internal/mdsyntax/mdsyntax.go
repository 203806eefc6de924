// Package mdsyntax is the one Markdown dialect Lectern reads: CommonMark with
// GitHub's extensions (tables, strikethrough, task lists, autolinks) and TeX
// math ($…$, $$…$$, \(…\), \[…\]; see Math and MathBlock). The
// deck reader and the slide layout parse with the same parser, so what the
// reader takes for a heading, an image or a separator is what the layout
// draws.
package mdsyntax

import (
	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"
)

// markdown holds no state between calls: one for every deck and slide.
var markdown = goldmark.New(goldmark.WithExtensions(extension.GFM, mathExtension{}))

// mathExtension adds the math parsers: the block one before paragraphs
// (150, after setext headings) and the inline one before the code span parser, so
// "\(" is math rather than an escaped parenthesis.
type mathExtension struct{}

func (mathExtension) Extend(m goldmark.Markdown) {
	m.Parser().AddOptions(
		parser.WithBlockParsers(util.Prioritized(mathBlock{}, 150)),
		parser.WithInlineParsers(util.Prioritized(mathInline{}, 50)),
	)
}

// Parser is the shared parser.
func Parser() parser.Parser { return markdown.Parser() }

// Parse parses src into a document node.
func Parse(src []byte) ast.Node { return markdown.Parser().Parse(text.NewReader(src)) }
