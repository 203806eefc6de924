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
	warn := t.cfg.Warn
	if warn == 0 {
		warn = deck.DefaultWarn
	}
	switch {
	case remaining <= 0:
		return Over
	case warn > 0 && remaining <= warn:
		return Warn
	}
	return Normal
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
