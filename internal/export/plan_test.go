package export

import (
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/lectern-app/lectern/internal/deck"
)

// testDeck builds a deck of n slides titled "S1".."Sn" with parts starting at
// the given slides (title "P<slide>"), every slide taking each of budgets
// (cycled; nil: no budgets).
func testDeck(format deck.Format, n int, partStarts []int, budgets ...time.Duration) *deck.Deck {
	d := &deck.Deck{Path: "t.md", Format: format, Meta: deck.Meta{Title: "Talk"}}
	for i := 1; i <= n; i++ {
		s := deck.Slide{Number: i, Title: "S" + itoa(i), Steps: 1, Source: "## S" + itoa(i), Body: "## S" + itoa(i)}
		if len(budgets) > 0 {
			s.Budget = budgets[(i-1)%len(budgets)]
		}
		d.Slides = append(d.Slides, s)
	}
	var starts []deck.PartStart
	for _, p := range partStarts {
		starts = append(starts, deck.PartStart{Slide: p, Title: "P" + itoa(p)})
	}
	d.BuildParts(starts)
	return d
}

func itoa(i int) string { return strconv.Itoa(i) }

type cut struct{ first, last int }

func cuts(ps []PartPlan) []cut {
	var out []cut
	for _, p := range ps {
		out = append(out, cut{p.First, p.Last})
	}
	return out
}

func TestPlan(t *testing.T) {
	min := time.Minute
	beamer := testDeck(deck.PDF, 7, []int{2, 4, 6}) // slides before "Stack" join part 1
	md := testDeck(deck.Markdown, 9, []int{1, 4, 7}, min)
	md.Slides[0].Body, md.Slides[3].Body = "# Talks that fit", "# Keeping time"
	md.Slides[6].Body, md.Slides[8].Body = "Title\n=====\n\ntext", "```\n# not a heading\n```\n# Thank you"
	tests := []struct {
		name string
		d    *deck.Deck
		opt  PlanOptions
		want []cut
		err  string // substring of the error; "" for none
	}{
		{name: "parts default", d: md, want: []cut{{1, 3}, {4, 6}, {7, 9}}},
		{name: "parts explicit", d: md, opt: PlanOptions{Split: "Parts"}, want: []cut{{1, 3}, {4, 6}, {7, 9}}},
		{name: "no parts is one part", d: testDeck(deck.PDF, 4, nil), want: []cut{{1, 4}}},
		{name: "sections markdown", d: md, opt: PlanOptions{Split: "sections"}, want: []cut{{1, 3}, {4, 6}, {7, 8}, {9, 9}}},
		{name: "sections pdf are the outline parts", d: beamer, opt: PlanOptions{Split: "sections"}, want: []cut{{1, 3}, {4, 5}, {6, 7}}},
		{name: "ranges", d: md, opt: PlanOptions{Split: "1-3,4-6,7-9"}, want: []cut{{1, 3}, {4, 6}, {7, 9}}},
		{name: "ranges with gaps, single and open end", d: md, opt: PlanOptions{Split: " 2 , 4-5,7-"}, want: []cut{{2, 2}, {4, 5}, {7, 9}}},
		{name: "range backwards", d: md, opt: PlanOptions{Split: "3-1"}, err: "runs backwards"},
		{name: "ranges overlap", d: md, opt: PlanOptions{Split: "1-3,3-4"}, err: "overlaps or comes before 1-3"},
		{name: "ranges unordered", d: md, opt: PlanOptions{Split: "4-6,1-3"}, err: "overlaps or comes before 4-6"},
		{name: "range out of deck", d: md, opt: PlanOptions{Split: "7-10"}, err: "outside the deck: it has 9 slides"},
		{name: "range zero", d: md, opt: PlanOptions{Split: "0-2"}, err: "before slide 1"},
		{name: "range garbage", d: md, opt: PlanOptions{Split: "intro"}, err: `"intro" is not a slide range`},
		{name: "range empty field", d: md, opt: PlanOptions{Split: "1-2,,3"}, err: "empty range"},
		{name: "empty deck", d: &deck.Deck{Path: "x.md"}, err: "x.md: the deck has no slides"},
		{name: "auto beamer 9m in 3m parts", d: beamer, opt: PlanOptions{Split: "auto", Max: 3 * min, Duration: 9 * min},
			want: []cut{{1, 1}, {2, 3}, {4, 5}, {6, 7}}},
		{name: "auto deck duration wins over --duration", d: func() *deck.Deck {
			d := testDeck(deck.PDF, 6, nil)
			d.Meta.Duration = 6 * min
			return d
		}(), opt: PlanOptions{Split: "auto", Max: 3 * min, Duration: 60 * min}, want: []cut{{1, 3}, {4, 6}}},
		{name: "auto needs times", d: beamer, opt: PlanOptions{Split: "auto", Max: 3 * min}, err: "give --duration"},
		{name: "auto needs max", d: beamer, opt: PlanOptions{Split: "auto", Duration: 9 * min}, err: "--max 20m"},
		{name: "auto max over total is one part", d: md, opt: PlanOptions{Split: "auto", Max: time.Hour}, want: []cut{{1, 9}}},
		{name: "auto keeps a part boundary over slight imbalance", d: testDeck(deck.PDF, 10, []int{1, 7}, min),
			opt: PlanOptions{Split: "auto", Max: 7 * min}, want: []cut{{1, 6}, {7, 10}}},
		{name: "auto leaves a part boundary for a far better balance", d: testDeck(deck.PDF, 10, []int{1, 10}, min),
			opt: PlanOptions{Split: "auto", Max: 9 * min}, want: []cut{{1, 5}, {6, 10}}},
		{name: "auto prefers a section slide to a plain cut", d: func() *deck.Deck {
			d := testDeck(deck.Markdown, 8, nil, min)
			d.Slides[3].Body = "# Section"
			return d
		}(), opt: PlanOptions{Split: "auto", Max: 5 * min}, want: []cut{{1, 3}, {4, 8}}},
		{name: "auto balances plain slides", d: testDeck(deck.PDF, 9, nil, min),
			opt: PlanOptions{Split: "auto", Max: 4 * min}, want: []cut{{1, 3}, {4, 6}, {7, 9}}},
		{name: "auto uses rehearsal times", d: testDeck(deck.PDF, 4, nil, min),
			opt:  PlanOptions{Split: "auto", Max: 5 * min, Times: []time.Duration{4 * min, min, 2 * min, 3 * min}},
			want: []cut{{1, 2}, {3, 4}}},
		{name: "auto impossible max names the slide", d: testDeck(deck.PDF, 3, nil, min, 4*min, min),
			opt: PlanOptions{Split: "auto", Max: 3 * min}, err: `slide 2 "S2" takes 4m alone, more than the maximum of 3m`},
		{name: "auto single huge slide", d: testDeck(deck.PDF, 1, nil, 30*min),
			opt: PlanOptions{Split: "auto", Max: 20 * min}, err: "slide 1"},
		{name: "auto single slide that fits", d: testDeck(deck.PDF, 1, nil, 10*min),
			opt: PlanOptions{Split: "auto", Max: 20 * min}, want: []cut{{1, 1}}},
		{name: "auto max exactly a slide", d: testDeck(deck.PDF, 3, nil, 2*min),
			opt: PlanOptions{Split: "auto", Max: 2 * min}, want: []cut{{1, 1}, {2, 2}, {3, 3}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := Plan(tc.d, tc.opt)
			if tc.err != "" {
				if err == nil || !strings.Contains(err.Error(), tc.err) {
					t.Fatalf("error %v, want one containing %q", err, tc.err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if g := cuts(got); !equalCuts(g, tc.want) {
				t.Fatalf("cuts %v, want %v", g, tc.want)
			}
			for i, p := range got {
				if p.Number != i+1 || p.Title == "" || !strings.HasPrefix(p.Slug, p.Slug[:2]) {
					t.Errorf("part %d badly numbered or named: %+v", i+1, p)
				}
				if tc.opt.Max > 0 && p.Budget > tc.opt.Max {
					t.Errorf("part %d takes %s, over the maximum %s", p.Number, p.Budget, tc.opt.Max)
				}
			}
		})
	}
}

func equalCuts(a, b []cut) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func TestPlanTitlesBudgetsSlugs(t *testing.T) {
	d := testDeck(deck.Markdown, 9, []int{1, 4, 7})
	d.Parts[0].Title = "Why offline"
	d.Meta.Duration = 30 * time.Minute
	d.Slides[0].Budget, d.Slides[0].TimeSet = time.Minute, true
	d.Slides[3].Budget, d.Slides[3].TimeSet = 3*time.Minute, true
	d.ComputeBudgets()
	ps, err := Plan(d, PlanOptions{})
	if err != nil {
		t.Fatal(err)
	}
	// 26 minutes over 7 free slides.
	share := 26 * time.Minute / 7
	if want := time.Minute + 2*share; ps[0].Budget != want {
		t.Errorf("part 1 budget %s, want %s", ps[0].Budget, want)
	}
	if ps[0].Slug != "01-why-offline" || ps[1].Slug != "02-p4" {
		t.Errorf("slugs %q %q", ps[0].Slug, ps[1].Slug)
	}
	// A range starting inside a part takes its first slide's title.
	ps, err = Plan(d, PlanOptions{Split: "2-3,4-9"})
	if err != nil {
		t.Fatal(err)
	}
	if ps[0].Title != "S2" || ps[1].Title != "P4" {
		t.Errorf("titles %q %q", ps[0].Title, ps[1].Title)
	}
	d.Slides[1].Title = ""
	ps, _ = Plan(d, PlanOptions{Split: "2-3"})
	if ps[0].Title != "Why offline (continued)" {
		t.Errorf("untitled slide inside a part: %q", ps[0].Title)
	}
	b, err := ps[0].MarshalJSON()
	if err != nil || !strings.Contains(string(b), `"budget_s":`) {
		t.Errorf("json %s %v", b, err)
	}
}

func TestSlugify(t *testing.T) {
	for in, want := range map[string]string{
		"Why offline":             "why-offline",
		"  Keeping -- time!  ":    "keeping-time",
		"":                        "part",
		"???":                     "part",
		"Café à Paris":            "café-à-paris",
		"नमस्ते PyCon":            "नमस्ते-pycon",
		"Cafe\u0301 (decomposed)": "cafe\u0301-decomposed",
		"नमस्ते नमस्ते नमस्ते":                                 "नमस्ते-नमस्ते",
		"नमस्तेनमस्तेनमस्ते":                                   "नमस्तेनमस्तेन",
		"नमस्तेनमस्तेकिताब":                                    "नमस्तेनमस्ते", // not क without its ि
		"A very long title that goes on and on and on forever": "a-very-long-title-that-goes-on-and-on",
		"Überlangeswortohnejedenbindestrichbisesnichtmehrgeht": "überlangeswortohnejedenbindestrichbises",
	} {
		if got := Slugify(in); got != want {
			t.Errorf("Slugify(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestFmtDur(t *testing.T) {
	for d, want := range map[time.Duration]string{0: "0s", 77 * time.Second: "1m17s", 3 * time.Minute: "3m", 65 * time.Minute: "1h5m"} {
		if got := fmtDur(d); got != want {
			t.Errorf("fmtDur(%s) = %q, want %q", d, got, want)
		}
	}
}

func TestDescribe(t *testing.T) {
	got := Describe([]PartPlan{
		{Number: 1, Title: "Why offline", First: 1, Last: 3, Budget: 506 * time.Second, Slug: "01-why-offline"},
		{Number: 2, Title: "Thanks", First: 4, Last: 4, Slug: "02-thanks"},
	})
	want := " 1  slides 1-3   8m26s  Why offline  → 01-why-offline/\n 2  slide 4          -  Thanks       → 02-thanks/\n"
	if got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
}
