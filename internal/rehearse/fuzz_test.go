package rehearse

import (
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/lectern-app/lectern/internal/deck"
)

// FuzzReadHistory feeds readHistory arbitrary files, seeded with the
// history files in testdata/rehearse. It must return a history or an
// error, never panic; a history it accepts must give a plan whose budgets,
// applied to a deck, stay within [0, deck.MaxDuration].
func FuzzReadHistory(f *testing.F) {
	seeds, _ := filepath.Glob(filepath.Join("..", "..", "testdata", "rehearse", "*.json"))
	for _, s := range seeds {
		if b, err := os.ReadFile(s); err == nil {
			f.Add(b)
		}
	}
	f.Add([]byte(`{"version":1,"runs":[{"slides":[1e300,-5,0]}]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		path := filepath.Join(t.TempDir(), "talk.lectern.json")
		if err := os.WriteFile(path, data, 0o644); err != nil {
			t.Fatal(err)
		}
		h, _, err := readHistory(path)
		if err != nil {
			if err.Error() == "" {
				t.Fatal("empty error")
			}
			return
		}
		d := &deck.Deck{Meta: deck.Meta{Duration: 30 * time.Minute}}
		for i := 1; i <= 9; i++ {
			d.Slides = append(d.Slides, deck.Slide{Number: i, Steps: 1})
		}
		d.BuildParts(nil)
		d.ComputeBudgets()
		if plan, ok := Plan(d, h, 5); ok {
			d.ApplyPlan(plan, deck.BudgetRehearsal)
		}
		for _, s := range d.Slides {
			if s.Budget < 0 || s.Budget > deck.MaxDuration {
				t.Fatalf("slide %d budget %v", s.Number, s.Budget)
			}
		}
	})
}
