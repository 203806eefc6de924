package pdf

import (
	"fmt"
	"path/filepath"
	"time"

	"github.com/lectern-app/lectern/internal/deck"
	"github.com/lectern-app/lectern/internal/source/pdfpc"
)

// applySidecarMeta takes the talk's timings and marked slides from the
// pdfpc file, by pdfpc's rules: startTime and endTime together make the
// duration (a duration given besides is ignored, as pdfpc ignores it);
// lastMinutes 0 means the clock never warns; endSlide and savedSlide
// count pdfpc's user slides from 0, hidden ones included. users is the
// first page of each user slide, before hidden pages were taken out.
func applySidecarMeta(d *deck.Deck, f *pdfpc.File, users []int) {
	name := filepath.Base(d.Sidecar)
	for _, msg := range f.Refused {
		d.AddProblem(0, deck.Warning, "duration", fmt.Sprintf("%s: %s.", name, msg))
	}
	if f.Duration > 0 {
		d.Meta.Duration = f.Duration
	}
	switch {
	case f.LastSet && f.LastMinutes > 0:
		d.Meta.Warn = time.Duration(f.LastMinutes) * time.Minute
	case f.LastSet:
		d.Meta.Warn = deck.NoWarn
	}
	d.Meta.Start = sidecarClock(d, name, "start", f.StartTime)
	d.Meta.End = sidecarClock(d, name, "end", f.EndTime)
	if d.Meta.Start != "" && d.Meta.End != "" {
		span := clockSpan(d.Meta.Start, d.Meta.End)
		if f.Duration > 0 && f.Duration != span {
			d.AddProblem(0, deck.Warning, "sidecar", fmt.Sprintf(
				"%s gives startTime %s and endTime %s, so its duration of %d minutes is ignored (as pdfpc ignores it).",
				name, d.Meta.Start, d.Meta.End, int(f.Duration/time.Minute)))
		}
		d.Meta.Duration = span
	}
	if f.EndSet {
		d.Meta.EndSlide = markedSlide(d, name, "endSlide", f.EndSlide, users, false)
	}
	if f.SavedSet {
		d.Meta.Saved = markedSlide(d, name, "savedSlide", f.SavedSlide, users, true)
	}
}

// sidecarClock is an "HH:MM" time of the file, "" (with a problem) when
// it is not one.
func sidecarClock(d *deck.Deck, name, which, v string) string {
	if v == "" {
		return ""
	}
	c, err := deck.ParseClock(v)
	if err != nil {
		d.AddProblem(0, deck.Warning, "sidecar", fmt.Sprintf("The %s time in %s is ignored: %v.", which, name, err))
		return ""
	}
	return c
}

// markedSlide turns pdfpc's 0-based user slide u into the deck's 1-based
// slide, 0 (with a problem) when the PDF has no such slide. A user slide
// the file hides is shown by no slide: the end is then the last shown
// slide before it; a bookmark moves on to the next shown slide (or back).
func markedSlide(d *deck.Deck, name, key string, u int, users []int, forward bool) int {
	if u < 0 || u >= len(users) {
		d.AddProblem(0, deck.Warning, "sidecar", fmt.Sprintf(
			"%s gives %s %d, but the PDF has %d slides (pdfpc counts from 0), so it is ignored.", name, key, u, len(users)))
		return 0
	}
	page := users[u]
	before, after := 0, 0
	for _, s := range d.Slides {
		first := s.Pages[0]
		switch {
		case first <= page:
			before = s.Number
		case after == 0:
			after = s.Number
		}
		for _, p := range s.Pages {
			if p == page {
				return s.Number
			}
		}
	}
	if forward && after > 0 {
		return after
	}
	if before > 0 {
		return before
	}
	return after
}

// firstPages is the first page of each slide.
func firstPages(slides []deck.Slide) []int {
	out := make([]int, 0, len(slides))
	for _, s := range slides {
		if len(s.Pages) > 0 {
			out = append(out, s.Pages[0])
		}
	}
	return out
}

// clockSpan is the time from start to end ("HH:MM"), across midnight when
// end is not later (as pdfpc assumes).
func clockSpan(start, end string) time.Duration {
	s, err1 := time.Parse("15:04", start)
	e, err2 := time.Parse("15:04", end)
	if err1 != nil || err2 != nil {
		return 0
	}
	span := e.Sub(s)
	if span <= 0 {
		span += 24 * time.Hour
	}
	return span
}
