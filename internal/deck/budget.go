package deck

import (
	"math"
	"time"
)

// ComputeBudgets gives every slide a budget: its `time:` directive when it has
// one, else an even share of what the duration leaves after the directives
// (0 with no duration). Backup slides after Meta.EndSlide get no share: the
// talk ends at the end slide. Part budgets are then the sums of their
// slides'. Every budget ends up within [0, MaxDuration], whatever the deck held.
func (d *Deck) ComputeBudgets() {
	var fixed time.Duration
	free := 0
	for i := range d.Slides {
		s := &d.Slides[i]
		switch {
		case d.IsBackup(i + 1):
		case s.TimeSet:
			s.Budget = Clamp(s.Budget)
			fixed = AddDurations(fixed, s.Budget)
		default:
			free++
		}
	}
	var share time.Duration
	if total := Clamp(d.Meta.Duration); total > 0 && free > 0 && total > fixed {
		share = (total - fixed) / time.Duration(free)
	}
	for i := range d.Slides {
		s := &d.Slides[i]
		switch {
		case d.IsBackup(i + 1):
			s.Budget, s.BudgetSource = 0, BudgetBackup
		case s.TimeSet:
			s.BudgetSource = BudgetDirective
		case share > 0:
			s.Budget, s.BudgetSource = share, BudgetEven
		default:
			s.Budget, s.BudgetSource = 0, BudgetNone
		}
	}
	d.SumPartBudgets()
}

// ApplyPlan replaces the budgets of slides without a `time:` directive with
// planned ones (e.g. from rehearsal runs), indexed by slide number - 1;
// backup slides keep none.
// A plan of the wrong length is ignored; planned budgets are clamped to
// [0, MaxDuration], since a plan comes from files anyone may edit.
func (d *Deck) ApplyPlan(plan []time.Duration, src BudgetSource) bool {
	if len(plan) != len(d.Slides) {
		return false
	}
	for i := range d.Slides {
		if d.Slides[i].TimeSet || d.IsBackup(i+1) {
			continue
		}
		d.Slides[i].Budget = Clamp(plan[i])
		d.Slides[i].BudgetSource = src
	}
	d.SumPartBudgets()
	return true
}

// Clamp keeps a budget within [0, MaxDuration].
func Clamp(v time.Duration) time.Duration {
	return min(max(v, 0), MaxDuration)
}

// AddDurations adds two durations, stopping at the largest (or smallest)
// time.Duration instead of wrapping around: a sum of budgets over many
// slides never turns negative.
func AddDurations(a, b time.Duration) time.Duration {
	switch {
	case b > 0 && a > math.MaxInt64-b:
		return math.MaxInt64
	case b < 0 && a < math.MinInt64-b:
		return math.MinInt64
	}
	return a + b
}

// IsBackup reports whether slide n (1-based) comes after the end slide the
// deck names (pdfpc's endSlide): kept for questions, not part of the talk.
func (d *Deck) IsBackup(n int) bool {
	return d.Meta.EndSlide > 0 && n > d.Meta.EndSlide
}
