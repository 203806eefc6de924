package timing

import (
	"fmt"
	"time"

	"github.com/lectern-app/lectern/internal/deck"
)

// Plan is the time budget of the talk: one per slide, and the parts.
type Plan struct {
	Slides []time.Duration // budget of each slide, index = slide - 1
	Parts  []PlanPart      // contiguous parts; none means one part of all slides
}

// PlanPart is a part of the talk: slides First..Last (1-based, inclusive).
type PlanPart struct {
	Title       string
	First, Last int
}

// PlanFrom takes the budgets and parts of a deck (after ComputeBudgets or ApplyPlan).
func PlanFrom(d *deck.Deck) Plan {
	p := Plan{Slides: make([]time.Duration, len(d.Slides))}
	for i, s := range d.Slides {
		p.Slides[i] = s.Budget
	}
	for _, part := range d.Parts {
		p.Parts = append(p.Parts, PlanPart{Title: part.Title, First: part.First, Last: part.Last})
	}
	return p
}

// SetPlan replaces the budgets (after a reload or a rehearsal), keeping the
// time already recorded. Budgets are clamped to [0, deck.MaxDuration], and
// every sum of them saturates, so no plan makes the pace overflow.
func (t *Timer) SetPlan(p Plan) {
	p.Slides = append([]time.Duration(nil), p.Slides...)
	for i, b := range p.Slides {
		p.Slides[i] = deck.Clamp(b)
	}
	p.Parts = append([]PlanPart(nil), p.Parts...)
	t.plan = p
}

// Plan returns the budgets in use.
func (t *Timer) Plan() Plan { return t.plan }

// Ratio clamps for the pace projection: a talk is assumed to go at between
// half and twice its planned speed, however odd the first slides were.
const (
	MinPaceRatio = 0.5
	MaxPaceRatio = 2.0
)

// PaceWarmup is the least talk time after which the measured pace is fully
// trusted (or a tenth of the planned talk, when that is longer).
const PaceWarmup = 2 * time.Minute

// Pace compares the time spent with the budgets while on a slide.
type Pace struct {
	HasBudget bool // the plan has budgets; everything below is zero otherwise

	Part        int // 1-based part of the slide
	PartTitle   string
	PartElapsed time.Duration // talk time spent on this part's slides
	PartBudget  time.Duration
	PartOver    bool          // PartElapsed exceeds PartBudget
	Ahead       time.Duration // this part: > 0 ahead of its schedule, < 0 behind

	SlideElapsed time.Duration
	SlideBudget  time.Duration
	SlideOver    bool

	Ratio     float64       // time taken / budget on the slides before this one, clamped
	Projected time.Time     // when the talk ends at the current pace
	Planned   time.Time     // when it should end
	Late      time.Duration // Projected - Planned: > 0 late, < 0 early
}

// Pace returns the pacing on slide (1-based) at now.
//
// The part's schedule: each finished slide of the part (before the current
// one) should have taken its budget, and the current slide is only counted
// once it overruns. The projection: the budgets still ahead (the rest of the
// current slide, then every later slide) scaled by Ratio, the time taken
// over the budget on the slides before the current one, added to now. The
// planned end is the end time, or the start plus the duration (or the sum
// of the budgets) plus the pauses.
func (t *Timer) Pace(now time.Time, slide int) Pace {
	var total time.Duration
	for _, b := range t.plan.Slides {
		total = deck.AddDurations(total, b)
	}
	if total <= 0 || slide < 1 {
		return Pace{}
	}
	spent := t.Spent(now)
	at := func(n int) (budget, used time.Duration) {
		if n >= 1 && n <= len(t.plan.Slides) {
			budget = t.plan.Slides[n-1]
		}
		if n >= 1 && n <= len(spent) {
			used = spent[n-1]
		}
		return budget, used
	}

	p := Pace{HasBudget: true}
	part := t.partOf(slide)
	p.Part, p.PartTitle = part.number, part.Title
	for n := part.First; n <= part.Last; n++ {
		b, u := at(n)
		p.PartBudget = deck.AddDurations(p.PartBudget, b)
		p.PartElapsed = deck.AddDurations(p.PartElapsed, u)
		if n < slide {
			p.Ahead = deck.AddDurations(p.Ahead, b-u)
		}
	}
	p.SlideBudget, p.SlideElapsed = at(slide)
	if over := p.SlideElapsed - p.SlideBudget; over > 0 {
		p.Ahead -= over
		p.SlideOver = p.SlideBudget > 0
	}
	p.PartOver = p.PartBudget > 0 && p.PartElapsed > p.PartBudget

	var doneBudget, doneUsed time.Duration
	for n := 1; n < slide; n++ {
		b, u := at(n)
		if b > 0 {
			doneBudget = deck.AddDurations(doneBudget, b)
			doneUsed = deck.AddDurations(doneUsed, u)
		}
	}
	p.Ratio = 1
	if doneBudget > 0 {
		raw := min(max(float64(doneUsed)/float64(doneBudget), MinPaceRatio), MaxPaceRatio)
		// A few quick clicks at the start say little about the pace: trust
		// the measured ratio in proportion to the talk time behind it.
		trust := min(1, float64(t.Elapsed(now))/float64(max(total/10, PaceWarmup)))
		p.Ratio = 1 + (raw-1)*trust
	}
	var after time.Duration
	for n := slide + 1; n <= len(t.plan.Slides); n++ {
		after = deck.AddDurations(after, t.plan.Slides[n-1])
	}
	left := scale(after, p.Ratio) + max(scale(p.SlideBudget, p.Ratio)-p.SlideElapsed, 0)
	p.Projected = now.Add(left)

	if end, ok := t.EndAt(now); ok && t.Mode() == EndTime {
		p.Planned = end
	} else {
		target := t.cfg.Duration
		if target <= 0 {
			target = total
		}
		p.Planned = now.Add(target - t.Elapsed(now))
	}
	p.Late = p.Projected.Sub(p.Planned)
	return p
}

func scale(d time.Duration, r float64) time.Duration {
	return time.Duration(float64(d) * r)
}

type numberedPart struct {
	PlanPart
	number int
}

// partOf finds the part holding slide n; without parts the whole talk is part 1.
func (t *Timer) partOf(n int) numberedPart {
	for i, p := range t.plan.Parts {
		if n >= p.First && n <= p.Last {
			return numberedPart{p, i + 1}
		}
	}
	if len(t.plan.Parts) == 0 {
		return numberedPart{PlanPart{First: 1, Last: len(t.plan.Slides)}, 1}
	}
	return numberedPart{PlanPart{First: n, Last: n}, 0}
}

// Summary says how the talk will end at this pace: "ends 6 min late",
// "ends 2 min early", "ends on time" (within half a minute).
func (p Pace) Summary() string {
	if !p.HasBudget {
		return ""
	}
	return "ends " + lateness(p.Late)
}

// PartSummary says where the current part stands: "part 2: 1:30 behind".
func (p Pace) PartSummary() string {
	if !p.HasBudget {
		return ""
	}
	word := "ahead"
	if p.Ahead < 0 {
		word = "behind"
	}
	s := fmt.Sprintf("part %d: %s %s", p.Part, Clock(abs(p.Ahead), false), word)
	if p.PartOver {
		s += ", over budget"
	}
	return s
}

func lateness(d time.Duration) string {
	m := int((abs(d) + 30*time.Second) / time.Minute)
	switch {
	case m == 0:
		return "on time"
	case d > 0:
		return fmt.Sprintf("%d min late", m)
	}
	return fmt.Sprintf("%d min early", m)
}

func abs(d time.Duration) time.Duration {
	if d < 0 {
		return -d
	}
	return d
}
