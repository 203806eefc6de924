package deck

import (
	"encoding/binary"
	"math"
	"testing"
	"time"
)

// FuzzBudgets builds a deck from arbitrary numbers: a duration, per-slide
// `time:` budgets (any int64, as a broken reader might leave them), part
// starts and a rehearsal plan. Budgets must stay within [0, MaxDuration],
// part budgets must equal their slides' sum.
func FuzzBudgets(f *testing.F) {
	f.Add(int64(30*time.Minute), []byte{1, 2, 3, 4, 5, 6, 7, 8, 9})
	f.Add(int64(math.MaxInt64), []byte{0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x7f, 1})
	f.Add(int64(-1), []byte{0, 0, 0, 0, 0, 0, 0, 0x80, 3})
	f.Add(int64(MaxDuration), make([]byte, 90))
	f.Fuzz(func(t *testing.T, duration int64, data []byte) {
		n := min(len(data)/9, 200)
		d := &Deck{Meta: Meta{Duration: time.Duration(duration)}, Slides: slides(max(n, 1))}
		var starts []PartStart
		plan := make([]time.Duration, len(d.Slides))
		for i := 0; i < n; i++ {
			rec := data[i*9 : i*9+9]
			v := time.Duration(int64(binary.LittleEndian.Uint64(rec)))
			flags := rec[8]
			if flags&1 != 0 {
				d.Slides[i].TimeSet, d.Slides[i].Budget = true, v
			}
			if flags&2 != 0 {
				starts = append(starts, PartStart{Slide: i + 1})
			}
			plan[i] = v
		}
		d.BuildParts(starts)
		d.ComputeBudgets()
		check := func(stage string) {
			for _, s := range d.Slides {
				if s.Budget < 0 || s.Budget > MaxDuration {
					t.Fatalf("%s: slide %d budget %v", stage, s.Number, s.Budget)
				}
			}
			for _, p := range d.Parts {
				var exact time.Duration // at most 200 × 24 h: fits
				for k := p.First; k <= p.Last; k++ {
					exact += d.Slides[k-1].Budget
				}
				if p.Budget != exact {
					t.Fatalf("%s: part %d budget %v, slides sum to %v", stage, p.Number, p.Budget, exact)
				}
			}
		}
		check("computed")
		d.ApplyPlan(plan, BudgetRehearsal)
		check("planned")
	})
}

func TestAddDurationsSaturates(t *testing.T) {
	if got := AddDurations(math.MaxInt64-1, 5); got != math.MaxInt64 {
		t.Fatalf("got %v", got)
	}
	if got := AddDurations(math.MinInt64+1, -5); got != math.MinInt64 {
		t.Fatalf("got %v", got)
	}
	if got := AddDurations(time.Hour, time.Minute); got != 61*time.Minute {
		t.Fatalf("got %v", got)
	}
}
