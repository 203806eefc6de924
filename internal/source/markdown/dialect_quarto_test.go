package markdown

import (
	"strings"
	"testing"
)

// Quarto's deck-wide `incremental: true` (top level or under
// format: revealjs) makes every list step item by item, the first item
// too (reveal.js shows each fragment on a press), as Quarto's revealjs
// output does; ::: {.nonincremental} keeps its lists whole.
// Before, the key was ignored and every slide had one step.
func TestQuartoIncrementalDeck(t *testing.T) {
	body := "## Steps\n\n- one\n- two\n- three\n\n## Whole\n\n::: {.nonincremental}\n- a\n- b\n:::\n\n## Mixed\n\n- x\n- y\n\n::: nonincremental\n- p\n- q\n:::\n"
	for _, tc := range []struct {
		name, head string
		steps      []int
	}{
		{"top level", "format: revealjs\nincremental: true", []int{4, 1, 3}},
		{"under format", "format:\n  revealjs:\n    incremental: true", []int{4, 1, 3}},
		{"not set", "format: revealjs", []int{1, 1, 1}},
		{"false", "format: revealjs\nincremental: false", []int{1, 1, 1}},
	} {
		d, err := Parse("talk.qmd", []byte("---\ntitle: Q\n"+tc.head+"\n---\n\n"+body))
		if err != nil {
			t.Fatal(err)
		}
		var steps []int
		for _, s := range d.Slides {
			steps = append(steps, s.Steps)
			if strings.Contains(s.Body, "lectern:") || strings.Contains(s.Body, ":::") {
				t.Errorf("%s: slide %d body keeps markup:\n%s", tc.name, s.Number, s.Body)
			}
		}
		if len(steps) != 3 || steps[0] != tc.steps[0] || steps[1] != tc.steps[1] || steps[2] != tc.steps[2] {
			t.Errorf("%s: steps %v, want %v", tc.name, steps, tc.steps)
		}
	}
}
