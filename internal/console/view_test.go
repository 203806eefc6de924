package console

import (
	"strings"
	"testing"
	"time"

	"github.com/lectern-app/lectern/internal/show"
)

// want lists the parts of a View a case checks; empty strings are not checked.
type want struct {
	position, nextCap, clock, mode, status, title, notes, part string
	current, next, audience                                    *Frame
	clockTone, statusTone                                      *Tone
	overview, help                                             *bool
	cursor                                                     int
}

func tone(t Tone) *Tone                    { return &t }
func frame(s, st int, b show.Blank) *Frame { return &Frame{Slide: s, Step: st, Blank: b} }
func yes() *bool                           { b := true; return &b }
func no() *bool                            { b := false; return &b }

func TestCommandSequencesToSnapshots(t *testing.T) {
	countUp := talk()
	countUp.duration = 0
	cases := []struct {
		name string
		cfg  Config
		deck spec
		run  func(r *rig) View
		want want
	}{
		{name: "fresh talk", deck: talk(), run: func(r *rig) View { return r.c.View() }, want: want{
			position: "1/4", nextCap: "Next: slide 2", clock: "30:00",
			mode: "ready: starts when you leave slide 1, or press p", status: "? shows every key",
			title: "Lectern · Presenter · Talk · 1/4", notes: "Say hi\n\nWelcome", part: "Part 1/2 · Intro  00:00 / 15:00",
			current: frame(1, 1, show.NoBlank), next: frame(2, 1, show.NoBlank), audience: frame(1, 1, show.NoBlank),
			clockTone: tone(Normal), statusTone: tone(Dim), overview: no(), help: no()}},
		{name: "next step starts the clock", deck: talk(), run: func(r *rig) View {
			r.keys("Right")
			return r.wait(90 * time.Second)
		}, want: want{position: "2/4  step 1/3", nextCap: "Next: step 2/3", clock: "28:30", mode: "left of 30:00",
			notes: "*No notes for this slide.*", next: frame(2, 2, show.NoBlank)}},
		{name: "steps then the next slide", deck: talk(), run: func(r *rig) View {
			r.keys("Right", "Right", "Right", "Right")
			return r.c.View()
		}, want: want{position: "3/4", current: frame(3, 1, show.NoBlank), notes: "Breathe", part: "Part 2/2 · Meat  00:00 / 15:00"}},
		{name: "end of the deck", deck: talk(), run: func(r *rig) View {
			r.keys("End")
			return r.c.View()
		}, want: want{position: "4/4", nextCap: "Next: end of the deck", next: frame(0, 0, show.NoBlank), title: "Lectern · Presenter · Talk · 4/4"}},
		{name: "black screen", deck: talk(), run: func(r *rig) View {
			r.keys("b")
			return r.c.View()
		}, want: want{status: "AUDIENCE SEES BLACK (b)", statusTone: tone(Warn), audience: frame(1, 1, show.BlackScreen)}},
		{name: "white and frozen", deck: talk(), run: func(r *rig) View {
			r.keys("f", "End", "w")
			return r.c.View()
		}, want: want{status: "AUDIENCE SEES WHITE (w) · AUDIENCE FROZEN ON SLIDE 1 (f)", audience: frame(1, 1, show.WhiteScreen), current: frame(4, 1, show.NoBlank)}},
		{name: "typed digits wait for Enter", deck: talk(), run: func(r *rig) View {
			r.keys("3")
			return r.c.View()
		}, want: want{status: "Go to slide 3 (Enter)", statusTone: tone(Cursor), position: "1/4"}},
		{name: "number and Enter jump", deck: talk(), run: func(r *rig) View {
			r.keys("3", "Return")
			return r.c.View()
		}, want: want{position: "3/4", status: "? shows every key"}},
		{name: "paused clock", deck: talk(), run: func(r *rig) View {
			r.keys("p")
			r.wait(time.Minute)
			r.keys("p")
			return r.wait(time.Minute)
		}, want: want{clock: "29:00", mode: "PAUSED (p resumes)"}},
		{name: "clock turns amber", deck: talk(), run: func(r *rig) View {
			r.keys("p")
			return r.wait(26 * time.Minute)
		}, want: want{clock: "04:00", clockTone: tone(Warn)}},
		{name: "clock over time", deck: talk(), run: func(r *rig) View {
			r.keys("p")
			return r.wait(31 * time.Minute)
		}, want: want{clock: "-01:00", clockTone: tone(Over)}},
		{name: "no duration counts up", deck: countUp, run: func(r *rig) View {
			r.keys("p")
			return r.wait(75 * time.Second)
		}, want: want{clock: "01:15", mode: "elapsed", part: "Part 1/2 · Intro  00:00"}},
		{name: "end time from the command line", cfg: Config{End: "15:00"}, deck: countUp, run: func(r *rig) View {
			r.keys("p")
			return r.wait(time.Minute)
		}, want: want{clock: "59:00", mode: "left until 15:00"}},
		{name: "duration from the command line", cfg: Config{Duration: 10 * time.Minute}, deck: talk(), run: func(r *rig) View {
			return r.c.View()
		}, want: want{clock: "10:00", mode: "ready: starts when you leave slide 1, or press p"}},
		{name: "start slide from the command line", cfg: Config{Start: 3}, deck: talk(), run: func(r *rig) View {
			return r.c.View()
		}, want: want{position: "3/4"}},
		{name: "help overlay", deck: talk(), run: func(r *rig) View {
			r.keys("?")
			return r.c.View()
		}, want: want{help: yes()}},
		{name: "overview cursor moves a row of the window's columns", deck: talk(), run: func(r *rig) View {
			r.c.SetColumns(2)
			r.keys("Tab", "Down", "Right")
			return r.c.View()
		}, want: want{overview: yes(), cursor: 4, position: "1/4"}},
		{name: "overview pick", deck: talk(), run: func(r *rig) View {
			r.keys("Tab", "Right", "Right", "Return")
			return r.c.View()
		}, want: want{overview: no(), position: "3/4"}},
		{name: "escape closes, twice quits armed", deck: talk(), run: func(r *rig) View {
			r.keys("?", "Escape")
			return r.c.View()
		}, want: want{help: no()}},
		{name: "untitled deck is named by its file", deck: spec{steps: []int{1}}, run: func(r *rig) View {
			return r.c.View()
		}, want: want{title: "Lectern · Presenter · talk.md · 1/1"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			r := mustRig(t, tc.cfg, tc.deck)
			check(t, tc.run(r), tc.want)
		})
	}
}

func check(t *testing.T, v View, w want) {
	t.Helper()
	str := func(what, got, want string) {
		t.Helper()
		if want != "" && got != want {
			t.Errorf("%s = %q, want %q", what, got, want)
		}
	}
	str("position", v.Position, w.position)
	str("next caption", v.NextCap, w.nextCap)
	str("clock", v.Clock, w.clock)
	str("clock mode", v.ClockMode, w.mode)
	str("status", v.Status, w.status)
	str("presenter title", v.PresenterTitle, w.title)
	str("notes", v.Notes, w.notes)
	str("part", v.Part, w.part)
	for _, f := range []struct {
		what      string
		got, want *Frame
	}{{"current", &v.Current, w.current}, {"next", &v.Next, w.next}, {"audience", &v.Audience, w.audience}} {
		if f.want != nil && *f.got != *f.want {
			t.Errorf("%s frame = %+v, want %+v", f.what, *f.got, *f.want)
		}
	}
	if w.clockTone != nil && v.ClockTone != *w.clockTone {
		t.Errorf("clock tone = %v, want %v", v.ClockTone, *w.clockTone)
	}
	if w.statusTone != nil && v.StatusTone != *w.statusTone {
		t.Errorf("status tone = %v, want %v", v.StatusTone, *w.statusTone)
	}
	if w.overview != nil && v.Overview != *w.overview {
		t.Errorf("overview = %v, want %v", v.Overview, *w.overview)
	}
	if w.help != nil && v.Help != *w.help {
		t.Errorf("help = %v, want %v", v.Help, *w.help)
	}
	if w.cursor != 0 && v.Cursor != w.cursor {
		t.Errorf("cursor = %d, want %d", v.Cursor, w.cursor)
	}
	if !strings.HasPrefix(v.AudienceTitle, "Lectern · ") {
		t.Errorf("audience title %q", v.AudienceTitle)
	}
}
