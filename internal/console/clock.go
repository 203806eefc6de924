package console

import (
	"fmt"
	"time"

	"github.com/lectern-app/lectern/internal/deck"
	"github.com/lectern-app/lectern/internal/timing"
)

// Segment is one part of the talk as the parts bar draws it.
type Segment struct {
	Weight  float64 // share of the bar: the part's budget, or its slide count
	Spent   float64 // fraction of the budget used (may pass 1)
	Current bool
	Over    bool
}

// clock fills in the talk clock, its mode and the pacing lines.
func (c *Controller) clock(v *View, now time.Time) {
	t, d, slide := c.timer, c.d, c.st.Slide
	r := t.Reading(now)
	v.Clock, v.ClockTone = r.Display, levelTone(r.Level)
	switch {
	case r.PreTalk:
		v.ClockMode = "until the talk starts"
	case !r.Started:
		v.ClockMode = "ready: starts when you leave slide 1, or press p"
	case r.Paused:
		v.ClockMode = "PAUSED (p resumes)"
	case r.Mode == timing.CountUp:
		v.ClockMode = "elapsed"
	case r.Mode == timing.EndTime:
		v.ClockMode = "left until " + t.Config().End
	default:
		v.ClockMode = "left of " + timing.Clock(t.Config().Duration, false)
	}
	pace := t.Pace(now, slide)
	v.Parts = segments(d, t.Spent(now), slide)
	if part := d.PartOf(slide); part != nil {
		v.Part = fmt.Sprintf("Part %d/%d · %s", part.Number, len(d.Parts), part.Title)
		if pace.HasBudget {
			v.Part += fmt.Sprintf("  %s / %s", timing.Clock(pace.PartElapsed, false), timing.Clock(pace.PartBudget, false))
		} else {
			v.Part += "  " + timing.Clock(pace.PartElapsed, false)
		}
	}
	v.PartTone = Normal
	if pace.PartOver {
		v.PartTone = Over
	}
	v.SlideTime = "this slide " + timing.Clock(pace.SlideElapsed, false)
	if pace.SlideBudget > 0 {
		v.SlideTime += " / " + timing.Clock(pace.SlideBudget, false)
	}
	v.SlideTone = Dim
	if pace.SlideOver {
		v.SlideTone = Warn
	}
	v.PaceTone, v.PartPaceT = Dim, Dim
	if pace.HasBudget && r.Started {
		v.PartPace = pace.PartSummary()
		v.Pace = pace.Summary() + ", at " + pace.Projected.Format("15:04")
		v.PaceTone, v.PartPaceT = Good, Good
		if pace.Late > 30*time.Second {
			v.PaceTone = Warn
		}
		if pace.Ahead < 0 {
			v.PartPaceT = Warn
		}
	}
}

func levelTone(l timing.Level) Tone {
	switch l {
	case timing.Warn:
		return Warn
	case timing.Over:
		return Over
	}
	return Normal
}

// segments works out the parts bar from the deck, the time spent per slide
// and the current slide.
func segments(d *deck.Deck, spent []time.Duration, current int) []Segment {
	out := make([]Segment, 0, len(d.Parts))
	for _, p := range d.Parts {
		var used time.Duration
		for n := p.First; n <= p.Last && n <= len(spent); n++ {
			used += spent[n-1]
		}
		s := Segment{Current: current >= p.First && current <= p.Last}
		if p.Budget > 0 {
			s.Weight = p.Budget.Seconds()
			s.Spent = used.Seconds() / p.Budget.Seconds()
			s.Over = used > p.Budget
		} else {
			s.Weight = float64(p.Last - p.First + 1)
		}
		out = append(out, s)
	}
	return out
}
