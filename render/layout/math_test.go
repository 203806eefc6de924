package layout_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/lectern-app/lectern/render/layout"
)

// A formula is laid out as glyphs, rules and strokes: no TeX source, no
// dollars, and prices stay text.
func TestMathIsLaidOutNotShownAsSource(t *testing.T) {
	d := load(t, "math.md", "light")
	for n := 1; n <= 2; n++ {
		l := laid(t, d, n)
		if len(l.Problems) > 0 {
			t.Errorf("slide %d: problems %v", n, l.Problems)
		}
		p := l.Page(1)
		var all strings.Builder
		for _, x := range texts(p) {
			all.WriteString(x.Text + " ")
		}
		for _, bad := range []string{`\frac`, `\int`, `\sqrt`, "$$", `\begin`, "mc^2", `\sum`} {
			if strings.Contains(all.String(), bad) {
				t.Errorf("slide %d shows source %q: %s", n, bad, all.String())
			}
		}
		rules, strokes := 0, 0
		for _, op := range p.Ops {
			switch op.(type) {
			case layout.Rect:
				rules++
			case layout.Line:
				strokes++
			}
		}
		if rules == 0 || strokes == 0 {
			t.Errorf("slide %d: %d rules and %d strokes; want fraction bars and radicals or delimiters", n, rules, strokes)
		}
	}
	p := laid(t, d, 1).Page(1)
	var all strings.Builder
	for _, x := range texts(p) {
		all.WriteString(x.Text + "|")
	}
	var sup2, after layout.Text
	for _, x := range texts(p) {
		if x.Text == "2" && sup2.Text == "" {
			sup2 = x
		}
		if strings.Contains(x.Text, "prices") {
			after = x
		}
	}
	if after.X <= sup2.X {
		t.Errorf("text after the formula starts at x=%.0f, over the formula (its 2 at x=%.0f)", after.X, sup2.X)
	}
	for _, want := range []string{"$5", "$10", "E", "∫", "∞", "π"} {
		if !strings.Contains(all.String(), want) {
			t.Errorf("slide 1 lacks %q: %s", want, all.String())
		}
	}
}

// An unknown command is a math problem naming it, and the formula's source
// is shown (never dropped).
func TestUnsupportedMathIsAProblemAndShownAsSource(t *testing.T) {
	l := laid(t, load(t, "math.md", "light"), 3)
	var names []string
	for _, err := range l.Problems {
		var me *layout.MathError
		if errors.As(err, &me) {
			if me.Kind() != layout.KindMath {
				t.Errorf("kind %q", me.Kind())
			}
			names = append(names, me.Commands...)
		}
	}
	if strings.Join(names, " ") != `\foo \unknowncmd` && strings.Join(names, " ") != `\unknowncmd \foo` {
		t.Errorf("problems name %q, want \\foo and \\unknowncmd (%v)", names, l.Problems)
	}
	var all strings.Builder
	for _, x := range texts(l.Page(1)) {
		all.WriteString(x.Text + " ")
	}
	for _, want := range []string{`\foo{x}`, `\unknowncmd{y}`, "not drawn"} {
		if !strings.Contains(all.String(), want) {
			t.Errorf("slide does not show %q: %s", want, all.String())
		}
	}
}
