package console

import (
	"strings"
	"testing"
	"time"

	"github.com/lectern-app/lectern/internal/deck"
	"github.com/lectern-app/lectern/internal/session"
	"github.com/lectern-app/lectern/internal/source"
	"github.com/lectern-app/lectern/internal/timing"
)

func switchRig(t *testing.T) *rig {
	t.Helper()
	other := talk()
	other.title, other.steps = "Other", []int{1, 1}
	undrawable := talk()
	undrawable.badDraw = true
	r, err := newRig(t, Config{}, fakeFS{
		"talk.md":   talk(),
		"other.md":  other,
		"broken.md": {broken: true},
		"bad.pdf":   undrawable,
	}, "talk.md")
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// TestFailedDeckSwitchKeepsTheTalkPresenting: File › Open of a deck that
// does not open (not a deck, missing, or not drawable) changes nothing: the
// old talk stays on screen with its clock running, over 10 s of ticks.
func TestFailedDeckSwitchKeepsTheTalkPresenting(t *testing.T) {
	r := switchRig(t)
	r.keys("Right")
	r.wait(30 * time.Second)
	before := r.c.View()
	for _, path := range []string{"broken.md", "missing.md", "bad.pdf"} {
		err := r.c.Open(path)
		if err == nil || !strings.Contains(err.Error(), path) {
			t.Fatalf("Open(%s) = %v, want an error naming the file", path, err)
		}
	}
	if r.c.Path() != "talk.md" || r.c.Deck().Meta.Title != "Talk" || r.srcs[0].released || r.c.Source() != r.srcs[0] {
		t.Fatalf("a failed switch changed the talk: path %q, deck %q, source released %v",
			r.c.Path(), r.c.Deck().Meta.Title, r.srcs[0].released)
	}
	last := before.Clock
	for i := 0; i < 40; i++ { // 10 s of the window's 250 ms ticks
		v := r.wait(250 * time.Millisecond)
		if v.Position != before.Position || v.PresenterTitle != before.PresenterTitle {
			t.Fatalf("tick %d: position %q title %q, want %q %q", i, v.Position, v.PresenterTitle, before.Position, before.PresenterTitle)
		}
		if i%4 == 3 && v.Clock == last {
			t.Fatalf("tick %d: the clock stopped at %s", i, v.Clock)
		}
		if i%4 == 3 {
			last = v.Clock
		}
	}
	if v := r.c.View(); v.Clock != "29:20" || v.ClockMode != "left of 30:00" {
		t.Fatalf("after 40 s the clock reads %q (%s), want 29:20 running", v.Clock, v.ClockMode)
	}
	if e := r.keys("Right"); e != None || r.c.View().Position != "2/4  step 2/3" {
		t.Fatalf("keys after a failed switch: %v, %q", e, r.c.View().Position)
	}
}

func TestOpenSwitchesEverythingInOneStep(t *testing.T) {
	r := switchRig(t)
	r.keys("Right", "Right")
	r.wait(time.Minute)
	if err := r.c.Open("other.md"); err != nil {
		t.Fatal(err)
	}
	v := r.c.View()
	if v.PresenterTitle != "Lectern · Presenter · Other · 1/2" || v.Clock != "30:00" || !strings.HasPrefix(v.ClockMode, "ready") {
		t.Fatalf("after the switch: %q, clock %q %q; want Other on a fresh clock", v.PresenterTitle, v.Clock, v.ClockMode)
	}
	if !r.srcs[0].released || r.srcs[1].released || r.c.Source() != r.srcs[1] || r.srcs[1].d != r.c.Deck() {
		t.Fatal("the old render source is not released or the new one is not installed")
	}
	if s := r.store.saved["talk.md"]; s.Slide != 2 || s.Step != 2 || !s.Timer.Started {
		t.Fatalf("the old talk was saved as %+v, want slide 2 step 2 with a started clock", s)
	}
}

func TestOpenOffersToResume(t *testing.T) {
	for _, tc := range []struct {
		key      string
		position string
		clock    string
	}{
		{"Return", "2/2", "25:00"},
		{"Escape", "1/2", "30:00"},
		{"Right", "2/2", ""}, // any other key dismisses and acts
	} {
		t.Run(tc.key, func(t *testing.T) {
			r := switchRig(t)
			snap := timing.Snapshot{Started: true, Elapsed: 5 * time.Minute, At: start}
			r.store.saved["other.md"] = session.Saved{Slide: 2, Step: 1, Timer: snap}
			if err := r.c.Open("other.md"); err != nil {
				t.Fatal(err)
			}
			v := r.c.View()
			if want := "Resume where you stopped: slide 2, clock at 05:00? Enter: resume · Esc: start over"; v.Status != want || v.StatusTone != Warn {
				t.Fatalf("status %q, want %q", v.Status, want)
			}
			r.keys(tc.key)
			v = r.c.View()
			if v.Position != tc.position || (tc.clock != "" && v.Clock != tc.clock) {
				t.Fatalf("after %s: %q clock %q, want %q %q", tc.key, v.Position, v.Clock, tc.position, tc.clock)
			}
			if strings.HasPrefix(v.Status, "Resume") {
				t.Fatalf("the offer stays after %s", tc.key)
			}
		})
	}
}

func TestReloadKeepsThePlaceOrTheLastGoodVersion(t *testing.T) {
	r := switchRig(t)
	r.keys("Right", "Right")
	r.wait(time.Minute)
	good := r.fs["talk.md"]
	r.fs["talk.md"] = spec{broken: true}
	if err := r.c.Reload(); err == nil {
		t.Fatal("a broken reload returned no error")
	}
	v := r.c.View()
	if !strings.HasPrefix(v.Status, "Reload failed, still showing the last good version: ") || v.StatusTone != Over {
		t.Fatalf("status after a bad reload: %q", v.Status)
	}
	if v.Position != "2/4  step 2/3" || r.srcs[0].released || len(r.srcs) != 1 {
		t.Fatalf("a bad reload changed the talk: %q", v.Position)
	}
	good.title, good.steps = "Talk v2", []int{1, 2, 1}
	r.fs["talk.md"] = good
	if err := r.c.Reload(); err != nil {
		t.Fatal(err)
	}
	v = r.c.View()
	if v.Position != "2/3  step 2/2" || v.Clock != "29:00" || v.Status != "? shows every key" || v.PresenterTitle != "Lectern · Presenter · Talk v2 · 2/3" {
		t.Fatalf("after a good reload: %q clock %q status %q title %q", v.Position, v.Clock, v.Status, v.PresenterTitle)
	}
	if !r.srcs[0].released || r.c.Source() != r.srcs[1] {
		t.Fatal("the reload did not swap the render source")
	}
}

func TestNewFailsOnABadDeck(t *testing.T) {
	for _, path := range []string{"broken.md", "missing.md", "bad.pdf"} {
		r := switchRig(t)
		c, err := New(Config{}, r.deps(), path)
		if err == nil || c != nil {
			t.Fatalf("New(%s) = %v, %v; want an error", path, c, err)
		}
	}
	if _, err := New(Config{}, Deps{}, "talk.md"); err == nil {
		t.Fatal("New without an opener did not fail")
	}
}

func TestAPanicInOpeningBecomesAnError(t *testing.T) {
	r := switchRig(t)
	d := r.deps()
	d.Open = func(string, source.Options) (*deck.Deck, error) { panic("reader bug") }
	r.c.deps = d
	if err := r.c.Open("other.md"); err == nil || !strings.Contains(err.Error(), "reader bug") {
		t.Fatalf("Open with a panicking reader = %v", err)
	}
	if r.c.Path() != "talk.md" {
		t.Fatal("the talk changed")
	}
}

func TestThemeOverride(t *testing.T) {
	r := mustRig(t, Config{Theme: "light"}, talk())
	if r.c.Deck().Meta.Theme != "light" {
		t.Fatalf("theme %q, want the command line's light", r.c.Deck().Meta.Theme)
	}
}
