package talk

import (
	"time"

	"github.com/lectern-app/lectern/internal/deck"
	"github.com/lectern-app/lectern/internal/rehearse"
)

// RehearsedTimes is how long each slide really takes: the median of the
// recent rehearsal runs, unscaled, indexed by slide number - 1; a slide no
// run rehearsed takes its budget. It is nil when no run fits the deck.
// Splitting a talk by time uses these first. It only reads (the deck was
// opened, and any unreadable history dealt with, before).
func RehearsedTimes(d *deck.Deck) []time.Duration {
	h, _, err := rehearse.ReadRuns(d.Path)
	if err != nil {
		return nil
	}
	runs := rehearse.Runs(d, h, RecentRuns)
	if len(runs) == 0 {
		return nil
	}
	med, rehearsed := rehearse.SlideMedians(runs, len(d.Slides))
	out := make([]time.Duration, len(med))
	for i, s := range med {
		out[i] = time.Duration(s * float64(time.Second))
		if !rehearsed[i] {
			out[i] = d.Slides[i].Budget
		}
	}
	return out
}
