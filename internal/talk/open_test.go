package talk

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/lectern-app/lectern/internal/deck"
	"github.com/lectern-app/lectern/internal/rehearse"
	"github.com/lectern-app/lectern/internal/source"
)

const threeSlides = "---\ntitle: T\nduration: 10m\n---\n# One\n\n---\n\n<!-- time: 1m -->\n# Two\n\n---\n\n# Three\n"

func writeDeck(t *testing.T) string {
	t.Helper()
	t.Setenv("XDG_DATA_HOME", t.TempDir()) // runs never land in the real data folder
	p := filepath.Join(t.TempDir(), "t.md")
	if err := os.WriteFile(p, []byte(threeSlides), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func run(secs ...float64) rehearse.Run {
	r := rehearse.Run{Started: time.Date(2026, 11, 25, 19, 0, 0, 0, time.UTC)}
	for i, s := range secs {
		r.TotalS += s
		r.Slides = append(r.Slides, rehearse.SlideTime{Number: i + 1, Seconds: s, Steps: []float64{s}})
	}
	return r
}

func TestOpenWithoutRunsKeepsEvenBudgets(t *testing.T) {
	d, err := Open(writeDeck(t), source.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if d.Slides[0].BudgetSource != deck.BudgetEven || d.Slides[0].Budget != 270*time.Second {
		t.Fatalf("slide 1: %v from %s, want 4m30s even", d.Slides[0].Budget, d.Slides[0].BudgetSource)
	}
	if RehearsedTimes(d) != nil {
		t.Fatal("times without runs")
	}
}

func TestOpenPlansFromRehearsals(t *testing.T) {
	path := writeDeck(t)
	for _, r := range []rehearse.Run{run(100, 50, 300), run(120, 70, 280), run(140, 60, 320)} {
		if err := rehearse.AppendRun(path, r); err != nil {
			t.Fatal(err)
		}
	}
	d, err := Open(path, source.Options{})
	if err != nil {
		t.Fatal(err)
	}
	// Medians 120 and 300 for the free slides, scaled to the 9 minutes the
	// time: directive leaves: 154.3 s and 385.7 s. Slide 2 keeps its 1m.
	s1, s2, s3 := d.Slides[0], d.Slides[1], d.Slides[2]
	if s2.Budget != time.Minute || s2.BudgetSource != deck.BudgetDirective {
		t.Fatalf("slide 2: %v %s", s2.Budget, s2.BudgetSource)
	}
	if s1.BudgetSource != deck.BudgetRehearsal || (s1.Budget-154*time.Second).Abs() > time.Second || (s3.Budget-386*time.Second).Abs() > time.Second {
		t.Fatalf("slides 1 and 3: %v %v (%s)", s1.Budget, s3.Budget, s1.BudgetSource)
	}
	times := RehearsedTimes(d)
	if len(times) != 3 || times[0] != 120*time.Second || times[2] != 300*time.Second {
		t.Fatalf("rehearsed times %v, want the unscaled medians", times)
	}
}

func TestOpenReportsAnUnreadableHistory(t *testing.T) {
	path := writeDeck(t)
	os.WriteFile(rehearse.FilePath(path), []byte("{ broken"), 0o644)
	d, err := Open(path, source.Options{})
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, p := range d.Problems {
		found = found || (p.Kind == "rehearsal-file" && strings.Contains(p.Message, "t.lectern.json"))
	}
	if !found {
		t.Fatalf("no problem about the broken history: %+v", d.Problems)
	}
}

func TestInspectLeavesAnUnreadableHistoryInPlace(t *testing.T) {
	path := writeDeck(t)
	hist := rehearse.FilePath(path)
	os.WriteFile(hist, []byte("{ broken"), 0o644)
	d, err := Inspect(path, source.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Problems) != 1 || d.Problems[0].Kind != "rehearsal-file" || !strings.Contains(d.Problems[0].Message, hist) {
		t.Fatalf("problems %+v, want one naming %s", d.Problems, hist)
	}
	if b, err := os.ReadFile(hist); err != nil || string(b) != "{ broken" {
		t.Fatalf("the history moved or changed: %q %v", b, err)
	}
}
