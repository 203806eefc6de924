package console

import (
	"strings"
	"testing"
	"time"

	"github.com/lectern-app/lectern/internal/deck"
	"github.com/lectern-app/lectern/internal/session"
)

// pdfpcTalk is five slides: the talk ends at slide 3 (endSlide), 4 and 5
// are backup, slide 2 is bookmarked (savedSlide), the talk runs 14:05 to
// 14:15 (the rig starts at 14:00).
func pdfpcTalk() spec {
	return spec{title: "pdfpc", duration: 10 * time.Minute, steps: []int{1, 1, 1, 1, 1},
		meta: deck.Meta{EndSlide: 3, Saved: 2, Start: "14:05", End: "14:15"}}
}

// The end slide: End goes there first, then on to the last backup slide;
// the position counts to it as pdfpc's does. Before, End went to slide 5
// and the position read 1/5.
func TestEndSlideIsTheEndOfTheTalk(t *testing.T) {
	r := mustRig(t, Config{}, pdfpcTalk())
	r.keys("Escape") // no bookmark
	for _, tc := range []struct {
		key, position string
	}{
		{"", "1/3 +2 backup"},
		{"End", "3/3 +2 backup"},
		{"Right", "4/3 backup 1/2"},
		{"Home", "1/3 +2 backup"},
		{"End", "3/3 +2 backup"},
		{"End", "5/3 backup 2/2"},
	} {
		if tc.key != "" {
			r.keys(tc.key)
		}
		if got := r.c.View().Position; got != tc.position {
			t.Errorf("after %q: position %q, want %q", tc.key, got, tc.position)
		}
	}
	if b := r.c.Deck().Slides[3].BudgetSource; b != deck.BudgetBackup {
		t.Errorf("slide 4 budget source %q, want backup", b)
	}
}

// The bookmark (savedSlide) is offered on opening: Enter goes there, Esc
// stays; a session of our own or --start wins over it.
func TestSavedSlideIsOffered(t *testing.T) {
	for _, tc := range []struct {
		name    string
		cfg     Config
		session bool
		keys    []string
		offer   bool
		slide   int
	}{
		{"enter goes there", Config{}, false, []string{"Return"}, true, 2},
		{"escape stays", Config{}, false, []string{"Escape"}, true, 1},
		{"another key dismisses and acts", Config{}, false, []string{"Right"}, true, 2},
		{"--start wins", Config{Start: 4}, false, nil, false, 4},
		{"our own session wins", Config{}, true, []string{"Return"}, false, 5},
	} {
		r := &rig{t: t, now: start, fs: fakeFS{"talk.md": pdfpcTalk()}, store: &fakeStore{saved: map[string]session.Saved{}}}
		if tc.session {
			r.store.saved["talk.md"] = session.Saved{Slide: 5, Step: 1, SavedAt: start}
		}
		c, err := New(tc.cfg, r.deps(), "talk.md")
		if err != nil {
			t.Fatal(err)
		}
		r.c = c
		v := c.View()
		if offered := strings.Contains(v.Status, "bookmarked slide 2"); offered != tc.offer || (c.Bookmark() == 2) != tc.offer {
			t.Errorf("%s: status %q, bookmark %d", tc.name, v.Status, c.Bookmark())
		}
		r.keys(tc.keys...)
		if c.State().Slide != tc.slide || c.Bookmark() != 0 {
			t.Errorf("%s: on slide %d (bookmark %d), want %d", tc.name, c.State().Slide, c.Bookmark(), tc.slide)
		}
	}
}

// startTime and endTime: before the start the clock counts to it; at the
// start it starts itself (and the session is saved) and counts down to
// the end. Before, the deck's start time never reached the clock.
func TestStartTimeStartsTheClock(t *testing.T) {
	r := mustRig(t, Config{}, pdfpcTalk())
	v := r.wait(time.Minute)
	if v.Clock != "04:00" || v.ClockMode != "until the talk starts" {
		t.Fatalf("14:01: clock %q %q", v.Clock, v.ClockMode)
	}
	puts := r.store.puts
	v = r.wait(4 * time.Minute)
	if !r.c.timer.Started() || r.store.puts == puts {
		t.Fatalf("14:05: started %v, saved %v", r.c.timer.Started(), r.store.puts > puts)
	}
	v = r.wait(2 * time.Minute)
	if v.Clock != "08:00" || v.ClockMode != "left until 14:15" {
		t.Errorf("14:07: clock %q %q", v.Clock, v.ClockMode)
	}
}
