package layout_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/lectern-app/lectern/render/fonts"
	"github.com/lectern-app/lectern/render/fonts/fontstest"
	"github.com/lectern-app/lectern/render/layout"
)

// Text in other scripts is split into runs of one face each, placed end to
// end at the widths the line breaking used.
func TestScriptsSplitIntoFallbackRuns(t *testing.T) {
	fontstest.Need(t, fontstest.Scripts...)
	d := load(t, "scripts.md", "light")
	l := laid(t, d, 1)
	if len(l.Problems) != 0 {
		t.Errorf("problems on a slide every script of which is installed: %v", l.Problems)
	}
	var all strings.Builder
	fallback := 0
	ops := l.Page(1).Ops
	for i, op := range ops {
		tx, ok := op.(layout.Text)
		if !ok {
			continue
		}
		all.WriteString(tx.Text)
		for _, r := range tx.Text {
			if f, ok := fonts.Resolve(tx.Font, r); !ok || f != tx.Font {
				t.Errorf("run %q in %s: %c belongs to %s", tx.Text, fonts.Name(tx.Font), r, fonts.Name(f))
			}
		}
		if tx.Font >= fonts.Embedded {
			fallback++
		}
		// a run that follows on the same line starts where this one ends
		if i+1 < len(ops) {
			if nx, ok := ops[i+1].(layout.Text); ok && nx.Y == tx.Y && nx.X > tx.X {
				end := tx.X + fonts.Measure(tx.Font, tx.Size, tx.Text)
				if d := nx.X - end; d < -0.01 {
					t.Errorf("run %q overlaps the one before by %g", nx.Text, -d)
				}
			}
		}
	}
	for _, w := range []string{"नमस्ते", "வணக்கம்", "你好", "こんにちは", "안녕하세요", "مرحبا", "שלום", "Καλημέρα", "Привет", "∑", "🐍"} {
		if !strings.Contains(all.String(), w) {
			t.Errorf("%q missing from the slide's text", w)
		}
	}
	if fallback < 8 {
		t.Errorf("%d runs in fallback faces, want one per script at least", fallback)
	}
}

func TestMissingGlyphIsAProblem(t *testing.T) {
	d := load(t, "scripts.md", "light")
	l := laid(t, d, 2)
	var mg *layout.MissingGlyphs
	if len(l.Problems) != 1 || !errors.As(l.Problems[0], &mg) {
		t.Fatalf("problems %v, want one missing-glyph problem", l.Problems)
	}
	if len(mg.Runes) != 1 || mg.Runes[0] != '\U0010FFFD' || !strings.Contains(mg.Error(), "U+10FFFD") {
		t.Errorf("problem %q (%q), want it to name U+10FFFD", mg.Error(), mg.Runes)
	}
	if mg.Kind() != layout.KindMissingGlyph {
		t.Errorf("kind %q", mg.Kind())
	}
	// the box still takes room and sits in the text
	found := false
	for _, op := range l.Page(1).Ops {
		if tx, ok := op.(layout.Text); ok && strings.ContainsRune(tx.Text, '\U0010FFFD') {
			found = fonts.Measure(tx.Font, tx.Size, tx.Text) > 0
		}
	}
	if !found {
		t.Error("the missing character is not drawn as a box")
	}
}
