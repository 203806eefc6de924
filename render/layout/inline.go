package layout

import (
	"image/color"
	"strings"

	"github.com/yuin/goldmark/ast"
	east "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"

	"github.com/lectern-app/lectern/internal/mdsyntax"
	"github.com/lectern-app/lectern/render/fonts"
	"github.com/lectern-app/lectern/render/texmath"
)

// style is how a run of inline text looks.
type style struct {
	font   Font
	size   float64
	color  color.RGBA
	link   string
	strike bool
	code   bool             // inline code: monospace on a tinted box
	box    int8             // task list checkbox: 1 empty, 2 checked
	level  int8             // bidi embedding level (bidi.go): odd is right to left
	math   *texmath.Formula // inline math at unit size, scaled by size
}

// frag is inline text in one style, as collected from the Markdown tree.
type frag struct {
	text string
	st   style
	brk  bool // a hard line break
}

// inlines collects the text of n's inline children in style st. Images are
// returned apart: they are laid out as a row of pictures under the text.
func (b *builder) inlines(n ast.Node, st style) (out []frag, imgs []*ast.Image) {
	var walk func(n ast.Node, st style)
	walk = func(n ast.Node, st style) {
		for c := n.FirstChild(); c != nil; c = c.NextSibling() {
			switch c := c.(type) {
			case *ast.Text:
				out = append(out, frag{text: unescape(c.Segment.Value(b.src)), st: st})
				if c.HardLineBreak() {
					out = append(out, frag{brk: true, st: st})
				} else if c.SoftLineBreak() {
					out = append(out, frag{text: " ", st: st})
				}
			case *ast.String:
				out = append(out, frag{text: string(c.Value), st: st})
			case *mdsyntax.Math:
				out = append(out, b.inlineMath(c, st))
			case *ast.CodeSpan:
				cs := st
				cs.code = true
				cs.font = monoOf(st.font)
				cs.size = st.size * 0.9
				out = append(out, frag{text: rawText(c, b.src), st: cs})
			case *ast.Emphasis:
				es := st
				if c.Level >= 2 {
					es.font = withBold(es.font)
				} else {
					es.font = withItalic(es.font)
				}
				walk(c, es)
			case *ast.Link:
				ls := st
				ls.link = string(c.Destination)
				ls.color = b.th.Link
				walk(c, ls)
			case *ast.AutoLink:
				ls := st
				ls.link = string(c.URL(b.src))
				ls.color = b.th.Link
				out = append(out, frag{text: string(c.Label(b.src)), st: ls})
			case *ast.Image:
				if isBackground(altText(c, b.src)) {
					continue
				}
				imgs = append(imgs, c)
			case *east.Strikethrough:
				ss := st
				ss.strike = true
				walk(c, ss)
			case *east.TaskCheckBox:
				bs := st
				bs.box = 1
				if c.IsChecked {
					bs.box = 2
				}
				out = append(out, frag{text: "", st: bs}, frag{text: " ", st: st})
			case *ast.RawHTML:
				raw := strings.ToLower(string(rawSegments(c.Segments, b.src)))
				if strings.HasPrefix(raw, "<br") {
					out = append(out, frag{brk: true, st: st})
				}
				imgs = append(imgs, inlineVideos(raw)...)
			default:
				walk(c, st)
			}
		}
	}
	walk(n, st)
	return out, imgs
}

func unescape(v []byte) string {
	if len(v) == 0 {
		return ""
	}
	v = util.UnescapePunctuations(v)
	v = util.ResolveNumericReferences(v)
	v = util.ResolveEntityNames(v)
	return string(v)
}

// rawText is the text of n's descendants without unescaping (code spans).
func rawText(n ast.Node, src []byte) string {
	var sb strings.Builder
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		switch c := c.(type) {
		case *ast.Text:
			sb.Write(c.Segment.Value(src))
		case *ast.String:
			sb.Write(c.Value)
		default:
			sb.WriteString(rawText(c, src))
		}
	}
	return strings.ReplaceAll(sb.String(), "\n", " ")
}

func rawSegments(segs *text.Segments, src []byte) []byte {
	var out []byte
	for i := 0; i < segs.Len(); i++ {
		s := segs.At(i)
		out = append(out, s.Value(src)...)
	}
	return out
}

// plainText is the visible text of n (alt texts, table sizing).
func plainText(n ast.Node, src []byte) string {
	var sb strings.Builder
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		switch c := c.(type) {
		case *ast.Text:
			sb.WriteString(unescape(c.Segment.Value(src)))
			if c.SoftLineBreak() || c.HardLineBreak() {
				sb.WriteByte(' ')
			}
		case *ast.String:
			sb.Write(c.Value)
		default:
			sb.WriteString(plainText(c, src))
		}
	}
	return sb.String()
}

func altText(img *ast.Image, src []byte) string { return strings.TrimSpace(plainText(img, src)) }

func withBold(f Font) Font {
	switch f {
	case Regular:
		return Bold
	case Italic:
		return BoldItalic
	case Mono:
		return MonoBold
	}
	return f
}

func withItalic(f Font) Font {
	switch f {
	case Regular:
		return Italic
	case Bold:
		return BoldItalic
	}
	return f
}

func monoOf(f Font) Font {
	if f == Bold || f == BoldItalic || f == MonoBold {
		return MonoBold
	}
	return Mono
}

// measure is the shaped width of s (fonts.Measure): what other parts of the
// layout (lists, tables, captions, SVG text) size their boxes with.
func measure(f Font, size float64, s string) float64 { return fonts.Measure(f, size, s) }
