package main

import (
	"encoding/json"
	"image/png"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/lectern-app/lectern/internal/rehearse"
)

// TestRehearseEndToEnd rehearses a copy of talk.md in the real binary with
// key presses spaced by known sleeps, ends with q, and finds those times per
// slide in talk.lectern.json; then `lectern report --png` draws the chart.
func TestRehearseEndToEnd(t *testing.T) {
	display := needX(t)
	deckPath := copyDeck(t, "talk.md")
	a := startApp(t, display, t.TempDir(), "rehearse", deckPath)
	a.waitTitle("Rehearsal", 60*time.Second)
	a.waitTitle("1/9", 5*time.Second)
	win := a.windowNamed(func(name string) bool { return strings.Contains(name, "Rehearsal") })
	a.focus(win)

	// Seconds to stay on slides 1, 2 and 3 before moving on; 4 gets the rest.
	stays := []float64{1.5, 2.5, 1.0, 2.0}
	for i, s := range stays {
		time.Sleep(time.Duration(s * float64(time.Second)))
		if i < len(stays)-1 {
			a.x("xdotool", "key", "Next")
		} else {
			a.x("xdotool", "key", "q")
		}
	}
	done := make(chan error, 1)
	go func() { done <- a.cmd.Wait() }()
	select {
	case err := <-done:
		if err != nil {
			t.Fatalf("lectern rehearse exited with %v:\n%s", err, a.out)
		}
	case <-time.After(15 * time.Second):
		t.Fatalf("q did not end the rehearsal:\n%s", a.out)
	}

	raw, err := os.ReadFile(filepath.Join(filepath.Dir(deckPath), "talk.lectern.json"))
	if err != nil {
		t.Fatalf("no rehearsal file: %v\n%s", err, a.out)
	}
	var h rehearse.History
	if err := json.Unmarshal(raw, &h); err != nil || h.Version != 1 || len(h.Runs) != 1 {
		t.Fatalf("rehearsal file %s: %v", raw, err)
	}
	run := h.Runs[0]
	if len(run.Slides) != 9 {
		t.Fatalf("run has %d slides, want 9", len(run.Slides))
	}
	for i, want := range stays {
		got := run.Slides[i].Seconds
		if math.Abs(got-want) > 0.5 {
			t.Errorf("slide %d: %.1f s recorded, want %.1f ± 0.5", i+1, got, want)
		}
	}
	if math.Abs(run.TotalS-7.0) > 1.0 {
		t.Errorf("total %.1f s, want about 7", run.TotalS)
	}

	chart := filepath.Join(t.TempDir(), "report.png")
	out, err := exec.Command(lecternBinary(t), "report", deckPath, "--png", chart).CombinedOutput()
	if err != nil {
		t.Fatalf("lectern report: %v\n%s", err, out)
	}
	f, err := os.Open(chart)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	img, err := png.Decode(f)
	if err != nil {
		t.Fatalf("report PNG: %v", err)
	}
	if img.Bounds().Dx() < 1600 || distinctColours(img) < 10 {
		t.Fatalf("report PNG is %v with %d colours: too small or blank", img.Bounds(), distinctColours(img))
	}
}
