package layout

import (
	"fmt"
	"image/color"
	"strings"

	"github.com/yuin/goldmark/ast"

	"github.com/lectern-app/lectern/internal/mdsyntax"
	"github.com/lectern-app/lectern/render/texmath"
)

// KindMath is the problem kind of a formula with a command Lectern cannot set.
const KindMath = "math"

// MathError is a formula shown as its source because it uses commands the
// math layout does not know.
type MathError struct {
	TeX      string
	Commands []string
}

func (e *MathError) Error() string {
	tex := e.TeX
	if r := []rune(tex); len(r) > 60 {
		tex = string(r[:60]) + "…"
	}
	return fmt.Sprintf("formula %q: %s not supported; shown as its source", tex, strings.Join(e.Commands, ", "))
}

// Kind is the problem kind `lectern check` reports.
func (e *MathError) Kind() string { return KindMath }

type mathKey struct {
	tex     string
	display bool
}

// formula lays tex out at unit size, once per slide (layout is linear in
// the size, so every fitting run scales the same result); nil when it uses
// commands we cannot set, which is noted as a problem.
func (b *builder) formula(tex string, display bool) *texmath.Formula {
	k := mathKey{tex, display}
	f, ok := b.maths[k]
	if !ok {
		f = texmath.Layout(tex, 1, display)
		if b.maths == nil {
			b.maths = map[mathKey]*texmath.Formula{}
		}
		b.maths[k] = f
	}
	if len(f.Unsupported) > 0 {
		b.problem(&MathError{TeX: tex, Commands: f.Unsupported})
		return nil
	}
	return f
}

// drawFormula emits f scaled to size with its baseline origin at (x, base).
func (b *builder) drawFormula(f *texmath.Formula, size, x, base float64, c color.RGBA) {
	for _, op := range FormulaOps(f, size, x, base, c) {
		b.emit(op)
	}
}

// FormulaOps are the draw ops of a formula laid out at unit size, scaled to
// size with its baseline origin at (x, base): glyph runs, rules and strokes.
func FormulaOps(f *texmath.Formula, size, x, base float64, c color.RGBA) []Op {
	ops := make([]Op, 0, len(f.Items))
	for _, it := range f.Items {
		switch it.Kind {
		case texmath.Glyph:
			ops = append(ops, Text{X: x + it.X*size, Y: base + it.Y*size, Size: it.Size * size, Font: it.Font, Color: c, Text: it.Text})
		case texmath.Rule:
			ops = append(ops, Rect{X: x + it.X*size, Y: base + it.Y*size, W: it.W * size, H: it.H * size, Fill: c})
		case texmath.Stroke:
			ops = append(ops, Line{X1: x + it.X*size, Y1: base + it.Y*size, X2: x + it.X2*size, Y2: base + it.Y2*size, Width: it.Width * size, Color: c})
		}
	}
	return ops
}

// mathFence is the TeX of a ```math fence, or "" for other code blocks.
func (b *builder) mathFence(n ast.Node) (string, bool) {
	f, ok := n.(*ast.FencedCodeBlock)
	if !ok || !strings.EqualFold(string(f.Language(b.src)), "math") {
		return "", false
	}
	return string(rawLines(n, b.src)), true
}

// onlyDisplayMath is the display formula a paragraph holds alone, if so.
func onlyDisplayMath(n ast.Node, src []byte) *mdsyntax.Math {
	var m *mdsyntax.Math
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		switch c := c.(type) {
		case *mdsyntax.Math:
			if m != nil || !c.Display {
				return nil
			}
			m = c
		case *ast.Text:
			if strings.TrimSpace(string(c.Segment.Value(src))) != "" {
				return nil
			}
		default:
			return nil
		}
	}
	return m
}

// displayMath sets a formula centred on lines of its own, shrunk to the
// width if it is wider; one it cannot set is shown as its source in a box.
func (b *builder) displayMath(tex string, x, w float64) {
	size := b.th.Body * b.scale
	b.open(0.5 * size)
	f := b.formula(tex, true)
	if f == nil {
		b.mathSource(tex, x, w)
		b.close(0.5 * size)
		return
	}
	if f.W*size > w {
		size = w / f.W
	}
	pad := 0.15 * size
	base := b.y + pad + f.Ascent*size
	b.drawFormula(f, size, x+(w-f.W*size)/2, base, b.color)
	b.y = base + f.Descent*size + pad
	b.close(0.5 * b.th.Body * b.scale)
}

// mathSource shows a formula's source in a bordered box with a note, so an
// unsupported command is never silently dropped.
func (b *builder) mathSource(tex string, x, w float64) {
	size := b.th.Code * b.scale
	pad := 0.5 * size
	note := frag{text: "Formula not drawn (unsupported command): ", st: style{font: Italic, size: size, color: b.th.Muted}}
	src := frag{text: tex, st: style{font: Mono, size: size, color: b.color}}
	lines := breakLines([]frag{note, {brk: true, st: note.st}, src}, w-2*pad, size)
	h := b.linesHeight(lines) + 2*pad
	b.emit(Rect{X: x, Y: b.y, W: w, H: h, Stroke: b.th.Accent, StrokeWidth: max(1, 3*b.scale), Radius: 8 * b.scale})
	b.y += pad
	b.y += b.emitLines(lines, x+pad, b.y, w-2*pad, alignLeft)
	b.y += pad
}

// inlineMath is the frag a formula inside a paragraph becomes: the formula
// itself, or its source as inline code when it cannot be set.
func (b *builder) inlineMath(m *mdsyntax.Math, st style) frag {
	tex := m.TeX(b.src)
	f := b.formula(tex, m.Display)
	if f == nil {
		cs := st
		cs.code, cs.font, cs.size = true, Mono, st.size*0.9
		return frag{text: tex, st: cs}
	}
	ms := st
	ms.math = f
	return frag{st: ms}
}
