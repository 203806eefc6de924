package timing

import (
	"encoding/json"
	"reflect"
	"testing"
	"time"
)

func TestRestoreRunningKeepsCounting(t *testing.T) {
	tm := New(Config{Duration: 30 * minute}, talkPlan())
	tm.OnMove(t0, 2)
	tm.OnMove(at(3*minute), 3)
	snap := tm.Snapshot(at(5 * minute))
	// The app is killed and reopened two minutes later.
	back := New(Config{Duration: 30 * minute}, talkPlan())
	back.Restore(snap, at(7*minute))
	r := back.Reading(at(7 * minute))
	if !r.Running || r.Elapsed != 7*minute || r.Display != "23:00" {
		t.Fatalf("restored: %+v", r)
	}
	if !back.StartedAt().Equal(t0) || back.Slide() != 3 {
		t.Fatalf("started %v slide %d", back.StartedAt(), back.Slide())
	}
	// The gap counts as time on the slide that was shown.
	if got := back.SpentOn(at(8*minute), 3); got != 5*minute {
		t.Fatalf("slide 3: %v, want 5m", got)
	}
	if got := back.SpentOn(at(8*minute), 2); got != 3*minute {
		t.Fatalf("slide 2: %v, want 3m", got)
	}
}

func TestRestorePausedStaysPaused(t *testing.T) {
	tm := New(Config{}, Plan{})
	tm.Start(t0)
	tm.Toggle(at(4 * minute))
	snap := tm.Snapshot(at(5 * minute))
	back := New(Config{}, Plan{})
	back.Restore(snap, at(time.Hour))
	if r := back.Reading(at(time.Hour)); !r.Paused || r.Running || r.Elapsed != 4*minute {
		t.Fatalf("restored paused: %+v", r)
	}
	back.Toggle(at(time.Hour))
	if got := back.Elapsed(at(time.Hour + minute)); got != 5*minute {
		t.Fatalf("resumed: %v", got)
	}
}

func TestRestoreStopped(t *testing.T) {
	tm := New(Config{}, Plan{})
	snap := tm.Snapshot(t0)
	back := New(Config{}, Plan{})
	back.Start(t0)
	back.Restore(snap, at(time.Minute))
	if back.Started() || back.Elapsed(at(time.Hour)) != 0 || !back.StartedAt().IsZero() {
		t.Fatal("a stopped snapshot restored a running clock")
	}
}

func TestSnapshotJSON(t *testing.T) {
	tm := New(Config{}, Plan{})
	tm.OnMove(t0, 2)
	tm.OnMove(at(time.Minute), 4)
	snap := tm.Snapshot(at(90 * second))
	data, err := json.Marshal(snap)
	if err != nil {
		t.Fatal(err)
	}
	var back Snapshot
	if err := json.Unmarshal(data, &back); err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(back, snap) {
		t.Fatalf("round trip:\n%+v\n%+v", back, snap)
	}
}

func TestRestoreClockWentBack(t *testing.T) {
	tm := New(Config{}, Plan{})
	tm.Start(t0)
	snap := tm.Snapshot(at(10 * minute))
	back := New(Config{}, Plan{})
	back.Restore(snap, at(5*minute)) // the wall clock was set back
	if got := back.Elapsed(at(5 * minute)); got != 10*minute {
		t.Fatalf("elapsed %v, want the saved 10m", got)
	}
}
