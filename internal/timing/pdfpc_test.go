package timing

import (
	"testing"
	"time"

	"github.com/lectern-app/lectern/internal/deck"
)

// A pdfpc file's startTime, endTime and lastMinutes as the clock keeps
// them (t0 is 14:00): the clock waits for the start, starts itself there
// and counts down to the end; lastMinutes 0 (deck.NoWarn) never turns
// amber. Before, the deck's start time did not reach the timer at all.
func TestPdfpcTalkTimes(t *testing.T) {
	for _, tc := range []struct {
		name    string
		meta    deck.Meta
		check   time.Duration // after t0: the first AutoStart call
		started bool
		display string // the reading 5 minutes after the check
		level   Level
	}{
		{"start and end: waits", deck.Meta{Start: "14:10", End: "14:40", Duration: 30 * minute}, 0, false, "05:00", Normal},
		{"start and end: starts at the start", deck.Meta{Start: "14:10", End: "14:40", Duration: 30 * minute}, 10 * minute, true, "25:00", Normal},
		{"end and duration: planned start", deck.Meta{End: "14:20", Duration: 20 * minute}, 0, true, "15:00", Normal},
		{"start only counts up", deck.Meta{Start: "13:59"}, 0, true, "05:00", Normal},
		{"after the planned end: no start", deck.Meta{Start: "12:00", End: "13:00", Duration: time.Hour}, 0, false, "-1:05:00", Over},
		{"lastMinutes 3", deck.Meta{Start: "14:00", End: "14:10", Duration: 10 * minute, Warn: 3 * minute}, 2 * minute, true, "03:00", Warn},
		{"lastMinutes 0 never warns", deck.Meta{Start: "14:00", End: "14:10", Duration: 10 * minute, Warn: deck.NoWarn}, 2 * minute, true, "03:00", Normal},
		{"no lastMinutes: a fifth", deck.Meta{Start: "14:00", End: "14:10", Duration: 10 * minute}, 2 * minute, true, "03:00", Normal},
	} {
		tm := New(ConfigFrom(tc.meta), Plan{})
		if got := tm.AutoStart(at(tc.check)); got != tc.started || tm.Started() != tc.started {
			t.Errorf("%s: AutoStart at +%v = %v, started %v", tc.name, tc.check, got, tm.Started())
		}
		r := tm.Reading(at(tc.check + 5*minute))
		if r.Display != tc.display || r.Level != tc.level {
			t.Errorf("%s: 5 minutes later %q %s, want %q %s", tc.name, r.Display, r.Level, tc.display, tc.level)
		}
	}
}

// A clock the speaker reset stays stopped; one already running is left alone.
func TestAutoStartRespectsTheSpeaker(t *testing.T) {
	tm := New(ConfigFrom(deck.Meta{Start: "14:00", End: "14:30"}), Plan{})
	if !tm.AutoStart(at(minute)) {
		t.Fatal("did not start at the planned start")
	}
	if tm.AutoStart(at(2 * minute)) {
		t.Error("started a running clock again")
	}
	tm.Reset(at(3 * minute))
	if tm.AutoStart(at(4*minute)) || tm.Started() {
		t.Error("started itself after the speaker reset it")
	}
	if ConfigFrom(deck.Meta{Start: "09:30"}).Start != "09:30" {
		t.Error("ConfigFrom drops the start time")
	}
}
