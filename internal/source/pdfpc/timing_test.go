package pdfpc

import (
	"strings"
	"testing"
	"time"

	"github.com/lectern-app/lectern/internal/deck"
)

// The talk-wide keys as pdfpc means them: lastMinutes 0 is set (pdfpc
// then never warns), absent is not; the legacy INI counted end and saved
// slides from 1, JSON counts from 0.
func TestParseTalkKeys(t *testing.T) {
	for _, tc := range []struct {
		name, in        string
		last            int
		lastSet         bool
		end, saved      int
		endSet, saveSet bool
		refused         string
	}{
		{name: "json none", in: `{"pdfpcFormat":2}`},
		{name: "json lastMinutes 0", in: `{"pdfpcFormat":2,"lastMinutes":0}`, lastSet: true},
		{name: "json lastMinutes 3", in: `{"pdfpcFormat":2,"lastMinutes":3}`, last: 3, lastSet: true},
		{name: "json negative", in: `{"pdfpcFormat":2,"lastMinutes":-2}`, refused: "negative"},
		{name: "json endSlide 0", in: `{"pdfpcFormat":2,"endSlide":0,"savedSlide":4}`, endSet: true, saved: 4, saveSet: true},
		{name: "snake case", in: `{"end_slide":2,"saved_slide":1,"last_minutes":0}`, end: 2, endSet: true, saved: 1, saveSet: true, lastSet: true},
		{name: "ini from 1", in: "[end_user_slide]\n3\n[last_saved_slide]\n1\n[last_minutes]\n0\n", end: 2, endSet: true, saveSet: true, lastSet: true},
		{name: "ini 0 is not a slide", in: "[end_user_slide]\n0\n", end: 0},
	} {
		f, err := Parse([]byte(tc.in))
		if err != nil {
			t.Fatalf("%s: %v", tc.name, err)
		}
		if f.LastMinutes != tc.last || f.LastSet != tc.lastSet || f.EndSlide != tc.end || f.EndSet != tc.endSet ||
			f.SavedSlide != tc.saved || f.SavedSet != tc.saveSet {
			t.Errorf("%s: last %d/%v end %d/%v saved %d/%v", tc.name, f.LastMinutes, f.LastSet, f.EndSlide, f.EndSet, f.SavedSlide, f.SavedSet)
		}
		if got := strings.Join(f.Refused, ";"); (tc.refused == "") != (got == "") || !strings.Contains(got, tc.refused) {
			t.Errorf("%s: refused %q, want %q", tc.name, got, tc.refused)
		}
	}
}

// FromDeck writes endSlide and savedSlide back as pdfpc's user slides:
// the hidden page 2 is a user slide of its own, so the deck's slide 3
// (page 4) is user slide 3. A deck that never warns writes lastMinutes 0.
func TestFromDeckKeepsMarkedSlides(t *testing.T) {
	d := &deck.Deck{
		Meta:   deck.Meta{Duration: 20 * time.Minute, Warn: deck.NoWarn, EndSlide: 3, Saved: 2, Start: "10:00", End: "10:20"},
		Slides: []deck.Slide{{Number: 1, Pages: []int{1}}, {Number: 2, Pages: []int{3}}, {Number: 3, Pages: []int{4}}, {Number: 4, Pages: []int{5}}},
		Hidden: []int{2},
	}
	f := FromDeck(d, nil)
	if !f.EndSet || f.EndSlide != 3 || !f.SavedSet || f.SavedSlide != 2 || !f.LastSet || f.LastMinutes != 0 {
		t.Fatalf("end %d/%v saved %d/%v last %d/%v", f.EndSlide, f.EndSet, f.SavedSlide, f.SavedSet, f.LastMinutes, f.LastSet)
	}
	b, err := Marshal(f)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{`"lastMinutes":0`, `"endSlide":3`, `"savedSlide":2`, `"startTime":"10:00"`} {
		if !strings.Contains(string(b), want) {
			t.Errorf("written file lacks %s:\n%s", want, b)
		}
	}
	again, err := Parse(b)
	if err != nil || again.EndSlide != 3 || again.SavedSlide != 2 || !again.LastSet {
		t.Errorf("read back: %+v, %v", again, err)
	}
	part := FromPart(d.Meta, d.Slides[:2], true)
	if part.StartTime != "" || part.EndSet || part.SavedSet {
		t.Errorf("a part keeps the talk's start %q or marks %v %v", part.StartTime, part.EndSet, part.SavedSet)
	}
}
