package rehearse

import (
	"time"

	"github.com/lectern-app/lectern/internal/deck"
)

// talkDeck is the shape of testdata talk.md: 9 slides in 3 parts, 30 minutes,
// `time:` budgets on slides 1 (1m) and 4 (3m). Slide 5 has 3 steps.
func talkDeck() *deck.Deck {
	return shapedDeck("talk.md", 30*time.Minute, []int{1, 4, 7},
		[]string{"Talks that fit", "The conference Wi-Fi problem", "What a speaker needs",
			"Keeping time", "Running long", "A timer that warns",
			"One talk, three talks", "Links that need no network", "Thank you"},
		map[int]time.Duration{1: time.Minute, 4: 3 * time.Minute}, map[int]int{5: 3})
}

// shapedDeck builds a deck by hand: slide titles, part starts (part titles are
// "P1", "P2", …), `time:` budgets and step counts by slide number.
func shapedDeck(path string, dur time.Duration, partStarts []int, titles []string,
	times map[int]time.Duration, steps map[int]int) *deck.Deck {
	d := &deck.Deck{Path: path, Format: deck.Markdown, Meta: deck.Meta{Title: "Talk", Duration: dur}}
	for i, t := range titles {
		s := deck.Slide{Number: i + 1, Title: t, Steps: 1}
		if n, ok := steps[i+1]; ok {
			s.Steps = n
		}
		if b, ok := times[i+1]; ok {
			s.Budget, s.TimeSet = b, true
		}
		d.Slides = append(d.Slides, s)
	}
	var starts []deck.PartStart
	for i, n := range partStarts {
		starts = append(starts, deck.PartStart{Slide: n, Title: "P" + string(rune('1'+i))})
	}
	d.BuildParts(starts)
	d.ComputeBudgets()
	return d
}

// runOf makes a run with the given seconds per slide, one step each.
func runOf(started string, secs ...float64) Run {
	t, _ := time.Parse(time.RFC3339, started)
	r := Run{Started: t}
	for i, s := range secs {
		r.Slides = append(r.Slides, SlideTime{Number: i + 1, Seconds: s, Steps: []float64{s}})
		r.TotalS += s
	}
	return r
}
