package deck

import "time"

// ComputeBudgets gives every slide a budget: its `time:` directive when it has
// one, else an even share of what the duration leaves after the directives
// (0 with no duration). Part budgets are then the sums of their slides'.
func (d *Deck) ComputeBudgets() {
	var fixed time.Duration
	free := 0
	for _, s := range d.Slides {
		if s.TimeSet {
			fixed += s.Budget
		} else {
			free++
		}
	}
	var share time.Duration
	if d.Meta.Duration > 0 && free > 0 && d.Meta.Duration > fixed {
		share = (d.Meta.Duration - fixed) / time.Duration(free)
	}
	for i := range d.Slides {
		s := &d.Slides[i]
		switch {
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
// planned ones (e.g. from rehearsal runs), indexed by slide number - 1.
// A plan of the wrong length is ignored.
func (d *Deck) ApplyPlan(plan []time.Duration, src BudgetSource) bool {
	if len(plan) != len(d.Slides) {
		return false
	}
	for i := range d.Slides {
		if d.Slides[i].TimeSet {
			continue
		}
		d.Slides[i].Budget = plan[i]
		d.Slides[i].BudgetSource = src
	}
	d.SumPartBudgets()
	return true
}
