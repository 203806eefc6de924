package deck

import (
	"errors"
	"fmt"
	"math"
	"regexp"
	"strconv"
	"strings"
	"time"
)

// MaxDuration is the longest talk, warning or slide budget a deck may ask
// for. Anything longer is a typo or a hostile deck, and refusing it keeps
// every sum of budgets far from overflowing.
const MaxDuration = 24 * time.Hour

// maxMinutes is MaxDuration in minutes, for numbers read before they become
// a time.Duration.
const maxMinutes = int64(MaxDuration / time.Minute)

// ParseDuration reads the durations speakers write: "30m", "1h15m", "90s",
// "1:30" (minutes:seconds), "45" (plain minutes), "45 min", "2 minutes".
// It refuses negative durations and durations over MaxDuration.
func ParseDuration(s string) (time.Duration, error) {
	t := strings.TrimSpace(strings.ToLower(s))
	if t == "" {
		return 0, fmt.Errorf("empty duration")
	}
	if f, err := strconv.ParseFloat(t, 64); err == nil || isRange(err) {
		switch {
		case math.IsNaN(f):
			return 0, fmt.Errorf("%q is not a duration like 30m or 1h15m", s)
		case f < 0:
			return 0, fmt.Errorf("negative duration %q", s)
		case f > float64(maxMinutes):
			return 0, tooLong(s)
		}
		return time.Duration(f * float64(time.Minute)), nil
	}
	if m, sec, ok := strings.Cut(t, ":"); ok {
		mi, err1 := strconv.ParseInt(m, 10, 64)
		si, err2 := strconv.Atoi(sec)
		if isRange(err1) && !strings.HasPrefix(m, "-") && err2 == nil {
			return 0, tooLong(s)
		}
		if err1 != nil || err2 != nil || mi < 0 || si < 0 || si >= 60 {
			return 0, fmt.Errorf("%q is not a duration like 1:30", s)
		}
		if mi > maxMinutes {
			return 0, tooLong(s)
		}
		return Bound(time.Duration(mi)*time.Minute+time.Duration(si)*time.Second, s)
	}
	r := strings.NewReplacer("minutes", "m", "minute", "m", "mins", "m", "min", "m",
		"seconds", "s", "second", "s", "secs", "s", "sec", "s",
		"hours", "h", "hour", "h", "hrs", "h", "hr", "h", " ", "")
	t = r.Replace(t)
	d, err := time.ParseDuration(t)
	if err != nil && roughSeconds(t) > MaxDuration.Seconds() {
		return 0, tooLong(s) // time.ParseDuration refuses past ~2562047h
	}
	if err != nil || d < 0 {
		return 0, fmt.Errorf("%q is not a duration like 30m or 1h15m", s)
	}
	return Bound(d, s)
}

// Bound refuses a duration over MaxDuration (or negative); as names the
// value as the user wrote it, for the message.
func Bound(d time.Duration, as string) (time.Duration, error) {
	if d < 0 {
		return 0, fmt.Errorf("negative duration %q", as)
	}
	if d > MaxDuration {
		return 0, tooLong(as)
	}
	return d, nil
}

// ErrTooLong marks a duration refused for being over MaxDuration.
var ErrTooLong = errors.New("longer than 24 hours")

func tooLong(s string) error {
	return fmt.Errorf("%q is %w", strings.TrimSpace(s), ErrTooLong)
}

func isRange(err error) bool {
	var ne *strconv.NumError
	return errors.As(err, &ne) && ne.Err == strconv.ErrRange
}

var goUnitRe = regexp.MustCompile(`^([0-9]*\.?[0-9]*)(ns|us|µs|μs|ms|s|m|h)`)

var unitSeconds = map[string]float64{"ns": 1e-9, "us": 1e-6, "µs": 1e-6, "μs": 1e-6, "ms": 1e-3, "s": 1, "m": 60, "h": 3600}

// roughSeconds adds up a Go-style duration in floating point, so a value
// too large for time.Duration can be told apart from text that is no
// duration at all (which gives -1).
func roughSeconds(t string) float64 {
	sum := 0.0
	for t != "" {
		m := goUnitRe.FindStringSubmatch(t)
		if m == nil || m[1] == "" || m[1] == "." {
			return -1
		}
		f, err := strconv.ParseFloat(m[1], 64)
		if err != nil && !isRange(err) {
			return -1
		}
		sum += f * unitSeconds[m[2]]
		t = t[len(m[0]):]
	}
	return sum
}

// ParseClock reads a wall-clock time "HH:MM" (24 h) and returns it normalised.
func ParseClock(s string) (string, error) {
	t, err := time.Parse("15:04", strings.TrimSpace(s))
	if err != nil {
		return "", fmt.Errorf("%q is not a time of day like 14:30", s)
	}
	return t.Format("15:04"), nil
}

// EndOn returns the end time "HH:MM" on the day of now, in now's location.
func EndOn(end string, now time.Time) (time.Time, bool) {
	t, err := time.Parse("15:04", end)
	if err != nil {
		return time.Time{}, false
	}
	return time.Date(now.Year(), now.Month(), now.Day(), t.Hour(), t.Minute(), 0, 0, now.Location()), true
}
