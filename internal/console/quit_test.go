package console

import (
	"testing"
	"time"
)

// TestSafeQuit: mid-talk, q or Esc Esc asks once and a second press within
// 2 s quits (before, the first q ended the talk); before the talk starts q
// quits at once. Fake time.
func TestSafeQuit(t *testing.T) {
	for _, tc := range []struct {
		name   string
		steps  func(r *rig) Effect
		want   Effect
		prompt bool // the status line asks for the second press
	}{
		{"before the talk q quits", func(r *rig) Effect { return r.keys("q") }, Quit, false},
		{"before the talk Esc Esc quits", func(r *rig) Effect { return r.keys("Escape", "Escape") }, Quit, false},
		{"mid-talk q asks", func(r *rig) Effect { r.keys("Right"); return r.keys("q") }, None, true},
		{"mid-talk q q quits", func(r *rig) Effect { r.keys("Right"); return r.keys("q", "q") }, Quit, false},
		{"paused talk q asks", func(r *rig) Effect { r.keys("p", "p"); return r.keys("q") }, None, true},
		{"mid-talk Esc Esc asks", func(r *rig) Effect { r.keys("Right"); return r.keys("Escape", "Escape") }, None, true},
		{"mid-talk Esc Esc Esc quits", func(r *rig) Effect { r.keys("Right"); return r.keys("Escape", "Escape", "Escape") }, Quit, false},
		{"mid-talk Esc Esc q quits", func(r *rig) Effect { r.keys("Right"); return r.keys("Escape", "Escape", "q") }, Quit, false},
		{"second q after 1.9 s quits", func(r *rig) Effect {
			r.keys("Right", "q")
			r.wait(1900 * time.Millisecond)
			return r.keys("q")
		}, Quit, false},
		{"second q after 2 s asks again", func(r *rig) Effect {
			r.keys("Right", "q")
			r.wait(2 * time.Second)
			return r.keys("q")
		}, None, true},
		{"a move in between cancels", func(r *rig) Effect { r.keys("Right", "q", "Right"); return r.keys("q") }, None, true},
		{"rehearsal running asks", func(r *rig) Effect { r.c.SetRehearsing(true); return r.keys("q") }, None, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := mustRig(t, Config{}, talk())
			if got := tc.steps(r); got != tc.want {
				t.Fatalf("effect %v, want %v", got, tc.want)
			}
			v := r.c.View()
			if got := v.Status == QuitPrompt; got != tc.prompt {
				t.Fatalf("status %q, prompt shown %v, want %v", v.Status, got, tc.prompt)
			}
		})
	}
}

// TestQuitPromptExpires: the question leaves the status line after 2 s.
func TestQuitPromptExpires(t *testing.T) {
	r := mustRig(t, Config{}, talk())
	r.keys("Right", "q")
	if v := r.wait(time.Second); v.Status != QuitPrompt {
		t.Fatalf("after 1 s: status %q", v.Status)
	}
	if v := r.wait(time.Second); v.Status == QuitPrompt {
		t.Fatal("the quit prompt stays after 2 s")
	}
	if !r.c.QuitNeedsConfirm() {
		t.Fatal("a running talk should need a confirmed quit")
	}
}
