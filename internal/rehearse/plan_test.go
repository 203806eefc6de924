package rehearse

import (
	"testing"
	"time"

	"github.com/lectern-app/lectern/internal/deck"
)

func TestPlan(t *testing.T) {
	s := time.Second
	nine := func(secs ...float64) Run { return runOf("2026-11-25T19:00:00Z", secs...) }
	tests := []struct {
		name string
		deck func() *deck.Deck
		runs []Run
		n    int
		ok   bool
		want []time.Duration
	}{
		{
			name: "no runs",
			deck: talkDeck,
			ok:   false,
		},
		{
			name: "runs of another slide count are ignored",
			deck: talkDeck,
			runs: []Run{nine(10, 20, 30)},
			ok:   false,
		},
		{
			// Free slides 2,3,5,6,7,8,9 have medians 100,200,100,100,200,100,100 = 900 s;
			// the duration leaves 1800-60-180 = 1560 s for them: factor 26/15.
			name: "one run, scaled to fill the duration; time: budgets kept",
			deck: talkDeck,
			runs: []Run{nine(50, 100, 200, 400, 100, 100, 200, 100, 100)},
			ok:   true,
			want: []time.Duration{60 * s, 173333 * time.Millisecond, 346667 * time.Millisecond, 180 * s,
				173333 * time.Millisecond, 173333 * time.Millisecond, 346667 * time.Millisecond,
				173333 * time.Millisecond, 173333 * time.Millisecond},
		},
		{
			// Medians of 3 runs per slide: 100,200,100,... for free slides = 900 s again.
			name: "median of the runs, an outlier does not move it",
			deck: talkDeck,
			runs: []Run{
				nine(50, 90, 210, 400, 100, 100, 200, 100, 100),
				nine(50, 100, 200, 400, 5000, 100, 200, 100, 100),
				nine(50, 110, 190, 400, 100, 100, 200, 100, 100),
			},
			ok: true,
			want: []time.Duration{60 * s, 173333 * time.Millisecond, 346667 * time.Millisecond, 180 * s,
				173333 * time.Millisecond, 173333 * time.Millisecond, 346667 * time.Millisecond,
				173333 * time.Millisecond, 173333 * time.Millisecond},
		},
		{
			name: "only the last N runs count, and an even count takes the middle two",
			deck: func() *deck.Deck { return noDuration(talkDeck()) },
			runs: []Run{
				nine(999, 999, 999, 999, 999, 999, 999, 999, 999),
				nine(10, 20, 30, 40, 50, 60, 70, 80, 90),
				nine(20, 40, 50, 40, 50, 60, 70, 80, 90),
				nine(1, 2, 3), // another deck shape: skipped, not counted in N
			},
			n:    2,
			ok:   true,
			want: []time.Duration{60 * s, 30 * s, 40 * s, 180 * s, 50 * s, 60 * s, 70 * s, 80 * s, 90 * s},
		},
		{
			name: "no duration: unscaled medians",
			deck: func() *deck.Deck { return noDuration(talkDeck()) },
			runs: []Run{nine(50, 100, 200, 400, 100, 100, 200, 100, 100)},
			ok:   true,
			want: []time.Duration{60 * s, 100 * s, 200 * s, 180 * s, 100 * s, 100 * s, 200 * s, 100 * s, 100 * s},
		},
		{
			name: "time: budgets use up the duration: unscaled medians",
			deck: func() *deck.Deck {
				d := talkDeck()
				d.Meta.Duration = 4 * time.Minute
				return d
			},
			runs: []Run{nine(50, 100, 200, 400, 100, 100, 200, 100, 100)},
			ok:   true,
			want: []time.Duration{60 * s, 100 * s, 200 * s, 180 * s, 100 * s, 100 * s, 200 * s, 100 * s, 100 * s},
		},
		{
			name: "runs that never started are ignored",
			deck: talkDeck,
			runs: []Run{nine(0, 0, 0, 0, 0, 0, 0, 0, 0)},
			ok:   false,
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := tc.deck()
			plan, ok := Plan(d, &History{Version: 1, Runs: tc.runs}, tc.n)
			if ok != tc.ok {
				t.Fatalf("ok = %v, want %v", ok, tc.ok)
			}
			if !ok {
				return
			}
			if len(plan) != len(tc.want) {
				t.Fatalf("plan %v, want %v", plan, tc.want)
			}
			for i := range plan {
				if diff := plan[i] - tc.want[i]; diff > time.Millisecond || diff < -time.Millisecond {
					t.Errorf("slide %d: %v, want %v", i+1, plan[i], tc.want[i])
				}
			}
			// Applied, the budgets fill the duration and say where they came from.
			if !d.ApplyPlan(plan, deck.BudgetRehearsal) {
				t.Fatal("ApplyPlan refused the plan")
			}
			var total time.Duration
			for _, sl := range d.Slides {
				total += sl.Budget
				if want := deck.BudgetRehearsal; sl.TimeSet {
					if sl.BudgetSource != deck.BudgetDirective {
						t.Errorf("slide %d: source %s, want directive", sl.Number, sl.BudgetSource)
					}
				} else if sl.BudgetSource != want {
					t.Errorf("slide %d: source %s, want %s", sl.Number, sl.BudgetSource, want)
				}
			}
			if dur := d.Meta.Duration; dur > 4*time.Minute {
				if diff := total - dur; diff > 10*time.Millisecond || diff < -10*time.Millisecond {
					t.Errorf("budgets add up to %v, want the duration %v", total, dur)
				}
			}
		})
	}
}

func noDuration(d *deck.Deck) *deck.Deck {
	d.Meta.Duration = 0
	d.ComputeBudgets()
	return d
}

// TestPlanPartialRun: a run stopped after slide 2 (slides 3 and 4 clicked past)
// says nothing about slides 3 and 4: they count with their even share.
func TestPlanPartialRun(t *testing.T) {
	d := &deck.Deck{Meta: deck.Meta{Duration: 8 * time.Minute}}
	for i := 1; i <= 4; i++ {
		d.Slides = append(d.Slides, deck.Slide{Number: i, Steps: 1})
	}
	d.BuildParts(nil)
	d.ComputeBudgets() // 2 minutes each
	h := &History{Version: Version, Runs: []Run{{Started: time.Now(), TotalS: 361, Slides: []SlideTime{
		{Number: 1, Seconds: 180, Steps: []float64{180}}, {Number: 2, Seconds: 180, Steps: []float64{180}},
		{Number: 3, Seconds: 0.5, Steps: []float64{0.5}}, {Number: 4, Seconds: 0.5, Steps: []float64{0.5}},
	}}}}
	plan, ok := Plan(d, h, 0)
	if !ok {
		t.Fatal("no plan")
	}
	// 180+180+120+120 = 600 s scaled into 480 s: ×0.8.
	want := []time.Duration{144 * time.Second, 144 * time.Second, 96 * time.Second, 96 * time.Second}
	for i := range want {
		if d := plan[i] - want[i]; d < -time.Second || d > time.Second {
			t.Fatalf("plan %v, want %v", plan, want)
		}
	}
}
