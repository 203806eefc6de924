package timing

import (
	"fmt"
	"time"

	"github.com/lectern-app/lectern/internal/deck"
)

// Level is the colour of the clock.
type Level int

const (
	Normal Level = iota
	Warn         // amber: the warn time or less is left
	Over         // red: no time left, the clock counts negative
)

func (l Level) String() string {
	switch l {
	case Warn:
		return "warn"
	case Over:
		return "over"
	}
	return "normal"
}

// Reading is what the presenter's clock shows at one moment.
type Reading struct {
	Mode       Mode
	Elapsed    time.Duration // talk time so far, pauses excluded
	Remaining  time.Duration // until the duration or end time; negative when over; 0 counting up
	Display    string        // "12:04", "-01:30", "1:02:03"; the time until the start before the talk
	Level      Level
	Running    bool
	Paused     bool
	Started    bool
	PreTalk    bool          // not started and the planned start is ahead
	UntilStart time.Duration // with PreTalk: time until the planned start
}

// Reading returns the clock at now.
func (t *Timer) Reading(now time.Time) Reading {
	r := Reading{
		Mode:    t.Mode(),
		Elapsed: t.Elapsed(now),
		Running: t.Running(),
		Paused:  t.Paused(),
		Started: t.started,
	}
	if !t.started {
		if start, ok := t.plannedStart(now); ok && start.After(now) {
			r.PreTalk, r.UntilStart = true, start.Sub(now)
		}
	}
	switch r.Mode {
	case CountDown:
		r.Remaining = t.cfg.Duration - r.Elapsed
	case EndTime:
		end, _ := t.EndAt(now)
		r.Remaining = end.Sub(now)
	}
	switch {
	case r.PreTalk:
		r.Display = Clock(r.UntilStart, true)
	case r.Mode == CountUp:
		r.Display = Clock(r.Elapsed, false)
	default:
		r.Display = Clock(r.Remaining, true)
		r.Level = t.level(r.Remaining)
	}
	return r
}

func (t *Timer) level(remaining time.Duration) Level {
	warn := t.AmberAt()
	switch {
	case remaining <= 0:
		return Over
	case warn > 0 && remaining <= warn:
		return Warn
	}
	return Normal
}

// AmberAt is the time left that turns the clock amber; < 0: never.
func (t *Timer) AmberAt() time.Duration {
	if t.cfg.Warn != 0 {
		return t.cfg.Warn
	}
	return DefaultWarnFor(t.cfg.Duration)
}

// DefaultWarnFor is when a clock counting down from length turns amber when
// nobody said: the smaller of deck.DefaultWarn and a fifth of the length (a
// 5-minute lightning talk turns amber at 1:00, not from its first second).
// A length of 0 (counting to an end time) gets deck.DefaultWarn.
func DefaultWarnFor(length time.Duration) time.Duration {
	if length <= 0 {
		return deck.DefaultWarn
	}
	return min(deck.DefaultWarn, length/5)
}

// WarnFor is the amber point of a talk or part of the given length when the
// deck says warn: 0 means not set (DefaultWarnFor), < 0 never, anything
// else as said.
func WarnFor(warn, length time.Duration) time.Duration {
	if warn == 0 {
		return DefaultWarnFor(length)
	}
	return warn
}

// PartWarn is when the clock of a part played alone (an exported part)
// turns amber: scaled like the talk's when the deck names no warning; the
// deck's warning when it leaves at least half the part; else a fifth of the
// part in whole minutes, at least one.
func PartWarn(warn, budget time.Duration) time.Duration {
	switch {
	case budget <= 0 || warn < 0:
		return WarnFor(warn, 0)
	case warn == 0:
		return DefaultWarnFor(budget)
	case warn < budget/2:
		return warn
	}
	return max((budget / 5).Round(time.Minute), time.Minute)
}

// EndAt is the wall-clock end of the talk in end-time mode: the End time on
// the day the talk started (today before it starts), the next day when that
// is more than 12 hours earlier (a talk across midnight).
func (t *Timer) EndAt(now time.Time) (time.Time, bool) {
	if t.cfg.End == "" {
		return time.Time{}, false
	}
	ref := now
	if t.started {
		ref = t.startedAt
	}
	end, ok := deck.EndOn(t.cfg.End, ref)
	if !ok {
		return time.Time{}, false
	}
	if end.Before(ref.Add(-12 * time.Hour)) {
		end = end.AddDate(0, 0, 1)
	}
	return end, true
}

// plannedStart is the Start setting today, or End minus Duration.
func (t *Timer) plannedStart(now time.Time) (time.Time, bool) {
	if t.cfg.Start != "" {
		return deck.EndOn(t.cfg.Start, now)
	}
	if t.cfg.Duration > 0 {
		if end, ok := t.EndAt(now); ok {
			return end.Add(-t.cfg.Duration), true
		}
	}
	return time.Time{}, false
}

// Clock writes a duration as the clock shows it: "mm:ss", "h:mm:ss" from
// one hour, "-" in front when negative. roundUp rounds partial seconds away
// from zero (a countdown reaches 00:00 exactly at the end), else toward zero.
func Clock(d time.Duration, roundUp bool) string {
	sign := ""
	if d < 0 {
		sign, d = "-", -d
	}
	secs := int64(d / time.Second)
	if roundUp && d%time.Second != 0 {
		secs++
	}
	if secs == 0 {
		sign = ""
	}
	h, m, s := secs/3600, secs/60%60, secs%60
	if h > 0 {
		return fmt.Sprintf("%s%d:%02d:%02d", sign, h, m, s)
	}
	return fmt.Sprintf("%s%02d:%02d", sign, m, s)
}
