package timing

import (
	"testing"
	"time"
)

// t0 is the fake "now" every test starts from: 1 March 2025, 14:00 UTC.
var t0 = time.Date(2025, 3, 1, 14, 0, 0, 0, time.UTC)

func at(d time.Duration) time.Time { return t0.Add(d) }

const (
	second = time.Second
	minute = time.Minute
)

func TestClock(t *testing.T) {
	tests := []struct {
		d    time.Duration
		up   bool
		want string
	}{
		{0, false, "00:00"},
		{0, true, "00:00"},
		{12*minute + 4*second, false, "12:04"},
		{12*minute + 4*second + 900*time.Millisecond, false, "12:04"},
		{12*minute + 4*second + 100*time.Millisecond, true, "12:05"},
		{-(time.Minute + 30*second), true, "-01:30"},
		{-200 * time.Millisecond, true, "-00:01"},
		{-200 * time.Millisecond, false, "00:00"},
		{time.Hour + 2*minute + 3*second, false, "1:02:03"},
		{-(10*time.Hour + 5*second), true, "-10:00:05"},
	}
	for _, tt := range tests {
		if got := Clock(tt.d, tt.up); got != tt.want {
			t.Errorf("Clock(%v, %v) = %q, want %q", tt.d, tt.up, got, tt.want)
		}
	}
}

func TestModes(t *testing.T) {
	tests := []struct {
		cfg  Config
		want Mode
	}{
		{Config{}, CountUp},
		{Config{Duration: 30 * minute}, CountDown},
		{Config{End: "14:30"}, EndTime},
		{Config{Duration: 30 * minute, End: "14:30"}, EndTime},
		{Config{End: "25:99"}, CountUp},
		{Config{Duration: 30 * minute, End: "soon"}, CountDown},
	}
	for _, tt := range tests {
		if got := New(tt.cfg, Plan{}).Mode(); got != tt.want {
			t.Errorf("%+v: mode %s, want %s", tt.cfg, got, tt.want)
		}
	}
}

func TestStartsOnFirstMoveAwayFromSlide1(t *testing.T) {
	tm := New(Config{}, Plan{})
	tm.OnMove(at(10*second), 1) // a step on slide 1
	if tm.Started() {
		t.Fatal("started without leaving slide 1")
	}
	if r := tm.Reading(at(time.Minute)); r.Display != "00:00" || r.Running || r.Started {
		t.Fatalf("before the start: %+v", r)
	}
	tm.OnMove(at(time.Minute), 2)
	if !tm.Running() || !tm.StartedAt().Equal(at(time.Minute)) {
		t.Fatalf("not running from the first move: started at %v", tm.StartedAt())
	}
	r := tm.Reading(at(13*minute + 4*second))
	if r.Display != "12:04" || r.Elapsed != 12*minute+4*second || r.Level != Normal || r.Remaining != 0 {
		t.Fatalf("count up: %+v", r)
	}
	if r := tm.Reading(at(time.Hour + 3*minute + 3*second)); r.Display != "1:02:03" {
		t.Fatalf("over an hour: %q", r.Display)
	}
}

func TestStartByKey(t *testing.T) {
	tm := New(Config{}, Plan{})
	tm.Start(t0)
	tm.Start(at(time.Minute)) // running: nothing changes
	if got := tm.Elapsed(at(2 * minute)); got != 2*minute {
		t.Fatalf("elapsed %v, want 2m", got)
	}
}

func TestPauseSurvivesSlideChanges(t *testing.T) {
	tm := New(Config{Duration: 30 * minute}, Plan{})
	tm.Toggle(t0) // a stopped timer starts
	if !tm.Running() {
		t.Fatal("Toggle did not start the timer")
	}
	tm.Toggle(at(time.Minute)) // pause
	tm.OnMove(at(2*minute), 2)
	tm.OnMove(at(3*minute), 3)
	r := tm.Reading(at(4 * minute))
	if !r.Paused || r.Running || r.Elapsed != time.Minute || r.Display != "29:00" {
		t.Fatalf("paused across moves: %+v", r)
	}
	tm.Toggle(at(5 * minute)) // resume
	if got := tm.Elapsed(at(6 * minute)); got != 2*minute {
		t.Fatalf("elapsed after resume %v, want 2m", got)
	}
	tm.Toggle(at(6 * minute))
	tm.Start(at(8 * minute)) // Start resumes a paused clock
	if got := tm.Elapsed(at(9 * minute)); got != 3*minute {
		t.Fatalf("elapsed after Start resumed %v, want 3m", got)
	}
}

func TestReset(t *testing.T) {
	tm := New(Config{}, Plan{})
	tm.OnMove(t0, 2)
	tm.OnMove(at(time.Minute), 3)
	tm.Reset(at(2 * minute))
	if tm.Started() || tm.Elapsed(at(5*minute)) != 0 || tm.SpentOn(at(5*minute), 2) != 0 {
		t.Fatal("Reset left time behind")
	}
	if tm.Slide() != 3 {
		t.Fatalf("Reset moved the slide to %d", tm.Slide())
	}
	tm.OnMove(at(6*minute), 4) // the next move starts it again
	if got := tm.Elapsed(at(7 * minute)); got != time.Minute {
		t.Fatalf("elapsed after restart %v, want 1m", got)
	}
	if got := tm.SpentOn(at(7*minute), 3); got != 0 {
		t.Fatalf("slide 3 counted %v while stopped", got)
	}
}

func TestSpentPerSlide(t *testing.T) {
	tm := New(Config{}, Plan{Slides: make([]time.Duration, 5)})
	tm.OnMove(t0, 2)              // starts
	tm.OnMove(at(time.Minute), 3) // 1m on 2
	tm.OnMove(at(90*second), 3)   // same slide: nothing
	tm.OnMove(at(3*minute), 2)    // 2m on 3
	tm.Toggle(at(4 * minute))     // 1m on 2, then paused
	tm.OnMove(at(10*minute), 4)   // paused: nothing accrues
	tm.Toggle(at(10 * minute))    // resume on 4
	got := tm.Spent(at(10*minute + 30*second))
	want := []time.Duration{0, 2 * minute, 2 * minute, 30 * second, 0}
	if len(got) != len(want) {
		t.Fatalf("Spent = %v, want %v", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Fatalf("Spent = %v, want %v", got, want)
		}
	}
	if tm.SpentOn(at(11*minute), 4) != time.Minute || tm.SpentOn(at(11*minute), 9) != 0 {
		t.Fatal("SpentOn")
	}
	var sum time.Duration
	for _, d := range tm.Spent(at(11 * minute)) {
		sum += d
	}
	if sum != tm.Elapsed(at(11*minute)) {
		t.Fatalf("per-slide times add to %v, elapsed is %v", sum, tm.Elapsed(at(11*minute)))
	}
}
