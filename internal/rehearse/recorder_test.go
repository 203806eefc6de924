package rehearse

import (
	"reflect"
	"testing"
	"time"
)

type event struct {
	at          float64 // seconds after t0
	do          string  // "show", "pause", "resume"
	slide, step int
}

func TestRecorder(t *testing.T) {
	t0 := time.Date(2026, 11, 25, 19, 0, 0, 0, time.UTC)
	at := func(s float64) time.Time { return t0.Add(time.Duration(s * float64(time.Second))) }
	tests := []struct {
		name    string
		events  []event
		end     float64
		started time.Time
		total   float64
		slides  map[int][]float64 // steps of slides that got time; others must be all zero
	}{
		{
			name:    "clock starts at the first slide shown, not at creation",
			events:  []event{{at: 5, do: "show", slide: 1, step: 1}, {at: 45, do: "show", slide: 2, step: 1}},
			end:     60,
			started: at(5), total: 55,
			slides: map[int][]float64{1: {40}, 2: {15}},
		},
		{
			name: "steps are timed and revisits add up",
			events: []event{
				{at: 0, do: "show", slide: 5, step: 1},
				{at: 10, do: "show", slide: 5, step: 2},
				{at: 30, do: "show", slide: 5, step: 3},
				{at: 31.25, do: "show", slide: 6, step: 1},
				{at: 40, do: "show", slide: 5, step: 3},
				{at: 42, do: "show", slide: 5, step: 1},
				{at: 43, do: "show", slide: 6, step: 1},
			},
			end:     50,
			started: at(0), total: 50,
			slides: map[int][]float64{5: {11, 20, 3.3}, 6: {15.8}},
		},
		{
			name: "pauses take no time, even across slide changes",
			events: []event{
				{at: 0, do: "show", slide: 1, step: 1},
				{at: 10, do: "pause"},
				{at: 100, do: "show", slide: 2, step: 1},
				{at: 200, do: "resume"},
				{at: 205, do: "show", slide: 3, step: 1},
			},
			end:     215,
			started: at(0), total: 25,
			slides: map[int][]float64{1: {10}, 2: {5}, 3: {10}},
		},
		{
			name:    "pause before the start does nothing",
			events:  []event{{at: 0, do: "pause"}, {at: 3, do: "show", slide: 2, step: 1}},
			end:     10,
			started: at(3), total: 7,
			slides: map[int][]float64{2: {7}},
		},
		{
			name: "out-of-range slides and steps are clamped",
			events: []event{
				{at: 0, do: "show", slide: 0, step: 0},
				{at: 1, do: "show", slide: 99, step: 7},
				{at: 3, do: "show", slide: 5, step: 9},
			},
			end:     6,
			started: at(0), total: 6,
			slides: map[int][]float64{1: {1}, 9: {2}, 5: {0, 0, 3}},
		},
		{
			name:    "a clock going back counts nothing",
			events:  []event{{at: 10, do: "show", slide: 1, step: 1}, {at: 4, do: "show", slide: 2, step: 1}},
			end:     9,
			started: at(10), total: 5,
			slides: map[int][]float64{2: {5}},
		},
		{
			name:    "never started",
			end:     30,
			started: at(30), total: 0,
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := talkDeck()
			r := NewRecorder(d, at(-1))
			for _, e := range tc.events {
				switch e.do {
				case "show":
					r.Show(at(e.at), e.slide, e.step)
				case "pause":
					r.Pause(at(e.at))
				case "resume":
					r.Resume(at(e.at))
				}
			}
			run := r.Finish(at(tc.end))
			if !run.Started.Equal(tc.started) {
				t.Errorf("started %v, want %v", run.Started, tc.started)
			}
			if run.TotalS != tc.total {
				t.Errorf("total %v, want %v", run.TotalS, tc.total)
			}
			if len(run.Slides) != len(d.Slides) {
				t.Fatalf("%d slides in run, want %d", len(run.Slides), len(d.Slides))
			}
			for i, s := range run.Slides {
				want := tc.slides[i+1]
				if want == nil {
					want = make([]float64, d.Slides[i].Steps)
				}
				if s.Number != i+1 || !reflect.DeepEqual(s.Steps, want) {
					t.Errorf("slide %d: number %d steps %v, want %v", i+1, s.Number, s.Steps, want)
				}
				if s.Seconds != round1(sum(want)) {
					t.Errorf("slide %d: %v seconds, want %v", i+1, s.Seconds, round1(sum(want)))
				}
			}
			// Finishing stops the clock for good.
			r.Show(at(tc.end+100), 1, 1)
			if again := r.Finish(at(tc.end + 200)); again.TotalS != run.TotalS {
				t.Errorf("after Finish the clock ran on: %v, want %v", again.TotalS, run.TotalS)
			}
		})
	}
}

func TestRecorderLiveReadings(t *testing.T) {
	t0 := time.Date(2026, 11, 25, 19, 0, 0, 0, time.UTC)
	at := func(s float64) time.Time { return t0.Add(time.Duration(s * float64(time.Second))) }
	d := talkDeck() // parts: 1-3, 4-6, 7-9
	r := NewRecorder(d, t0)
	if r.Started() || r.TotalElapsed(at(50)) != 0 {
		t.Fatalf("clock runs before the first slide")
	}
	r.Show(at(0), 4, 1)
	r.Show(at(20), 5, 1)
	r.Show(at(30), 5, 2)
	r.Show(at(35), 4, 1) // revisit
	type reading struct {
		at                       float64
		slide, step, part, total time.Duration
	}
	check := func(w reading) {
		t.Helper()
		now := at(w.at)
		got := reading{w.at, r.SlideElapsed(now), r.StepElapsed(now), r.PartElapsed(now), r.TotalElapsed(now)}
		if got != w {
			t.Errorf("at %vs: slide/step/part/total %v %v %v %v, want %v %v %v %v", w.at,
				got.slide, got.step, got.part, got.total, w.slide, w.step, w.part, w.total)
		}
	}
	s := time.Second
	check(reading{at: 40, slide: 25 * s, step: 25 * s, part: 40 * s, total: 40 * s})
	r.Show(at(40), 7, 1) // new part
	check(reading{at: 42, slide: 2 * s, step: 2 * s, part: 2 * s, total: 42 * s})
	r.Pause(at(42))
	check(reading{at: 90, slide: 2 * s, step: 2 * s, part: 2 * s, total: 42 * s})
	if !r.Paused() {
		t.Errorf("not paused after Pause")
	}
	r.Resume(at(90))
	check(reading{at: 91.5, slide: 3500 * time.Millisecond, step: 3500 * time.Millisecond, part: 3500 * time.Millisecond, total: 43500 * time.Millisecond})
	if sl, st := r.Current(); sl != 7 || st != 1 {
		t.Errorf("current %d/%d, want 7/1", sl, st)
	}
}

func TestFormatClock(t *testing.T) {
	for _, tc := range []struct {
		d    time.Duration
		want string
	}{
		{0, "0:00"}, {65 * time.Second, "1:05"}, {1712400 * time.Millisecond, "28:32"},
		{3723 * time.Second, "1:02:03"}, {-30 * time.Second, "-0:30"}, {59600 * time.Millisecond, "1:00"},
	} {
		if got := FormatClock(tc.d); got != tc.want {
			t.Errorf("FormatClock(%v) = %q, want %q", tc.d, got, tc.want)
		}
	}
}
