package timing

import (
	"testing"
	"time"

	"github.com/lectern-app/lectern/internal/deck"
)

type tick struct {
	at      time.Duration // after t0
	display string
	level   Level
}

func runTicks(t *testing.T, tm *Timer, ticks []tick) {
	t.Helper()
	for _, k := range ticks {
		r := tm.Reading(at(k.at))
		if r.Display != k.display || r.Level != k.level {
			t.Errorf("at +%v: %q %s, want %q %s", k.at, r.Display, r.Level, k.display, k.level)
		}
	}
}

func TestCountDownLevels(t *testing.T) {
	tm := New(Config{Duration: 30 * minute, Warn: 5 * minute}, Plan{})
	tm.Start(t0)
	runTicks(t, tm, []tick{
		{0, "30:00", Normal},
		{24*minute + 59*second + 500*time.Millisecond, "05:01", Normal},
		{25 * minute, "05:00", Warn},
		{29*minute + 59*second + 200*time.Millisecond, "00:01", Warn},
		{30 * minute, "00:00", Over},
		{30*minute + 100*time.Millisecond, "-00:01", Over},
		{31*minute + 30*second, "-01:30", Over},
	})
	if r := tm.Reading(at(31*minute + 30*second)); r.Remaining != -(time.Minute + 30*second) {
		t.Errorf("remaining %v, want -1m30s", r.Remaining)
	}
}

func TestWarnSetting(t *testing.T) {
	def := New(Config{Duration: 30 * minute}, Plan{}) // 0: the deck default, 5 minute
	def.Start(t0)
	runTicks(t, def, []tick{{24 * minute, "06:00", Normal}, {26 * minute, "04:00", Warn}})

	ten := New(Config{Duration: 30 * minute, Warn: 10 * minute}, Plan{})
	ten.Start(t0)
	runTicks(t, ten, []tick{{19 * minute, "11:00", Normal}, {21 * minute, "09:00", Warn}})

	never := New(Config{Duration: 30 * minute, Warn: -1}, Plan{})
	never.Start(t0)
	runTicks(t, never, []tick{{29 * minute, "01:00", Normal}, {31 * minute, "-01:00", Over}})
}

func TestCountDownBeforeStart(t *testing.T) {
	tm := New(Config{Duration: 20 * minute}, Plan{})
	r := tm.Reading(at(time.Hour))
	if r.Display != "20:00" || r.Started || r.PreTalk || r.Level != Normal {
		t.Fatalf("before the start: %+v", r)
	}
}

func TestEndTime(t *testing.T) {
	tm := New(Config{End: "14:30"}, Plan{})
	if r := tm.Reading(at(-time.Hour)); r.Display != "1:30:00" || r.Mode != EndTime {
		t.Fatalf("an hour before the start: %+v", r)
	}
	tm.OnMove(t0, 2)
	runTicks(t, tm, []tick{
		{0, "30:00", Normal},
		{26 * minute, "04:00", Warn},
		{31*minute + 30*second, "-01:30", Over},
	})
	// The room is booked until 14:30 whether the speaker pauses or not.
	tm.Toggle(at(10 * minute))
	r := tm.Reading(at(20 * minute))
	if r.Display != "10:00" || r.Elapsed != 10*minute || !r.Paused {
		t.Fatalf("paused in end-time mode: %+v", r)
	}
}

func TestEndTimeAcrossMidnight(t *testing.T) {
	late := time.Date(2025, 3, 1, 23, 50, 0, 0, time.UTC)
	tm := New(Config{End: "00:20"}, Plan{})
	tm.Start(late)
	r := tm.Reading(late.Add(5 * minute))
	if r.Display != "25:00" {
		t.Fatalf("across midnight: %q, want 25:00", r.Display)
	}
	r = tm.Reading(late.Add(35 * minute)) // 00:25 the next day
	if r.Display != "-05:00" || r.Level != Over {
		t.Fatalf("across midnight, over: %+v", r)
	}
	end, ok := tm.EndAt(late)
	if !ok || !end.Equal(time.Date(2025, 3, 2, 0, 20, 0, 0, time.UTC)) {
		t.Fatalf("EndAt = %v", end)
	}
}

func TestPreTalkCountdown(t *testing.T) {
	// End 14:30 with 30 minutes: the talk should start at 14:00.
	tm := New(Config{Duration: 30 * minute, End: "14:30"}, Plan{})
	r := tm.Reading(at(-10 * minute))
	if !r.PreTalk || r.UntilStart != 10*minute || r.Display != "10:00" || r.Level != Normal {
		t.Fatalf("ten minutes before: %+v", r)
	}
	r = tm.Reading(at(5 * minute)) // start time passed, still not started
	if r.PreTalk || r.Display != "25:00" {
		t.Fatalf("after the planned start: %+v", r)
	}
	tm.Start(at(-time.Minute)) // started early: no pre-talk countdown
	if r := tm.Reading(at(-30 * second)); r.PreTalk || r.Display != "30:30" {
		t.Fatalf("started early: %+v", r)
	}

	up := New(Config{Start: "14:15"}, Plan{})
	if r := up.Reading(t0); !r.PreTalk || r.Display != "15:00" {
		t.Fatalf("explicit start: %+v", r)
	}
	if r := up.Reading(at(20 * minute)); r.PreTalk || r.Display != "00:00" {
		t.Fatalf("explicit start passed: %+v", r)
	}
}

// TestLightningTalkWarn: with no warn set, the clock turns amber at the
// smaller of 5 minutes and a fifth of the talk; an explicit warn still wins.
// Before, a 5-minute talk was amber from its first second.
func TestLightningTalkWarn(t *testing.T) {
	for _, tc := range []struct {
		name      string
		cfg       Config
		normal    time.Duration // elapsed time still shown in the normal colour
		amber     time.Duration // elapsed time shown amber
		wantAmber time.Duration
	}{
		{"5 min default", Config{Duration: 5 * minute}, 3*minute + 59*second, 4 * minute, minute},
		{"5 min deck, no warn", ConfigFrom(deckMeta(5*minute, 0)), 3*minute + 59*second, 4 * minute, minute},
		// a warning the deck names is kept, even the default's 5m
		{"10 min deck, warn 5m", ConfigFrom(deckMeta(10*minute, 5*minute)), 4*minute + 59*second, 5 * minute, 5 * minute},
		{"10 min default", Config{Duration: 10 * minute}, 7*minute + 59*second, 8 * minute, 2 * minute},
		{"25 min default", Config{Duration: 25 * minute}, 19*minute + 59*second, 20 * minute, 5 * minute},
		{"60 min default", Config{Duration: 60 * minute}, 54*minute + 59*second, 55 * minute, 5 * minute},
		{"5 min, warn 2m", Config{Duration: 5 * minute, Warn: 2 * minute}, 2*minute + 59*second, 3 * minute, 2 * minute},
		{"5 min, deck warn 3m", ConfigFrom(deckMeta(5*minute, 3*minute)), minute + 59*second, 2 * minute, 3 * minute},
		{"end time, no duration", Config{End: "14:30"}, 24*minute + 59*second, 25 * minute, 5 * minute},
	} {
		t.Run(tc.name, func(t *testing.T) {
			tm := New(tc.cfg, Plan{})
			if got := tm.AmberAt(); got != tc.wantAmber {
				t.Errorf("AmberAt = %v, want %v", got, tc.wantAmber)
			}
			tm.Start(t0)
			if r := tm.Reading(at(tc.normal)); r.Level != Normal {
				t.Errorf("at +%v: %s (%s), want normal", tc.normal, r.Level, r.Display)
			}
			if r := tm.Reading(at(tc.amber)); r.Level != Warn {
				t.Errorf("at +%v: %s (%s), want warn", tc.amber, r.Level, r.Display)
			}
		})
	}
}

func TestPartWarn(t *testing.T) {
	for _, tc := range []struct {
		warn, budget, want time.Duration
	}{
		{deck.DefaultWarn, 5 * minute, minute},           // unset: a fifth
		{0, 15 * minute, 3 * minute},                     // unset: a fifth
		{deck.DefaultWarn, 40 * minute, 5 * minute},      // unset: at most 5 minutes
		{2 * minute, 10 * minute, 2 * minute},            // explicit and fits: kept
		{10 * minute, 12*minute + 30*second, 3 * minute}, // explicit, too late: a fifth in whole minutes
		{3 * minute, 2 * minute, minute},                 // at least a minute
		{-1, 10 * minute, -1},                            // never
		{2 * minute, 0, 2 * minute},                      // no budget
	} {
		if got := PartWarn(tc.warn, tc.budget); got != tc.want {
			t.Errorf("PartWarn(%v, %v) = %v, want %v", tc.warn, tc.budget, got, tc.want)
		}
	}
}

func deckMeta(duration, warn time.Duration) deck.Meta {
	return deck.Meta{Duration: duration, Warn: warn}
}
