package layout

import (
	"math"
	"strings"

	"github.com/yuin/goldmark/ast"

	"github.com/lectern-app/lectern/internal/deck"
	"github.com/lectern-app/lectern/internal/mdsyntax"
)

// notesPad is the space around the notes text, in body sizes.
const notesPad = 0.45

// NotesTheme is the speaker's notes pane: light text on the presenter's dark
// panel, every size a multiple of the body size (slide units).
func NotesTheme(size float64) Theme {
	t := Dark
	t.Name = "notes"
	t.Background = rgb(0x111827) // the presenter's panel
	t.Text = rgb(0xf1f5f9)
	t.Heading = rgb(0xf1f5f9)
	t.Muted = rgb(0x94a3b8)
	t.Link = rgb(0x38bdf8)
	t.Accent = rgb(0x94a3b8)
	t.CodeBg = rgb(0x1f2937)
	t.CodeBorder = rgb(0x374151)
	t.Border = rgb(0x4b5563)
	t.HeaderBg = rgb(0x1f2937)
	t.Body = size
	t.Headings = [6]float64{1.6 * size, 1.35 * size, 1.2 * size, 1.1 * size, size, size}
	t.Code = 0.9 * size
	t.Table = 0.92 * size
	t.TitleH1, t.TitleH2, t.TitleText = t.Headings[0], t.Headings[1], size
	t.Number, t.Chrome = 0.7*size, 0.7*size
	t.Center, t.Middle, t.Marp = false, false, false
	return t
}

// LayoutNotes lays out a slide's notes (Markdown) at width slide units with
// body text of size units, flowing down from the top: no shrinking, no title
// slide, no number, and the page as tall as the text. Each line the speaker
// wrote stays a line. Notes are drawn by the slides' own engine (shaping,
// bidi, fallback), so a Hindi or Arabic note looks as it does on a slide.
// Pictures, raw HTML and diagrams are not drawn: notes read no files and
// run no tools; a picture shows its alt text.
func LayoutNotes(md string, width, size float64) *Page {
	size = max(1, size)
	pad := notesPad * size
	width = max(width, 2*pad+4*size)
	b := &builder{
		th:      NotesTheme(size),
		src:     []byte(md),
		pageW:   width,
		pageH:   math.MaxFloat32,
		slide:   &deck.Slide{},
		pxScale: 1,
		code:    map[ast.Node][]codeLine{},
	}
	b.doc = mdsyntax.Parse(b.src)
	notesTree(b.doc, b.src)
	b.boxX, b.boxY = pad, pad
	b.boxW, b.boxH = width-2*pad, math.MaxFloat32
	b.run(1, 0)
	b.shapeOps()
	h := math.Ceil(b.y + pad)
	if !b.started {
		h = math.Ceil(2 * pad)
	}
	return &Page{W: width, H: h, Background: b.th.Background, Ops: b.ops}
}

// notesTree readies a parsed note for LayoutNotes: soft line breaks become
// hard ones (the speaker's lines are kept), pictures become their alt text
// in italics, HTML goes (a <br> stays a break), and a Mermaid fence is shown
// as the code it is.
func notesTree(n ast.Node, src []byte) {
	for c := n.FirstChild(); c != nil; {
		next := c.NextSibling()
		switch c := c.(type) {
		case *ast.Text:
			if c.SoftLineBreak() {
				c.SetSoftLineBreak(false)
				c.SetHardLineBreak(true)
			}
		case *ast.Image:
			em := ast.NewEmphasis(1)
			for a := c.FirstChild(); a != nil; {
				an := a.NextSibling()
				em.AppendChild(em, a)
				a = an
			}
			n.ReplaceChild(n, c, em)
			notesTree(em, src)
		case *ast.RawHTML:
			raw := strings.ToLower(string(rawSegments(c.Segments, src)))
			if !strings.HasPrefix(raw, "<br") {
				n.RemoveChild(n, c)
			}
		case *ast.HTMLBlock:
			n.RemoveChild(n, c)
		case *ast.FencedCodeBlock:
			// Info, not Language: Language caches what it read
			if c.Info != nil && strings.EqualFold(firstWord(c.Info.Segment.Value(src)), "mermaid") {
				c.Info = nil
			}
		default:
			notesTree(c, src)
		}
		c = next
	}
}

func firstWord(b []byte) string {
	if f := strings.Fields(string(b)); len(f) > 0 {
		return f[0]
	}
	return ""
}
