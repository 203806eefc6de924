package rehearse

import (
	"sync"
	"time"

	"github.com/lectern-app/lectern/internal/deck"
)

// Recorder times one rehearsal. The UI calls Show whenever the slide or step
// on screen changes and Finish at the end; every call passes the current time,
// so tests can use a fake clock. Time accrues to the slide and step being
// shown; revisits add up. The clock starts at the first Show. A Recorder is
// safe for use from several goroutines.
type Recorder struct {
	mu       sync.Mutex
	parts    [][2]int    // first and last slide number of each slide's part, by slide index
	secs     [][]float64 // seconds per slide index, per step index
	started  bool
	finished bool
	paused   bool
	start    time.Time
	since    time.Time // start of the segment now accruing
	cur      int       // 0-based slide index being shown
	step     int       // 0-based step index being shown
	total    float64
}

// NewRecorder prepares a recorder for the deck's slides and steps. The clock
// does not run until the first Show; now is accepted for symmetry and unused.
func NewRecorder(d *deck.Deck, now time.Time) *Recorder {
	_ = now
	r := &Recorder{}
	n := len(d.Slides)
	r.secs = make([][]float64, n)
	r.parts = make([][2]int, n)
	for i, s := range d.Slides {
		steps := s.Steps
		if steps < 1 {
			steps = 1
		}
		r.secs[i] = make([]float64, steps)
		r.parts[i] = [2]int{i + 1, i + 1}
		if p := d.PartOf(i + 1); p != nil {
			r.parts[i] = [2]int{p.First, p.Last}
		}
	}
	return r
}

// Show records that from now on slide (1-based) at step (1-based) is shown.
// Out-of-range numbers are clamped to the deck. The first call starts the clock.
func (r *Recorder) Show(now time.Time, slide, step int) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.finished || len(r.secs) == 0 {
		return
	}
	r.accrue(now)
	if !r.started {
		r.started, r.start, r.since = true, now, now
	}
	r.cur = clamp(slide, 1, len(r.secs)) - 1
	r.step = clamp(step, 1, len(r.secs[r.cur])) - 1
}

// Pause stops the clock until Resume; slide changes meanwhile are still
// followed but take no time. It does nothing before the first Show.
func (r *Recorder) Pause(now time.Time) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if !r.started || r.finished || r.paused {
		return
	}
	r.accrue(now)
	r.paused = true
}

// Resume restarts the clock after Pause.
func (r *Recorder) Resume(now time.Time) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if !r.paused {
		return
	}
	r.paused, r.since = false, now
}

// Paused says whether the clock is paused.
func (r *Recorder) Paused() bool {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.paused
}

// Started says whether the first slide has been shown.
func (r *Recorder) Started() bool {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.started
}

// Current returns the 1-based slide and step being shown (1, 1 before the start).
func (r *Recorder) Current() (slide, step int) {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.cur + 1, r.step + 1
}

// Finish stops the clock and returns the run, every slide and step listed,
// seconds rounded to a tenth. Later calls to Show do nothing. A run that
// never started has a zero TotalS and Started set to now.
func (r *Recorder) Finish(now time.Time) Run {
	r.mu.Lock()
	defer r.mu.Unlock()
	if !r.finished {
		r.accrue(now)
		r.finished = true
	}
	start := r.start
	if !r.started {
		start = now
	}
	run := Run{Started: start.UTC().Truncate(time.Second), TotalS: round1(r.total)}
	run.Slides = make([]SlideTime, len(r.secs))
	for i, steps := range r.secs {
		st := SlideTime{Number: i + 1, Steps: make([]float64, len(steps))}
		sum := 0.0
		for k, s := range steps {
			st.Steps[k] = round1(s)
			sum += s
		}
		st.Seconds = round1(sum)
		run.Slides[i] = st
	}
	return run
}

// TotalElapsed is the talk clock: time since the first Show, pauses excluded.
func (r *Recorder) TotalElapsed(now time.Time) time.Duration {
	r.mu.Lock()
	defer r.mu.Unlock()
	return seconds(r.total + r.pending(now))
}

// SlideElapsed is all the time spent so far on the slide being shown.
func (r *Recorder) SlideElapsed(now time.Time) time.Duration {
	r.mu.Lock()
	defer r.mu.Unlock()
	if len(r.secs) == 0 {
		return 0
	}
	return seconds(sum(r.secs[r.cur]) + r.pending(now))
}

// StepElapsed is all the time spent so far on the step being shown.
func (r *Recorder) StepElapsed(now time.Time) time.Duration {
	r.mu.Lock()
	defer r.mu.Unlock()
	if len(r.secs) == 0 {
		return 0
	}
	return seconds(r.secs[r.cur][r.step] + r.pending(now))
}

// PartElapsed is all the time spent so far on the slides of the part being shown.
func (r *Recorder) PartElapsed(now time.Time) time.Duration {
	r.mu.Lock()
	defer r.mu.Unlock()
	if len(r.secs) == 0 {
		return 0
	}
	p := r.parts[r.cur]
	t := r.pending(now)
	for n := p[0]; n <= p[1]; n++ {
		t += sum(r.secs[n-1])
	}
	return seconds(t)
}

// accrue books the time since the last event to what is shown.
func (r *Recorder) accrue(now time.Time) {
	dt := r.pending(now)
	if r.started && !r.paused && !r.finished {
		r.secs[r.cur][r.step] += dt
		r.total += dt
		r.since = now
	}
}

// pending is the running segment's length in seconds, 0 when the clock is stopped.
func (r *Recorder) pending(now time.Time) float64 {
	if !r.started || r.paused || r.finished {
		return 0
	}
	dt := now.Sub(r.since).Seconds()
	if dt < 0 {
		return 0 // the clock went back: count nothing rather than negative time
	}
	return dt
}

func sum(xs []float64) float64 {
	t := 0.0
	for _, x := range xs {
		t += x
	}
	return t
}

func clamp(v, lo, hi int) int {
	if v < lo {
		return lo
	}
	if v > hi {
		return hi
	}
	return v
}
