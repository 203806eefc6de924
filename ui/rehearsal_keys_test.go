package ui

import (
	"strings"
	"testing"

	"github.com/lectern-app/lectern/internal/show"
)

// The rehearsal window takes the speaker's own keys (keys.toml), as the
// presenter does: j bound to next moves on, an unbound Right does not.
func TestRehearsalUsesTheSpeakersKeys(t *testing.T) {
	r, _ := newTestRehearsal(t)
	r.keys = show.DefaultKeymap().Bind("j", show.NextStep).Unbind("Right")
	r.key("j")
	if r.st.Slide != 2 {
		t.Fatalf("after j: slide %d, want 2", r.st.Slide)
	}
	r.key("Right")
	if r.st.Slide != 2 {
		t.Fatalf("an unbound Right moved to slide %d", r.st.Slide)
	}
}

// A step with its own note (pdfpc overlay pages) shows that note.
func TestRehearsalShowsTheStepsNote(t *testing.T) {
	r, _ := newTestRehearsal(t)
	sl := &r.d.Slides[0]
	sl.Steps = 2
	sl.StepNotes = []string{"first step's note", "second step's note"}
	r.st = show.New(r.d)
	r.key("Right")
	if r.st.Step != 2 || !strings.Contains(r.notesSrc, "second step's note") {
		t.Fatalf("step %d notes %q", r.st.Step, r.notesSrc)
	}
}
