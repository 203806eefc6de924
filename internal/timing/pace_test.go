package timing

import (
	"testing"
	"time"

	"github.com/lectern-app/lectern/internal/deck"
)

// talkPlan: five slides (1, 2, 2, 3, 2 minutes) in two parts, 10 minutes.
func talkPlan() Plan {
	return Plan{
		Slides: []time.Duration{1 * minute, 2 * minute, 2 * minute, 3 * minute, 2 * minute},
		Parts:  []PlanPart{{Title: "Intro", First: 1, Last: 2}, {Title: "Body", First: 3, Last: 5}},
	}
}

// slowTalk: slide 1 takes 1m30, slide 2 takes 2m30, then slide 3.
func slowTalk(cfg Config) *Timer {
	tm := New(cfg, talkPlan())
	tm.Start(t0)
	tm.OnMove(at(90*second), 2)
	tm.OnMove(at(4*minute), 3)
	return tm
}

func TestPaceBehindInPart(t *testing.T) {
	tm := New(Config{Duration: 10 * minute}, talkPlan())
	tm.Start(t0)
	tm.OnMove(at(90*second), 2)
	tests := []struct {
		at        time.Duration
		ahead     time.Duration
		partOver  bool
		slideOver bool
		partSay   string
	}{
		// Slide 1 overran by 30s; slide 2 is within its budget.
		{3 * minute, -30 * second, false, false, "part 1: 00:30 behind"},
		// Slide 2 at 2m30 of its 2m: 30s more behind, the part over its 3m.
		{4 * minute, -minute, true, true, "part 1: 01:00 behind, over budget"},
	}
	for _, tt := range tests {
		p := tm.Pace(at(tt.at), 2)
		if !p.HasBudget || p.Part != 1 || p.PartTitle != "Intro" || p.PartBudget != 3*minute {
			t.Fatalf("+%v: wrong part %+v", tt.at, p)
		}
		if p.Ahead != tt.ahead || p.PartOver != tt.partOver || p.SlideOver != tt.slideOver {
			t.Errorf("+%v: ahead %v over %v/%v; want %v %v/%v", tt.at, p.Ahead, p.PartOver, p.SlideOver, tt.ahead, tt.partOver, tt.slideOver)
		}
		if p.PartElapsed != tt.at {
			t.Errorf("+%v: part elapsed %v", tt.at, p.PartElapsed)
		}
		if got := p.PartSummary(); got != tt.partSay {
			t.Errorf("+%v: %q, want %q", tt.at, got, tt.partSay)
		}
	}
}

func TestPaceProjection(t *testing.T) {
	tm := slowTalk(Config{Duration: 10 * minute})
	p := tm.Pace(at(5*minute), 3)
	// A new part: nothing finished in it yet, slide 3 within budget.
	if p.Part != 2 || p.PartTitle != "Body" || p.PartElapsed != minute || p.PartBudget != 7*minute || p.Ahead != 0 || p.PartOver {
		t.Fatalf("part 2: %+v", p)
	}
	// 4 minutes for 3 minutes of budget: ratio 4/3. Left: slides 4 and 5
	// (5m → 6m40s) and slide 3's rest (2m40s - 1m = 1m40s): 8m20s.
	if p.Ratio < 1.333 || p.Ratio > 1.334 {
		t.Fatalf("ratio %v, want 4/3", p.Ratio)
	}
	if want := at(13*minute + 20*second); !p.Projected.Equal(want) {
		t.Fatalf("projected %v, want %v", p.Projected.Format("15:04:05"), want.Format("15:04:05"))
	}
	if want := at(10 * minute); !p.Planned.Equal(want) {
		t.Fatalf("planned %v, want %v", p.Planned.Format("15:04:05"), want.Format("15:04:05"))
	}
	if p.Late != 3*minute+20*second || p.Summary() != "ends 3 min late" {
		t.Fatalf("late %v %q", p.Late, p.Summary())
	}
}

func TestPaceAheadAndEarly(t *testing.T) {
	tm := New(Config{Duration: 10 * minute}, talkPlan())
	tm.Start(t0)
	tm.OnMove(at(50*second), 2) // 10s ahead
	tm.OnMove(at(2*minute+20*second), 3)
	tm.OnMove(at(3*minute+20*second), 4) // slide 3: 1m of 2m
	p := tm.Pace(at(4*minute), 4)
	if p.Part != 2 || p.Ahead != minute || p.PartOver {
		t.Fatalf("ahead: %+v", p)
	}
	if p.PartSummary() != "part 2: 01:00 ahead" {
		t.Fatalf("%q", p.PartSummary())
	}
	// 3m20 for 5m: ratio 2/3. Left: 2m*2/3 + (3m*2/3 - 40s) = 1m20 + 1m20.
	if want := at(6*minute + 40*second); !p.Projected.Equal(want) {
		t.Fatalf("projected %s, want %s", p.Projected.Format("15:04:05"), want.Format("15:04:05"))
	}
	if p.Summary() != "ends 3 min early" {
		t.Fatalf("%q (late %v)", p.Summary(), p.Late)
	}
}

func TestPaceRatioClamped(t *testing.T) {
	tm := New(Config{Duration: 10 * minute}, talkPlan())
	tm.Start(t0)
	tm.OnMove(at(5*second), 2) // 5s for a 1m slide
	// Five seconds in, a quick click says little: the ratio stays near 1.
	if p := tm.Pace(at(5*second), 2); p.Ratio < 0.97 || p.Ratio > 1 {
		t.Fatalf("ratio after 5s %v, want about 1 (warm-up)", p.Ratio)
	}
	// Once PaceWarmup of talk time is behind, the measured pace counts, clamped.
	if p := tm.Pace(at(PaceWarmup+5*second), 2); p.Ratio != MinPaceRatio {
		t.Fatalf("ratio %v, want %v", p.Ratio, MinPaceRatio)
	}
	tm2 := New(Config{Duration: 10 * minute}, talkPlan())
	tm2.Start(t0)
	tm2.OnMove(at(10*minute), 2) // 10m for a 1m slide
	if p := tm2.Pace(at(10*minute), 2); p.Ratio != MaxPaceRatio {
		t.Fatalf("ratio %v, want %v", p.Ratio, MaxPaceRatio)
	}
}

func TestPaceOnTimeAndBeforeStart(t *testing.T) {
	tm := New(Config{Duration: 10 * minute}, talkPlan())
	p := tm.Pace(at(-time.Hour), 1)
	if p.Late != 0 || p.Summary() != "ends on time" || p.Ahead != 0 {
		t.Fatalf("before the start: %+v %q", p, p.Summary())
	}
	tm.Start(t0)
	tm.OnMove(at(minute), 2)
	tm.OnMove(at(3*minute), 3)
	if s := tm.Pace(at(3*minute+10*second), 3).Summary(); s != "ends on time" {
		t.Fatalf("on schedule: %q", s)
	}
	// 10s over after 5 minutes projects 20s late: still on time.
	tm.OnMove(at(5*minute+10*second), 4)
	if s := tm.Pace(at(5*minute+10*second), 4).Summary(); s != "ends on time" {
		t.Fatalf("10s over on 5 minutes: %q", s)
	}
}

func TestPaceEndTimeMode(t *testing.T) {
	// The talk must end at 14:08, though its budgets add to 10 minutes.
	tm := slowTalk(Config{End: "14:08"})
	p := tm.Pace(at(5*minute), 3)
	if want := at(8 * minute); !p.Planned.Equal(want) {
		t.Fatalf("planned %v, want 14:08", p.Planned.Format("15:04"))
	}
	if p.Summary() != "ends 5 min late" {
		t.Fatalf("%q (late %v)", p.Summary(), p.Late)
	}
}

func TestPaceCountUpUsesBudgets(t *testing.T) {
	tm := slowTalk(Config{})
	p := tm.Pace(at(5*minute), 3)
	if !p.Planned.Equal(at(10*minute)) || p.Summary() != "ends 3 min late" {
		t.Fatalf("count up: planned %v, %q", p.Planned.Format("15:04"), p.Summary())
	}
	// Pauses push the planned end back.
	tm.Toggle(at(5 * minute))
	p = tm.Pace(at(7*minute), 3)
	if !p.Planned.Equal(at(12 * minute)) {
		t.Fatalf("paused: planned %v, want 14:12", p.Planned.Format("15:04"))
	}
}

func TestPaceWithoutBudgets(t *testing.T) {
	tm := New(Config{}, Plan{Slides: make([]time.Duration, 4)})
	tm.Start(t0)
	p := tm.Pace(at(minute), 1)
	if p.HasBudget || p.Summary() != "" || p.PartSummary() != "" {
		t.Fatalf("no budgets: %+v", p)
	}
}

func TestPaceWithoutParts(t *testing.T) {
	plan := talkPlan()
	plan.Parts = nil
	tm := New(Config{}, plan)
	tm.Start(t0)
	tm.OnMove(at(2*minute), 2)
	p := tm.Pace(at(3*minute), 2)
	if p.Part != 1 || p.PartBudget != 10*minute || p.Ahead != -minute {
		t.Fatalf("one part: %+v", p)
	}
	// A slide outside the plan: no part, no budget, no panic.
	if p := tm.Pace(at(3*minute), 9); p.SlideBudget != 0 || !p.HasBudget {
		t.Fatalf("slide 9: %+v", p)
	}
}

func TestFromDeck(t *testing.T) {
	d := &deck.Deck{Meta: deck.Meta{Duration: 20 * minute, Warn: 2 * minute, End: ""}}
	for i := 1; i <= 4; i++ {
		d.Slides = append(d.Slides, deck.Slide{Number: i, Steps: 1})
	}
	d.Slides[0].Budget, d.Slides[0].TimeSet = 8*minute, true
	d.BuildParts([]deck.PartStart{{Slide: 1, Title: "A"}, {Slide: 3, Title: "B"}})
	d.ComputeBudgets()
	tm := FromDeck(d)
	if tm.Mode() != CountDown || tm.Config().Warn != 2*minute {
		t.Fatalf("config %+v", tm.Config())
	}
	plan := tm.Plan()
	if len(plan.Slides) != 4 || plan.Slides[0] != 8*minute || plan.Slides[1] != 4*minute {
		t.Fatalf("budgets %v", plan.Slides)
	}
	if len(plan.Parts) != 2 || plan.Parts[1] != (PlanPart{Title: "B", First: 3, Last: 4}) {
		t.Fatalf("parts %+v", plan.Parts)
	}
	if p := tm.Pace(t0, 3); p.PartBudget != 8*minute || p.PartTitle != "B" {
		t.Fatalf("pace %+v", p)
	}
}

func BenchmarkReadingAndPace(b *testing.B) {
	plan := Plan{Slides: make([]time.Duration, 200)}
	for i := range plan.Slides {
		plan.Slides[i] = 30 * second
	}
	tm := New(Config{Duration: 100 * minute}, plan)
	tm.Start(t0)
	for i := 2; i <= 150; i++ {
		tm.OnMove(at(time.Duration(i)*20*second), i)
	}
	now := at(time.Hour)
	for b.Loop() {
		_ = tm.Reading(now)
		_ = tm.Pace(now, 150)
	}
}
