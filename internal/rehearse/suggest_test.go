package rehearse

import (
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/lectern-app/lectern/internal/deck"
)

func TestSuggest(t *testing.T) {
	m := 60.0 // seconds in a minute, to write runs in minutes
	run := func(mins ...float64) []Run {
		for i := range mins {
			mins[i] *= m
		}
		return []Run{runOf("2026-11-25T19:00:00Z", mins...)}
	}
	onePart := func() *deck.Deck {
		d := talkDeck()
		d.BuildParts(nil)
		return d
	}
	tests := []struct {
		name       string
		deck       func() *deck.Deck
		runs       []Run
		basis      string
		projected  time.Duration
		over       time.Duration
		dropParts  []int
		dropSlides []int
		split      []Range
		cmd        string
		says       []string // each must appear in the lines
	}{
		{
			name:      "within the duration",
			deck:      talkDeck,
			runs:      run(1, 3, 3, 3, 4, 4, 3, 3, 1.5),
			basis:     "the last run",
			projected: 25*time.Minute + 30*time.Second,
			says:      []string{"takes 25:30, within its 30:00 with 4:30 to spare"},
		},
		{
			name:      "no duration",
			deck:      func() *deck.Deck { return noDuration(talkDeck()) },
			runs:      run(1, 3, 3, 3, 4, 4, 3, 3, 10),
			basis:     "the last run",
			projected: 34 * time.Minute,
			says:      []string{"takes 34:00", "sets no duration"},
		},
		{
			name: "no runs and no duration",
			deck: func() *deck.Deck {
				return shapedDeck("talk.md", 0, []int{1}, []string{"a", "b"}, nil, nil)
			},
			basis: "",
			says:  []string{"no rehearsal run yet"},
		},
		{
			// Parts: 10, 12, 11 minutes. One part must go; keep the first, cut the least.
			name:       "over: drop the shortest part that is enough, not the first",
			deck:       talkDeck,
			runs:       run(2, 4, 4, 3, 5, 4, 3, 4, 4),
			basis:      "the last run",
			projected:  33 * time.Minute,
			over:       3 * time.Minute,
			dropParts:  []int{3},
			dropSlides: []int{5},
			split:      []Range{{1, 6}, {7, 9}},
			cmd:        "lectern export talk.md -o parts --split 1-6,7-9",
			says: []string{"takes 33:00, 3:00 over its 30:00", "Drop part 3 \u201cP3\u201d (11:00) and the talk takes 22:00.",
				"Or drop slide 5 \u201cRunning long\u201d (5:00) and the talk takes 28:00.",
				"Or give it as 2 separate talks: slides 1-6 \u201cP1\u201d to \u201cP2\u201d (22:00) and slides 7-9 \u201cP3\u201d (11:00)",
				"lectern export talk.md -o parts --split 1-6,7-9"},
		},
		{
			// Parts 25, 3, 4 minutes against 25: only part 1 alone is enough.
			name:       "the first part goes when nothing else as small is enough",
			deck:       func() *deck.Deck { d := talkDeck(); d.Meta.Duration = 25 * time.Minute; d.ComputeBudgets(); return d },
			runs:       run(5, 10, 10, 1, 1, 1, 1, 1, 2),
			basis:      "the last run",
			projected:  32 * time.Minute,
			over:       7 * time.Minute,
			dropParts:  []int{1},
			dropSlides: []int{2},
			split:      []Range{{1, 3}, {4, 9}},
			cmd:        "lectern export talk.md -o parts --split 1-3,4-9",
		},
		{
			// Two parts are needed; among pairs, keep part 1.
			name:       "two parts, keeping the first",
			deck:       talkDeck,
			runs:       run(5, 5, 5, 5, 5, 5, 5, 5, 5),
			basis:      "the last run",
			projected:  45 * time.Minute,
			over:       15 * time.Minute,
			dropParts:  []int{3},
			dropSlides: []int{2, 3, 4},
			split:      []Range{{1, 6}, {7, 9}},
			cmd:        "lectern export talk.md -o parts --split 1-6,7-9",
		},
		{
			name:       "one huge part is split between its slides",
			deck:       onePart,
			runs:       run(2, 8, 8, 8, 8, 8, 8, 8, 2),
			basis:      "the last run",
			projected:  60 * time.Minute,
			over:       30 * time.Minute,
			dropSlides: []int{2, 3, 4, 5},
			split:      []Range{{1, 3}, {4, 6}, {7, 9}},
			cmd:        "lectern export talk.md -o parts --split 1-3,4-6,7-9",
			says: []string{"Drop slides 2, 3, 4 and 5 (the 4 longest, 32:00 in all) and the talk takes 28:00.",
				"Or give it as 3 separate talks: slides 1-3 of \u201cTalk\u201d (18:00), " +
					"slides 4-6 of \u201cTalk\u201d (24:00) and slides 7-9 of \u201cTalk\u201d (18:00)"},
		},
		{
			name:      "a huge middle part: drop it, or split it on its own",
			deck:      talkDeck,
			runs:      run(1, 2, 2, 10, 15, 15, 2, 2, 1),
			basis:     "the last run",
			projected: 50 * time.Minute,
			over:      20 * time.Minute,
			dropParts: []int{2},
			// 50 min needs two talks; the best balance keeps parts whole where they fit.
			dropSlides: []int{5, 6},
			split:      []Range{{1, 5}, {6, 9}},
			cmd:        "lectern export talk.md -o parts --split 1-5,6-9",
		},
		{
			name:       "a slide longer than the whole talk",
			deck:       onePart,
			runs:       run(1, 1, 1, 1, 35, 1, 1, 1, 1),
			basis:      "the last run",
			projected:  43 * time.Minute,
			over:       13 * time.Minute,
			dropSlides: []int{5},
			split:      []Range{{1, 4}, {5, 5}, {6, 9}},
			cmd:        "lectern export talk.md -o parts --split 1-4,5-5,6-9",
			says:       []string{"Slide 5 \u201cRunning long\u201d alone takes 35:00, longer than the whole talk"},
		},
		{
			name: "no runs: the budgets are projected",
			deck: func() *deck.Deck {
				d := talkDeck()
				d.Slides[8].Budget, d.Slides[8].TimeSet = 40*time.Minute, true
				d.ComputeBudgets()
				return d
			},
			basis:      "the budgets",
			projected:  44 * time.Minute,
			over:       14 * time.Minute,
			dropParts:  []int{3},
			dropSlides: []int{9},
			split:      []Range{{1, 8}, {9, 9}},
			says:       []string{"By its budgets (no rehearsal run yet) the talk takes 44:00"},
		},
		{
			name:      "runs of another deck shape are not used",
			deck:      func() *deck.Deck { return noDuration(talkDeck()) },
			runs:      run(10, 10),
			basis:     "the budgets",
			projected: 4 * time.Minute,
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s := Suggest(tc.deck(), &History{Version: 1, Runs: tc.runs})
			if s.Basis != tc.basis || s.Projected != tc.projected || s.Over != tc.over {
				t.Errorf("basis %q projected %v over %v, want %q %v %v", s.Basis, s.Projected, s.Over,
					tc.basis, tc.projected, tc.over)
			}
			if !reflect.DeepEqual(s.DropParts, tc.dropParts) {
				t.Errorf("drop parts %v, want %v", s.DropParts, tc.dropParts)
			}
			if !reflect.DeepEqual(s.DropSlides, tc.dropSlides) {
				t.Errorf("drop slides %v, want %v", s.DropSlides, tc.dropSlides)
			}
			if !reflect.DeepEqual(s.Split, tc.split) {
				t.Errorf("split %v, want %v", s.Split, tc.split)
			}
			if tc.cmd != "" && s.SplitCmd != tc.cmd {
				t.Errorf("command %q, want %q", s.SplitCmd, tc.cmd)
			}
			text := strings.Join(s.Lines, "\n")
			if len(s.Lines) == 0 {
				t.Errorf("no lines")
			}
			for _, w := range tc.says {
				if !strings.Contains(text, w) {
					t.Errorf("lines lack %q:\n%s", w, text)
				}
			}
			// Every suggested cut really brings the projection within the duration.
			if s.Over > 0 {
				for _, c := range []struct {
					nums  []int
					times []time.Duration
				}{{s.DropParts, s.Parts}, {s.DropSlides, s.Slides}} {
					if c.nums == nil {
						continue
					}
					left := s.Projected
					for _, n := range c.nums {
						left -= c.times[n-1]
					}
					if left > s.Duration {
						t.Errorf("dropping %v leaves %v, over %v", c.nums, left, s.Duration)
					}
				}
				for _, r := range s.Split {
					var t0 time.Duration
					for n := r.First; n <= r.Last; n++ {
						t0 += s.Slides[n-1]
					}
					if t0 > s.Duration && r.First != r.Last {
						t.Errorf("talk %v takes %v, over %v", r, t0, s.Duration)
					}
				}
			}
		})
	}
}

func TestSplitCommandQuotesPaths(t *testing.T) {
	got := splitCommand("my talks/it's.md", []Range{{1, 2}, {3, 4}})
	want := `lectern export 'my talks/it'\''s.md' -o parts --split 1-2,3-4`
	if got != want {
		t.Errorf("got %s, want %s", got, want)
	}
}
