package timing

import (
	"math"
	"testing"
	"time"

	"github.com/lectern-app/lectern/internal/deck"
)

// TestHugePlanDoesNotOverflow: 200,000 slides of 24 h each add up past the
// largest time.Duration, and a plan may hold any value. Before the sums
// saturated, the total wrapped negative and the part budget went negative.
func TestHugePlanDoesNotOverflow(t *testing.T) {
	plan := Plan{Slides: make([]time.Duration, 200000)}
	for i := range plan.Slides {
		plan.Slides[i] = deck.MaxDuration
	}
	plan.Slides[5] = math.MaxInt64
	plan.Slides[6] = math.MinInt64
	tm := New(Config{}, plan)
	if b := tm.Plan().Slides[5]; b != deck.MaxDuration {
		t.Fatalf("budget %v not clamped", b)
	}
	if b := tm.Plan().Slides[6]; b != 0 {
		t.Fatalf("budget %v not clamped", b)
	}
	tm.Start(t0)
	tm.OnMove(at(time.Minute), 2)
	p := tm.Pace(at(2*time.Minute), 2)
	if !p.HasBudget || p.PartBudget <= 0 || p.Ahead <= 0 {
		t.Fatalf("pace %+v", p)
	}
}

// TestRestoreHugeElapsed: a session file may say anything; elapsed time
// saturates instead of wrapping negative.
func TestRestoreHugeElapsed(t *testing.T) {
	tm := New(Config{Duration: time.Hour}, talkPlan())
	tm.Restore(Snapshot{Elapsed: math.MaxInt64 - 5, Running: true, Started: true, At: t0, Slide: 2}, at(time.Hour))
	if e := tm.Elapsed(at(2 * time.Hour)); e != math.MaxInt64 {
		t.Fatalf("elapsed %v", e)
	}
	if s := tm.Spent(at(2 * time.Hour)); s[1] < 0 {
		t.Fatalf("spent %v", s)
	}
}
