package rehearse

import (
	"sort"
	"time"

	"github.com/lectern-app/lectern/internal/deck"
)

// DefaultRuns is how many recent runs budgets and charts use when not told.
const DefaultRuns = 5

// Runs returns the last n runs (DefaultRuns when n <= 0) recorded on a deck of
// this shape, oldest first: runs with another slide count, or that never
// started, are left out, since their slides no longer line up.
func Runs(d *deck.Deck, h *History, n int) []Run {
	if n <= 0 {
		n = DefaultRuns
	}
	if h == nil || d == nil {
		return nil
	}
	var out []Run
	for i := len(h.Runs) - 1; i >= 0 && len(out) < n; i-- {
		r := h.Runs[i]
		if r.TotalS > 0 && r.fits(len(d.Slides)) {
			out = append(out, r)
		}
	}
	for i, j := 0, len(out)-1; i < j; i, j = i+1, j-1 {
		out[i], out[j] = out[j], out[i]
	}
	return out
}

// MinRehearsed is the least time on a slide that counts as rehearsing it:
// a speaker clicking past a slide, or stopping a run early, says nothing
// about how long that slide takes.
const MinRehearsed = 2.0 // seconds

// Medians is each slide's median seconds over the runs that rehearsed it
// (MinRehearsed or more), 0 for a slide no run rehearsed. Runs must fit the deck.
func Medians(runs []Run, slides int) []float64 {
	med, _ := SlideMedians(runs, slides)
	return med
}

// SlideMedians is Medians and, per slide, whether any run rehearsed it.
func SlideMedians(runs []Run, slides int) (med []float64, rehearsed []bool) {
	med = make([]float64, slides)
	rehearsed = make([]bool, slides)
	vals := make([]float64, 0, len(runs))
	for i := range med {
		vals = vals[:0]
		for _, r := range runs {
			if s := r.Slides[i].Seconds; s >= MinRehearsed {
				vals = append(vals, s)
			}
		}
		med[i], rehearsed[i] = median(vals), len(vals) > 0
	}
	return med, rehearsed
}

// Plan turns rehearsal runs into slide budgets, indexed by slide number - 1:
// each slide's median seconds over the last lastN runs that rehearsed it
// (DefaultRuns when lastN <= 0), scaled so the slides without a `time:`
// budget fill what the deck's duration leaves after those budgets. A slide
// no run rehearsed (runs stopped early, slides clicked past) counts with the
// budget it has (its even share) before scaling. With no duration, or when
// the `time:` budgets already use it up, nothing is scaled. Slides with a
// `time:` budget keep it. It returns false when no run fits the deck; the
// caller then applies the plan with d.ApplyPlan(plan, deck.BudgetRehearsal).
func Plan(d *deck.Deck, h *History, lastN int) ([]time.Duration, bool) {
	runs := Runs(d, h, lastN)
	if len(runs) == 0 {
		return nil, false
	}
	med, rehearsed := SlideMedians(runs, len(d.Slides))
	est := make([]float64, len(d.Slides))
	var fixed time.Duration
	free := 0.0
	for i, s := range d.Slides {
		switch {
		case s.TimeSet:
			fixed += s.Budget
			continue
		case rehearsed[i]:
			est[i] = med[i]
		default:
			est[i] = s.Budget.Seconds()
		}
		free += est[i]
	}
	scale := 1.0
	if dur := d.Meta.Duration; dur > 0 && dur > fixed && free > 0 {
		scale = (dur - fixed).Seconds() / free
	}
	plan := make([]time.Duration, len(d.Slides))
	for i, s := range d.Slides {
		if s.TimeSet {
			plan[i] = s.Budget
		} else {
			plan[i] = seconds(est[i] * scale)
		}
	}
	return plan, true
}

func median(xs []float64) float64 {
	if len(xs) == 0 {
		return 0
	}
	s := append([]float64(nil), xs...)
	sort.Float64s(s)
	m := len(s) / 2
	if len(s)%2 == 1 {
		return s[m]
	}
	return (s[m-1] + s[m]) / 2
}
