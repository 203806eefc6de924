// Package mdsyntax is the one Markdown dialect Lectern reads: CommonMark with
// GitHub's extensions (tables, strikethrough, task lists, autolinks). The
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
)

// markdown holds no state between calls: one for every deck and slide.
var markdown = goldmark.New(goldmark.WithExtensions(extension.GFM))

// Parser is the shared parser.
func Parser() parser.Parser { return markdown.Parser() }

// Parse parses src into a document node.
func Parse(src []byte) ast.Node { return markdown.Parser().Parse(text.NewReader(src)) }
