package console

import (
	"errors"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/lectern-app/lectern/internal/show"
)

// TestEffectsAreValues: what only a window can do comes back from the
// command; the timer effects are done by the controller itself.
func TestEffectsAreValues(t *testing.T) {
	for _, tc := range []struct {
		name string
		run  func(r *rig) Effect
		want Effect
	}{
		{"q quits", func(r *rig) Effect { return r.keys("q") }, Quit},
		{"Escape twice quits", func(r *rig) Effect { return r.keys("Escape", "Escape") }, Quit},
		{"Escape once arms", func(r *rig) Effect { return r.keys("Escape") }, None},
		{"F11 full screen", func(r *rig) Effect { return r.keys("F11") }, FullScreen},
		{"s swaps", func(r *rig) Effect { return r.keys("s") }, SwapScreens},
		{"p is the controller's", func(r *rig) Effect { return r.keys("p") }, None},
		{"unknown key", func(r *rig) Effect { return r.keys("F12") }, None},
		// The reducer's effect is the truth: every Rehearse opens a
		// rehearsal, whatever State.Rehearsing toggled to (nothing patches it).
		{"rehearse", func(r *rig) Effect { return r.c.Do(show.Rehearse) }, StartRehearsal},
		{"rehearse again", func(r *rig) Effect { r.c.Do(show.Rehearse); return r.c.Do(show.Rehearse) }, StartRehearsal},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := mustRig(t, Config{}, talk())
			if got := tc.run(r); got != tc.want {
				t.Fatalf("effect %v, want %v", got, tc.want)
			}
		})
	}
}

func TestSwapIsInTheSnapshot(t *testing.T) {
	r := mustRig(t, Config{}, talk())
	r.keys("s")
	if !r.c.View().Swapped || !r.c.State().Swapped {
		t.Fatal("s did not mark the screens swapped")
	}
}

func TestTimerResetAndStart(t *testing.T) {
	r := mustRig(t, Config{}, talk())
	r.keys("p")
	r.wait(2 * time.Minute)
	r.keys("r")
	if v := r.wait(time.Minute); v.Clock != "30:00" || !strings.HasPrefix(v.ClockMode, "ready") {
		t.Fatalf("after reset: %q %q", v.Clock, v.ClockMode)
	}
	r.c.Do(show.TimerStart)
	if v := r.wait(time.Minute); v.Clock != "29:00" {
		t.Fatalf("after start: %q", v.Clock)
	}
}

func TestEveryCommandIsSavedAndFlushedOnClose(t *testing.T) {
	r := mustRig(t, Config{}, talk())
	r.keys("Right", "Right", "Right")
	if r.store.puts != 3 {
		t.Fatalf("3 commands queued %d saves", r.store.puts)
	}
	if s := r.store.saved["talk.md"]; s.Slide != 2 || s.Step != 3 || !s.Timer.Started || !s.SavedAt.Equal(r.now) {
		t.Fatalf("saved %+v, want slide 2 step 3, started, at the fake now", s)
	}
	if err := r.c.Close(); err != nil {
		t.Fatal(err)
	}
	if r.store.flushes != 1 || !r.srcs[0].released {
		t.Fatalf("Close: %d flushes, source released %v", r.store.flushes, r.srcs[0].released)
	}
}

func TestAFailedSaveIsShownOnce(t *testing.T) {
	r := mustRig(t, Config{}, talk())
	r.store.fail = errors.New("disk full")
	r.keys("Right")
	v := r.c.View()
	if !strings.Contains(v.Status, "Could not save where the talk is") || !strings.Contains(v.Status, "disk full") || v.StatusTone != Warn {
		t.Fatalf("status after a failed save: %q", v.Status)
	}
	r.keys("Right")
	if v := r.wait(time.Second); strings.Contains(v.Status, "Could not save") {
		t.Fatalf("the same failure was shown again: %q", v.Status)
	}
	if err := r.c.Flush(); err == nil {
		t.Fatal("Flush hid the error")
	}
}

func TestASaveErrorFoundByTheTickerShows(t *testing.T) {
	r := mustRig(t, Config{}, talk())
	r.store.fail = errors.New("disk gone")
	if v := r.wait(time.Second); !strings.Contains(v.Status, "disk gone") {
		t.Fatalf("tick status %q", v.Status)
	}
}

func TestNoticeLastsUntilTheNextCommand(t *testing.T) {
	r := mustRig(t, Config{}, talk())
	r.c.SetNotice("Only one monitor")
	if v := r.wait(time.Second); v.Status != "Only one monitor" || v.StatusTone != Warn {
		t.Fatalf("status %q", v.Status)
	}
	r.keys("Right")
	if v := r.c.View(); v.Status != "? shows every key" {
		t.Fatalf("status after a command %q", v.Status)
	}
}

// TestABugBehindAKeyDoesNotEndTheTalk: a panic under a command becomes a
// notice and no effect.
func TestABugBehindAKeyDoesNotEndTheTalk(t *testing.T) {
	r := mustRig(t, Config{}, talk())
	var log strings.Builder
	stderr = &log
	t.Cleanup(func() { stderr = os.Stderr })
	r.c.deps.Now = func() time.Time { panic("clock bug") }
	if e := r.keys("q"); e != None {
		t.Fatalf("effect %v from a panicking command", e)
	}
	r.c.deps.Now = func() time.Time { return r.now }
	if v := r.c.View(); !strings.Contains(v.Status, "Internal error") || !strings.Contains(v.Status, "clock bug") {
		t.Fatalf("status %q", v.Status)
	}
	if !strings.Contains(log.String(), "lectern: internal error on quit: clock bug") || !strings.Contains(log.String(), "goroutine") {
		t.Fatalf("stderr got %q, want the error and its stack", log.String())
	}
}

func TestWithoutSessionsNothingIsSaved(t *testing.T) {
	r := mustRig(t, Config{}, talk())
	r.c.deps.Sessions = nil
	r.keys("Right")
	if err := r.c.Flush(); err != nil {
		t.Fatal(err)
	}
	if r.store.puts != 0 {
		t.Fatal("saved without a store")
	}
}

func TestPartsBarSegments(t *testing.T) {
	r := mustRig(t, Config{}, talk())
	r.keys("p")
	r.wait(20 * time.Minute)
	r.keys("End")
	v := r.c.View()
	if len(v.Parts) != 2 {
		t.Fatalf("%d segments, want 2", len(v.Parts))
	}
	intro, meat := v.Parts[0], v.Parts[1]
	if intro.Current || !meat.Current || !intro.Over || intro.Weight != (15*time.Minute).Seconds() || intro.Spent < 1.3 {
		t.Fatalf("segments %+v", v.Parts)
	}
	if v.PartTone != Normal || v.Pace == "" || v.PaceTone == Dim || v.PartPace == "" {
		t.Fatalf("part tone %v, pace %q (%v)", v.PartTone, v.Pace, v.PaceTone)
	}
}
