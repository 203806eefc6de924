package deck

import (
	"testing"
	"time"
)

// pdfpc's endSlide ends the talk: the duration is shared by the slides up
// to it, the backup slides after it get no budget (and no rehearsal plan).
func TestBudgetsStopAtTheEndSlide(t *testing.T) {
	for _, tc := range []struct {
		name     string
		end      int
		wantEach time.Duration
		backup   int
	}{
		{"no end slide", 0, 2 * time.Minute, 0},
		{"end at 3 of 5", 3, 20 * time.Minute / 6, 2},
		{"end at the last", 5, 2 * time.Minute, 0},
	} {
		d := &Deck{Meta: Meta{Duration: 10 * time.Minute, EndSlide: tc.end}, Slides: slides(5)}
		d.BuildParts(nil)
		d.ComputeBudgets()
		backup := 0
		for i, s := range d.Slides {
			switch {
			case d.IsBackup(i + 1):
				backup++
				if s.Budget != 0 || s.BudgetSource != BudgetBackup {
					t.Errorf("%s: backup slide %d = %v %s", tc.name, i+1, s.Budget, s.BudgetSource)
				}
			case s.Budget != tc.wantEach || s.BudgetSource != BudgetEven:
				t.Errorf("%s: slide %d = %v %s, want %v", tc.name, i+1, s.Budget, s.BudgetSource, tc.wantEach)
			}
		}
		if backup != tc.backup || d.Parts[0].Budget.Round(time.Second) != 10*time.Minute {
			t.Errorf("%s: %d backup slides, part budget %v", tc.name, backup, d.Parts[0].Budget)
		}
		if !d.ApplyPlan([]time.Duration{1, 2, 3, 4, 5}, BudgetRehearsal) || (tc.backup > 0 && d.Slides[4].Budget != 0) {
			t.Errorf("%s: rehearsal plan gave backup slide 5 %v", tc.name, d.Slides[4].Budget)
		}
	}
}
