package deck

import (
	"testing"
	"time"
)

func slides(n int) []Slide {
	s := make([]Slide, n)
	for i := range s {
		s[i] = Slide{Number: i + 1, Steps: 1}
	}
	return s
}

func TestComputeBudgetsEvenShareAfterDirectives(t *testing.T) {
	d := &Deck{Meta: Meta{Duration: 30 * time.Minute}, Slides: slides(9)}
	d.Slides[0].TimeSet, d.Slides[0].Budget = true, time.Minute
	d.Slides[3].TimeSet, d.Slides[3].Budget = true, 3*time.Minute
	d.BuildParts([]PartStart{{1, "Why offline"}, {4, "Keeping time"}, {7, "Splitting talks"}})
	d.ComputeBudgets()
	share := (30*time.Minute - 4*time.Minute) / 7
	if got := d.Slides[1].Budget; got != share {
		t.Fatalf("slide 2 budget = %v, want %v", got, share)
	}
	if d.Slides[0].Budget != time.Minute || d.Slides[0].BudgetSource != BudgetDirective {
		t.Fatalf("slide 1 = %v %s, want 1m directive", d.Slides[0].Budget, d.Slides[0].BudgetSource)
	}
	if got := d.Parts[0].Budget.Round(time.Second); got != 506*time.Second {
		t.Fatalf("part 1 budget = %v, want 8m26s", got)
	}
	var total time.Duration
	for _, p := range d.Parts {
		total += p.Budget
	}
	if diff := 30*time.Minute - total; diff < 0 || diff > time.Second {
		t.Fatalf("parts sum to %v, want 30m", total)
	}
}

func TestComputeBudgetsWithoutDuration(t *testing.T) {
	d := &Deck{Slides: slides(3)}
	d.Slides[1].TimeSet, d.Slides[1].Budget = true, 2*time.Minute
	d.BuildParts(nil)
	d.ComputeBudgets()
	if d.Slides[0].Budget != 0 || d.Slides[0].BudgetSource != BudgetNone {
		t.Fatalf("slide 1 = %v %s, want 0 none", d.Slides[0].Budget, d.Slides[0].BudgetSource)
	}
	if d.Parts[0].Budget != 2*time.Minute {
		t.Fatalf("part budget = %v, want 2m", d.Parts[0].Budget)
	}
}

func TestBuildPartsFirstMarkerLateStillCoversSlideOne(t *testing.T) {
	d := &Deck{Meta: Meta{Title: "T"}, Slides: slides(5)}
	d.BuildParts([]PartStart{{3, "Middle"}, {5, "End"}})
	if len(d.Parts) != 2 || d.Parts[0].First != 1 || d.Parts[0].Last != 4 || d.Parts[0].Title != "Middle" {
		t.Fatalf("parts = %+v", d.Parts)
	}
	if d.Slides[0].Part != 1 || d.Slides[4].Part != 2 {
		t.Fatalf("slide parts = %d %d", d.Slides[0].Part, d.Slides[4].Part)
	}
	if d.PartOf(5).Title != "End" || d.PartOf(6) != nil {
		t.Fatalf("PartOf wrong")
	}
}

func TestApplyPlanKeepsDirectives(t *testing.T) {
	d := &Deck{Meta: Meta{Duration: 10 * time.Minute}, Slides: slides(3)}
	d.Slides[0].TimeSet, d.Slides[0].Budget = true, time.Minute
	d.BuildParts(nil)
	d.ComputeBudgets()
	if d.ApplyPlan([]time.Duration{time.Second}, BudgetRehearsal) {
		t.Fatal("plan of the wrong length accepted")
	}
	if !d.ApplyPlan([]time.Duration{9, 2 * time.Minute, 7 * time.Minute}, BudgetRehearsal) {
		t.Fatal("plan refused")
	}
	if d.Slides[0].Budget != time.Minute || d.Slides[2].BudgetSource != BudgetRehearsal || d.Parts[0].Budget != 10*time.Minute {
		t.Fatalf("after plan: %+v parts %+v", d.Slides, d.Parts)
	}
}

func TestParseDuration(t *testing.T) {
	cases := map[string]time.Duration{
		"30m": 30 * time.Minute, "1h15m": 75 * time.Minute, "45": 45 * time.Minute,
		"90s": 90 * time.Second, "1:30": 90 * time.Second, "45 min": 45 * time.Minute,
		"2 minutes": 2 * time.Minute, "0.5": 30 * time.Second,
	}
	for in, want := range cases {
		got, err := ParseDuration(in)
		if err != nil || got != want {
			t.Errorf("ParseDuration(%q) = %v, %v; want %v", in, got, err, want)
		}
	}
	for _, bad := range []string{"", "soon", "-5", "1:75", "5x"} {
		if _, err := ParseDuration(bad); err == nil {
			t.Errorf("ParseDuration(%q) accepted", bad)
		}
	}
}
