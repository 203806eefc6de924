package timing

import "time"

// AutoStart starts a stopped clock once the planned start has come (Start,
// or End less Duration), as pdfpc starts its clock at startTime. It only
// does so during the planned talk (before its end, or within 12 hours of
// a start with no end), so opening the deck the day after starts nothing,
// and never after the speaker reset the clock. It reports whether it
// started the clock; the caller saves the session then.
func (t *Timer) AutoStart(now time.Time) bool {
	if t.started || t.held {
		return false
	}
	start, ok := t.plannedStart(now)
	if !ok || now.Before(start) {
		return false
	}
	end, hasEnd := t.EndAt(now)
	if !hasEnd && t.cfg.Duration > 0 {
		end, hasEnd = start.Add(t.cfg.Duration), true
	}
	if hasEnd && !now.Before(end) || !hasEnd && now.Sub(start) >= 12*time.Hour {
		return false
	}
	t.Start(now)
	return true
}
