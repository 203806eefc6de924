// Package rehearse records rehearsal runs of a deck, keeps their history next
// to the deck (or in the user's data folder when the deck's folder cannot be
// written), turns them into time budgets and suggests cuts when a talk runs
// long. It knows nothing about windows: the UI feeds it times.
package rehearse

import (
	"fmt"
	"math"
	"time"
)

// SlideTime is the time one run spent on one slide, and on each of its steps.
type SlideTime struct {
	Number  int       `json:"number"`  // 1-based slide number
	Seconds float64   `json:"seconds"` // all visits added up
	Steps   []float64 `json:"steps"`   // seconds per step, one entry per step
}

// Run is one rehearsal from the first slide shown to the end.
type Run struct {
	Started time.Time   `json:"started"` // when the first slide was shown, UTC
	TotalS  float64     `json:"total_s"` // talk clock at the end, pauses excluded
	Slides  []SlideTime `json:"slides"`  // every slide of the deck, in order
}

// Total is the run's length as a duration.
func (r Run) Total() time.Duration { return seconds(r.TotalS) }

// SlideSeconds returns the seconds spent on slide number n (0 when unknown).
func (r Run) SlideSeconds(n int) float64 {
	if n >= 1 && n <= len(r.Slides) && r.Slides[n-1].Number == n {
		return r.Slides[n-1].Seconds
	}
	for _, s := range r.Slides {
		if s.Number == n {
			return s.Seconds
		}
	}
	return 0
}

// fits says whether a run was recorded on a deck with n slides, numbered 1..n.
func (r Run) fits(n int) bool {
	if len(r.Slides) != n || n == 0 {
		return false
	}
	for i, s := range r.Slides {
		if s.Number != i+1 {
			return false
		}
	}
	return true
}

// check reports the first thing in a run that no recorder could have written.
func (r Run) check() error {
	if r.TotalS < 0 || math.IsNaN(r.TotalS) {
		return fmt.Errorf("total_s is %v, not a number of seconds", r.TotalS)
	}
	for _, s := range r.Slides {
		if s.Number < 1 {
			return fmt.Errorf("a slide has number %d; slides count from 1", s.Number)
		}
		if s.Seconds < 0 {
			return fmt.Errorf("slide %d has %v seconds", s.Number, s.Seconds)
		}
		for _, st := range s.Steps {
			if st < 0 {
				return fmt.Errorf("a step of slide %d has %v seconds", s.Number, st)
			}
		}
	}
	return nil
}

// round1 rounds seconds to a tenth.
func round1(s float64) float64 { return math.Round(s*10) / 10 }

// seconds turns float seconds into a duration, rounded to the millisecond.
func seconds(s float64) time.Duration {
	return time.Duration(math.Round(s*1000)) * time.Millisecond
}

// FormatClock writes a duration the way a talk clock shows it: "4:05",
// "1:02:03", "-0:30" for negative ones. Seconds are rounded.
func FormatClock(d time.Duration) string {
	sign := ""
	if d < 0 {
		sign, d = "-", -d
	}
	s := int64(d.Round(time.Second) / time.Second)
	h, m, sec := s/3600, s/60%60, s%60
	if h > 0 {
		return fmt.Sprintf("%s%d:%02d:%02d", sign, h, m, sec)
	}
	return fmt.Sprintf("%s%d:%02d", sign, m, sec)
}
