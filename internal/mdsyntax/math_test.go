package mdsyntax

import (
	"strings"
	"testing"

	"github.com/yuin/goldmark/ast"
)

// formulas lists every formula in src as "$tex$" (inline), "$$tex$$" (inline
// display) or "[tex]" (block), in order, and the plain text left around them.
func formulas(src string) (maths []string, plain string) {
	b := []byte(src)
	var sb strings.Builder
	_ = ast.Walk(Parse(b), func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch n := n.(type) {
		case *Math:
			if n.Display {
				maths = append(maths, "$$"+n.TeX(b)+"$$")
			} else {
				maths = append(maths, "$"+n.TeX(b)+"$")
			}
			sb.WriteString("<m>")
			return ast.WalkSkipChildren, nil
		case *MathBlock:
			maths = append(maths, "["+n.TeX(b)+"]")
			return ast.WalkSkipChildren, nil
		case *ast.Text:
			sb.Write(n.Segment.Value(b))
		case *ast.CodeSpan:
			sb.WriteString("`")
		}
		return ast.WalkContinue, nil
	})
	return maths, sb.String()
}

func TestMathSyntax(t *testing.T) {
	cases := []struct {
		src   string
		maths string // joined by |
	}{
		{"$E = mc^2$", "$E = mc^2$"},
		{"Energy $E = mc^2$ here.", "$E = mc^2$"},
		{"$$\\int_0^\\infty e^{-x^2}\\,dx = \\frac{\\sqrt{\\pi}}{2}$$", "[\\int_0^\\infty e^{-x^2}\\,dx = \\frac{\\sqrt{\\pi}}{2}]"},
		{"It costs $5 and $10.", ""},
		{"between $ a$ no", ""},
		{"between $a $ no", ""},
		{"$a$5 no", ""},
		{"$a$ and $b$", "$a$|$b$"},
		{"price \\$5 and $x$", "$x$"},
		{"`$x$` in code", ""},
		{"```\n$x$\n```", ""},
		{"    $x$ indented code", ""},
		{"\\(a_1 * b_2\\) and \\[x\\]", "$a_1 * b_2$|$$x$$"},
		{"text $$x^2$$ inline", "$$x^2$$"},
		{"$a_1 * b_2 * c$ no emphasis", "$a_1 * b_2 * c$"},
		{"$\\$ x$", "$\\$ x$"},
		{"$$\na\n---\n- b\n$$", "[a\n---\n- b]"},
		{"\\[\n\\begin{pmatrix}a & b \\\\\nc & d\\end{pmatrix}\n\\]", "[\\begin{pmatrix}a & b \\\\\nc & d\\end{pmatrix}]"},
		{"Para\n$$\nx\n$$\nafter", "[x]"},
		{"$$ unclosed\n\nnext", ""},
		{"$$a$$ and $$b$$", "$$a$$|$$b$$"},
		{"a \\\\(x\\\\) b", ""},
		{"$x\ny$ across lines", "$x y$"},
	}
	for _, c := range cases {
		got, _ := formulas(c.src)
		if strings.Join(got, "|") != c.maths {
			t.Errorf("%q: formulas %q, want %q", c.src, strings.Join(got, "|"), c.maths)
		}
	}
}

// TestMathBlockKeepsWhatFollows: the paragraph after a one-line $$…$$ block
// is still there.
func TestMathBlockKeepsWhatFollows(t *testing.T) {
	maths, plain := formulas("$$x$$\nafter *this*\n\n# Head")
	if strings.Join(maths, "|") != "[x]" || !strings.Contains(plain, "after") || !strings.Contains(plain, "Head") {
		t.Errorf("maths %q plain %q", maths, plain)
	}
}
