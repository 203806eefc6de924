package timing

import (
	"time"

	"github.com/lectern-app/lectern/internal/deck"
)

// Snapshot is the timer as a serialisable value, for crash recovery.
type Snapshot struct {
	Elapsed   time.Duration   `json:"elapsed"`             // talk time at At
	Started   bool            `json:"started"`             // the talk had started
	Running   bool            `json:"running"`             // the clock was counting at At
	Paused    bool            `json:"paused"`              // the speaker had paused it
	StartedAt time.Time       `json:"started_at,omitzero"` // wall time of the start
	At        time.Time       `json:"at"`                  // wall time of the snapshot
	Slide     int             `json:"slide"`               // current slide, 1-based
	Entered   time.Duration   `json:"entered"`             // elapsed when the slide was entered
	Spent     []time.Duration `json:"spent,omitempty"`     // per slide, before the current visit
}

// Snapshot returns the timer's state at now.
func (t *Timer) Snapshot(now time.Time) Snapshot {
	return Snapshot{
		Elapsed:   t.Elapsed(now),
		Started:   t.started,
		Running:   t.Running(),
		Paused:    t.Paused(),
		StartedAt: t.startedAt,
		At:        now,
		Slide:     t.slide,
		Entered:   t.entered,
		Spent:     append([]time.Duration(nil), t.spent...),
	}
}

// Restore puts the timer back as a snapshot left it. A clock that was
// running kept counting while the app was gone: its elapsed time is the
// saved one plus now - s.At. Settings and budgets are kept.
func (t *Timer) Restore(s Snapshot, now time.Time) {
	t.acc = max(s.Elapsed, 0)
	t.started = s.Started || s.Running || s.Paused
	t.paused = t.started && !s.Running
	if s.Running && !s.At.IsZero() && now.After(s.At) {
		t.acc = deck.AddDurations(t.acc, now.Sub(s.At))
	}
	t.startedAt, t.runFrom = s.StartedAt, now
	if t.started && t.startedAt.IsZero() {
		t.startedAt = now.Add(-t.acc)
	}
	if !t.started {
		t.startedAt, t.runFrom = time.Time{}, time.Time{}
	}
	t.slide = max(s.Slide, 1)
	t.entered = min(max(s.Entered, 0), s.Elapsed)
	t.spent = nil
	for i, d := range s.Spent {
		t.addSpent(i+1, d)
	}
}
