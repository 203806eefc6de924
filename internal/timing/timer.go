// Package timing is the talk timer: elapsed and remaining time, warnings,
// per-part pacing and a record of the time spent on every slide. It never
// reads the clock: every method takes `now`, so the UI ticker drives it and
// tests step fake time. A Timer is not safe for concurrent use; call it from
// the UI goroutine.
package timing

import (
	"time"

	"github.com/lectern-app/lectern/internal/deck"
)

// Mode is how the clock counts.
type Mode int

const (
	CountUp   Mode = iota // no duration: elapsed time
	CountDown             // a duration: time left, negative when over
	EndTime               // a wall-clock end: time until it, negative when over
)

func (m Mode) String() string {
	switch m {
	case CountDown:
		return "count-down"
	case EndTime:
		return "end-time"
	}
	return "count-up"
}

// Config is what the deck (or the command line) says about the talk's time.
type Config struct {
	Duration time.Duration // count down from this; 0 counts up
	Warn     time.Duration // time left that turns the clock amber; 0: DefaultWarnFor(Duration); < 0: never
	End      string        // wall-clock end "HH:MM"; when set the clock counts to it
	Start    string        // wall-clock start "HH:MM" for the pre-talk countdown; optional
}

// ConfigFrom takes the timer settings from a deck's front matter or pdfpc
// file. A deck that names no warning has Warn 0, which scales with the
// talk (DefaultWarnFor); a warning the deck names, 5m included, is kept;
// deck.NoWarn (pdfpc lastMinutes 0) never turns amber.
func ConfigFrom(m deck.Meta) Config {
	return Config{Duration: m.Duration, Warn: m.Warn, End: m.End, Start: m.Start}
}

// Timer is the talk clock and the record of time spent per slide.
// Elapsed time is talk time: pauses do not count.
type Timer struct {
	cfg  Config
	plan Plan

	started   bool      // the talk has started (possibly paused since)
	held      bool      // the speaker reset the clock: it does not start itself
	paused    bool      // started and paused by the speaker
	startedAt time.Time // wall time of the start
	runFrom   time.Time // wall time the current running stretch began
	acc       time.Duration

	slide   int             // current slide, 1-based
	entered time.Duration   // elapsed time when the current slide was entered
	spent   []time.Duration // talk time spent on each slide before the current visit
}

// New returns a stopped timer at slide 1.
func New(cfg Config, plan Plan) *Timer {
	t := &Timer{cfg: cfg, slide: 1}
	t.SetPlan(plan)
	return t
}

// FromDeck returns a stopped timer with the deck's settings and budgets.
func FromDeck(d *deck.Deck) *Timer {
	return New(ConfigFrom(d.Meta), PlanFrom(d))
}

// SetConfig changes the settings (e.g. after the deck was reloaded), keeping
// the elapsed time and the per-slide record.
func (t *Timer) SetConfig(cfg Config) { t.cfg = cfg }

// Config returns the current settings.
func (t *Timer) Config() Config { return t.cfg }

// Mode says how the clock counts with the current settings.
func (t *Timer) Mode() Mode {
	if _, err := deck.ParseClock(t.cfg.End); t.cfg.End != "" && err == nil {
		return EndTime
	}
	if t.cfg.Duration > 0 {
		return CountDown
	}
	return CountUp
}

// Start starts the clock, or resumes it when paused. Running, it does nothing.
func (t *Timer) Start(now time.Time) {
	switch {
	case !t.started:
		t.started, t.paused = true, false
		t.startedAt, t.runFrom = now, now
	case t.paused:
		t.paused = false
		t.runFrom = now
	}
}

// Toggle pauses a running clock, resumes a paused one and starts a stopped one.
// A pause lasts across slide changes until the next Toggle or Start.
func (t *Timer) Toggle(now time.Time) {
	if t.Running() {
		t.acc = t.Elapsed(now)
		t.paused = true
		return
	}
	t.Start(now)
}

// Reset stops the clock at zero and forgets the time spent per slide. It
// starts again on the next move to another slide (other than slide 1) or Start.
func (t *Timer) Reset(now time.Time) {
	t.started, t.paused, t.held = false, false, true
	t.startedAt, t.runFrom = time.Time{}, time.Time{}
	t.acc, t.entered = 0, 0
	t.spent = nil
}

// OnMove tells the timer the presenter is now on slide (1-based). The first
// move to a slide other than slide 1 starts a stopped clock; the time on the
// slide being left is recorded. Moves between steps of one slide change nothing.
func (t *Timer) OnMove(now time.Time, slide int) {
	if slide < 1 || slide == t.slide {
		return
	}
	if !t.started && slide != 1 {
		t.Start(now)
	}
	e := t.Elapsed(now)
	t.addSpent(t.slide, e-t.entered)
	t.slide, t.entered = slide, e
}

// Slide is the slide the timer believes is shown.
func (t *Timer) Slide() int { return t.slide }

// Started reports whether the talk has started (running or paused).
func (t *Timer) Started() bool { return t.started }

// Running reports whether the clock is counting.
func (t *Timer) Running() bool { return t.started && !t.paused }

// Paused reports whether the speaker paused the clock.
func (t *Timer) Paused() bool { return t.started && t.paused }

// StartedAt is the wall time the talk started (zero before).
func (t *Timer) StartedAt() time.Time { return t.startedAt }

// Elapsed is the talk time so far, pauses excluded.
func (t *Timer) Elapsed(now time.Time) time.Duration {
	if !t.Running() {
		return t.acc
	}
	return deck.AddDurations(t.acc, max(now.Sub(t.runFrom), 0))
}

// Spent returns the talk time spent on each slide (index = slide - 1),
// including the current visit, as long as the longest of the plan and the
// slides visited.
func (t *Timer) Spent(now time.Time) []time.Duration {
	n := max(len(t.spent), len(t.plan.Slides), t.slide)
	out := make([]time.Duration, n)
	copy(out, t.spent)
	if t.slide >= 1 {
		out[t.slide-1] = deck.AddDurations(out[t.slide-1], t.Elapsed(now)-t.entered)
	}
	return out
}

// SpentOn is the talk time spent on slide n (1-based) so far.
func (t *Timer) SpentOn(now time.Time, n int) time.Duration {
	var d time.Duration
	if n >= 1 && n <= len(t.spent) {
		d = t.spent[n-1]
	}
	if n == t.slide {
		d = deck.AddDurations(d, t.Elapsed(now)-t.entered)
	}
	return d
}

func (t *Timer) addSpent(slide int, d time.Duration) {
	if slide < 1 || d <= 0 {
		return
	}
	for len(t.spent) < slide {
		t.spent = append(t.spent, 0)
	}
	t.spent[slide-1] = deck.AddDurations(t.spent[slide-1], d)
}
