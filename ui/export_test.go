package ui

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2/test"

	"github.com/lectern-app/lectern/internal/source"
	"github.com/lectern-app/lectern/internal/talk"
)

func TestExportFormPreviewsAndWrites(t *testing.T) {
	test.NewTempApp(t)
	d, err := talk.Open(testDeck(t, "talk.md"), source.Options{})
	if err != nil {
		t.Fatal(err)
	}
	f := newExportForm(d, nil, nil)
	if !strings.Contains(f.preview.Text, "Why offline") || !strings.Contains(f.preview.Text, "slides 7-9") {
		t.Fatalf("preview of the deck's parts: %q", f.preview.Text)
	}
	f.split.SetSelectedIndex(3)
	f.ranges.SetText("1-4,5-")
	if !strings.Contains(f.preview.Text, "slides 5-9") || f.run.Disabled() {
		t.Fatalf("preview of ranges: %q", f.preview.Text)
	}
	f.ranges.SetText("9-1")
	if !f.run.Disabled() {
		t.Fatalf("bad ranges left Export enabled; preview %q", f.preview.Text)
	}
	f.ranges.SetText("1-4,5-9")
	out := filepath.Join(t.TempDir(), "parts")
	f.folder.SetText(out)
	test.Tap(f.run)
	select {
	case <-f.done:
	case <-time.After(20 * time.Second):
		t.Fatal("export did not finish in 20 s")
	}
	if f.result == nil || len(f.result.Parts) != 2 || f.bar.Value != 1 || !f.open.Visible() {
		t.Fatalf("export did not finish: status %q", f.status.Text)
	}
	if _, err := os.Stat(filepath.Join(out, "02-running-long", "slides.pdf")); err != nil {
		t.Fatal(err)
	}
}

func TestFmtDuration(t *testing.T) {
	for d, want := range map[time.Duration]string{30 * time.Minute: "30m", 75 * time.Minute: "1h15m", 90 * time.Second: "1m30s", 2 * time.Hour: "2h"} {
		if got := fmtDuration(d); got != want {
			t.Errorf("fmtDuration(%v) = %q, want %q", d, got, want)
		}
	}
}
