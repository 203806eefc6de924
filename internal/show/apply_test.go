package show

import (
	"reflect"
	"testing"

	"github.com/lectern-app/lectern/internal/deck"
)

// press replays key names through the table, like a speaker would.
func press(t *testing.T, s State, keys ...string) (State, []Effect) {
	t.Helper()
	var effects []Effect
	for _, k := range keys {
		c, ok := LookupIn(s, k)
		if !ok {
			t.Fatalf("key %q is not bound", k)
		}
		var e Effect
		s, e = Apply(s, c)
		if e != NoEffect {
			effects = append(effects, e)
		}
	}
	return s, effects
}

type pos struct{ slide, step int }

func where(s State) pos { return pos{s.Slide, s.Step} }

func TestNavigation(t *testing.T) {
	tests := []struct {
		name  string
		from  pos
		keys  []string
		want  pos
		moved bool
	}{
		{"step within slide", pos{2, 1}, []string{"Right"}, pos{2, 2}, true},
		{"step to next slide", pos{2, 3}, []string{"Next"}, pos{3, 1}, true},
		{"back from step 1 lands on last step", pos{3, 1}, []string{"Prior"}, pos{2, 3}, true},
		{"back within slide", pos{2, 3}, []string{"BackSpace"}, pos{2, 2}, true},
		{"stay at the very end", pos{10, 1}, []string{"Space"}, pos{10, 1}, false},
		{"stay at the very start", pos{1, 1}, []string{"Left"}, pos{1, 1}, false},
		{"next slide skips steps", pos{2, 1}, []string{"Shift+Right"}, pos{3, 1}, true},
		{"previous slide lands on its last step", pos{3, 2}, []string{"Shift+Left"}, pos{2, 3}, true},
		{"previous slide on slide 1 goes to step 1", pos{1, 1}, []string{"Shift+Left"}, pos{1, 1}, false},
		{"next slide on the last slide stays", pos{10, 1}, []string{"Shift+Right"}, pos{10, 1}, false},
		{"home", pos{7, 1}, []string{"Home"}, pos{1, 1}, true},
		{"end", pos{2, 2}, []string{"End"}, pos{10, 1}, true},
		{"number then Enter", pos{1, 1}, []string{"7", "Return"}, pos{7, 1}, true},
		{"two digits", pos{1, 1}, []string{"1", "0", "KP_Enter"}, pos{10, 1}, true},
		{"number past the end clamps", pos{1, 1}, []string{"4", "2", "Return"}, pos{10, 1}, true},
		{"zero clamps to the first", pos{5, 1}, []string{"0", "Return"}, pos{1, 1}, true},
		{"leading zero", pos{1, 1}, []string{"0", "3", "Return"}, pos{3, 1}, true},
		{"digits dropped by another key", pos{1, 1}, []string{"5", "Right", "Return"}, pos{2, 2}, true},
		{"Enter without digits steps", pos{2, 2}, []string{"Return"}, pos{2, 3}, true},
		{"Esc drops digits", pos{1, 1}, []string{"5", "Escape", "Return"}, pos{2, 1}, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			start := NewSteps(testSteps).At(tt.from.slide, tt.from.step)
			got, _ := press(t, start, tt.keys...)
			if where(got) != tt.want {
				t.Errorf("at %v, want %v", where(got), tt.want)
			}
			if Moved(start, got) != tt.moved {
				t.Errorf("Moved = %v, want %v", !tt.moved, tt.moved)
			}
			if got.Pending != "" {
				t.Errorf("digits left pending: %q", got.Pending)
			}
		})
	}
}

func TestWalkWholeDeck(t *testing.T) {
	s := NewSteps(testSteps)
	var seen []pos
	for i := 0; i < 40; i++ {
		seen = append(seen, where(s))
		if s.IsLast() {
			break
		}
		s, _ = Apply(s, NextStep)
	}
	total := 0
	for _, n := range testSteps {
		total += n
	}
	if len(seen) != total {
		t.Fatalf("walked %d positions, want %d: %v", len(seen), total, seen)
	}
	// And back again, through every step in reverse.
	for i := len(seen) - 1; i >= 0; i-- {
		if where(s) != seen[i] {
			t.Fatalf("backwards at %v, want %v", where(s), seen[i])
		}
		s, _ = Apply(s, PrevStep)
	}
}

func TestDigitsLimit(t *testing.T) {
	s, _ := press(t, NewSteps(testSteps), "1", "2", "3", "4", "5", "6")
	if s.Pending != "1234" {
		t.Errorf("pending %q, want 1234", s.Pending)
	}
	if s2, _ := Apply(s, Digit(12)); s2.Pending != s.Pending {
		t.Errorf("Digit(12) was accepted: %q", s2.Pending)
	}
}

func TestEscape(t *testing.T) {
	s := NewSteps(testSteps)
	s.Help, s.Overview, s.Blank, s.Pending = true, true, BlackScreen, "4"
	steps := []struct {
		check  func(State) bool
		what   string
		effect Effect
	}{
		{func(s State) bool { return s.Pending == "" && s.Help }, "drops digits", NoEffect},
		{func(s State) bool { return !s.Help && s.Overview }, "closes help", NoEffect},
		{func(s State) bool { return !s.Overview && s.Blank == BlackScreen }, "closes overview", NoEffect},
		{func(s State) bool { return s.Blank == NoBlank && !s.QuitArmed }, "unblanks", NoEffect},
		{func(s State) bool { return s.QuitArmed }, "arms quit", NoEffect},
		{func(s State) bool { return true }, "quits", DoQuit},
	}
	for _, st := range steps {
		var e Effect
		s, e = Apply(s, Escape)
		if !st.check(s) || e != st.effect {
			t.Fatalf("Escape should have %s: state %+v, effect %s", st.what, s, e)
		}
	}
}

func TestEscapeTwiceNeedsNothingBetween(t *testing.T) {
	s, eff := press(t, NewSteps(testSteps), "Escape", "Right", "Escape")
	if len(eff) != 0 || !s.QuitArmed {
		t.Fatalf("Esc, Right, Esc: effects %v, armed %v; want no quit, armed", eff, s.QuitArmed)
	}
	s, eff = press(t, s, "Escape")
	if len(eff) != 1 || eff[0] != DoQuit {
		t.Fatalf("third Esc: effects %v, want quit", eff)
	}
}

func TestBlank(t *testing.T) {
	s := NewSteps(testSteps).At(2, 1)
	s, _ = press(t, s, "b")
	if s.Blank != BlackScreen {
		t.Fatal("b did not blank")
	}
	s, _ = press(t, s, "w")
	if s.Blank != WhiteScreen {
		t.Fatal("w after b did not switch to white")
	}
	s, _ = press(t, s, "w")
	if s.Blank != NoBlank {
		t.Fatal("w twice did not unblank")
	}
	// A clicker press while blank brings the slide back without moving.
	s, _ = press(t, s, ".", "Next")
	if s.Blank != NoBlank || where(s) != (pos{2, 1}) {
		t.Fatalf("clicker while blank: blank %s at %v, want none at 2/1", s.Blank, where(s))
	}
	// An explicit jump moves and unblanks.
	s, _ = press(t, s, "b", "5", "Return")
	if s.Blank != NoBlank || where(s) != (pos{5, 1}) {
		t.Fatalf("jump while blank: blank %s at %v, want none at 5/1", s.Blank, where(s))
	}
	s, _ = press(t, s, "b", "Home")
	if s.Blank != NoBlank || where(s) != (pos{1, 1}) {
		t.Fatalf("Home while blank: blank %s at %v", s.Blank, where(s))
	}
}

func TestFreeze(t *testing.T) {
	s := NewSteps(testSteps).At(2, 2)
	s, _ = press(t, s, "f", "Right", "Right", "Right")
	sl, st, _ := s.Audience()
	if (pos{sl, st}) != (pos{2, 2}) || where(s) != (pos{3, 2}) {
		t.Fatalf("frozen: audience %d/%d presenter %v; want 2/2 and 3/2", sl, st, where(s))
	}
	s, _ = press(t, s, "f")
	sl, st, _ = s.Audience()
	if (pos{sl, st}) != (pos{3, 2}) || s.Frozen {
		t.Fatalf("unfrozen: audience %d/%d, want 3/2", sl, st)
	}
	s, _ = press(t, s, "b")
	if _, _, b := s.Audience(); b != BlackScreen {
		t.Fatalf("audience blank %s, want black", b)
	}
}

func TestOverview(t *testing.T) {
	s := NewSteps(testSteps).At(3, 2).WithColumns(4)
	s, _ = press(t, s, "Tab")
	if !s.Overview || s.Cursor != 3 {
		t.Fatalf("overview %v cursor %d; want open on 3", s.Overview, s.Cursor)
	}
	moves := []struct {
		key    string
		cursor int
	}{
		{"Down", 7},   // 3 → 7
		{"Down", 10},  // 11 does not exist; the short last row's end
		{"Down", 10},  // nothing below the last row
		{"Up", 6},     // 10 → 6
		{"Up", 2},     // 6 → 2
		{"Up", 2},     // nothing above the first row
		{"Left", 1},   //
		{"Left", 1},   // no wrap before the first slide
		{"Next", 2},   // clicker keys move the cursor too
		{"Prior", 1},  //
		{"End", 10},   //
		{"Right", 10}, // no wrap past the last
		{"Home", 1},   //
	}
	for _, m := range moves {
		s, _ = press(t, s, m.key)
		if s.Cursor != m.cursor {
			t.Fatalf("after %s cursor %d, want %d", m.key, s.Cursor, m.cursor)
		}
		if where(s) != (pos{3, 2}) || !s.Overview {
			t.Fatalf("after %s in overview the presenter moved to %v", m.key, where(s))
		}
	}
	// Closing with Tab keeps the position; Enter picks.
	closed, _ := press(t, s, "o")
	if closed.Overview || where(closed) != (pos{3, 2}) {
		t.Fatalf("o closed at %v, overview %v", where(closed), closed.Overview)
	}
	s, _ = press(t, s, "Right", "Right", "Down", "Return")
	if s.Overview || where(s) != (pos{7, 1}) {
		t.Fatalf("pick: overview %v at %v, want closed at 7/1", s.Overview, where(s))
	}
	// Digits typed in the overview win over the cursor.
	s, _ = press(t, s, "Tab", "9", "Space")
	if s.Overview || where(s) != (pos{9, 1}) {
		t.Fatalf("digits in overview: overview %v at %v, want 9/1", s.Overview, where(s))
	}
	// Esc closes without moving.
	s, _ = press(t, s, "Tab", "Left", "Escape")
	if s.Overview || where(s) != (pos{9, 1}) || s.QuitArmed {
		t.Fatalf("Esc in overview: %+v", s)
	}
}

func TestOverviewDefaultColumns(t *testing.T) {
	s, _ := Apply(NewSteps(testSteps), Overview)
	s, _ = Apply(s, OverviewMove(0, 1))
	if s.Cursor != 1+DefaultColumns {
		t.Fatalf("cursor %d, want %d", s.Cursor, 1+DefaultColumns)
	}
	if got := s.WithColumns(0).Columns; got != 1 {
		t.Fatalf("WithColumns(0) = %d, want 1", got)
	}
}

func TestOverviewCommandsOutsideOverview(t *testing.T) {
	s := NewSteps(testSteps).At(2, 1)
	for _, c := range []Command{OverviewMove(1, 1), OverviewPick} {
		if got, e := Apply(s, c); !reflect.DeepEqual(got, s) || e != NoEffect {
			t.Errorf("%s outside the overview changed the state", c)
		}
	}
}

func TestToggles(t *testing.T) {
	s := NewSteps(testSteps)
	s, eff := ApplyAll(s, Swap, Help, Rehearse, TimerStart, FullScreen)
	if !s.Swapped || !s.Help || !s.Rehearsing {
		t.Fatalf("toggles not on: %+v", s)
	}
	want := []Effect{DoSwapScreens, DoRehearse, DoTimerStart, DoFullScreen}
	if !reflect.DeepEqual(eff, want) {
		t.Fatalf("effects %v, want %v", eff, want)
	}
	s, _ = ApplyAll(s, Swap, Help, Rehearse)
	if s.Swapped || s.Help || s.Rehearsing {
		t.Fatalf("toggles not off: %+v", s)
	}
}

func TestNotesFontClamps(t *testing.T) {
	s := NewSteps(testSteps)
	for i := 0; i < 30; i++ {
		s, _ = Apply(s, FontBigger)
	}
	if s.NotesFont != MaxNotesFont {
		t.Errorf("font %d, want %d", s.NotesFont, MaxNotesFont)
	}
	for i := 0; i < 30; i++ {
		s, _ = Apply(s, FontSmaller)
	}
	if s.NotesFont != MinNotesFont {
		t.Errorf("font %d, want %d", s.NotesFont, MinNotesFont)
	}
}

func TestEmptyDeck(t *testing.T) {
	s := NewSteps(nil)
	for op := OpNone; op <= OpRehearse; op++ {
		got, _ := Apply(s, Command{Op: op, N: 3, DX: 1, DY: 1})
		if got.Slide != 0 || got.Step != 0 || got.Overview {
			t.Errorf("%s on an empty deck gave %+v", op, got)
		}
	}
	if !s.IsLast() {
		t.Error("an empty deck should be at its end")
	}
}

func TestNewFromDeck(t *testing.T) {
	d := &deck.Deck{Slides: []deck.Slide{{Number: 1, Steps: 2}, {Number: 2, Steps: 0}, {Number: 3, Steps: 1}}}
	s := New(d)
	if s.NumSlides() != 3 || s.StepsOf(1) != 2 || s.StepsOf(2) != 1 || s.StepsOf(4) != 0 {
		t.Fatalf("steps %v", s.Steps)
	}
	if where(s) != (pos{1, 1}) {
		t.Fatalf("starts at %v", where(s))
	}
}

func TestAtAndWithSteps(t *testing.T) {
	s := NewSteps(testSteps).At(2, 9)
	if where(s) != (pos{2, 3}) {
		t.Fatalf("At(2,9) = %v, want 2/3", where(s))
	}
	s, _ = Apply(s.At(9, 1), Freeze)
	s.Cursor = 8
	s = s.WithSteps([]int{1, 2, 1})
	if where(s) != (pos{3, 1}) || s.Cursor != 3 || s.FrozenSlide != 3 {
		t.Fatalf("after shrinking: %+v", s)
	}
	s = s.WithSteps([]int{1, 4, 1, 1, 1})
	if where(s) != (pos{3, 1}) {
		t.Fatalf("after growing moved to %v", where(s))
	}
}

func TestApplyDoesNotShareMutation(t *testing.T) {
	a := NewSteps(testSteps)
	b, _ := Apply(a, NextStep)
	if a.Slide != 1 || b.Slide != 2 {
		t.Fatal("Apply changed its input")
	}
}

func TestOpNames(t *testing.T) {
	for op := OpNextStep; op <= OpRehearse; op++ {
		got, ok := ParseOp(op.String())
		if !ok || got != op {
			t.Errorf("ParseOp(%q) = %v, %v", op.String(), got, ok)
		}
	}
	if _, ok := ParseOp("none"); ok {
		t.Error("ParseOp(none) should fail")
	}
	if GoTo(3).String() != "goto 3" || OverviewMove(1, -1).String() != "overview-move 1,-1" {
		t.Error("command strings")
	}
	if DoQuit.String() != "quit" || Effect(99).String() != "effect(99)" || Op(99).String() != "op(99)" {
		t.Error("effect/op strings")
	}
}

func BenchmarkLookupApply(b *testing.B) {
	s := NewSteps(make([]int, 200))
	keys := []string{"Right", "Next", "Prior", "b", "b", "Tab", "Down", "Return", "1", "2", "Return"}
	for b.Loop() {
		for _, k := range keys {
			c, _ := LookupIn(s, k)
			s, _ = Apply(s, c)
		}
	}
}
