package layout

import (
	"image/color"
	"strings"
	"sync"

	"github.com/alecthomas/chroma/v2"
	"github.com/alecthomas/chroma/v2/lexers"
	"github.com/alecthomas/chroma/v2/styles"
	"github.com/yuin/goldmark/ast"

	"github.com/lectern-app/lectern/render/fonts"
)

// tabWidth is how many columns a tab in a code block advances to.
const tabWidth = 4

// token is highlighted code text; codeLine is one source line of them.
type token struct {
	text string
	typ  chroma.TokenType
}

type codeLine []token

// codeLines lexes a code block once per layout (tabs expanded first).
func (b *builder) codeLines(n ast.Node) []codeLine {
	if cl, ok := b.code[n]; ok {
		return cl
	}
	var sb strings.Builder
	lines := n.Lines()
	for i := 0; i < lines.Len(); i++ {
		s := lines.At(i)
		sb.WriteString(expandTabs(strings.TrimRight(string(s.Value(b.src)), "\r\n")))
		sb.WriteByte('\n')
	}
	src := sb.String()
	lang := ""
	if f, ok := n.(*ast.FencedCodeBlock); ok {
		lang = string(f.Language(b.src))
	}
	var lexer chroma.Lexer
	if lang != "" {
		lexer = lexers.Get(lang)
	}
	if lexer == nil {
		lexer = lexers.Fallback
	}
	lexer = chroma.Coalesce(lexer)
	var out []codeLine
	cur := codeLine{}
	emit := func(text string, typ chroma.TokenType) {
		for {
			i := strings.IndexByte(text, '\n')
			if i < 0 {
				if text != "" {
					cur = append(cur, token{text: text, typ: typ})
				}
				return
			}
			if i > 0 {
				cur = append(cur, token{text: text[:i], typ: typ})
			}
			out = append(out, cur)
			cur = codeLine{}
			text = text[i+1:]
		}
	}
	it, err := lexer.Tokenise(nil, src)
	if err != nil {
		emit(src, chroma.Text)
	} else {
		for t := it(); t != chroma.EOF; t = it() {
			emit(t.Value, t.Type)
		}
	}
	if len(cur) > 0 {
		out = append(out, cur)
	}
	for len(out) > 0 && len(out[len(out)-1]) == 0 {
		out = out[:len(out)-1]
	}
	b.code[n] = out
	return out
}

func expandTabs(s string) string {
	if !strings.Contains(s, "\t") {
		return s
	}
	var sb strings.Builder
	col := 0
	for _, r := range s {
		if r == '\t' {
			n := tabWidth - col%tabWidth
			sb.WriteString(strings.Repeat(" ", n))
			col += n
			continue
		}
		sb.WriteRune(r)
		col++
	}
	return sb.String()
}

// codeBlock draws a tinted box with the code set in monospace, one colour per
// token kind. Lines too long for the box wrap (marking tooWide, so the fit
// search first tries shrinking).
func (b *builder) codeBlock(n ast.Node, x, w float64) {
	size := b.th.Code * b.scale
	lh := size * 1.32
	pad := 0.55 * size
	st := chromaStyle(b.th.ChromaName)
	lines := b.codeLines(n)
	charW := fonts.Advance(Mono, size, 'M')
	cols := max(1, int((w-2*pad)/charW))
	var rows []codeLine
	for _, l := range lines {
		rows = append(rows, b.wrapCode(l, cols)...)
	}
	if len(rows) == 0 {
		rows = []codeLine{{}}
	}
	h := float64(len(rows))*lh + 2*pad - (lh - 1.15*size)
	b.open(0.5 * b.th.Body * b.scale)
	b.emit(Rect{X: x, Y: b.y, W: w, H: h, Fill: b.th.CodeBg, Stroke: b.th.CodeBorder, StrokeWidth: max(1, 2*b.scale), Radius: 12 * b.scale})
	m := fonts.VMetrics(Mono, size)
	base := b.y + pad + (1.15*size-(m.Ascent+m.Descent))/2 + m.Ascent
	def := colourOf(st.Get(chroma.Text).Colour, b.th.Text)
	for _, row := range rows {
		cx := x + pad
		for i := 0; i < len(row); {
			e := st.Get(row[i].typ)
			c := colourOf(e.Colour, def)
			f := Mono
			if e.Bold == chroma.Yes {
				f = MonoBold
			}
			var sb strings.Builder
			for ; i < len(row); i++ {
				e2 := st.Get(row[i].typ)
				f2 := Mono
				if e2.Bold == chroma.Yes {
					f2 = MonoBold
				}
				if colourOf(e2.Colour, def) != c || f2 != f {
					break
				}
				sb.WriteString(row[i].text)
			}
			t := sb.String()
			tw := measure(f, size, t)
			if strings.TrimSpace(t) != "" {
				lead := len(t) - len(strings.TrimLeft(t, " "))
				b.emit(Text{X: cx + float64(lead)*charW, Y: base, Size: size, Font: f, Color: c, Text: t[lead:]})
			}
			cx += tw
		}
		base += lh
	}
	b.y += h
	b.close(0.5 * b.th.Body * b.scale)
}

// wrapCode cuts a line into rows of at most cols characters.
func (b *builder) wrapCode(l codeLine, cols int) []codeLine {
	n := 0
	for _, t := range l {
		n += len([]rune(t.text))
	}
	if n <= cols {
		return []codeLine{l}
	}
	b.tooWide = true
	var rows []codeLine
	cur := codeLine{}
	used := 0
	for _, t := range l {
		r := []rune(t.text)
		for len(r) > 0 {
			room := cols - used
			if room <= 0 {
				rows = append(rows, cur)
				cur, used = codeLine{}, 0
				if cols > 8 { // indent continuation rows
					cur, used = codeLine{{text: "  ", typ: chroma.Text}}, 2
				}
				continue
			}
			k := min(room, len(r))
			cur = append(cur, token{text: string(r[:k]), typ: t.typ})
			used += k
			r = r[k:]
		}
	}
	return append(rows, cur)
}

var chromaStyles sync.Map // name -> *chroma.Style

func chromaStyle(name string) *chroma.Style {
	if s, ok := chromaStyles.Load(name); ok {
		return s.(*chroma.Style)
	}
	s := styles.Get(name)
	chromaStyles.Store(name, s)
	return s
}

func colourOf(c chroma.Colour, def color.RGBA) color.RGBA {
	if !c.IsSet() {
		return def
	}
	return color.RGBA{R: c.Red(), G: c.Green(), B: c.Blue(), A: 0xff}
}
