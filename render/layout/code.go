package layout

import (
	"image/color"
	"strings"
	"sync"

	"github.com/alecthomas/chroma/v2"
	"github.com/alecthomas/chroma/v2/lexers"
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
	mono, monoBold := b.codeFace(Mono), b.codeFace(MonoBold)
	charW := fonts.Advance(mono, size, 'M')
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
	m := fonts.VMetrics(mono, size)
	base := b.y + pad + (1.15*size-(m.Ascent+m.Descent))/2 + m.Ascent
	def := colourOf(st.Get(chroma.Text).Colour, b.th.Text)
	for _, row := range rows {
		cx := x + pad
		for i := 0; i < len(row); {
			e := st.Get(row[i].typ)
			c := colourOf(e.Colour, def)
			f := mono
			if e.Bold == chroma.Yes {
				f = monoBold
			}
			var sb strings.Builder
			for ; i < len(row); i++ {
				e2 := st.Get(row[i].typ)
				f2 := mono
				if e2.Bold == chroma.Yes {
					f2 = monoBold
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

// codeStyles are the chroma styles the themes name (Theme.ChromaName),
// copied from chroma's styles/github.xml and github-dark.xml: importing
// chroma's styles package parses all of its ~70 styles in package init on
// every start (4 ms, 1.9 MB kept) for the two a slide may use.
var codeStyles = map[string]chroma.StyleEntries{
	"github": {
		chroma.Error:                "#f6f8fa bg:#82071e",
		chroma.Background:           "bg:#f7f7f7",
		chroma.Keyword:              "#cf222e",
		chroma.KeywordType:          "#cf222e",
		chroma.NameAttribute:        "#1f2328",
		chroma.NameBuiltin:          "#6639ba",
		chroma.NameBuiltinPseudo:    "#6a737d",
		chroma.NameClass:            "#1f2328",
		chroma.NameConstant:         "#0550ae",
		chroma.NameDecorator:        "#0550ae",
		chroma.NameEntity:           "#6639ba",
		chroma.NameFunction:         "#6639ba",
		chroma.NameLabel:            "bold #990000",
		chroma.NameNamespace:        "#24292e",
		chroma.NameOther:            "#1f2328",
		chroma.NameTag:              "#0550ae",
		chroma.NameVariable:         "#953800",
		chroma.NameVariableClass:    "#953800",
		chroma.NameVariableGlobal:   "#953800",
		chroma.NameVariableInstance: "#953800",
		chroma.LiteralString:        "#0a3069",
		chroma.LiteralStringRegex:   "#0a3069",
		chroma.LiteralStringSymbol:  "#032f62",
		chroma.LiteralNumber:        "#0550ae",
		chroma.Operator:             "#0550ae",
		chroma.Comment:              "#57606a",
		chroma.CommentMultiline:     "#57606a",
		chroma.CommentSingle:        "#57606a",
		chroma.CommentSpecial:       "#57606a",
		chroma.CommentPreproc:       "#57606a",
		chroma.GenericDeleted:       "#82071e bg:#ffebe9",
		chroma.GenericEmph:          "#1f2328",
		chroma.GenericInserted:      "#116329 bg:#dafbe1",
		chroma.GenericOutput:        "#1f2328",
		chroma.GenericUnderline:     "underline",
		chroma.Punctuation:          "#1f2328",
		chroma.TextWhitespace:       "#ffffff",
	},
	"github-dark": {
		chroma.Error:                  "#f85149",
		chroma.LineHighlight:          "bg:#6e7681",
		chroma.LineNumbers:            "#6e7681",
		chroma.Background:             "#e6edf3 bg:#0d1117",
		chroma.Keyword:                "#ff7b72",
		chroma.KeywordConstant:        "#79c0ff",
		chroma.KeywordPseudo:          "#79c0ff",
		chroma.Name:                   "#e6edf3",
		chroma.NameClass:              "bold #f0883e",
		chroma.NameConstant:           "bold #79c0ff",
		chroma.NameDecorator:          "bold #d2a8ff",
		chroma.NameEntity:             "#ffa657",
		chroma.NameException:          "bold #f0883e",
		chroma.NameFunction:           "bold #d2a8ff",
		chroma.NameLabel:              "bold #79c0ff",
		chroma.NameNamespace:          "#ff7b72",
		chroma.NameOther:              "#e6edf3",
		chroma.NameProperty:           "#79c0ff",
		chroma.NameTag:                "#7ee787",
		chroma.NameVariable:           "#79c0ff",
		chroma.Literal:                "#a5d6ff",
		chroma.LiteralDate:            "#79c0ff",
		chroma.LiteralStringAffix:     "#79c0ff",
		chroma.LiteralStringDelimiter: "#79c0ff",
		chroma.LiteralStringEscape:    "#79c0ff",
		chroma.LiteralStringHeredoc:   "#79c0ff",
		chroma.LiteralStringRegex:     "#79c0ff",
		chroma.Operator:               "bold #ff7b72",
		chroma.Comment:                "italic #8b949e",
		chroma.CommentSpecial:         "bold italic #8b949e",
		chroma.CommentPreproc:         "bold #8b949e",
		chroma.Generic:                "#e6edf3",
		chroma.GenericDeleted:         "#ffa198 bg:#490202",
		chroma.GenericEmph:            "italic",
		chroma.GenericError:           "#ffa198",
		chroma.GenericHeading:         "bold #79c0ff",
		chroma.GenericInserted:        "#56d364 bg:#0f5323",
		chroma.GenericOutput:          "#8b949e",
		chroma.GenericPrompt:          "#8b949e",
		chroma.GenericStrong:          "bold",
		chroma.GenericSubheading:      "#79c0ff",
		chroma.GenericTraceback:       "#ff7b72",
		chroma.GenericUnderline:       "underline",
		chroma.TextWhitespace:         "#6e7681",
	},
}

var chromaStyles sync.Map // name -> *chroma.Style

// chromaStyle is the named style, built on first use; a name no theme
// uses gets github's.
func chromaStyle(name string) *chroma.Style {
	if s, ok := chromaStyles.Load(name); ok {
		return s.(*chroma.Style)
	}
	entries, ok := codeStyles[name]
	if !ok {
		entries = codeStyles["github"]
	}
	s, err := chroma.NewStyle(name, entries)
	if err != nil { // constants that parse; plain text colours if ever not
		s, _ = chroma.NewStyle(name, chroma.StyleEntries{})
	}
	chromaStyles.Store(name, s)
	return s
}

func colourOf(c chroma.Colour, def color.RGBA) color.RGBA {
	if !c.IsSet() {
		return def
	}
	return color.RGBA{R: c.Red(), G: c.Green(), B: c.Blue(), A: 0xff}
}
