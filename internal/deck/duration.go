package deck

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// ParseDuration reads the durations speakers write: "30m", "1h15m", "90s",
// "1:30" (minutes:seconds), "45" (plain minutes), "45 min", "2 minutes".
func ParseDuration(s string) (time.Duration, error) {
	t := strings.TrimSpace(strings.ToLower(s))
	if t == "" {
		return 0, fmt.Errorf("empty duration")
	}
	if f, err := strconv.ParseFloat(t, 64); err == nil {
		if f < 0 {
			return 0, fmt.Errorf("negative duration %q", s)
		}
		return time.Duration(f * float64(time.Minute)), nil
	}
	if m, sec, ok := strings.Cut(t, ":"); ok {
		mi, err1 := strconv.Atoi(m)
		si, err2 := strconv.Atoi(sec)
		if err1 != nil || err2 != nil || mi < 0 || si < 0 || si >= 60 {
			return 0, fmt.Errorf("%q is not a duration like 1:30", s)
		}
		return time.Duration(mi)*time.Minute + time.Duration(si)*time.Second, nil
	}
	r := strings.NewReplacer("minutes", "m", "minute", "m", "mins", "m", "min", "m",
		"seconds", "s", "second", "s", "secs", "s", "sec", "s",
		"hours", "h", "hour", "h", "hrs", "h", "hr", "h", " ", "")
	t = r.Replace(t)
	d, err := time.ParseDuration(t)
	if err != nil || d < 0 {
		return 0, fmt.Errorf("%q is not a duration like 30m or 1h15m", s)
	}
	return d, nil
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
