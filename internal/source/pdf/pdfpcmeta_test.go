package pdf

import (
	"strings"
	"testing"
	"time"

	"github.com/lectern-app/lectern/internal/deck"
)

// The talk keys of a pdfpc file as pdfpc means them. overlays.pdf has the
// user slides [1] [2 3 4] [5] [6]; the files below hide page 6, so pdfpc's
// user slide 3 is no slide of the deck. Before, endSlide and savedSlide
// were counted among the deck's slides after the hidden ones went (so
// endSlide 3 was ignored), a duration beside startTime and endTime won
// over them, and lastMinutes 0 was taken as "not set".
func TestSidecarTalkKeys(t *testing.T) {
	const hide6 = `"pages":[{"idx":5,"label":"6","hidden":true}]`
	for _, tc := range []struct {
		name, sidecar  string
		end, saved     int
		duration       time.Duration
		warn           time.Duration
		start, endTime string
		problem        string
	}{
		{name: "plain", sidecar: `{"pdfpcFormat":2,"endSlide":1,"savedSlide":2,` + hide6 + `}`, end: 2, saved: 3},
		{name: "end on the hidden slide", sidecar: `{"pdfpcFormat":2,"endSlide":3,"savedSlide":3,` + hide6 + `}`, end: 3, saved: 3},
		{name: "beyond the deck", sidecar: `{"pdfpcFormat":2,"endSlide":4,` + hide6 + `}`, problem: "endSlide 4, but the PDF has 4 slides"},
		{name: "start and end make the duration", sidecar: `{"pdfpcFormat":2,"duration":45,"startTime":"10:00","endTime":"10:20",` + hide6 + `}`,
			duration: 20 * time.Minute, start: "10:00", endTime: "10:20", problem: "duration of 45 minutes is ignored"},
		{name: "across midnight", sidecar: `{"pdfpcFormat":2,"startTime":"23:50","endTime":"00:20",` + hide6 + `}`,
			duration: 30 * time.Minute, start: "23:50", endTime: "00:20"},
		{name: "lastMinutes 0 never warns", sidecar: `{"pdfpcFormat":2,"lastMinutes":0,` + hide6 + `}`, warn: deck.NoWarn},
		{name: "legacy counts from 1", sidecar: "[end_user_slide]\n2\n[last_saved_slide]\n1\n[last_minutes]\n4\n", end: 2, saved: 1, warn: 4 * time.Minute},
	} {
		d := load(t, copyDeck(t, "overlays.pdf", tc.sidecar), Options{})
		m := d.Meta
		if m.EndSlide != tc.end || m.Saved != tc.saved || m.Duration != tc.duration || m.Warn != tc.warn ||
			m.Start != tc.start || m.End != tc.endTime {
			t.Errorf("%s: end %d saved %d duration %v warn %v start %q end %q", tc.name, m.EndSlide, m.Saved, m.Duration, m.Warn, m.Start, m.End)
		}
		var msgs []string
		for _, p := range d.Problems {
			msgs = append(msgs, p.Message)
		}
		if got := strings.Join(msgs, "\n"); (tc.problem == "") != (got == "") || !strings.Contains(got, tc.problem) {
			t.Errorf("%s: problems %q, want %q", tc.name, got, tc.problem)
		}
	}
}
