package layout

import (
	"strings"

	"github.com/yuin/goldmark/ast"
)

// maxTitleText is the longest paragraph a title slide may hold.
const maxTitleText = 140

// isTitle reports whether the slide holds only headings and at most one short
// paragraph (background images and pauses aside): it is then centred.
func (b *builder) isTitle() bool {
	headings, paras := 0, 0
	for c := b.doc.FirstChild(); c != nil; c = c.NextSibling() {
		switch c := c.(type) {
		case *ast.Heading:
			headings++
		case *ast.HTMLBlock:
		case *ast.Paragraph:
			frags, imgs := b.inlines(c, style{size: 1})
			if len(imgs) > 0 {
				return false
			}
			var sb strings.Builder
			for _, f := range frags {
				sb.WriteString(f.text)
			}
			t := strings.TrimSpace(sb.String())
			if t == "" {
				continue
			}
			paras++
			if len([]rune(t)) > maxTitleText {
				return false
			}
		default:
			return false
		}
	}
	return headings > 0 && paras <= 1
}

// sideImageLayout is Slidev's image-left / image-right: the content keeps
// the default layout's place in its half (top left), even when it is only
// a heading, as Slidev shows it.
func sideImageLayout(h map[string]string) bool {
	l := h["layout"]
	return (l == "image-left" || l == "image-right") && h["image"] != ""
}
