package pdf

import (
	"testing"

	"github.com/lectern-app/lectern/internal/deck"
)

// A second document is opened only when many pages' text may be read:
// every title, or Beamer notes (forced, or pages shaped for them).
func TestReadsMany(t *testing.T) {
	slide := &fakeDoc{w: 960, h: 540}
	notes := &fakeDoc{w: 1920, h: 540}
	for _, tc := range []struct {
		name string
		doc  *fakeDoc
		opts Options
		want bool
	}{
		{"every title", slide, Options{}, true},
		{"many titles", slide, Options{TextTitles: parallelPages}, true},
		{"presenter start-up", slide, Options{TextTitles: 2}, false},
		{"export", slide, Options{TextTitles: 1}, false},
		{"notes forced", slide, Options{TextTitles: 1, Notes: deck.NotesRight}, true},
		{"notes-shaped pages", notes, Options{TextTitles: 1}, true},
		{"notes off", notes, Options{TextTitles: 1, Notes: NotesOff}, false},
	} {
		if got := readsMany(tc.doc, tc.opts); got != tc.want {
			t.Errorf("%s: readsMany = %v, want %v", tc.name, got, tc.want)
		}
	}
}
