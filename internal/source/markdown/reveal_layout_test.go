package markdown

import (
	"fmt"
	"math"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/lectern-app/lectern/internal/deck"
	"github.com/lectern-app/lectern/render/layout"
)

// The reveals only add pauses: the last step of a revealed slide draws
// exactly what the same slide draws without them, and at every step each
// item shown has its bullet or number.
func TestRevealsKeepTheLayout(t *testing.T) {
	for _, name := range []string{"marp-fragments", "marp-fragments-nested", "marp-fragments-code"} {
		t.Run(name, func(t *testing.T) {
			c := readCase(t, filepath.Join("..", "..", "..", "testdata", "markdown", "cases", name+".txt"))
			in := string(c.input)
			plain := strings.Replace(in, "marp: true", "marp: false", 1)
			if plain == in {
				t.Fatal("the case is not a marp: true deck")
			}
			compareSteps(t, in, plain)
		})
	}
	slidev := []struct{ name, deck, plain string }{
		{"v-clicks list", "# L\n\n<v-clicks>\n\n- one\n- two\n  - nested\n- three\n\n</v-clicks>\n", "# L\n\n- one\n- two\n  - nested\n- three\n"},
		{"v-clicks numbers every 2", "# N\n\n<v-clicks every=\"2\">\n\n1. one\n2. two\n3. three\n\n</v-clicks>\n", "# N\n\n1. one\n2. two\n3. three\n"},
		{"v-click blocks", "# B\n\ntext\n\n<v-click>\n\nlater\n\n</v-click>\n\n<div v-click>\n\n- in a div\n\n</div>\n", "# B\n\ntext\n\nlater\n\n- in a div\n"},
		{"one-line click", "# O\n\n<v-click>Hello **there**</v-click>\n\n<v-clicks>\n\n* a\n* b\n\n</v-clicks>\n", "# O\n\n<v-click>Hello **there**</v-click>\n\n* a\n* b\n"},
	}
	for _, s := range slidev {
		t.Run(s.name, func(t *testing.T) { compareSteps(t, s.deck, s.plain) })
	}
}

// compareSteps parses both decks and compares their slides' layouts.
func compareSteps(t *testing.T, revealed, plain string) {
	t.Helper()
	dr, err := Parse("r.md", []byte(revealed))
	if err != nil {
		t.Fatal(err)
	}
	dp, err := Parse("p.md", []byte(plain))
	if err != nil {
		t.Fatal(err)
	}
	if len(dr.Slides) != len(dp.Slides) {
		t.Fatalf("%d slides, plain %d", len(dr.Slides), len(dp.Slides))
	}
	stepped := false
	for i := range dr.Slides {
		sr, sp := &dr.Slides[i], &dp.Slides[i]
		lr, err := layout.LayoutSlide(sr, dr, layout.Options{NoNumber: true})
		if err != nil {
			t.Fatal(err)
		}
		lp, err := layout.LayoutSlide(sp, dp, layout.Options{NoNumber: true})
		if err != nil {
			t.Fatal(err)
		}
		if lr.Segments != sr.Steps {
			t.Errorf("slide %d: %d steps, the layout cuts %d", i+1, sr.Steps, lr.Segments)
		}
		stepped = stepped || sr.Steps > 1
		last, want := keys(lr.Page(sr.Steps)), keys(lp.Page(sp.Steps))
		if strings.Join(last, "\n") != strings.Join(want, "\n") {
			t.Errorf("slide %d: the last step differs from the plain slide\n--- revealed\n%s\n--- plain\n%s\nbody:\n%s", i+1, strings.Join(last, "\n"), strings.Join(want, "\n"), sr.Body)
		}
		checkMarkers(t, i+1, lr, sr)
	}
	if !stepped {
		t.Error("no slide has steps")
	}
}

// checkMarkers asserts that at every step a list marker shows exactly when
// the text it stands before shows, and that each step shows more.
func checkMarkers(t *testing.T, n int, l *layout.Laid, s *deck.Slide) {
	t.Helper()
	full := l.Page(s.Steps).Ops
	prev := 0
	for step := 1; step <= s.Steps; step++ {
		shown := map[string]bool{}
		ops := l.Page(step).Ops
		for _, op := range ops {
			shown[fmt.Sprintf("%#v", op)] = true
		}
		if step > 1 && len(ops) <= prev {
			t.Errorf("slide %d step %d: %d ops, no more than step %d", n, step, len(ops), step-1)
		}
		prev = len(ops)
		for _, op := range full {
			m, ok := markerY(op)
			if !ok {
				continue
			}
			txt, ok := textBeside(full, op, m)
			if !ok {
				t.Errorf("slide %d: marker %#v has no text beside it", n, op)
				continue
			}
			a, b := shown[fmt.Sprintf("%#v", op)], shown[fmt.Sprintf("%#v", txt)]
			if a != b {
				t.Errorf("slide %d step %d: marker shown %v but its text %q shown %v", n, step, a, txt.Text, b)
			}
		}
	}
}

// markerY reports a bullet (a small square or disc) or an item number, with
// the height its text's baseline is measured from.
func markerY(op layout.Op) (float64, bool) {
	switch o := op.(type) {
	case layout.Rect:
		if o.W < 40 && o.H < 40 && math.Abs(o.W-o.H) < 0.01 {
			return o.Y + o.H/2, true
		}
	case layout.Text:
		if strings.HasSuffix(o.Text, ".") && strings.Trim(o.Text, "0123456789") == "." {
			return o.Y - 0.3*o.Size, true
		}
	}
	return 0, false
}

// textBeside finds the nearest text to the right of a marker on its line.
func textBeside(ops []layout.Op, marker layout.Op, y float64) (layout.Text, bool) {
	var x float64
	switch o := marker.(type) {
	case layout.Rect:
		x = o.X
	case layout.Text:
		x = o.X
	}
	var best layout.Text
	found := false
	for _, op := range ops {
		tx, ok := op.(layout.Text)
		if !ok || tx.X <= x || reflect.DeepEqual(op, marker) {
			continue
		}
		if d := tx.Y - y; d < 0 || d > tx.Size {
			continue
		}
		if !found || tx.X < best.X {
			best, found = tx, true
		}
	}
	return best, found
}

func keys(p *layout.Page) []string {
	out := make([]string, len(p.Ops))
	for i, op := range p.Ops {
		out[i] = fmt.Sprintf("%#v", op)
	}
	return out
}
